namespace IndoNews.NLP.Tests.News;

/// <summary>
/// "hari ini", "kemarin" or "besok" followed by a comma and a dated weekday, or by a date in brackets, is that day
/// (AppositeDay, DateMatcher). Sentences from IndoSum news, published 2017-06-01.
/// </summary>
public class AppositeDayTests
{
    private static List<Entity> Dates(string text) => ValueEntities.DatesOn1June(text);

    [Theory]
    [InlineData("IHSG diprediksi bergerak variatif cenderung melemah pada perdagangan hari ini, Rabu (8/2), di tengah minimnya insentif.", "hari ini", "2017-02-08")] // was 2017-06-01
    [InlineData("sapi untuk dikurbankan pada Hari Raya Idul Adha 1437 Hijriyah tiba kemarin, Minggu (11/9) sore.", "kemarin", "2016-09-11")] // was 2017-05-31
    [InlineData("Simak liputan khususnya mulai besok, Senin (20/3), di kumparan.", "besok", "2017-03-20")]
    [InlineData("BMKG memprakirakan beberapa wilayah Jabodetabek hari ini, Kamis, 9 Mei, hujan sedang pada siang hari.", "hari ini", "2017-05-09")]
    public void A_relative_day_before_a_dated_weekday_is_that_day(string text, string mention, string iso)
    {
        var e = Assert.Single(Dates(text), d => d.Text == mention);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void A_date_in_brackets_after_hari_ini_is_one_date_with_it()
    {
        // Was "hari ini" (2017-06-01) and "(10/5)" apart.
        var e = Assert.Single(Dates("Sidang tuntutan Ahok akan digelar hari ini (10/5) di Auditorium Kementan."));
        Assert.Equal("hari ini (10/5)", e.Text);
        Assert.Equal("2017-05-10", e.NormalizedValue);
    }

    [Fact]
    public void A_relative_day_before_a_clause_keeps_its_own_value()
    {
        var dates = Dates("Hasilnya diumumkan hari ini. Senin (6/3) lalu panitia rapat.");
        Assert.Equal("2017-06-01", Assert.Single(dates, d => d.Text == "hari ini").NormalizedValue);
    }
}
