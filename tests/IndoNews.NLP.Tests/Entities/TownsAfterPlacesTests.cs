namespace IndoNews.NLP.Tests.Entities;

/// <summary>A one-word "person" closing "di &lt;place&gt;, X" is the place's town.</summary>
public class TownsAfterPlacesTests
{
    [Fact]
    public void A_town_after_a_venue_and_a_comma_is_a_place()
    {
        // IndoSum (Black Sabbath's last concert): the tagger read "Birmingham" as a person.
        const string text = "Album ini berfokus pada pertunjukan terakhir dari ikon band metal di Genting Arena, Birmingham. Selain rekaman "
                            + "lagu War Pigs, album itu memuat rekaman lain.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", LabelAt(doc, text, "Birmingham"));
    }

    [Fact]
    public void A_district_after_a_village_and_a_comma_before_ini_is_a_place()
    {
        // IndoSum (Blimbingsari airport): "Rogojampi" read as a person.
        const string text = "Bandara yang terletak di Desa Blimbingsari, Rogojampi ini mengusung architecture green building.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", LabelAt(doc, text, "Rogojampi"));
    }

    [Fact]
    public void A_person_the_document_names_in_full_stays_a_person()
    {
        // IndoSum: "Messi" after "di Camp Nou," is the player, named in full earlier.
        const string text = "Lionel Messi mencetak dua gol. Neymar tak bisa dibandingkan dengan mantan rekan setimnya di Camp Nou, Messi.";
        var doc = Pipeline.Analyze(text);
        int at = text.LastIndexOf("Messi", StringComparison.Ordinal);
        Assert.NotEqual("LOC", doc.Entities.FirstOrDefault(e => e.Start == at)?.Label);
    }

    [Fact]
    public void A_person_followed_by_a_verb_stays_a_person()
    {
        // IndoSum: after "di Kantor Balai Pemasyarakatan," a verb follows Schapelle Corby, who is no town.
        const string text = "Saat tiba di Kantor Balai Pemasyarakatan, Corby menutupi wajahnya dengan kerudung.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("PER", LabelAt(doc, text, "Corby"));
    }

    private static string? LabelAt(Document doc, string text, string from)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return doc.Entities.FirstOrDefault(e => e.Start == at)?.Label;
    }
}
