using IndoNews.NLP.Entities.Values;

namespace IndoNews.NLP.Tests.News;

/// <summary>Two weekdays joined by a dash or a range word are one date: sentences from IndoSum, published 2017-06-01.</summary>
public class WeekdaySpanTests
{
    private static readonly DateOnly June1 = new(2017, 6, 1);

    private static List<Entity> Values(string text) => ValueEntities.Of(text, June1);

    [Theory]
    [InlineData("\"Saya Senin sampai Jumat minta sama istri untuk makanan sehat.", "Senin sampai Jumat")] // was Senin and Jumat apart
    [InlineData("tur keliling Kota Pangkalpinang setiap Sabtu - Minggu di Museum Timah Indonesia.", "Sabtu - Minggu")] // Minggu was lost
    [InlineData("Alumni 212 menggelar Kongres Nasional pada Kamis hingga Jumat. Tema", "Kamis hingga Jumat")]
    public void A_span_of_weekdays_is_one_date_with_no_value(string text, string mention)
    {
        var e = Assert.Single(Values(text));
        Assert.Equal(mention, e.Text);
        Assert.Null(e.NormalizedValue);
    }

    [Theory]
    [InlineData("Untuk pemberangkatan Selasa - Jumat (13-16 Februari) seperti KA Majapahit", "Selasa - Jumat (13-16 Februari)", "2017-02-13/2017-02-16")]
    [InlineData("Acara tahunan ini berlangsung dua hari, Senin - Selasa, 11-12 Desember 2017 di Hotel Bidakara.", "Senin - Selasa, 11-12 Desember 2017", "2017-12-11/2017-12-12")]
    public void A_span_of_weekdays_with_its_days_is_valued_by_them(string text, string mention, string iso)
    {
        var e = Assert.Single(Values(text));
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void A_schedule_is_a_span_of_weekdays_and_a_span_of_hours()
    {
        var found = Values("Layanan tersebut buka Senin-Jumat pukul 08.00-16.00 WIB di kantor kelurahan.");
        Assert.Equal(["Senin-Jumat", "pukul 08.00-16.00 WIB"], found.Select(e => e.Text));
        Assert.Equal([EntityLabels.Date, EntityLabels.Time], found.Select(e => e.Label));
        Assert.Null(found[0].NormalizedValue);
    }
}
