namespace IndoNews.NLP.Tests.News;

/// <summary>
/// Follow-ups on dates: a month range after <c>antara</c>, a part of the day with a weekday (inside the DATE, as in
/// <c>Senin malam (26/9)</c>), a week of a month, and a season after a comma. Sentences from IndoSum news, published 2017-06-01.
/// </summary>
public class DatePartsAndWeeksTests
{
    private static List<Entity> Dates(string text) => ValueEntities.DatesOn1June(text);

    [Theory]
    [InlineData("game ini akan rilis pada musim semi ini, yang berarti antara April hingga Mei. Sekarang,", "April hingga Mei", "2017-04/2017-05")]
    [InlineData("Penjualan ritel antara Januari dan Maret naik tipis.", "Januari dan Maret", "2017-01/2017-03")]
    public void A_month_range_after_antara_is_one_date(string text, string mention, string iso)
    {
        // "musim semi ini" (this spring) is a date of its own, with no value.
        var e = Assert.Single(Dates(text), d => d.NormalizedValue is not null);
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void Antara_before_a_month_and_a_name_is_no_range()
        => Assert.Empty(Dates("Laga antara April dan Persib ditunda."));

    [Theory]
    [InlineData("Gempa bermagnitudo 6,4 skala Richter mengguncang wilayah tersebut pada Jumat pagi.", "Jumat pagi", "2017-05-26")]
    [InlineData("lokasi kejadian di Kota Mataram, Nusa Tenggara Barat (NTB) pada Minggu dini hari.", "Minggu dini hari", "2017-05-28")]
    [InlineData("melanda Kabupaten Ponorogo Provinsi Jawa Timur pada Sabtu pagi lalu akibat hujan", "Sabtu pagi lalu", "2017-05-27")]
    [InlineData("pesawat kecil hilang dekat Susten di Swiss tengah pada Senin sore, menurut kementerian", "Senin sore", "2017-05-29")]
    [InlineData("Riedl usai pertandingan di Stadion Manahan, Solo, Selasa (6/9) malam.", "Selasa (6/9) malam", "2016-09-06")]
    [InlineData("Longsor terjadi di Cipanas pada Rabu dini hari (21/9). Longsor itu", "Rabu dini hari (21/9)", "2016-09-21")]
    [InlineData("gempa 7,8 skala Richter mengguncang Selandia Baru pada Minggu malam waktu setempat (13/11/2016), merusak", "Minggu malam waktu setempat (13/11/2016)", "2016-11-13")]
    public void A_part_of_the_day_belongs_to_its_weekday(string text, string mention, string iso)
    {
        var e = Assert.Single(Dates(text));
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void A_part_of_the_day_before_hari_ini_leaves_it_a_date_of_its_own()
    {
        var dates = Dates("Kamis pagi hari ini Pemprov DKI melakukan rapat.");
        Assert.Equal(["Kamis pagi", "hari ini"], dates.Select(e => e.Text));
    }

    [Fact]
    public void The_newspaper_Minggu_Pagi_is_no_date()
        => Assert.Empty(Dates("Berita itu dimuat harian Minggu Pagi di Yogyakarta."));

    [Theory]
    [InlineData("utusan lain dari Presiden (Jokowi) mulai minggu ketiga Juli,\" kata Hamid", "minggu ketiga Juli", "2017-07")]
    [InlineData("berdasarkan pantauan BPS, pada minggu terakhir Mei, harga pangan", "minggu terakhir Mei", "2017-05")]
    [InlineData("informasinya akan diumumkan di minggu kedua November 2016 di website", "minggu kedua November 2016", "2016-11")]
    [InlineData("diharapkan dapat selesai pada minggu ketiga bulan Juli ini sehingga", "minggu ketiga bulan Juli ini", "2017-07")]
    [InlineData("Keputusan final dapat diketahui sampai pekan ke-2 April karena", "pekan ke-2 April", "2018-04")]
    public void A_week_of_a_month_is_one_date_valued_as_its_month(string text, string mention, string iso)
    {
        var e = Assert.Single(Dates(text));
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void A_week_of_a_tournament_is_no_date()
        => Assert.Empty(Dates("Mereka tersingkir pada minggu ketiga turnamen itu."));

    [Fact]
    public void A_season_after_a_comma_is_a_date()
    {
        var e = Assert.Single(Dates("Beckham memenangi trofi La Liga di musim terakhirnya, 2006/07."));
        Assert.Equal("2006/07", e.Text);
        Assert.Equal("2006/2007", e.NormalizedValue);
    }

    [Fact]
    public void A_number_label_before_the_comma_keeps_the_span_untagged()
        => Assert.Empty(Dates("Silakan hubungi nomor, 2014-2015 untuk"));
}
