namespace IndoNews.NLP.Tests.News;

/// <summary>
/// The day in brackets after a weekday belongs to it across a comma, a local time, "ini" or "pekan depan", and makes a
/// lower-case weekday a date. Sentences from IndoSum news, published 2017-06-01.
/// </summary>
public class WeekdayBracketDateTests
{
    private static List<Entity> Dates(string text) => ValueEntities.DatesOn1June(text);

    [Theory]
    [InlineData("Gangguan ini terjadi pada Kamis, (20/4), dan berdampak di hampir seluruh wilayah.", "Kamis, (20/4)", "2017-04-20")]
    [InlineData("Ia menjadi korban pemalakan pada Senin, (19/9) siang. Parahnya, pelaku adalah bocah.", "Senin, (19/9) siang", "2016-09-19")]
    [InlineData("kata Kepala Satuan Kerja Pelaksanaan Jalan Nasional, Sabtu , (11/3). Ruas jalan tersebut", "Sabtu , (11/3)", "2017-03-11")] // tokenised spacing
    [InlineData("Mereka bersiap menggelar lagi demonstrasi anti pemerintahan pada Rabu waktu setempat (10/5). Untuk", "Rabu waktu setempat (10/5)", "2017-05-10")]
    [InlineData("Sylviana Murni dipertemukan Rabu ini (19/10), saat kunjungan ke sebuah vihara", "Rabu ini (19/10)", "2016-10-19")] // was "(19/10)" 2017-10-19
    [InlineData("pertemuan dengan pimpinan KPK akan dilakukan Senin pekan depan (5/6).", "Senin pekan depan (5/6)", "2017-06-05")]
    [InlineData("seperti yang dikutip dari keterangan resmi pada jumat (28/10).", "jumat (28/10)", "2016-10-28")] // was no date
    [InlineData("Sejak kepergian Jupe untuk selamanya pada sabtu (10/6) lalu, akhirnya presenter", "sabtu (10/6) lalu", "2017-06-10")]
    public void The_bracketed_day_belongs_to_its_weekday(string text, string mention, string iso)
    {
        var e = Assert.Single(Dates(text));
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void A_written_date_in_brackets_belongs_to_its_weekday()
    {
        // Was "Jumat" valued 2017-06-02 (after "akan") and "Minggu" no date.
        var dates = Dates("\"Program dan promo tersebut akan dilaksanakan pada periode Jumat (14 April 2017) sampai Minggu (30 April 2017),\" kata Zabadi.");
        Assert.Equal(["Jumat (14 April 2017)", "Minggu (30 April 2017)"], dates.Select(d => d.Text));
        Assert.Equal(["2017-04-14", "2017-04-30"], dates.Select(d => d.NormalizedValue));
    }

    [Fact]
    public void A_place_named_for_its_time_zone_stays_outside_the_date()
    {
        // "Amerika Serikat" is a name of its own: the date does not reach across it to the bracket.
        var dates = Dates("serangan terbesar yang pernah dilancarkan pada Jumat waktu Amerika Serikat (21/10). Serangan itu");
        Assert.DoesNotContain(dates, d => d.Text.Contains("Amerika", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lower_case_weekday_without_its_day_is_no_date()
        => Assert.Empty(Dates("Usai salat jumat, warga berkumpul di balai desa."));
}
