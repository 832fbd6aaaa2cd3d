using System.Globalization;
using IndoNews.NLP.Entities.Values;

namespace IndoNews.NLP.Tests.News;

/// <summary>Issue 6, section 3: value mentions and their normalised values, on Indonesian news phrasing.</summary>
public class ValueEntityRecognizerTests
{
    private static readonly DateOnly July3 = new(2016, 7, 3); // a Sunday

    private static List<Entity> Values(string text, DateOnly? published = null) => ValueEntities.Of(text, published);

    private static Entity Single(string text, DateOnly? published = null)
    {
        var entity = Assert.Single(Values(text, published));
        Assert.Equal(entity.Text, text[entity.Start..entity.End]);
        return entity;
    }

    [Theory]
    [InlineData("dilansir Reuters pada Sabtu (2/7).", "Sabtu (2/7)", "2016-07-02")]
    [InlineData("di BSD, Banten, Kamis (18/8/2016), Henry", "Kamis (18/8/2016)", "2016-08-18")]
    [InlineData("Toyota Calya diluncurkan pada 2 Juli 2016 di Karawang", "2 Juli 2016", "2016-07-02")]
    [InlineData("pada Sabtu, 2 Juli 2016 pukul", "Sabtu, 2 Juli 2016", "2016-07-02")]
    [InlineData("hingga 16 Juni kemarin sudah", "16 Juni kemarin", "2016-06-16")]
    [InlineData("Minggu ini sangat sibuk.", "Minggu ini", "2016-W26")]
    [InlineData("sejak 30 Desember lalu", "30 Desember lalu", "2015-12-30")]
    [InlineData("tanggal 2 Agt 2016", "2 Agt 2016", "2016-08-02")]
    [InlineData("tanggal 2 Agu. 2016", "2 Agu. 2016", "2016-08-02")]
    [InlineData("terbit 2/7/2016 pagi", "2/7/2016", "2016-07-02")]
    [InlineData("terbit 2016-07-02 pagi", "2016-07-02", "2016-07-02")]
    [InlineData("AS sendiri kemarin dikabarkan", "kemarin", "2016-07-02")]
    [InlineData("Kemarin malam hujan", "Kemarin malam", "2016-07-02")]
    [InlineData("hari ini diumumkan", "hari ini", "2016-07-03")]
    [InlineData("akan diumumkan besok", "besok", "2016-07-04")]
    [InlineData("pekan lalu ia datang", "pekan lalu", "2016-W25")]
    [InlineData("minggu depan ia datang", "minggu depan", "2016-W27")]
    [InlineData("bulan lalu ia datang", "bulan lalu", "2016-06")]
    [InlineData("tahun lalu ia datang", "tahun lalu", "2015")]
    [InlineData("tahun depan ia datang", "tahun depan", "2017")]
    [InlineData("pada tahun 2005, Nadal", "tahun 2005", "2005")]
    [InlineData("sejak Juli 2016 ia", "Juli 2016", "2016-07")]
    [InlineData("Senin lalu ia datang", "Senin lalu", "2016-06-27")]
    [InlineData("Sabtu lalu ia datang", "Sabtu lalu", "2016-07-02")]
    [InlineData("Senin depan ia datang", "Senin depan", "2016-07-04")]
    [InlineData("dua hari lalu ia datang", "dua hari lalu", "2016-07-01")]
    [InlineData("3 pekan lalu ia datang", "3 pekan lalu", "2016-W23")]
    [InlineData("sebulan lalu ia datang", "sebulan lalu", "2016-06")]
    [InlineData("krisis itu terjadi pada 2013 di Eropa", "2013", "2013")]
    [InlineData("inflasi pada Maret naik", "Maret", "2016-03")]
    [InlineData("berlaku hingga Desember bagi warga", "Desember", "2016-12")]
    [InlineData("sejak Agustus ia pergi", "Agustus", "2015-08")]
    [InlineData("pada Februari tahun ini naik", "Februari tahun ini", "2016-02")]
    [InlineData("sejak Maret tahun lalu ia", "Maret tahun lalu", "2015-03")]
    [InlineData("menjabat sejak 2007-2012 sebagai", "2007-2012", "2007/2012")]
    [InlineData("Senin malam (27/6) ia tiba", "Senin malam (27/6)", "2016-06-27")]
    [InlineData("laga Kamis besok melawan", "Kamis besok", "2016-07-07")]
    [InlineData("pameran pada 2-6 November 2016 di", "2-6 November 2016", "2016-11-02/2016-11-06")]
    [InlineData("libur 27 – 29 Juni lalu", "27 – 29 Juni lalu", "2016-06-27/2016-06-29")]
    [InlineData("berlangsung 23 Mei hingga 10 Juni 2016 di", "23 Mei hingga 10 Juni 2016", "2016-05-23/2016-06-10")] // the first date was resolved alone
    [InlineData("tur 28 Desember - 3 Januari 2017 itu", "28 Desember - 3 Januari 2017", "2016-12-28/2017-01-03")] // across the new year
    [InlineData("dibuka 1 Juli sampai dengan 31 Agustus mendatang", "1 Juli sampai dengan 31 Agustus mendatang", "2016-07-01/2016-08-31")]
    [InlineData("pada Jumat (1/7) kemarin ia datang", "Jumat (1/7) kemarin", "2016-07-01")] // one date, not a second "kemarin"
    [InlineData("menyerang Mosul pada 17 Oktober tahun lalu. Pertempuran bakal pecah", "17 Oktober tahun lalu", "2015-10-17")] // was 2016-10-17 plus a DATE "tahun lalu"
    [InlineData("Pelecehan itu sendiri terjadi pada 23 Agustus tahun lalu, sekitar", "23 Agustus tahun lalu", "2015-08-23")]
    [InlineData("ulang tahun yang ke-36 pada 10 Agustus tahun ini. Namun", "10 Agustus tahun ini", "2016-08-10")]
    [InlineData("pendaftaran dibuka hingga 26 Juni tahun depan. Hari pemungutan", "26 Juni tahun depan", "2017-06-26")] // not the nearest 26 Juni, 2016-06-26
    [InlineData("Proklamasi dibacakan pada 17 Agustus tahun 1945 di Jakarta", "17 Agustus tahun 1945", "1945-08-17")]
    [InlineData("pameran pada 2-6 November tahun lalu di", "2-6 November tahun lalu", "2015-11-02/2015-11-06")]
    [InlineData("dari Januari sampai Oktober tahun 2017, volume perdagangan", "Januari sampai Oktober tahun 2017", "2017-01/2017-10")] // was 'Oktober tahun 2017' alone
    [InlineData("tersebut dibuat sejak lebih dari 100 tahun silam.", "100 tahun silam", "1916")] // was 'tahun silam', last year
    [InlineData("hanya sekitar 703 hari lalu, Man United", "703 hari lalu", "2014-07-31")]
    [InlineData("pengumuman di ajang IFA 2016 bulan kemarin, Sony", "bulan kemarin", "2016-06")] // a name's number is no count of months
    [InlineData("yang dilakukannya dengan Nokia 3310 tahun lalu, HMD Global", "tahun lalu", "2015")]
    [InlineData("terjadi pada tahun 2003—2010. Bersama Ponaryo", "tahun 2003—2010", "2003/2010")] // was 2003, the em dash ignored
    [InlineData("krisis moneter terjadi pada 1997–1998. Sejumlah bank", "1997–1998", "1997/1998")]
    [InlineData("pertandingan Liga 1 sepanjang Juli - Agustus 2017. Hal ini", "Juli - Agustus 2017", "2017-07/2017-08")] // was 'Juli' (2016-07) and 'Agustus 2017'
    [InlineData("sepanjang Oktober – Desember tahun ini pemerintah", "Oktober – Desember tahun ini", "2016-10/2016-12")]
    [InlineData("musim dingin Desember - Februari 2016 itu", "Desember - Februari 2016", "2015-12/2016-02")] // across the new year
    [InlineData("oleh Kerajaan Inggris Sabtu kemarin (2/7) boleh saja", "Sabtu kemarin (2/7)", "2016-07-02")] // was two dates, 'Sabtu kemarin' a week earlier
    [InlineData("ditemui di Gedung Kemdikbud, Jakarta, kemarin (30/6).\nHamid", "kemarin (30/6)", "2016-06-30")] // was 'kemarin' (2016-07-02) and '(30/6)'
    public void Dates_resolve_against_the_publication_date(string text, string mention, string iso)
    {
        var e = Single(text, July3);
        Assert.Equal(EntityLabels.Date, e.Label);
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void A_day_and_month_with_a_relative_year_keeps_no_value_without_a_publication_date()
    {
        var e = Single("Pada 17 Agustus tahun lalu, ia dilantik.");
        Assert.Equal("17 Agustus tahun lalu", e.Text);
        Assert.Null(e.NormalizedValue);
        // 29 February of a year that has none: still one mention, with no value.
        var leap = Single("hingga 29 Februari tahun depan", July3);
        Assert.Equal("29 Februari tahun depan", leap.Text);
        Assert.Null(leap.NormalizedValue);
    }

    [Fact]
    public void A_day_and_month_without_a_year_is_the_nearest_such_day()
    {
        // Read over 3,000 IndoSum articles: bare dates months after publication are mostly announced events
        // (concert tours, draws, fixtures), so the nearest date stays the rule, in either direction.
        Assert.Equal("2017-11-09", Single("Ed Sheeran akan tampil di Jakarta pada 9 November.", new DateOnly(2017, 6, 8)).NormalizedValue);
        Assert.Equal("2017-05-04", Single("Ia diperiksa pertama kali pada 4 Mei di Markas Polda.", new DateOnly(2017, 8, 1)).NormalizedValue);
    }

    [Fact]
    public void A_day_month_date_takes_the_year_whose_weekday_matches()
    {
        // Published 2017-01-03: "Sabtu (31/12)" is 2016-12-31, a Saturday, not 2017-12-31.
        Assert.Equal("2016-12-31", Single("Sabtu (31/12) malam", new DateOnly(2017, 1, 3)).NormalizedValue);
        // Published 2016-12-28: "Minggu (1/1)" is 2017-01-01, a Sunday.
        Assert.Equal("2017-01-01", Single("laga Minggu (1/1) nanti", new DateOnly(2016, 12, 28)).NormalizedValue);
    }

    [Fact]
    public void A_weekday_that_contradicts_the_date_does_not_send_it_a_year_away()
    {
        // Published 2017-11-06: no year puts 11 April on a Saturday; 4 November 2017, two days before, is one.
        Assert.Equal("2017-11-04", Single("pada Sabtu (11/4) lalu", new DateOnly(2017, 11, 6)).NormalizedValue);
        // Published 2017-07-02 (a Sunday): the only Saturday 2 July is in 2016; the date of this week wins.
        Assert.Equal("2017-07-02", Single("laga Sabtu (2/7) itu", new DateOnly(2017, 7, 2)).NormalizedValue);
        // A weekday that matches within the year keeps its year, as before.
        Assert.Equal("2017-01-13", Single("pada Jumat (13/1) lalu", new DateOnly(2017, 1, 16)).NormalizedValue);
    }

    [Fact]
    public void A_bare_day_month_in_brackets_is_a_date_after_a_time_word()
    {
        // One date: the bracket says which day "kemarin malam" is (read apart, "kemarin" was a second date, 2016-07-02).
        var e = Single("Hadir kemarin malam (1/7), Iris tampil.", July3);
        Assert.Equal("kemarin malam (1/7)", e.Text);
        Assert.Equal("2016-07-01", e.NormalizedValue);
    }

    [Theory]
    [InlineData("kata Ketua Komite Tari DKJ Hartati di Jakarta, Kamis.", "Kamis", "2016-06-30")] // the latest Thursday before Sunday 3 July
    [InlineData("kata Panglima TNI, Jenderal TNI Gatot Nurmantyo, di Medan, Minggu (3/7). Ia tiba di Medan, Sabtu.", "Sabtu", "2016-07-02")]
    [InlineData("akan dihentikan pada Selasa sore. Para pejabat", "Selasa sore", "2016-07-05")] // a future word before it: the next Tuesday
    [InlineData("Hotspur bisa kembali tergusur jika Kamis dinihari nanti Arsenal menang", "Kamis dinihari nanti", "2016-07-07")]
    public void A_bare_weekday_is_the_latest_such_day_up_to_publication(string text, string mention, string iso)
    {
        var e = Values(text, July3).Last();
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void A_bare_weekday_on_the_publication_day_is_that_day_and_habits_keep_no_value()
    {
        Assert.Equal("2016-06-30", Single("kata Tulus melalui pesan singkat di Jakarta, Kamis.", new DateOnly(2016, 6, 30)).NormalizedValue);
        Assert.Null(Single("Ia diperiksa di Jakarta, Kamis.").NormalizedValue); // no publication date
        Assert.All(Values("wajib lapor ke pihak kepolisian setiap Senin dan Kamis.", July3), e => Assert.Null(e.NormalizedValue));
        Assert.All(Values("Iko yang setiap hari Sabtu dan Minggu, menghabiskan waktu", July3), e => Assert.Null(e.NormalizedValue));
        Assert.All(Values("\"Saya Senin sampai Jumat minta sama istri", July3), e => Assert.Null(e.NormalizedValue));
        Assert.All(Values("pendemo tidak melaksanakan salat Jumat di ruas jalan utama", July3), e => Assert.Null(e.NormalizedValue));
        Assert.All(Values("Rencananya akan resmi diluncurkan Jumat ini.", July3), e => Assert.Null(e.NormalizedValue));
    }

    [Theory]
    [InlineData("laba bersih perbankan sepanjang kuartal I 2017 mencapai Rp", "kuartal I 2017", "2017-Q1")]
    [InlineData("konsep ini akan diumumkan pada kuartal III/2018 mendatang.", "kuartal III/2018 mendatang", "2018-Q3")]
    [InlineData("penjualan merosot pada kuartal ketiga tahun lalu.", "kuartal ketiga tahun lalu", "2015-Q3")]
    [InlineData("menghadirkan gamepad Force GC20 dan GC30 di triwulan keempat tahun ini.", "triwulan keempat tahun ini", "2016-Q4")]
    [InlineData("setelah laporan keuangan kuartal ke-3 keluar.", "kuartal ke-3", "2016-Q3")]
    [InlineData("realisasi kuartal pertama 2016 di mana laba", "kuartal pertama 2016", "2016-Q1")]
    [InlineData("perseroan memprognosakan pada semester I 2017 dapat meraih", "semester I 2017", "2017-H1")]
    [InlineData("Jelang semester II perseroan optimistis", "semester II", "2016-H2")]
    [InlineData("naik dari Rp 126,37 miliar ketimbang semester I tahun sebelumnya.", "semester I tahun sebelumnya", "2015-H1")]
    public void Quarters_and_halves_of_a_year_are_dates(string text, string mention, string iso)
    {
        var e = Values(text, July3).Single(v => v.Label == EntityLabels.Date);
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void A_school_semester_is_no_half_year()
    {
        Assert.Empty(Values("mahasiswa semester 2 itu ditangkap", July3));
        Assert.Empty(Values("Ia kini duduk di semester 5 di kampus", July3));
        Assert.Null(Single("laba kuartal II naik").NormalizedValue); // no publication date, no year
    }

    [Theory]
    [InlineData("empat album yang terjual terbanyak di 2016. Posisi pertama", "2016", "2016")]
    [InlineData("sebanyak itu. Untuk 2017, dia mengatakan", "2017", "2017")]
    [InlineData("Harry Potter, The Deathly Hallows yang rilis 2007 lalu. Profesor Snape", "2007 lalu", "2007")]
    [InlineData("atlet utama mulai 2017 ini akan mendapatkan", "2017", "2017")]
    [InlineData("gelar keempat mereka sepanjang 2017. Pada", "2017", "2017")]
    [InlineData("aliran dana dari Chairuman Harahap (2009-2012). Nazaruddin", "2009-2012", "2009/2012")]
    public void A_bare_year_after_a_lead_word_or_in_a_bracketed_span_is_a_date(string text, string mention, string iso)
    {
        var e = Single(text, July3);
        Assert.Equal(EntityLabels.Date, e.Label);
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void A_list_of_years_after_a_new_lead_word_is_dates_and_numbers_are_not_years()
    {
        Assert.Equal(["2016", "2017"], Values("kompetisi di 2016 dan 2017 berjalan", July3).Select(e => e.NormalizedValue));
        Assert.DoesNotContain(Values("terdaftar dengan nomor 2017 di kantor", July3), e => e.Label == EntityLabels.Date);
        Assert.DoesNotContain(Values("dijual di 2017 unit toko", July3), e => e.Label == EntityLabels.Date);
    }

    [Theory]
    [InlineData("Lebih lanjut, pemeran film Inception (2010) itu juga mengatakan bahwa", "2010")]
    [InlineData("film Warkop DKI (2017) tayang", "2017")]
    [InlineData("disusul dengan Breakout (2008), Can't Be Tamed (2010), dan", "2008")]
    [InlineData("Satu trofi mereka dapat dari Piala Winners (1984), tiga dari", "1984")]
    [InlineData("Berdasarkan data Jambeck (2015), Indonesia memproduksi sampah plastik", "2015")]
    [InlineData("Sementara di Warriors ada Kevin Durant (2014) dan Stephen Curry", "2014")]
    public void A_year_alone_in_brackets_beside_a_title_is_a_date(string text, string year)
    {
        var e = Values(text, July3).First(v => v.Label == EntityLabels.Date);
        Assert.Equal(year, e.Text);
        Assert.Equal(year, e.NormalizedValue);
    }

    [Theory]
    [InlineData("Samsung Galaxy A7 (2017) hadir dengan sertifikasi IP68")]
    [InlineData("Samsung Galaxy A (2017) pun telah hadir di Indonesia")]
    [InlineData("smartphone barunya, Huawei Y6 Pro (2017) di Eropa")]
    public void A_devices_model_year_in_brackets_is_part_of_its_name(string text)
    {
        Assert.DoesNotContain(Values(text, July3), e => e.Label == EntityLabels.Date);
    }

    [Fact]
    public void Relative_dates_without_a_publication_date_are_found_but_keep_no_value()
    {
        Assert.Null(Single("pada Sabtu (2/7).").NormalizedValue);
        Assert.Null(Single("AS sendiri kemarin dikabarkan").NormalizedValue);
        Assert.Equal("2016-07-02", Single("pada 2 Juli 2016.").NormalizedValue);
    }

    [Theory]
    [InlineData("dimulai pukul 10.30 WIB di", "pukul 10.30 WIB", "T10:30+07:00")]
    [InlineData("dimulai pukul 19:00 WITA di", "pukul 19:00 WITA", "T19:00+08:00")]
    [InlineData("tiba pukul 7 malam", "pukul 7 malam", "T19:00")]
    [InlineData("tiba jam 3 sore", "jam 3 sore", "T15:00")]
    [InlineData("gempa terjadi 04.15 WIT tadi", "04.15 WIT", "T04:15+09:00")]
    [InlineData("sekitar pukul 02.00 dini hari", "pukul 02.00 dini hari", "T02:00")]
    [InlineData("dimulai pukul 22.00 wib di", "pukul 22.00 wib", "T22:00+07:00")]
    public void Times_are_ISO_times_with_the_Indonesian_zone(string text, string mention, string iso)
    {
        var e = Single(text);
        Assert.Equal(EntityLabels.Time, e.Label);
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Theory]
    [InlineData("kerugian Rp 1,5 triliun akibat", "Rp 1,5 triliun", 1.5e12, "IDR")]
    [InlineData("harganya Rp1.500 per", "Rp1.500", 1500, "IDR")]
    [InlineData("berbanderol Rp 129,65 juta, E MT", "Rp 129,65 juta", 129_650_000, "IDR")]
    [InlineData("dana Rp 1.500.000,50 dari", "Rp 1.500.000,50", 1_500_000.5, "IDR")]
    [InlineData("investasi US$ 2 miliar ke", "US$ 2 miliar", 2e9, "USD")]
    [InlineData("senilai 8,78 miliar dolar AS pada", "8,78 miliar dolar AS", 8.78e9, "USD")]
    [InlineData("dihargai 70 juta poundsterling oleh", "70 juta poundsterling", 70e6, "GBP")]
    [InlineData("dengan harga sebesar Rp 150 ribu, kata", "Rp 150 ribu", 150_000, "IDR")]
    [InlineData("biayanya Rp. 2,5 M saja", "Rp. 2,5 M", 2.5e9, "IDR")]
    [InlineData("seharga 500 ribu rupiah", "500 ribu rupiah", 500_000, "IDR")]
    [InlineData("sekitar €3,5 juta", "€3,5 juta", 3.5e6, "EUR")]
    [InlineData("modalnya Rp 500 jutaan saja", "Rp 500 jutaan", 500e6, "IDR")] // was 500 IDR
    [InlineData("gajinya antara Rp 3 hingga 6 juta sebulan", "Rp 3 hingga 6 juta", 3e6, "IDR")] // the range's scale: was 3 IDR
    [InlineData("kisaran Rp 3 - 6 juta", "Rp 3 - 6 juta", 3e6, "IDR")]
    [InlineData("harga Rp 900 hingga 1,2 juta", "Rp 900 hingga 1,2 juta", 900, "IDR")] // the upper end is bigger, the scale is its own
    [InlineData("upahnya 3 hingga 6 juta rupiah sebulan", "3 hingga 6 juta rupiah", 3e6, "IDR")]
    [InlineData("senilai 2-3 miliar dolar AS", "2-3 miliar dolar AS", 2e9, "USD")]
    [InlineData("senilai Sin$ 6 ribu", "Sin$ 6 ribu", 6e3, "SGD")]
    [InlineData("dibeli 80 juta pounds", "80 juta pounds", 80e6, "GBP")]
    [InlineData("dijual seharga $ 1,299 di AS", "$ 1,299", 1299, "USD")] // English grouping after a dollar sign
    [InlineData("nilainya US$ 12,500,000 saja", "US$ 12,500,000", 12_500_000, "USD")]
    [InlineData("investasi US$ 1,5 miliar", "US$ 1,5 miliar", 1.5e9, "USD")] // the Indonesian decimal comma stays
    [InlineData("pasangan ini menghabiskan biaya sebesar £ 23,000 atau setara", "£ 23,000", 23_000, "GBP")] // IndoSum: was 23
    [InlineData("Harga nasi goreng Rp 9,000 dan mi goreng", "Rp 9,000", 9_000, "IDR")] // was 9
    [InlineData("tiketnya hanya 1,000 yen per orang", "1,000 yen", 1_000, "JPY")] // was 1
    [InlineData("Rp 2,566 triliun untuk belanja", "Rp 2,566 triliun", 2.566e12, "IDR")] // a scale word keeps the decimal
    public void Money_is_the_amount_in_the_currency_unit(string text, string mention, double value, string unit)
    {
        var e = Single(text);
        Assert.Equal(EntityLabels.Money, e.Label);
        Assert.Equal(mention, e.Text);
        Assert.Equal(value, e.NumericValue!.Value, 6);
        Assert.Equal(unit, e.Unit);
    }

    [Fact]
    public void Years_after_a_period_counts_and_ranges_with_a_bigger_upper_end()
    {
        // "Tahun ini" after a sentence that ends in a number, and after "semester 2", is this year.
        Assert.Contains(Values("Penjualan naik pada 2016. Tahun ini jumlahnya turun.", July3), e => e.Text == "Tahun ini" && e.NormalizedValue == "2016");
        // After "semester 2" and "kuartal tiga" it is the year of that half or quarter, one date with it.
        Assert.Contains(Values("Pada semester 2 tahun ini laba naik.", July3), e => e.Text == "semester 2 tahun ini" && e.NormalizedValue == "2016-H2");
        Assert.Contains(Values("Laba kuartal tiga tahun ini naik.", July3), e => e.Text == "kuartal tiga tahun ini" && e.NormalizedValue == "2016-Q3");

        // After a count, "tahun ini" is an age or a span of years, not this year (IndoSum).
        Assert.DoesNotContain(Values("Pelatih 66 tahun ini mengaku puas.", July3), e => e.Label == EntityLabels.Date);
        Assert.DoesNotContain(Values("Penyanyi 27 tahun ini merilis album.", July3), e => e.Label == EntityLabels.Date);
        Assert.DoesNotContain(Values("Selama tiga tahun ini ia bekerja di sana.", July3), e => e.Label == EntityLabels.Date);
        // After a verb of becoming, the count is the age reached and "tahun ini" this year (IndoSum: turning 20 this year).
        Assert.Contains(Values("“Kau akan jadi 20 tahun ini — itu gila banget.", July3), e => e.Text == "tahun ini" && e.NormalizedValue == "2016");
        Assert.Contains(Values("Usianya menjadi 40 tahun ini.", July3), e => e.Text == "tahun ini");
        // An ordinal and a product number are no count: this year's 72nd anniversary, this week's release.
        Assert.Contains(Values("Ulang Tahun Indonesia ke-72 tahun ini dirayakan.", July3), e => e.Text == "tahun ini" && e.NormalizedValue == "2016");
        Assert.Contains(Values("Game itu rilis untuk Windows 10 minggu ini.", July3), e => e.Text == "minggu ini");
        // A count is no year, and a range whose upper end is bigger keeps the lower end unscaled.
        Assert.DoesNotContain(Values("Jumlah peserta mencapai 1500 hingga 2000 orang.", July3), e => e.Label == EntityLabels.Date);
        Assert.Equal(900, Assert.Single(Values("Harga Rp 900 hingga 1,2 juta.", July3)).NumericValue);
    }

    [Theory]
    // "ini" after a day and month or a month is this year's (IndoSum sentences; published 2016-07-03).
    [InlineData("optimistis akan menang dalam putaran kedua pemilu pada 7 Mei ini.", "7 Mei ini", "2016-05-07")]
    [InlineData("Tepat tanggal 3 Agustus ini, AltspaceVR resmi menutup layanan", "3 Agustus ini", "2016-08-03")]
    [InlineData("sepanjang sejarah festival ini digelar 2-5 Oktober ini,” ujar Hendrik.", "2-5 Oktober ini", "2016-10-02/2016-10-05")]
    [InlineData("Perkiraan awal Desember ini bisa diluncurkan,” kata Totok", "Desember ini", "2016-12")] // this December, not the last one
    [InlineData("Sebelumnya, pada Januari ini mereka sempat merayakan hari jadi", "Januari ini", "2016-01")]
    [InlineData("kami masih akan bahas di Rapat Dewan Gubernur, Oktober ini,” tutupnya.", "Oktober ini", "2016-10")]
    // A direction word after a written year belongs to the date; the year gives the value.
    [InlineData("Konflik terakhir di Kashmir terjadi pada 2010 lalu, saat lebih dari 100 orang", "2010 lalu", "2010")]
    [InlineData("dalam KTT Gerakan Non-Blok tahun 1992 silam.", "tahun 1992 silam", "1992")]
    [InlineData("Produk tersebut akan dirilis pada tanggal 7 November 2017 nanti.", "7 November 2017 nanti", "2017-11-07")]
    [InlineData("di berbagai belahan dunia mulai 12 Mei 2017 kemarin. Ransomware", "12 Mei 2017 kemarin", "2017-05-12")] // was a second DATE "kemarin", the day before publication
    [InlineData("seleksi masuk pada 16 Mei 2017 mendatang dan", "16 Mei 2017 mendatang", "2017-05-16")]
    [InlineData("hadir di Indonesia pada Maret 2016 yang lalu.", "Maret 2016 yang lalu", "2016-03")]
    public void This_and_direction_words_after_a_date_belong_to_it(string text, string mention, string iso)
    {
        var e = Single(text, July3);
        Assert.Equal(EntityLabels.Date, e.Label);
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void Ini_at_the_end_of_the_sentence_belongs_to_the_date()
    {
        // The sentence ends: this May 11. The holiday before it is a date of its own (HolidayMatcher).
        var found = Values("Hari Raya Waisak, yang jatuh pada tanggal 11 Mei ini.", July3);
        Assert.Equal(["Hari Raya Waisak", "11 Mei ini"], found.Select(e => e.Text));
        Assert.Equal("2016-05-11", found[1].NormalizedValue);
    }

    [Fact]
    public void Ini_that_closes_a_noun_phrase_stays_out_of_the_date()
    {
        // "ini" is the demonstrative of the noun the modifier describes ("this cooperation, in place since June 29").
        Assert.Equal("29 Juni", Assert.Single(Values("Kerjasama yang telah terjalin sejak 29 Juni ini berhasil menarik pengunjung.", July3)).Text);
        Assert.Equal("6-8 April", Assert.Single(Values("Acara yang berlangsung pada tanggal 6-8 April ini, dihadiri oleh pengurus pusat.", July3)).Text);
        Assert.Equal("Februari", Assert.Single(Values("Program yang digagas oleh Museum Brooklyn pada akhir Februari ini mendapat pendampingan.", July3)).Text);
        // After a written year too: "this man, born 27 July 1968".
        Assert.Equal("27 Juli 1968", Assert.Single(Values("Pria kelahiran 27 Juli 1968 ini harus kehilangan sepasang kakinya.", July3)).Text);
    }

    [Fact]
    public void A_range_needs_a_bigger_upper_end()
    {
        // "15-10 persen" is no range: only "10 persen" is a percentage.
        var e = Assert.Single(Values("turun dari 15-10 persen", July3));
        Assert.Equal("10 persen", e.Text);
        Assert.Equal(0.10, e.NumericValue!.Value, 10);
    }

    [Fact]
    public void Both_ends_of_a_range_with_their_own_currency_get_the_shared_scale()
    {
        var found = Values("harga Rp 300 sampai dengan Rp 500 ribu", July3);
        Assert.Equal(["Rp 300", "Rp 500 ribu"], found.Select(e => e.Text));
        Assert.Equal([300e3, 500e3], found.Select(e => e.NumericValue!.Value));
    }

    [Theory]
    [InlineData("naik 30 persen dari", "30 persen", 0.30)]
    [InlineData("naik 30% dari", "30%", 0.30)]
    [InlineData("naik 30 % dari", "30 %", 0.30)]
    [InlineData("sekitar 57,8 persen dari", "57,8 persen", 0.578)]
    [InlineData("mencapai 8,15 persen sepanjang", "8,15 persen", 0.0815)]
    [InlineData("hanya tiga persen warga", "tiga persen", 0.03)]
    [InlineData("tumbuh 2.5 persen", "2.5 persen", 0.025)]
    [InlineData("sekitar 30 hingga 40 persen berasal dari luar negeri", "30 hingga 40 persen", 0.30)] // a range is one mention, its value the lower end
    [InlineData("memotong anggaran sebesar 2-5 persen dari beberapa mata anggaran", "2-5 persen", 0.02)]
    [InlineData("pertumbuhan ekonomi di rentang 5,0 - 5,1 persen secara tahunan", "5,0 - 5,1 persen", 0.05)]
    [InlineData("kelembaban udara antara 80 sampai 100 persen, demikian BMKG", "80 sampai 100 persen", 0.80)]
    [InlineData("kredit ditargetkan tumbuh 5 s.d. 7% secara tahunan", "5 s.d. 7%", 0.05)]
    public void Percentages_are_fractions(string text, string mention, double value)
    {
        var e = Single(text);
        Assert.Equal(EntityLabels.Percent, e.Label);
        Assert.Equal(mention, e.Text);
        Assert.Equal(value, e.NumericValue!.Value, 10);
    }

    [Theory]
    [InlineData("mengamankan 134 kilogram daun ganja", "134 kilogram", 134, "kg")]
    [InlineData("sejauh 5 km dari", "5 km", 5, "km")]
    [InlineData("seluas 1.200 hektare lahan", "1.200 hektare", 1200, "ha")]
    [InlineData("baterai 4.000 mAh yang", "4.000 mAh", 4000, "mAh")]
    [InlineData("gempa 6,2 SR mengguncang", "6,2 SR", 6.2, "SR")]
    [InlineData("sebanyak 1,5 juta ton beras", "1,5 juta ton", 1.5e6, "t")]
    [InlineData("dikirim hingga 2000 ton beras", "2000 ton", 2000, "t")] // a quantity, not the year 2000
    [InlineData("pagar setinggi dua meter itu", "dua meter", 2, "m")]
    [InlineData("lari 5-kilometer pagi ini", "5-kilometer", 5, "km")]
    [InlineData("suhu 50 derajat celcius di", "50 derajat celcius", 50, "°C")]
    [InlineData("magma berada pada kisaran 5-10 kilometer di bawah Gunung Agung", "5-10 kilometer", 5, "km")] // a range is one mention, its value the lower end
    // Speeds: a length per hour is one mention in km/h (IndoSum spellings).
    [InlineData("memacu motor ini hingga 100 km / jam.", "100 km / jam", 100, "km/h")]
    [InlineData("dengan kecepatan 40 km/ jam.", "40 km/ jam", 40, "km/h")]
    [InlineData("kecepatan maksimum motor bisa mencapai 150 km per jam.", "150 km per jam", 150, "km/h")]
    [InlineData("dengan kecepatan 18 kilometer per jam penumpang", "18 kilometer per jam", 18, "km/h")]
    [InlineData("Mobil melaju 100 km/jam di tol.", "100 km/jam", 100, "km/h")]
    [InlineData("[Lap 7/8] 336 km/h (Max)", "336 km/h", 336, "km/h")]
    [InlineData("mengorbit dengan kecepatan 17.500 mil per jam, berputar", "17.500 mil per jam", 17500, "mi/h")]
    [InlineData("masyarakat Indonesia pada umumnya (60-80 km / jam) maka", "60-80 km / jam", 60, "km/h")]
    [InlineData("dengan kecepatan berkisar antara 15-30 knots di perairan", "15-30 knots", 15, "kn")]
    [InlineData("ditemukan bahan peledak seberat tiga sampai lima kilogram yang", "tiga sampai lima kilogram", 3, "kg")]
    [InlineData("ekspor kopi robusta sebanyak 350 hingga 400 ribu ton, dari", "350 hingga 400 ribu ton", 350e3, "t")] // the scale written once
    [InlineData("ruangan dengan ukuran maksimal 21-32 meter persegi.", "21-32 meter persegi", 21, "m2")]
    [InlineData("banjir setinggi 1,5 - 2 meter namun", "1,5 - 2 meter", 1.5, "m")]
    public void Quantities_carry_value_and_unit(string text, string mention, double value, string unit)
    {
        var e = Single(text);
        Assert.Equal(EntityLabels.Quantity, e.Label);
        Assert.Equal(mention, e.Text);
        Assert.Equal(value, e.NumericValue!.Value, 6);
        Assert.Equal(unit, e.Unit);
    }

    [Theory]
    [InlineData("Skor akhir 2-1 untuk tuan rumah.")]
    [InlineData("Ia membeli 3 buah mangga dan 12 butir telur.")]
    [InlineData("Rumah nomor 4 di Jalan Cianjur.")]
    [InlineData("Pemain bernomor punggung 10 itu mencetak gol.")]
    [InlineData("Harga naik (1/2) kali lipat.")]
    [InlineData("Sumbernya dari Rpt dan Rumah Sakit.")]
    [InlineData("Mei Lan datang ke kantor.")]
    [InlineData("menurut UU Nomor 31 Tahun 1999 tentang korupsi")] // a regulation's number, not a date
    [InlineData("diatur PP No. 24 Tahun 2016 itu")]
    [InlineData("anjing itu hidup di Papua sejak 6.000 tahun yang lalu.")] // a span back, not last year
    [InlineData("pria yang berusia 37 tahun ini ditangkap")] // an age
    [InlineData("Lewis Hamilton GBR Mercedes AMG Petronas Motorsport 1 m 27.319s")] // a lap time, one minute and 27 seconds
    [InlineData("Ia membawa dua m dan tiga t.")] // letters after number words are not units
    [InlineData("Ia membawa dua hingga tiga m.")] // nor after a range in words
    public void Plain_numbers_and_look_alikes_are_not_values(string text)
    {
        Assert.Empty(Values(text, July3));
    }

    [Theory]
    [InlineData("kepalanya yang dicuri pada 1964 dan 1998, dan lengannya", "1964", "1998")]
    [InlineData("mendatangkan Boyz II Men di tahun 2007 dan 2012. Konser", "tahun 2007", "2012")]
    [InlineData("jadi runner up di musim 2001 dan 2002, serta", "2001", "2002")]
    public void The_second_year_of_a_list_after_a_lead_word_is_a_date(string text, string first, string second)
    {
        var found = Values(text, July3);
        Assert.Equal([first, second], found.Select(e => e.Text));
        Assert.All(found, e => Assert.Equal(EntityLabels.Date, e.Label));
        Assert.Equal(second, found[1].NormalizedValue);
    }

    [Theory]
    [InlineData("menurut UU Nomor 31 Tahun 1999 dan 2001 itu")] // a regulation's year
    [InlineData("jumlahnya antara 1964 dan 1998 orang")] // counts
    public void A_second_number_after_dan_is_no_year_without_a_year_before(string text)
    {
        Assert.DoesNotContain(Values(text, July3), e => e.Label == EntityLabels.Date);
    }

    [Fact]
    public void A_paragraph_with_several_values_gets_each_once_in_order()
    {
        const string text = "Pada Kamis (18/8/2016) pukul 10.30 WIB, harga naik 5 persen menjadi Rp 132,45 juta untuk mobil seberat 1.100 kg.";
        var found = Values(text, July3);
        Assert.Equal([EntityLabels.Date, EntityLabels.Time, EntityLabels.Percent, EntityLabels.Money, EntityLabels.Quantity], found.Select(e => e.Label));
        Assert.True(found.Zip(found.Skip(1)).All(p => p.First.End <= p.Second.Start));
    }

    [Theory]
    [InlineData("petinju juara dunia di era 1980 - an hingga", "1980 - an", "198")] // was the year 1980
    [InlineData("lahir pada 1960-an di Medan", "1960-an", "196")] // was no date (kept out on purpose; the decade is a date)
    [InlineData("tari Melayu Pada periode tahun 1950an, menurut dia", "tahun 1950an", "195")]
    [InlineData("lagu Neo Shalawat pada awal 2000 - an silam mengantar", "2000 - an silam", "200")]
    [InlineData("jika kamu sering menonton televisi pada era 90-an, kumparan", "90-an", "199")]
    [InlineData("Sejak tahun 80-an, Toyota telah memanfaatkan robot", "tahun 80-an", "198")]
    [InlineData("mengusung tema vintage tahun 1920-1930 - an. Tak banyak", "tahun 1920-1930 - an", "1920/1939")]
    public void Decades_are_dates_valued_at_the_decade(string text, string mention, string iso)
    {
        var e = Single(text, July3);
        Assert.Equal(EntityLabels.Date, e.Label);
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Theory]
    [InlineData("Dalam kurun waktu itu, usia 20-an dan sekitar 2000-an orang hadir.")] // an age and a count
    [InlineData("menjadi 80-an orang saja")]
    public void Counts_and_ages_with_an_are_not_decades(string text) => Assert.Empty(Values(text, July3));

    [Theory]
    [InlineData("mencetak 25 gol sepanjang musim 2015/2016. Catatan", "2015/2016", "2015/2016")] // was 2015
    [InlineData("Balotelli pada musim 2015/16 itu", "2015/16", "2015/2016")]
    [InlineData("baru pada musim 2016-17 ini Victor Moses", "2016-17", "2016/2017")]
    [InlineData("pada musim 1999/00 ia", "1999/00", "1999/2000")]
    [InlineData("ketua umum PARFI periode 2016 – 2021. Ia terpilih", "2016 – 2021", "2016/2021")]
    [InlineData("proyek di lingkungan Ditjen Hubla tahun 2016-2017.", "tahun 2016-2017", "2016/2017")]
    [InlineData("Setelah dilepas Chelsea pada akhir musim 2016/17 lalu, pemain", "2016/17 lalu", "2016/2017")]
    public void Seasons_and_spans_of_years_are_one_interval(string text, string mention, string iso)
    {
        var e = Single(text, July3);
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Theory]
    [InlineData("kepada Aiptu Sutisna korban penganiayaan kemarin 13/12/16 atas", "13/12/16", "2016-12-13")]
    [InlineData("Head to Head / 27/03/08 Prancis 1-0 Inggris", "27/03/08", "2008-03-27")]
    public void Slashed_dates_with_a_two_digit_year(string text, string mention, string iso)
    {
        var e = Values(text, new DateOnly(2017, 6, 1)).Single(x => x.Text == mention);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void A_two_digit_year_inside_a_path_is_no_date()
        => Assert.Empty(Values("bola.net/library/upload/13/12/16/foto.jpg", July3));

    [Theory]
    [InlineData("festival beduk dan takbir akbar tanggal 24, malam", "24", "2017-05-24")]
    [InlineData("Pengadilan sudah dipastikan pada tanggal 2 nanti,\" ujar", "2 nanti", "2017-06-02")]
    [InlineData("\"Tunggu saja tanggal 28 (Agustus),\" ujarnya.", "28 (Agustus)", "2017-08-28")]
    [InlineData("terlebih dahulu pada tanggal 17 oktober melalui", "17 oktober", "2017-10-17")]
    public void A_day_alone_after_tanggal_is_in_the_nearest_month(string text, string mention, string iso)
    {
        var e = Single(text, new DateOnly(2017, 6, 1));
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Theory]
    [InlineData("Muhammadiyah menetapkan tanggal 1 Syawal 1438 H jatuh")] // another calendar's month
    [InlineData("dari tanggal 12 sampak 14 Februari itu")] // the month comes later
    [InlineData("(4th, tanggal 4 setiap bulan Mei) be")]
    public void A_day_after_tanggal_whose_month_is_elsewhere_is_not_guessed(string text)
        => Assert.DoesNotContain(Values(text, new DateOnly(2017, 6, 1)), e => e.Text is "1" or "12" or "4");

    [Theory]
    [InlineData("mulai dari tanggal 12 hingga 14 Desember 2016. Dengan", "12 hingga 14 Desember 2016", "2016-12-12/2016-12-14")] // was 14 Desember 2016 alone
    public void Day_ranges_joined_by_a_word_are_one_interval(string text, string mention, string iso)
    {
        var e = Single(text, July3);
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Theory]
    [InlineData("kamu bisa memakan buah saat brunch yaitu antara jam 9-11. Di", "jam 9-11", "T09:00/T11:00")] // was jam 9
    [InlineData("Selepas makan siang (antara jam 2-4 sore) dianggap", "jam 2-4 sore", "T14:00/T16:00")]
    [InlineData("di kawasan ganjil-genap mulai pukul 07.00 hingga 10.00 WIB, kata", "pukul 07.00 hingga 10.00 WIB", "T07:00+07:00/T10:00+07:00")]
    [InlineData("pemantauan pukul 00.00 - 06.00 Wita, asap", "pukul 00.00 - 06.00 Wita", "T00:00+08:00/T06:00+08:00")]
    [InlineData("dimulai sejak pukul 13.30 WIB hingga 14.30 WIB. Menurut", "pukul 13.30 WIB hingga 14.30 WIB", "T13:30+07:00/T14:30+07:00")]
    [InlineData("waktu lokal (16.00 - 17.00 WIB).", "16.00 - 17.00 WIB", "T16:00+07:00/T17:00+07:00")]
    public void Time_ranges_are_one_interval(string text, string mention, string iso)
    {
        var e = Single(text, July3);
        Assert.Equal(EntityLabels.Time, e.Label);
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void A_bare_hour_range_must_rise() => Assert.Equal("jam 9", Single("datang jam 9 - 2 orang", July3).Text);

    [Theory]
    [InlineData("berdasarkan Keputusan Presiden Nomor 31 M Tahun 2017 tentang")]
    [InlineData("Cadangan: 89 M. Choirun Nasirin, 19 Syahrul")]
    [InlineData("kamera ganda 8M+0.3 M (VGA).")]
    public void A_capital_M_is_not_a_metre(string text) => Assert.DoesNotContain(Values(text, July3), e => e.Label == EntityLabels.Quantity);

    [Fact]
    public void Two_numbers_sharing_a_unit_are_two_quantities()
    {
        var found = Values("berencana melakukan lelang frekuensi 2,1 dan 2,3 GHz. Lelang", July3);
        Assert.Equal(["2,1", "2,3 GHz"], found.Select(e => e.Text));
        Assert.All(found, e => Assert.Equal("GHz", e.Unit));
        Assert.Equal([2.1, 2.3], found.Select(e => e.NumericValue!.Value));
    }

    [Fact]
    public void Two_numbers_sharing_a_sign_are_two_percentages()
    {
        var found = Values("bunga naik 10 dan 20 persen dalam setahun", null);
        Assert.Equal(["10", "20 persen"], found.Select(e => e.Text));
        Assert.Equal([0.1, 0.2], found.Select(e => e.NumericValue!.Value));
    }

    [Fact]
    public void Two_amounts_sharing_currency_and_scale_are_two_amounts()
    {
        var found = Values("dengan harga masing-masing Rp 15 dan 25 ribu, sekali sewa", July3);
        Assert.Equal(["Rp 15", "25 ribu"], found.Select(e => e.Text));
        Assert.All(found, e => Assert.Equal("IDR", e.Unit));
        Assert.Equal([15000.0, 25000.0], found.Select(e => e.NumericValue!.Value));
    }

    [Theory]
    [InlineData("Agus - Sylvi memperoleh suara 937,955 atau 17,07 persen, Ahok")] // atau restates the amount
    [InlineData("turun menjadi 8,9 persen pada 2017 dan 9,1 persen pada 2018")] // the year is no percentage
    public void Numbers_that_are_not_a_shared_unit_list_stay_apart(string text)
        => Assert.DoesNotContain(Values(text, July3), e => e.Label == EntityLabels.Percent && !e.Text.EndsWith("persen", StringComparison.Ordinal));

    [Fact]
    public void Token_ranges_follow_the_tokenizer()
    {
        var doc = Pipeline.CreateBuilder().UseValueEntities().Build().Process("Naik 30 persen kemarin.", new AnalyzeOptions { PublishedAt = July3 });
        var percent = doc.Entities.Single(e => e.Label == EntityLabels.Percent);
        Assert.Equal("30", doc.Tokens[percent.TokenStart].Text);
        Assert.Equal("persen", doc.Tokens[percent.TokenEnd - 1].Text);
    }

    [Fact]
    public void Pathological_input_is_scanned_in_linear_time()
    {
        // Each "1." starts a word; a quadratic scanner would take minutes on this.
        string dots = string.Concat(Enumerable.Repeat("1.", 200_000));
        string parens = string.Concat(Enumerable.Repeat("Sabtu (", 50_000));
        string money = string.Concat(Enumerable.Repeat("Rp ", 100_000));
        string ranges = string.Concat(Enumerable.Repeat("1 sampai dengan 2-", 50_000)); // each number the lower end of a range
        string dateRanges = string.Concat(Enumerable.Repeat("1 Mei - ", 100_000)); // each date the upper end of the one before
        string monthRanges = string.Concat(Enumerable.Repeat("Juli - ", 100_000)); // each month the first of a range
        foreach (var text in new[] { dots, parens, money, ranges, dateRanges, monthRanges })
        {
            var found = Values(text, July3);
            Assert.All(found, e => Assert.Equal(e.Text, text[e.Start..e.End]));
        }
    }

    [Fact]
    public void Values_are_culture_independent()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.Equal(1.5e12, Single("Rp 1,5 triliun").NumericValue);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("Candi itu ditemukan 2,5 tahun lalu oleh warga.", "2,5 tahun lalu", "2014")] // 913 days back lands in 2014, as "dua tahun lalu" is a year
    [InlineData("Ia pindah ke Bandung 1,5 bulan lalu.", "1,5 bulan lalu", "2016-05")]
    [InlineData("Proyek itu dimulai 1,5 tahun silam.", "1,5 tahun silam", "2015")]
    public void A_decimal_count_back_is_one_date_from_its_start(string text, string mention, string value)
    {
        var e = Single(text, July3); // was "5 tahun lalu" (2011) and "5 bulan lalu", read from inside the number
        Assert.Equal(EntityLabels.Date, e.Label);
        Assert.Equal(mention, e.Text);
        Assert.Equal(value, e.NormalizedValue);
    }

    [Theory]
    [InlineData("Mereka masih punya waktu 1,5 tahun lagi.")] // how long is left, not a date
    [InlineData("KPK sudah mau selesai, tinggal 2,5 tahun lagi.")]
    public void A_decimal_count_ahead_is_no_date(string text)
    {
        Assert.DoesNotContain(Values(text, July3), e => e.Label == EntityLabels.Date);
    }

    [Theory]
    [InlineData("pameran pada 2—6 November 2016 di", "2—6 November 2016", "2016-11-02/2016-11-06")] // em dash
    [InlineData("libur 27 ‒ 29 Juni lalu", "27 ‒ 29 Juni lalu", "2016-06-27/2016-06-29")] // figure dash
    public void Day_ranges_take_em_and_figure_dashes(string text, string mention, string value)
    {
        var e = Single(text, July3);
        Assert.Equal(mention, e.Text);
        Assert.Equal(value, e.NormalizedValue);
    }

    [Theory]
    [InlineData("kisaran Rp 3—6 juta", "Rp 3—6 juta", 3e6, EntityLabels.Money, "IDR")] // was Rp 3 (3 rupiah) and a bare 6 juta
    [InlineData("magma berada pada kisaran 5 — 10 kilometer di bawah Gunung Agung", "5 — 10 kilometer", 5, EntityLabels.Quantity, "km")]
    [InlineData("banjir setinggi 1,5‒2 meter namun", "1,5‒2 meter", 1.5, EntityLabels.Quantity, "m")]
    public void Money_and_quantity_ranges_take_em_and_figure_dashes(string text, string mention, double value, string label, string unit)
    {
        var e = Single(text);
        Assert.Equal(label, e.Label);
        Assert.Equal(mention, e.Text);
        Assert.Equal(value, e.NumericValue!.Value, 6);
        Assert.Equal(unit, e.Unit);
    }

    [Theory]
    [InlineData("kepalanya yang dicuri pada 1964, 1975 dan 1998, dan lengannya", new[] { "1964", "1975", "1998" })]
    [InlineData("meraih penghargaan Ballon d'Or pada 2008, 2013, dan 2014.", new[] { "2008", "2013", "2014" })]
    [InlineData("kemenangan pada musim 2002, 2003, 2005, 2007, dan 2009 di kelas MotoGP", new[] { "2002", "2003", "2005", "2007", "2009" })]
    [InlineData("kerusakan seperti tahun 1995, 2005, dan 2012. Pada kejadian", new[] { "tahun 1995", "2005", "2012" })]
    public void Every_year_of_a_comma_list_after_a_lead_word_is_a_date(string text, string[] years)
    {
        var found = Values(text, July3);
        Assert.Equal(years, found.Select(e => e.Text));
        Assert.All(found, e => Assert.Equal(EntityLabels.Date, e.Label));
        Assert.Equal(years[^1][^4..], found[^1].NormalizedValue);
    }

    [Theory]
    [InlineData("jumlahnya 1964, 1975 dan 1998 orang")] // counts, with no lead word
    [InlineData("Pada 12 Juni 2015, 2016 orang hadir")] // a count after a full date
    public void A_comma_list_of_numbers_without_a_lead_word_is_no_list_of_years(string text)
    {
        var found = Values(text, July3);
        Assert.DoesNotContain(found, e => e.Text is "1975" or "1998" or "2016");
    }

    [Theory]
    [InlineData("hujan turun sepanjang Juli - Agustus lalu di sana", "Juli - Agustus lalu", "2015-07/2015-08")] // was "Agustus lalu" alone
    [InlineData("tur yang dijalankannya sejak April hingga Desember ini.", "April hingga Desember ini", "2016-04/2016-12")] // was "April" and "Desember ini"
    [InlineData("musim kemarau Juli – Agustus ini diperkirakan kering", "Juli – Agustus ini", "2016-07/2016-08")]
    [InlineData("panen raya Desember - Februari lalu", "Desember - Februari lalu", "2015-12/2016-02")]
    [InlineData("proyek berjalan Agustus - Oktober mendatang", "Agustus - Oktober mendatang", "2016-08/2016-10")]
    public void Month_ranges_without_a_year_take_a_direction_word_or_ini(string text, string mention, string value)
    {
        var e = Single(text, July3);
        Assert.Equal(EntityLabels.Date, e.Label);
        Assert.Equal(mention, e.Text);
        Assert.Equal(value, e.NormalizedValue);
    }
    [Theory]
    [InlineData("sebagai pemain pinjaman untuk dua hari pada 26 dan 27 Mei untuk melawan Arsenal.", new[] { "26", "27 Mei" }, new[] { "2016-05-26", "2016-05-27" })]
    [InlineData("Tanggalnya adalah 12 dan 15 Agustus 2017.", new[] { "12", "15 Agustus 2017" }, new[] { "2017-08-12", "2017-08-15" })]
    [InlineData("dijalani Timnas Indonesia pada 5 dan 13 Juni mendatang.", new[] { "5", "13 Juni mendatang" }, new[] { "2017-06-05", "2017-06-13" })]
    [InlineData("Pameran itu digelar pada 3, 4 dan 5 Juni 2017 di Jakarta.", new[] { "3", "4", "5 Juni 2017" }, new[] { "2017-06-03", "2017-06-04", "2017-06-05" })]
    [InlineData("Tiga hari pertempuran di Magelang tanggal 19, 20 sampai 21 November 1945. Pada hari", new[] { "19", "20 sampai 21 November 1945" }, new[] { "1945-11-19", "1945-11-20/1945-11-21" })] // "19" was lost
    public void Every_day_of_a_list_sharing_a_month_is_a_date(string text, string[] mentions, string[] values)
    {
        var found = Values(text, July3); // was the last day alone: "26" was lost
        Assert.Equal(mentions, found.Select(e => e.Text));
        Assert.All(found, e => Assert.Equal(EntityLabels.Date, e.Label));
        Assert.Equal(values, found.Select(e => e.NormalizedValue));
    }

    [Theory]
    [InlineData("Argentina ditahan imbang Venezuela 2-2, 6 September lalu.")] // a score, then a date
    [InlineData("kurs naik 3,4 dan 5 Juni nanti diumumkan")] // 3,4 is a decimal
    [InlineData("Argentina ditahan imbang Venezuela 2-2, 6 dan 7 September lalu.", 2)] // the score's second 2 opens no list
    [InlineData("diatur Pasal 12-14, 20 dan 25 Juni nanti", 2)] // nor the end of a range of numbers
    public void Numbers_before_a_date_that_are_no_list_of_days_stay_apart(string text, int count = 1)
    {
        var dates = Values(text, July3).Where(e => e.Label == EntityLabels.Date).ToList();
        Assert.Equal(count, dates.Count);
        Assert.DoesNotContain(dates, e => e.Text is "2" or "14");
    }
    [Theory]
    [InlineData("telah menurunkan suku bunga acuannya pada Agustus dan September 2017 masing-masing 25 basis point", new[] { "Agustus", "September 2017" }, new[] { "2017-08", "2017-09" })] // Agustus was 2016-08, the last one before publication
    [InlineData("\"Apakah itu Maret atau April tahun depan, saya belum tahu.", new[] { "Maret", "April tahun depan" }, new[] { "2017-03", "2017-04" })] // Maret was no date
    [InlineData("hujan turun sepanjang Juli dan Agustus lalu di sana", new[] { "Juli", "Agustus lalu" }, new[] { "2015-07", "2015-08" })]
    [InlineData("panen raya Desember dan Februari lalu", new[] { "Desember", "Februari lalu" }, new[] { "2015-12", "2016-02" })]
    public void The_first_of_two_listed_months_takes_the_year_of_the_second(string text, string[] mentions, string[] values)
    {
        var found = Values(text, July3);
        Assert.Equal(mentions, found.Select(e => e.Text));
        Assert.Equal(values, found.Select(e => e.NormalizedValue));
    }

    [Fact]
    public void Two_listed_months_without_a_year_stay_undated()
        => Assert.Empty(Values("termasuk Vancouver International Film Festival yang digelar September dan Oktober, Sitges", July3));
    [Fact]
    public void A_range_with_a_zone_at_both_ends_is_one_time_without_pukul()
    {
        var found = Values("pembatasan kendaraan pada pukul 07.00 WIB - 10.00 WIB dan 16.00 WIB - 20.00 WIB. Kendaraan", July3);
        Assert.Equal(["pukul 07.00 WIB - 10.00 WIB", "16.00 WIB - 20.00 WIB"], found.Select(e => e.Text)); // the second was two times
        Assert.Equal(["T07:00+07:00/T10:00+07:00", "T16:00+07:00/T20:00+07:00"], found.Select(e => e.NormalizedValue));
    }

    [Theory]
    [InlineData("dibuka 08.00 WIB - 10.00 WITA di sana", "08.00 WIB")] // two zones: which one the span is in is unclear
    [InlineData("siaran 19.00 WIB - 20.00 tergantung", "19.00 WIB")] // the upper end has no zone
    public void A_zoned_time_before_no_zoned_upper_end_stays_alone(string text, string first)
        => Assert.Equal(first, Values(text, July3)[0].Text);
    [Theory]
    [InlineData("dapat mengangkut UAV menuju stratosfer dengan estimasi waktu 1 jam 20 menit. Beberapa")] // was TIME "jam 20"
    [InlineData("dengan skor 21-19, 17-21, dan 21-15 dalam satu jam 11 menit pada putaran kedua.")] // was TIME "jam 11"
    [InlineData("LG X Power mampu bertahan hingga 15 jam 18 menit saat diuji dengan script khusus.")]
    public void Hours_and_minutes_of_a_duration_are_no_time(string text)
        => Assert.DoesNotContain(Values(text, July3), e => e.Label == EntityLabels.Time);

    [Fact]
    public void A_clock_time_after_jam_with_minutes_stays_a_time()
        => Assert.Equal("T10:20", Single("rapat dimulai jam 10.20 menurut panitia", July3).NormalizedValue);
    [Theory]
    [InlineData("masalah ISIS di Asia Tenggara sudah diwaspadai sejak satu setengah tahun yang lalu karena", "satu setengah tahun yang lalu", "2015")] // was no value
    [InlineData("Kapal itu tenggelam dua setengah tahun lalu di perairan Natuna.", "dua setengah tahun lalu", "2014")] // as "2,5 tahun lalu"
    [InlineData("Pria itu meninggal tiga tahun lalu karena sakit.", "tiga tahun lalu", "2013")]
    public void A_worded_count_with_a_half_counts_back_like_a_decimal(string text, string mention, string value)
    {
        var e = Single(text, July3);
        Assert.Equal(mention, e.Text);
        Assert.Equal(value, e.NormalizedValue);
    }

    [Theory]
    [InlineData("terjadi beberapa tahun lalu di sana", "beberapa tahun lalu")] // not last year, but a date: was none
    [InlineData("Kendati baru dirilis beberapa minggu lalu, Book Hunters, game", "beberapa minggu lalu")]
    [InlineData("fitur baru yang akan dirilis beberapa pekan ke depan,\" ujarnya.", "beberapa pekan ke depan")]
    [InlineData("Fatimah mengatakan sekitar belasan tahun yang lalu kondisi kali masih", "belasan tahun yang lalu")]
    public void A_vague_count_back_or_ahead_is_a_date_without_value(string text, string mention)
    {
        var e = Assert.Single(Values(text, July3));
        Assert.Equal((EntityLabels.Date, mention, (string?)null), (e.Label, e.Text, e.NormalizedValue));
    }

    [Theory]
    [InlineData("sejak beberapa tahun lalu warga sudah mengeluh")]
    [InlineData("tinggal satu setengah bulan lagi. Fasilitas pengampunan pajak")] // how long is left, not a date
    public void A_vague_or_forward_half_count_has_no_date_value(string text)
        => Assert.DoesNotContain(Values(text, July3), e => e.Label == EntityLabels.Date && e.NormalizedValue is not null);

    [Fact]
    public void A_worded_half_count_is_a_quantity_of_its_own()
        => Assert.Equal(1.5, Single("jaraknya satu setengah kilometer dari pantai").NumericValue);
    [Theory]
    [InlineData("pelecehan yang terjadi dalam rentang waktu 1945-1990 - an, Weber menyatakan", "1945-1990 - an", "1945/1999")] // was "1990 - an" alone
    [InlineData("band yang pernah tenar di era tahun 1960 hingga 2000 - an, baik musisi", "tahun 1960 hingga 2000 - an", "1960/2009")] // was "tahun 1960" and "2000 - an"
    public void A_span_of_years_up_to_a_decade_is_one_date(string text, string mention, string value)
    {
        var e = Single(text, July3);
        Assert.Equal(EntityLabels.Date, e.Label);
        Assert.Equal(mention, e.Text);
        Assert.Equal(value, e.NormalizedValue);
    }

    [Fact]
    public void Hingga_between_counts_is_no_span_of_years()
    {
        Assert.DoesNotContain(Values("jumlahnya 1500 hingga 2000 orang setiap hari", July3), e => e.Label == EntityLabels.Date);
        Assert.DoesNotContain(Values("pada 1950 hingga 2000 orang setiap hari", July3), e => e.Label == EntityLabels.Date);
    }

    private static readonly DateOnly June1 = new(2017, 6, 1);

    [Theory]
    [InlineData("Acara itu digelar tanggal 5 dan berlangsung meriah sekali.", "5", "2017-06-05")] // was none: "dan" read as a list of days
    [InlineData("mengambil cuti pada tanggal 30 dan 31 Agustus untuk", "30", "2017-08-30")] // a list of days still takes the month
    public void A_day_after_tanggal_before_dan_and_a_word_stands_alone(string text, string mention, string iso)
    {
        var e = Values(text, June1)[0];
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Theory]
    [InlineData("\"Kalau bunga acuan turun, 3-4 bulan ke depan bank akan menyesuaikan.", "3-4 bulan ke depan", "2017-09/2017-10")] // was 4 bulan ke depan
    [InlineData("\"Karena 2-3 bulan lalu saya masih mendengar ada pembebasan tanah", "2-3 bulan lalu", "2017-03/2017-04")]
    [InlineData("Sehingga jelas sekali dan itu akan diperbaiki 3-4 hari ke depan,\" kata Djadjang", "3-4 hari ke depan", "2017-06-04/2017-06-05")] // was 06-03/06-05, a range of days
    [InlineData("menghentikan operasional dalam satu hingga dua bulan ke depan.", "satu hingga dua bulan ke depan", "2017-07/2017-08")]
    [InlineData("sudah mulai direncanakan sekitar lima sampai enam bulan lalu.", "lima sampai enam bulan lalu", "2016-12/2017-01")]
    public void A_range_of_counts_back_or_ahead_is_one_interval(string text, string mention, string iso)
    {
        var e = Single(text, June1);
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Theory]
    [InlineData("mendukung konservasi Candi Borobudur sejak 2011 hingga 2016 sekitar 600 ribu uero.", "2011 hingga 2016", "2011/2016")] // was 2011
    [InlineData("yang pernah diperkuat Essien sepanjang 2005 hingga 2014.", "2005 hingga 2014", "2005/2014")]
    [InlineData("sejak awal berdiri pada tahun 1976 hingga tahun 1990, secara rata-rata", "tahun 1976 hingga tahun 1990", "1976/1990")]
    [InlineData("Kasparov mendominasi catur dari 1985 sampai 2000. Sejak dia mundur", "1985 sampai 2000", "1985/2000")]
    [InlineData("diteliti antara 1992 hingga 2012.", "1992 hingga 2012", "1992/2012")]
    [InlineData("bekerjasama untuk tiga seri sebelumnya antara 1998 dan 2007. Chan", "1998 dan 2007", "1998/2007")] // was none
    [InlineData("sekitar Rp 48,9 miliar antara tahun 2011 dan 2012. Demikian", "tahun 2011 dan 2012", "2011/2012")] // was two dates
    public void Two_years_joined_by_a_range_word_are_one_interval(string text, string mention, string iso)
    {
        var e = Values(text, June1).Single(v => v.Label == EntityLabels.Date);
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void Spans_and_years_of_one_list_are_all_dates()
    {
        var found = Values("dia pernah memimpin raksasa Jerman tersebut pada 1987 hingga 1991, 2009, dan 2011 hingga 2013. Pencapaian", June1);
        Assert.Equal(["1987/1991", "2009", "2011/2013"], found.Select(e => e.NormalizedValue));
    }

    [Theory]
    [InlineData("empat kali menjadi MVP (2009, 2010, 2012, 2013). Sementara", "2009", "2010", "2012", "2013")]
    [InlineData("tiga dari Piala UEFA (1977, 1990, & 1993), dan dua", "1977", "1990", "1993")]
    [InlineData("sukses dua kali menjadi juara (2015 dan 2016).", "2015", "2016")]
    public void Every_year_of_a_list_in_brackets_is_a_date(string text, params string[] years)
    {
        var found = Values(text, June1);
        Assert.Equal(years, found.Select(e => e.Text));
        Assert.Equal(years, found.Select(e => e.NormalizedValue));
    }

    [Theory]
    [InlineData("mencetak gol (2012, 13 gol) musim itu")]
    public void A_bracket_that_is_not_a_list_of_years_is_not_read_as_one(string text)
        => Assert.DoesNotContain(Values(text, June1), e => e.Label == EntityLabels.Date);

    [Theory]
    [InlineData("Efeknya, belanja pemerintah pada kuartal lalu tumbuh minus 2,97 persen", "kuartal lalu", "2017-Q1")] // the quarter before publication's
    [InlineData("di kuartal keempat 2017. Angka ini naik, tapi relatif stagnan jika dibandingkan dengan kuartal sebelumnya.", "kuartal sebelumnya", "2017-Q3")] // the quarter before the one named
    [InlineData("tumbuhnya tipis apabila dibandingkan kuartal sebelumnya.", "kuartal sebelumnya", "2017-Q1")]
    public void The_quarter_before_is_a_date(string text, string mention, string iso)
    {
        var e = Values(text, June1).Last(v => v.Label == EntityLabels.Date);
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void A_quarter_without_a_year_takes_the_year_of_the_quarter_named_before()
    {
        // IndoSum (CNN Indonesia, November 2016), read with a publication date in 2017: the quarter is 2016's, not 2017's.
        const string text = "optimistis pertumbuhan ekonomi pada kuartal IV 2016 di rentang 5,0 - 5,1 persen secara tahunan. Hal itu "
                            + "ditopang oleh kebijakan fiskal yang lebih ekspansif hingga akhir tahun.\n“Pada kuartal keempat, dimana fiskal makin ekspansif, saya cukup optimistis";
        var e = Values(text, June1).Last(v => v.Label == EntityLabels.Date);
        Assert.Equal("kuartal keempat", e.Text);
        Assert.Equal("2016-Q4", e.NormalizedValue);
    }

    [Fact]
    public void A_quarter_with_ini_stays_in_the_publication_year()
        => Assert.Equal("2017-Q2", Values("Pada kuartal I 2016 laba turun. Kemudian kuartal II ini naik.", June1).Last().NormalizedValue);

    [Fact]
    public void Three_quarters_before_is_no_quarter()
        => Assert.Empty(Values("menambah realisasi belanja tiga kuartal sebelumnya yang telah mencapai", June1));

    [Theory]
    [InlineData("petinju juara dunia di era 1980 - an hingga 1990 - an, yang pada", "1980 - an hingga 1990 - an", "1980/1999")] // was two decades
    [InlineData("Coach yang berseliweran di tahun 1970 - an sampai 1980 - an.", "tahun 1970 - an sampai 1980 - an", "1970/1989")]
    [InlineData("program KB bisa sukses pada era 80-an sampai 90-an karena", "80-an sampai 90-an", "1980/1999")]
    public void Two_decades_joined_by_a_range_word_are_one_interval(string text, string mention, string iso)
    {
        var e = Single(text, June1);
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Theory]
    [InlineData("Kamu perlu membayar sebesar AUD$ 20 atau sekitar Rp 200 ribuan untuk dewasa", "AUD$ 20", 20, "AUD")] // was none
    [InlineData("Dibanderol dengan harga AUD$ 34.00 atau sekitar Rp 340 ribuan", "AUD$ 34.00", 34, "AUD")]
    [InlineData("dijual melalui situs crowdfunding Kickstarter seharga AU$ 649, sudah termasuk keyboard", "AU$ 649", 649, "AUD")]
    [InlineData("memimpin perusahaan dengan nilai aset minimum SG$ 500 juta, atau memiliki pengalaman", "SG$ 500 juta", 5e8, "SGD")]
    public void A_currency_code_may_carry_the_dollar_sign(string text, string mention, double value, string unit)
    {
        var e = Assert.Single(Values(text, July3), v => v.Label == EntityLabels.Money && v.Unit == unit);
        Assert.Equal(mention, e.Text);
        Assert.Equal(value, e.NumericValue!.Value, 6);
    }

    private static List<Entity> PipelineValues(string text)
        => Pipeline.CreateBuilder().UseValueEntities().Build().Process(text, new AnalyzeOptions { PublishedAt = June1 }).Entities.ToList();

    [Theory]
    [InlineData("harga mitan non subsidi saat ini sekitar Rp 6.800/liter. Jadi angka tersebut", "MONEY", "Rp 6.800", 6800)] // was none
    [InlineData("karena biaya produksinya sendiri mencapai Rp 10.600/kg.", "MONEY", "Rp 10.600", 10600)]
    [InlineData("Sebesar 30 persennya dibuat dari material daur ulang, yakni", "PERCENT", "30 persen", 0.3)] // "30 percent of it"
    [InlineData("dari 250 juta penduduk, 49,7 persennya merupakan perempuan.", "PERCENT", "49,7 persen", 0.497)]
    [InlineData("Varian 13,5 incinya dibanderol mulai $ 1.499, sedangkan", "QUANTITY", "13,5 inci", 13.5)]
    [InlineData("produksi kopi lebih kurang 650 ribu ton, 400 ribu tonnya diproduksi di Lampung", "QUANTITY", "400 ribu ton", 400000)]
    public void An_amount_before_a_slash_unit_or_the_clitic_nya_is_a_value(string text, string label, string mention, double value)
    {
        var e = Assert.Single(PipelineValues(text), v => v.Text == mention);
        Assert.Equal(label, e.Label);
        Assert.Equal(value, e.NumericValue!.Value, 6);
    }

    [Fact]
    public void A_range_whose_upper_end_repeats_rp_is_two_amounts_sharing_the_scale()
    {
        var found = PipelineValues("di tempat-tempat tertentu sudah Rp 30-Rp 35 ribu per kg,\" jelas Enggar.").Where(e => e.Label == EntityLabels.Money).ToList();
        Assert.Equal(["Rp 30", "Rp 35 ribu"], found.Select(e => e.Text));
        Assert.Equal([30e3, 35e3], found.Select(e => e.NumericValue!.Value));
    }

    [Theory]
    [InlineData("jumlahnya 5 hanya untuk tamu")] // "hanya" (only) is no "ha" + "-nya"
    [InlineData("sekitar 30 persenan dari total")] // another suffix
    public void A_unit_glued_to_another_ending_is_no_value(string text)
        => Assert.DoesNotContain(PipelineValues(text), e => e.Label is EntityLabels.Quantity or EntityLabels.Percent);

    [Theory]
    [InlineData("Ketika memasuki ajang Grand Prix di kelas 125cc pada 1996, Rossi memilih", "1996", "1996")] // was none
    [InlineData("membabat tiga nominasi utama tersebut pada Grammy Awards ke-54 pada 2012 silam.", "2012 silam", "2012")]
    [InlineData("juara dunia catur paling muda dalam usia 22 pada 1985, kini berusia 54 tahun.", "1985", "1985")]
    public void A_year_after_pada_is_a_date_after_a_unit_an_ordinal_or_an_age(string text, string mention, string iso)
    {
        var e = Assert.Single(Values(text, June1), v => v.Label == EntityLabels.Date);
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Theory]
    [InlineData("Jumlah penonton bertambah 1500 hingga 2000 setiap pekan")] // a range of counts
    [InlineData("Kapasitas stadion naik dari 1.500 sampai 2000 tahun ini")]
    public void A_year_that_ends_a_range_of_counts_stays_no_date(string text)
        => Assert.DoesNotContain(Values(text, June1), e => e.Label == EntityLabels.Date && e.Text.StartsWith("2000", StringComparison.Ordinal));
}
