namespace IndoNews.NLP.Tests.Entities;

/// <summary>A competition or trophy named by its own words is no person, place or organisation (IndoSum sentences).</summary>
public class CompetitionNamesTests
{
    private static List<string> Names(string text)
        => Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "LOC" or "ORG").Select(e => e.Text).ToList();

    [Theory]
    // IndoSum 1368: the tagger reads Italy's first division as an organisation.
    [InlineData("Akan tetapi, satu hal yang perlu diingat adalah bahwa Borja Valero, selama lima musim berkostum Fiorentina, mampu menjadi salah satu pengatur serangan paling bisa diandalkan di Serie A.", "Serie A")]
    // IndoSum 1037: and the badminton team cup as a place.
    [InlineData("Boleh dibilang, Indonesia gagal total. Pencapaian di Gold Coast, Australia, tersebut merupakan yang terburuk sepanjang keikutsertaan \u201CTim Merah - Putih\u201D di Piala Sudirman. Imbasnya, Persatuan Bulu Tangkis Seluruh Indonesia (PBSI) pun diminta untuk menghadap ke Kementerian Pemuda dan Olahraga (Kemenpora).", "Piala Sudirman")]
    public void A_competition_is_no_name(string text, string competition)
    {
        var names = Names(text);
        Assert.DoesNotContain(competition, names);
        Assert.NotEmpty(names); // the sentence's other names stay
    }

    [Fact]
    public void A_league_named_as_a_body_stays_an_organisation()
    {
        // IndoSum 289: "Liga" also opens a body's name ("operator Liga Basket Indonesia", "Liga Arab"), so it is no cue.
        const string text = "Jakarta, CNN Indonesia - - Manajer klub Stadium Happy88 Jakarta, Gagan Rahmat, bingung dengan peraturan operator Liga Basket Indonesia (IBL) 2017. Ia juga meminta operator liga bersikap tegas dalam menentukan nasib timnya di kompetisi basket musim depan.";
        Assert.Contains("Liga Basket Indonesia", Names(text));
    }
}
