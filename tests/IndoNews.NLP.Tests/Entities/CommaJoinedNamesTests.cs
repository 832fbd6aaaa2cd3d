namespace IndoNews.NLP.Tests.Entities;

/// <summary>A place or organisation that the tagger ran over a comma into its town is two names.</summary>
public class CommaJoinedNamesTests
{
    [Theory]
    [InlineData("\"Saya kira yang melaporkan itu tidak memahami persoalan, tidak mengerti substansi pidato itu,\" kata Andreas di Gedung DPR, Jakarta, Selasa (24/1).", "Gedung DPR")]
    [InlineData("\"Penyidik KPK menganggap yang bersangkutan (Fatmawati) diduga miliki informasi penting untuk pendalaman tersangka NA, khususnya mengenai aliran uang,\" ujar Priharsa di Kantor KPK, Jakarta, Rabu (31/8).", "Kantor KPK")]
    public void A_building_and_its_town_are_two_places(string text, string building)
    {
        // IndoSum: NER UGM annotates "Gedung DPR , Jakarta" as one place, and the tagger learned it.
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf(building + ", Jakarta", StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Entities, e => e.Start <= at + building.Length && e.End > at + building.Length);
        Assert.Contains(doc.Entities, e => e.Start == at && e.Text == building && e.Label == "LOC");
        Assert.Contains(doc.Entities, e => e.Start == at + building.Length + 2 && e.Text == "Jakarta" && e.Label == "LOC");
    }

    [Fact]
    public void Two_districts_in_a_list_are_two_places()
    {
        // IndoSum: "Poso Kota, Poso Kota Utara" was one place.
        const string text = "Wilayah yang terdampak meliputi Poso Pesisir, Poso Pesisir Utara, Lore Peore, Poso Kota, Poso Kota Utara, dan Lage.";
        var doc = Pipeline.Analyze(text);
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains(','));
    }
}
