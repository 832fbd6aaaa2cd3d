namespace IndoNews.NLP.Tests.Entities;

/// <summary>A name read as a person whose last word is an English noun for a place is the place, at every mention.</summary>
public class PlaceNameTailsTests
{
    [Fact]
    public void A_bridge_read_as_a_person_is_a_place_at_each_mention()
    {
        // IndoSum (an Indonesian engineer in San Francisco): the tagger read "Bay Bridge" as a person four times.
        const string text = "Martin Chandrawinata tidak pernah menyangka akan ikut terlibat dalam proyek pembangunan perpanjangan Bay Bridge "
                            + "di San Francisco.\nBay Bridge adalah salah satu jembatan favorit Martin, bahkan anak-anaknya menyebut jembatan "
                            + "tersebut jembatan ayah mereka.";
        var doc = Pipeline.Analyze(text);
        var bridge = doc.Entities.Where(e => e.Text == "Bay Bridge").ToList();
        Assert.NotEmpty(bridge);
        Assert.All(bridge, e => Assert.Equal("LOC", e.Label));
        Assert.Equal("PER", LabelAt(doc, text, "Martin Chandrawinata"));
    }

    [Fact]
    public void A_tower_and_an_airport_read_as_persons_are_places()
    {
        // IndoSum: "Trump Tower" and "John Wayne Airport" read as persons.
        const string text = "Pertemuan dilakukan di Trump Tower, New York. Pesawat itu hampir celaka di bandara John Wayne Airport di "
                            + "Orange County, California.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", LabelAt(doc, text, "Trump Tower"));
        Assert.Equal("LOC", LabelAt(doc, text, "John Wayne Airport"));
    }

    [Fact]
    public void A_person_named_Park_stays_a_person()
    {
        // IndoSum: "Park" and "Bay" end people's names ("Seongsu Park", "Michael Bay"), so they are no place nouns here.
        const string text = "Menurut peneliti keamanan senior Kaspersky Lab, Seongsu Park, data yang dicuri dari pengguna dijual di pasar gelap.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("PER", LabelAt(doc, text, "Seongsu Park"));
    }

    private static string? LabelAt(Document doc, string text, string from)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return doc.Entities.FirstOrDefault(e => e.Start == at)?.Label;
    }
}
