namespace IndoNews.NLP.Tests.News;

/// <summary>
/// Which week a bare weekday falls in (BareWeekday): a future word up to ten words back in the clause makes it the next
/// such day; "ini" after the last weekday of a list leaves each without a value. IndoSum sentences, published 2017-06-01.
/// </summary>
public class BareWeekdayTenseTests
{
    private static List<Entity> Dates(string text) => ValueEntities.DatesOn1June(text);

    [Theory]
    [InlineData("Beberapa wilayah diperkirakan akan diselimuti dengan salju setebal hingga 60 cm hingga Rabu dini hari.", "Rabu dini hari", "2017-06-07")] // was 2017-05-31
    [InlineData("\"Kami akan menggelar pertemuan dengan dewan direksi pada Selasa. Kepastian saya akan ditentukan", "Selasa", "2017-06-06")] // was 2017-05-30
    [InlineData("kata Kasubdit I bidang Kamneg Ditreskrimum Polda NTB AKBP Andi Dady di Mataram, Sabtu.", "Sabtu", "2017-05-27")] // a dateline stays past
    public void A_bare_weekday_takes_the_tense_of_its_clause(string text, string mention, string iso)
    {
        var e = Assert.Single(Dates(text), d => d.Text == mention);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void Ini_after_a_list_of_weekdays_is_this_week_for_each()
    {
        var dates = Dates("Balapan Seri kedua F2 di Barcelona pada hari Sabtu dan Minggu ini akan menjadi momen penting bagi Sean Gelael.");
        Assert.Null(Assert.Single(dates, d => d.Text == "Sabtu").NormalizedValue); // was 2017-05-27
    }
}
