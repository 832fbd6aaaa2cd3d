namespace IndoNews.NLP.Tests.Entities;

/// <summary>A country's abbreviation that the tagger makes an organisation on its own is the country (IndoSum sentences).</summary>
public class CountryAbbreviationsTests
{
    private static List<string> Names(string text)
        => Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "LOC" or "ORG").Select(e => $"{e.Label} {e.Text}").ToList();

    [Fact]
    public void RI_after_an_office_is_the_country()
    {
        var names = Names("Tepat pukul 19.30 WIB, Presiden RI Joko Widodo tiba dan dilanjutkan dengan menyanyikan lagu Indonesia Raya.");
        Assert.Contains("LOC RI", names);
        Assert.Contains("PER Joko Widodo", names);
    }

    [Fact]
    public void AS_in_brackets_after_the_full_name_is_the_country()
    {
        var names = Names("Kekalahan dari petinju Amerika Serikat (AS), Floyd Mayweather Jr pada akhir Agustus lalu membuat Conor McGregor penasaran.");
        Assert.Contains("LOC AS", names);
        Assert.DoesNotContain("ORG AS", names);
    }

    [Fact]
    public void A_club_with_the_AS_prefix_stays_an_organisation()
        => Assert.Contains("ORG AS Roma", Names("Gelandang AS Roma, Radja Nainggolan, mencetak gol kedua."));
}
