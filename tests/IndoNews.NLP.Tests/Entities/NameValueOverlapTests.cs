namespace IndoNews.NLP.Tests.Entities;

/// <summary>Names and values of the default pipeline never overlap: each character belongs to one mention at most.</summary>
public class NameValueOverlapTests
{
    private static readonly AnalyzeOptions June = new() { PublishedAt = new DateOnly(2017, 6, 23) };

    private static void AssertNoOverlap(Document doc)
    {
        var entities = doc.Entities;
        for (int i = 1; i < entities.Count; i++)
        {
            Assert.True(entities[i - 1].End <= entities[i].Start, $"{entities[i - 1].Label} '{entities[i - 1].Text}' overlaps {entities[i].Label} '{entities[i].Text}'");
        }
    }

    [Fact]
    public void The_country_of_a_currency_belongs_to_the_money()
    {
        // IndoSum: the tagger also found LOC "AS" inside the amount.
        const string text = "Di awal pembukaannya, selain menyediakan tempat dan fasilitas untuk AHA Center, Indonesia juga berkontribusi "
                            + "sebesar 600 ribu dolar AS untuk operasioanal bantuan kemanusiaan ASEAN.";
        var doc = Pipeline.Analyze(text, June);
        Assert.Contains(doc.Entities, e => e.Label == "MONEY" && e.Text == "600 ribu dolar AS");
        Assert.DoesNotContain(doc.Entities, e => e.Text == "AS");
        AssertNoOverlap(doc);
    }

    [Fact]
    public void A_weekday_that_opens_a_date_leaves_the_person()
    {
        const string text = "Bagaimana menanggulangi masalah terorisme di kawasan Asia Tenggara itu,\" ucap Wiranto Selasa (22/6).";
        var doc = Pipeline.Analyze(text, June);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Wiranto");
        Assert.Contains(doc.Entities, e => e.Label == "DATE" && e.Text == "Selasa (22/6)");
        AssertNoOverlap(doc);
    }

    [Fact]
    public void A_place_before_an_amount_keeps_its_words()
    {
        const string text = "Sementara itu, UMK Kota Sukabumi Rp 2,16 juta, Kabupaten Cianjur Rp 2,16 juta, Kabupaten Subang Rp 2.52 juta.";
        var doc = Pipeline.Analyze(text, June);
        var cianjur = Assert.Single(doc.Entities, e => e.Text.StartsWith("Kabupaten Cianjur", StringComparison.Ordinal));
        Assert.Equal("Kabupaten Cianjur", cianjur.Text);
        Assert.Equal(cianjur.Text, string.Concat(doc.Tokens.Skip(cianjur.TokenStart).Take(cianjur.TokenEnd - cianjur.TokenStart).Select(t => t.Text + " ")).TrimEnd());
        Assert.Contains(doc.Entities, e => e.Label == "MONEY" && e.Text == "Rp 2,16 juta" && e.Start == cianjur.End + 1);
        AssertNoOverlap(doc);
    }

    [Fact]
    public void A_day_and_month_that_end_an_institution_are_its_name()
    {
        const string text = "Singapura, CNN Indonesia - - Universitas Negeri Sebelas Maret, Surakarta dan Institut Teknologi 10 November (ITS) "
                            + "akan mewakili Indonesia di ajang Shell Eco - marathon (SEM) di London, Inggris pada Mei 2017 mendatang.";
        var doc = Pipeline.Analyze(text, June);
        Assert.Contains(doc.Entities, e => e.Label == "ORG" && e.Text == "Institut Teknologi 10 November");
        Assert.DoesNotContain(doc.Entities, e => e.Text == "10 November");
        AssertNoOverlap(doc);
    }

    [Fact]
    public void Values_recognised_first_keep_their_characters_too()
    {
        const string text = "Di awal pembukaannya, Indonesia juga berkontribusi sebesar 600 ribu dolar AS untuk operasioanal bantuan kemanusiaan ASEAN.";
        var doc = Pipeline.CreateBuilder().UseValueEntities().UseNamedEntityTagger().Build().Process(text, June);
        Assert.Contains(doc.Entities, e => e.Label == "MONEY" && e.Text == "600 ribu dolar AS");
        AssertNoOverlap(doc);
    }
}
