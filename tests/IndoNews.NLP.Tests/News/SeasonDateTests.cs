namespace IndoNews.NLP.Tests.News;

/// <summary>
/// A season placed relative to publication ("musim lalu", "musim ini", "musim panas mendatang") is a DATE with no value,
/// as OntoNotes marks "last season". Sentences from IndoSum news, published 2017-06-01.
/// </summary>
public class SeasonDateTests
{
    private static List<Entity> Dates(string text) => ValueEntities.DatesOn1June(text);

    [Theory]
    [InlineData("Rossi kembali menaklukkan Sirkuit Jerez musim lalu setelah mengasapi Jorge Lorenzo.", "musim lalu")]
    [InlineData("Rencana Gianluigi Buffon untuk pensiun musim depan, disikapi dengan cukup serius oleh Juventus.", "musim depan")]
    [InlineData("Real Madrid cuma mampu 10 kali steril dalam 53 laga resmi musim ini.", "musim ini")]
    [InlineData("Real Madrid dan Barcelona pun tergiur untuk meminang Aubameyang pada bursa transfer musim panas mendatang.", "musim panas mendatang")]
    public void A_relative_season_is_a_date_without_a_value(string text, string mention)
    {
        var e = Assert.Single(Dates(text));
        Assert.Equal(mention, e.Text);
        Assert.Null(e.NormalizedValue);
    }

    [Fact]
    public void Musim_kemarin_is_last_season_not_yesterday()
    {
        // Was "kemarin" → 2017-05-31.
        var e = Assert.Single(Dates("Guardiola menegaskan Manchester City akan tampil lebih baik setelah gagal meraih trofi pada musim kemarin."));
        Assert.Equal("musim kemarin", e.Text);
        Assert.Null(e.NormalizedValue);
    }

    [Fact]
    public void A_season_with_its_years_keeps_them()
    {
        var e = Assert.Single(Dates("Performa Szczesny meningkat sejak musim 2015/16 bersama Roma."));
        Assert.Equal("2015/2016", e.NormalizedValue);
    }

    [Fact]
    public void A_season_alone_is_no_date()
        => Assert.Empty(Dates("Petani menunggu musim hujan untuk mulai menanam padi."));
}
