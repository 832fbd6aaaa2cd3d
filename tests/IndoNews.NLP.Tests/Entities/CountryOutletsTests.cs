namespace IndoNews.NLP.Tests.Entities;

/// <summary>An outlet named after its kind and country is an organisation, with its other mentions.</summary>
public class CountryOutletsTests
{
    [Fact]
    public void An_outlet_after_media_and_its_country_is_an_organisation()
    {
        // IndoSum (the Rohingya explainer): the tagger read "Deutsche Welle" as a person.
        const string text = "\"Inilah penyebab utama ketegangan di negara bagian itu,\" kata Siegfried O Wolf saat diwawancarai oleh media Jerman "
                            + "Deutsche Welle (DW).";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Deutsche Welle"));
        Assert.Equal("LOC", LabelAt(doc, text, "Jerman"));
    }

    [Fact]
    public void An_outlet_after_a_comma_and_its_later_mentions_are_the_organisation()
    {
        // IndoSum: "Haaretz" read as a person twice.
        const string text = "\"Itu telah dicatat,\" kata Frej seperti dikutip surat kabar Israel, Haaretz.\n"
                            + "Haaretz mengatakan pengangkatan Hana menjadi hakim adalah yang pertama dalam sejarah negara itu.";
        var doc = Pipeline.Analyze(text);
        var outlets = doc.Entities.Where(e => e.Text == "Haaretz").ToList();
        Assert.Equal(2, outlets.Count);
        Assert.All(outlets, e => Assert.Equal("ORG", e.Label));
    }

    [Fact]
    public void A_place_after_the_country_s_press_is_left()
    {
        // A listed place after "media Inggris," is the place the press writes about, not an outlet.
        const string text = "Menurut media Inggris, London kini menjadi kota termahal di Eropa untuk menyewa kantor.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", LabelAt(doc, text, "London"));
    }

    private static string? LabelAt(Document doc, string text, string from)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return doc.Entities.FirstOrDefault(e => e.Start == at)?.Label;
    }
}
