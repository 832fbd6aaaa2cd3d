namespace IndoNews.NLP.Tests.Entities;

/// <summary>A team named between a sportsman's post and his name is an organisation.</summary>
public class PostTeamNamesTests
{
    [Fact]
    public void A_racing_team_after_pebalap_and_before_its_driver_is_an_organisation()
    {
        // IndoSum (Formula One practice): the tagger read "Haas" as a person.
        const string text = "Pebalap Haas, Romain Grosjean, juga mengalami kecelakaan di tikungan delapan.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Haas"));
        Assert.Equal("PER", LabelAt(doc, text, "Romain Grosjean"));
    }

    [Fact]
    public void A_team_after_pebalap_tim_is_an_organisation()
    {
        // IndoSum (Sean Gelael's Formula 2 race): "Trident Racing" read as a person.
        const string text = "Sean memang sempat bersinggungan dengan pebalap tim Trident Racing, Nabil Jeffri. Insiden tersebut membuat "
                            + "kecepatan mobil Sean menurun.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Trident Racing"));
        Assert.Equal("PER", LabelAt(doc, text, "Nabil Jeffri"));
    }

    [Fact]
    public void A_club_after_Presiden_and_before_its_president_is_an_organisation_with_its_other_mentions()
    {
        // IndoSum (Lacazette's transfer): "Lyon" read as a person at each mention.
        const string text = "Awalnya, Lyon sudah sepakat untuk melepas Lacazette ke Atletico Madrid.\n"
                            + "\"Kami memang mendapatkan tawaran yang menggiurkan dari Arsenal. Tapi, bagi kami, dia tidak akan pergi,\" ujar "
                            + "Presiden Lyon, Jean - Michel Aulas, seperti dilansir Mirror.";
        var doc = Pipeline.Analyze(text);
        var club = doc.Entities.Where(e => e.Text == "Lyon").ToList();
        Assert.Equal(2, club.Count);
        Assert.All(club, e => Assert.Equal("ORG", e.Label));
    }

    [Fact]
    public void The_person_a_coach_serves_stays_a_person()
    {
        // IndoSum (the film Bleed for This): without "tim" the name after "pelatih" is the boxer the coach trains.
        const string text = "Film ini turut dibintangi aktor Aaron Eckhart yang berperan sebagai pelatih Pazienza, Kevin Rooney.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("PER", LabelAt(doc, text, "Pazienza"));
    }

    [Fact]
    public void A_list_of_keepers_stays_persons()
    {
        // A list of people after "kiper": the first is a keeper, not a team.
        const string text = "Pelatih memanggil tiga kiper, yakni kiper I Made Wirawan, Supardi Nasir, Vladimir Vujovic.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("PER", LabelAt(doc, text, "I Made Wirawan"));
    }

    private static string? LabelAt(Document doc, string text, string from)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return doc.Entities.FirstOrDefault(e => e.Start == at)?.Label;
    }
}
