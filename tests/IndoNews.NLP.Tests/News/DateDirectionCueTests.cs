namespace IndoNews.NLP.Tests.News;

/// <summary>
/// Dates whose side of publication a word around them decides: a weekend (<c>akhir pekan ini</c>), a day since or as of
/// which something is reported (<c>sejak 8 Juli</c>, <c>Per 16 Agustus</c>), and a month a range runs up to across a part
/// of the month (<c>sampai akhir bulan September</c>). Sentences from IndoSum; published 2017-06-01.
/// </summary>
public class DateDirectionCueTests
{
    // Published on ValueEntities.June1, a Thursday in ISO week 2017-W22.
    private static Entity Date(string text, string mention)
    {
        var entity = Assert.Single(ValueEntities.DatesOn1June(text));
        Assert.Equal(mention, entity.Text);
        return entity;
    }

    [Theory]
    [InlineData("Seri Eropa di MotoGP 2017 akan dimulai akhir pekan ini di Sirkuit Jerez, Spanyol.", "akhir pekan ini", "2017-W22-WE")]
    [InlineData("Akhir pekan lalu, Liverpool menang 4-0 atas West Ham.", "Akhir pekan lalu", "2017-W21-WE")]
    [InlineData("mengalahkan Sassuolo 2-1 akhir pekan kemarin. Gol itu", "akhir pekan kemarin", "2017-W21-WE")]
    [InlineData("menjelang duel klasik melawan Real Madrid, akhir pekan nanti.", "akhir pekan nanti", "2017-W23-WE")]
    [InlineData("Di akhir minggu lalu, ada 17 juta user", "akhir minggu lalu", "2017-W21-WE")]
    public void A_weekend_with_a_direction_word_is_one_date(string text, string mention, string value)
        => Assert.Equal(value, Date(text, mention).NormalizedValue);

    [Fact]
    public void A_weekend_without_a_direction_word_is_no_date()
    {
        Assert.Empty(ValueEntities.DatesOn1June("Kami berlatih setiap akhir pekan di lapangan."));
    }

    [Theory]
    [InlineData("\"Per 16 Agustus, pemesanan Calya sudah lebih dari 8.000 unit.", "16 Agustus", "2016-08-16")] // was 2017-08-16
    [InlineData("bentrokan antara warga dan petugas keamanan di Kashmir sejak 8 Juli, atau", "8 Juli", "2016-07-08")]
    [InlineData("surat panggilan yang dikirim per tanggal 28 Agustus itu.", "28 Agustus", "2016-08-28")]
    [InlineData("sudah diberlakukan sejak 2 Mei oleh pemerintah.", "2 Mei", "2017-05-02")] // already before publication
    public void A_day_since_or_as_of_which_something_is_reported_is_before_publication(string text, string mention, string value)
        => Assert.Equal(value, Date(text, mention).NormalizedValue);

    [Theory]
    [InlineData("yaitu sampai akhir bulan September. Baik What - a-Melon", "September", "2017-09")] // was 2016-09
    [InlineData("DPP PDIP sendiri membuka proses pendaftaran peserta pilkada serentak hingga akhir Juli.", "Juli", "2017-07")]
    [InlineData("tur pameran akan mengunjungi Museo d’Arte Moderna di Bologna sampai pertengahan November.", "November", "2017-11")]
    [InlineData("Kasus itu mencuat sejak akhir Februari lalu.", "Februari lalu", "2017-02")]
    public void A_month_a_range_runs_up_to_across_a_part_of_it_is_the_coming_one(string text, string mention, string value)
        => Assert.Equal(value, Date(text, mention).NormalizedValue);

    [Fact]
    public void The_later_month_of_a_span_keeps_the_year_of_the_first()
    {
        var dates = ValueEntities.DatesOn1June("pada akhir Februari hingga pertengahan Maret, I Lupi kembali galak.")
            .Select(e => (e.Text, e.NormalizedValue)).ToList();
        Assert.Equal([("Februari", "2017-02"), ("Maret", "2017-03")], dates);
    }
}
