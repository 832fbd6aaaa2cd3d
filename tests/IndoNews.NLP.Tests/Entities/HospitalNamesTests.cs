namespace IndoNews.NLP.Tests.Entities;

/// <summary>A hospital named with its head is a place, as the NER corpora tag hospitals.</summary>
public class HospitalNamesTests
{
    [Fact]
    public void A_hospital_after_RS_is_a_place()
    {
        // IndoSum: the tagger read both hospitals as organisations.
        const string text = "Korban masih mendapatkan perawatan di RS Kramat Jati setelah dibawa dari RS Pusat Pertamina. \"Anggota Brimob "
                            + "kondisinya stabil,\" katanya.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", LabelAt(doc, text, "RS Kramat Jati"));
        Assert.Equal("LOC", LabelAt(doc, text, "RS Pusat Pertamina"));
        Assert.Equal("ORG", LabelAt(doc, text, "Brimob"));
    }

    [Fact]
    public void A_hospital_after_RSUP_and_after_a_post_is_a_place()
    {
        // IndoSum: "RSUP Fatmawati" and "RS Kasih Ibu Denpasar" were organisations; the corpora tag a hospital a place
        // also where its director speaks for it.
        const string text = "Ia mengembuskan napas terakhirnya di RSUP Fatmawati pada Sabtu (10/2) dini hari. Direktur RS Kasih Ibu Denpasar, "
                            + "dr. I Gusti Ngurah Rai mengatakan kondisi pasien stabil.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", LabelAt(doc, text, "RSUP Fatmawati"));
        Assert.Equal("LOC", LabelAt(doc, text, "RS Kasih Ibu Denpasar"));
    }

    [Fact]
    public void A_car_s_trim_code_after_RS_is_not_made_a_place()
    {
        // A price list: "RS MT" is a trim of the Honda Jazz, codes in capitals with no hospital's name.
        const string text = "Harga New Honda Jazz CVT Rp 242,5 juta, New Honda Jazz RS MT Rp 262,2 juta.";
        var doc = Pipeline.Analyze(text);
        Assert.DoesNotContain(doc.Entities, e => e.Label == "LOC" && e.Text.StartsWith("RS", StringComparison.Ordinal));
    }

    private static string? LabelAt(Document doc, string text, string from)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return doc.Entities.FirstOrDefault(e => e.Start == at)?.Label;
    }
}
