namespace IndoNews.NLP.Tests.Entities;

/// <summary>A word the tagger tags alone as an organisation elsewhere in the document is the organisation where it was left untagged.</summary>
public class OrganizationRepeatsTests
{
    [Fact]
    public void An_untagged_club_tagged_elsewhere_is_the_organisation()
    {
        // IndoSum: "City" is tagged an organisation in two sentences and missed in "di belakang City".
        const string text = "Lebih lanjut lagi, mantan anak asuh Johan Cruyff ini juga mengatakan bahwa hasil buruk yang dialami City tidak ada "
                            + "sangkut pautnya dengan tingkat kesulitan Premier League.\n"
                            + "Mereka tertinggal tiga angka di belakang City yang juga baru memainkan 36 laga, serta empat poin dari Liverpool "
                            + "yang tinggal memiliki satu pertandingan sisa.\n"
                            + "Sementara itu, City bakal meladeni tantangan West Bromwich Albion dan Watford.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("belakang City", StringComparison.Ordinal) + 9;
        var entity = Assert.Single(doc.Entities, e => e.Start == at);
        Assert.Equal("ORG", entity.Label);
        Assert.Equal("City", entity.Text);
    }

    [Fact]
    public void A_clubs_own_word_before_its_town_is_the_club_alone()
    {
        // IndoSum: "Atletico Madrid" is tagged whole, "Atletico" alone was left untagged in every later sentence.
        const string text = "Real Madrid akan menjamu Atletico Madrid di semifinal pertama Liga Champions.\n"
                            + "Lini pertahanan Madrid amat lemah, sedangkan sisi kanan Atletico lemah seiring absennya Juanfran.\n"
                            + "Griezmann tetap menjadi andalan Atletico di semua kompetisi.";
        var doc = Pipeline.Analyze(text);
        foreach (string context in new[] { "kanan Atletico", "andalan Atletico" })
        {
            int at = text.IndexOf(context, StringComparison.Ordinal) + context.IndexOf(' ', StringComparison.Ordinal) + 1;
            var entity = Assert.Single(doc.Entities, e => e.Start == at);
            Assert.Equal(("Atletico", "ORG"), (entity.Text, entity.Label));
        }
    }

    [Theory]
    [InlineData("Startup itu lolos program akselerasi Plug and Play Indonesia.\nKami dari Plug and Play akan membantu startup binaan kami.", "and Play")]
    [InlineData("Komunitas Android Padang menggelar pertemuan.\nAnggota komunitas Android minang datang dari berbagai kota.", "komunitas Android minang")]
    public void A_first_word_inside_a_longer_name_or_a_product_line_is_left(string text, string context)
    {
        var doc = Pipeline.Analyze(text);
        int at = text.LastIndexOf(context, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Entities, e => e.Label == "ORG" && e.Start > at && e.End <= at + context.Length && e.Text is "Play" or "Android");
    }

    [Fact]
    public void A_name_before_a_number_is_left_alone()
    {
        // IndoSum: "Telkom 4" is a satellite, not the firm tagged in the other sentences.
        const string text = "Sementara itu, kebutuhan transponder nasional saat ini mencapai 300 buah dan sepertiga darinya dimiliki oleh Telkom.\n"
                            + "Di sisi lain, kemungkinan slot orbit di 113 derajat BT milik Indosat akan diberikan ke Telkom.\n"
                            + "Satelit tersebut adalah satelit Telkom 3S yang baru saja beroperasi, Telkom 2 yang aktif hingga 2022, dan Telkom 1 "
                            + "yang slot orbitnya akan digantikan oleh Telkom 4 tahun depan.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("oleh Telkom 4", StringComparison.Ordinal) + 5;
        Assert.DoesNotContain(doc.Entities, e => e.Start == at && e.Label == "ORG");
    }
}
