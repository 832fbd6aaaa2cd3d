namespace IndoNews.NLP.Tests.Entities;

/// <summary>A club introduced by its country and a comma is an organisation, with its other mentions.</summary>
public class CountryClubsTests
{
    [Fact]
    public void A_club_after_klub_and_its_country_is_an_organisation_with_its_later_mentions()
    {
        // IndoSum (Capello's move to China): the tagger read "Jiangsu Suning" as a person at each mention.
        const string text = "Pelatih kawakan Italia, Fabio Capello, resmi melatih klub Cina, Jiangsu Suning. Capello akan bertugas di klub "
                            + "tersebut dengan kontrak 18 bulan.\n"
                            + "\"Dia akan menjadi pelatih kepala Jiangsu Suning mulai hari ini. Selamat datang, Fabio!\" demikian bunyi pernyataan "
                            + "resmi Jiangsu Suning.";
        var doc = Pipeline.Analyze(text);
        var club = doc.Entities.Where(e => e.Text == "Jiangsu Suning").ToList();
        Assert.Equal(3, club.Count);
        Assert.All(club, e => Assert.Equal("ORG", e.Label));
        Assert.Equal("LOC", LabelAt(doc, text, "Cina"));
        Assert.Equal("PER", LabelAt(doc, text, "Fabio Capello"));
    }

    [Fact]
    public void A_club_after_klub_asal_and_its_country_is_an_organisation()
    {
        // IndoSum: "Chapecoense" read as a person after "klub asal Brasil,".
        const string text = "Pemain itu memberi penghormatan terhadap korban pesawat jatuh yang ikut menewaskan klub asal Brasil, Chapecoense.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Chapecoense"));
    }

    [Fact]
    public void A_club_read_as_a_place_after_klub_Liga_and_its_country_is_an_organisation()
    {
        // IndoSum: "Panathinaikos" read as a place.
        const string text = "Sebelumnya, Essien tergabung dengan klub Liga Yunani, Panathinaikos. Menurut Djadjang Nurdjaman, hal itu wajar.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Panathinaikos"));
    }

    [Fact]
    public void A_club_after_tim_asal_and_its_country_is_an_organisation()
    {
        // IndoSum (Willian's goal for Chelsea): "Chapecoense" read as a person after "tim asal Brasil,".
        const string text = "Usai mencetak gol, Willian itu menyampaikan ungkapan dukacitanya terhadap tim asal Brasil, Chapecoense, yang "
                            + "mengalami kecelakaan pesawat dalam perjalanan menuju Medellin untuk menjalani final Copa Sudamericana.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Chapecoense"));
        Assert.Equal("LOC", LabelAt(doc, text, "Brasil"));
    }

    [Fact]
    public void Countries_listed_after_a_club_s_country_stay_places()
    {
        // A list of countries after "klub asal Arab Saudi," names where the coach worked, not a club.
        const string text = "Ia pernah menangani klub asal Arab Saudi, Italia, hingga Amerika Serikat.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", LabelAt(doc, text, "Italia"));
    }

    private static string? LabelAt(Document doc, string text, string from)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return doc.Entities.FirstOrDefault(e => e.Start == at)?.Label;
    }
}
