namespace IndoNews.NLP.Tests.News;

/// <summary>
/// A bare weekday after "atau" next to a dated day restates that day in another time zone, so it is placed by that day,
/// not by the publication date (RestatedWeekday). Sentences from IndoSum news, published 2017-06-01.
/// </summary>
public class RestatedWeekdayTests
{
    private static List<Entity> Dates(string text) => ValueEntities.DatesOn1June(text);

    [Theory]
    [InlineData("Tujuh pertandingan di babak final bakal dimulai pada Kamis (1/6) malam waktu setempat atau Jumat pagi WIB.", "Jumat pagi", "2017-06-02")] // was 2017-05-26
    [InlineData("Kali ini tim Tango ditahan imbang Peru 2-2 di Stadion Nasional, Lima, Kamis (6/10) malam waktu setempat atau Jumat pagi WIB.", "Jumat pagi", "2016-10-07")]
    [InlineData("Pada pertandingan di Rhein - Neckar Arena, Selasa (4/4/2017) atau Rabu dini hari WIB, Bayern kalah 0-1.", "Rabu dini hari", "2017-04-05")]
    [InlineData("Balapan GP Kanada akan berlangsung pada Minggu (11/6/2017) pukul 14.00 waktu setempat atau Senin dini hari pukul 01.00 WIB.", "Senin dini hari", "2017-06-12")]
    [InlineData("Kickoff pertandingan akan digelar Sabtu malam pukul 19.45 waktu Cardiff atau Minggu dini hari pukul 01.45 WIB.", "Minggu dini hari", "2017-06-04")] // was 2017-05-28
    [InlineData("Chelsea menjamu Manchester City pada pertandingan pekan ke-31, Rabu (5/4/2017) atau Kamis pukul 02.00 WIB.", "Kamis", "2017-04-06")]
    public void A_weekday_after_atau_follows_the_day_before_it(string text, string mention, string iso)
    {
        var e = Assert.Single(Dates(text), d => d.Text == mention);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void A_weekday_in_the_next_sentence_keeps_its_own_value()
    {
        var dates = Dates("Laga digelar Selasa (4/4/2017). Atau Rabu dini hari WIB, kata panitia.");
        Assert.Equal("2017-05-31", Assert.Single(dates, d => d.Text == "Rabu dini hari").NormalizedValue);
    }

    [Fact]
    public void A_weekday_joined_by_dan_keeps_its_own_value()
    {
        // Only "atau" restates; "dan" lists another day.
        var dates = Dates("Penyidik memeriksa saksi pada Selasa (4/4/2017) dan Rabu di Mapolda.");
        Assert.Equal("2017-05-31", Assert.Single(dates, d => d.Text == "Rabu").NormalizedValue);
    }
}
