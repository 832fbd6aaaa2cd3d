namespace IndoNews.NLP.Tests.News;

/// <summary>
/// "malam Minggu" is Saturday night: Indonesian names a night after the day it leads into (ValueEntityRecognizer,
/// DateMatcher.MatchEve). Published 2017-06-01, a Thursday, unless said otherwise.
/// </summary>
public class WeekdayEveTests
{
    private static List<Entity> Dates(string text) => ValueEntities.DatesOn1June(text);

    [Theory]
    [InlineData("Polisi menangkap kedua pelaku pada malam Minggu (27/5) di kawasan Kemang.", "malam Minggu (27/5)", "2017-05-27")]
    [InlineData("Ribuan warga memadati alun-alun kota pada malam Minggu lalu.", "malam Minggu lalu", "2017-05-27")]
    [InlineData("Kecelakaan itu terjadi pada malam Minggu, sekitar pukul 23.00 WIB.", "malam Minggu", "2017-05-27")]
    [InlineData("Warga menggelar doa bersama pada malam Jumat di masjid kampung.", "malam Jumat", "2017-06-01")]
    [InlineData("Jalan Braga ditutup untuk kendaraan pada malam minggu kemarin.", "malam minggu kemarin", "2017-05-27")]
    public void Malam_before_a_weekday_is_the_night_before_it(string text, string mention, string iso)
    {
        var e = Assert.Single(Dates(text));
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void The_date_in_brackets_is_matched_against_Saturday()
    {
        // Published 2017-06-10: 27 May is a Saturday in 2017 and a Sunday in 2018; read as "Minggu (27/5)" it was 2018-05-27.
        var e = Assert.Single(ValueEntities.Of("Polisi menangkap kedua pelaku pada malam Minggu (27/5) di kawasan Kemang.", new DateOnly(2017, 6, 10)));
        Assert.Equal("malam Minggu (27/5)", e.Text);
        Assert.Equal("2017-05-27", e.NormalizedValue);
    }

    [Fact]
    public void A_habitual_Saturday_night_keeps_no_value()
    {
        // IndoSum: "Taman ini akan dioperasikan tiap malam minggu pada jam-jam pertunjukan pukul 19.30".
        var e = Assert.Single(Dates("Taman ini akan dioperasikan tiap malam minggu pada jam-jam pertunjukan."));
        Assert.Equal("malam minggu", e.Text);
        Assert.Null(e.NormalizedValue);
    }

    [Fact]
    public void An_exception_to_a_habit_keeps_no_value()
    {
        // IndoSum: Hugh Jackman on wearing the Wolverine suit again.
        var e = Assert.Single(Dates("“Ya, kecuali malam Minggu di rumah saya. Saya akan berkostum Wolverine!” katanya."));
        Assert.Equal("malam Minggu", e.Text);
        Assert.Null(e.NormalizedValue);
    }

    [Fact]
    public void A_title_is_no_date()
        => Assert.Empty(Dates("Ia membintangi serial Malam Minggu Miko di televisi."));

    [Fact]
    public void Lower_case_minggu_without_malam_stays_a_week()
    {
        var e = Assert.Single(Dates("Harga cabai naik sejak minggu lalu."));
        Assert.Equal("minggu lalu", e.Text);
        Assert.Equal("2017-W21", e.NormalizedValue);
    }
}
