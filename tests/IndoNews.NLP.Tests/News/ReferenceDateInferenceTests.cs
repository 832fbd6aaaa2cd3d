namespace IndoNews.NLP.Tests.News;

/// <summary><see cref="AnalyzeOptions.InferPublishedFromText"/>: the reference date read from the text itself.</summary>
public class ReferenceDateInferenceTests
{
    private static readonly AnalyzeOptions FromText = new() { InferPublishedFromText = true };

    private const string Calya =
        "Suara.com - Diluncurkan sekitar dua pekan lalu, mobil baru Toyota Calya rupanya telah melampuai target penjualan.\n"
        + "Ditemui di sela-sela pameran GIIAS 2016 di BSD, Banten, Kamis (18/8/2016), Henry mengatakan bahwa hingga 16 Agustus kemarin sudah lebih dari 8.000 unit Toyota Calya yang terjual.";

    private static Document Analyze(string text, AnalyzeOptions options) => Pipeline.CreateBuilder().UseValueEntities().Build().Process(text, options);

    private static string? ValueOf(Document doc, string mention) => doc.Entities.Single(e => e.Text == mention).NormalizedValue;

    [Fact]
    public void Relative_dates_resolve_against_the_first_weekday_with_a_full_date()
    {
        var doc = Analyze(Calya, FromText);

        Assert.Equal(new ReferenceDate(new DateOnly(2016, 8, 18), ReferenceDateSource.Text, Calya.IndexOf("Kamis", StringComparison.Ordinal), Calya.IndexOf("2016),", StringComparison.Ordinal) + 5), doc.ReferenceDate);
        Assert.True(doc.ReferenceDate!.IsInferred);
        Assert.Equal("2016-W31", ValueOf(doc, "dua pekan lalu"));
        Assert.Equal("2016-08-16", ValueOf(doc, "16 Agustus kemarin"));
    }

    [Fact]
    public void A_given_date_always_wins_over_the_text()
    {
        var doc = Analyze(Calya, FromText with { PublishedAt = new DateOnly(2017, 6, 1) });

        Assert.Equal(new ReferenceDate(new DateOnly(2017, 6, 1), ReferenceDateSource.Given), doc.ReferenceDate);
        Assert.Equal("2017-W20", ValueOf(doc, "dua pekan lalu"));
    }

    [Fact]
    public void Without_the_option_the_text_gives_no_date()
    {
        var doc = Analyze(Calya, AnalyzeOptions.Default);

        Assert.Null(doc.ReferenceDate);
        Assert.Null(ValueOf(doc, "dua pekan lalu"));
    }

    [Fact]
    public void A_bracketed_day_without_a_year_is_no_reference()
    {
        const string text = "Inspektur Jendral Polisi Malaysia Noor Rashid Ibrahim pada Minggu (21/8) mengungkapkan bahwa polisi menahan tiga orang. Juli lalu, polisi Malaysia menangkap 15 orang.";
        var doc = Analyze(text, FromText);

        Assert.Null(doc.ReferenceDate);
        Assert.Null(ValueOf(doc, "Juli lalu"));
    }

    [Fact]
    public void A_bracketed_day_takes_the_year_the_text_settles()
    {
        // 11 September is a Sunday in 2016 (and in 2011 and 2022); 2016 is the latest year written and "Agustus 2016" is dated.
        const string text = "Merdeka.com - Indonesia Business and Development Expo 2016 (IBD Expo) yang digelar di JCC ramai dikunjungi masyarakat. "
            + "\"Saya baru datang dan masih melihat-lihat,\" ungkap Zarah di IBD Expo, Jakarta, Minggu (11/9). Pameran serupa digelar pada Agustus 2016. Kemarin, pengunjung mencapai 5.000 orang.";
        var doc = Analyze(text, FromText);

        int start = text.IndexOf("Minggu", StringComparison.Ordinal);
        Assert.Equal(new ReferenceDate(new DateOnly(2016, 9, 11), ReferenceDateSource.Text, start, start + "Minggu (11/9)".Length), doc.ReferenceDate);
        Assert.Equal("2016-09-11", ValueOf(doc, "Minggu (11/9)"));
        Assert.Equal("2016-09-10", ValueOf(doc, "Kemarin"));
    }

    [Fact]
    public void The_year_after_the_latest_written_year_can_be_the_one()
    {
        // Only 2015 and 2016 are written; 7 April is a Friday in 2017, not in 2016.
        const string text = "CCCIF ini dibentuk sesuai Undang-Undang Perikanan (2015). Berdasarkan keterangan yang disampaikan Kedutaan Besar Thailand seperti dikutip kumparan, Jumat (7/4), "
            + "pemerintah Thailand membentuk Komando Pusat Penanggulangan Illegal Fishing. Pada bulan Januari 2016, The Royal Navy telah menangkap 6 kapal illegal fishing.";
        var doc = Analyze(text, FromText);

        Assert.Equal(new DateOnly(2017, 4, 7), doc.ReferenceDate!.Date);
    }

    [Fact]
    public void A_bare_year_of_a_law_does_not_settle_the_year()
    {
        // 26 September 2011 was a Monday, but the article is of 2016: nothing in it is dated with a month and year.
        const string text = "\"Kami minta kontribusi swasta untuk turunkan alat berat,\" kata Gubernur yang akrab disapa Ahok itu, di Balai Kota, Senin (26/9). "
            + "Pembongkaran mengacu pada Peraturan Pemerintah Nomor 38 Tahun 2011 tentang Sungai.";
        var doc = Analyze(text, FromText);

        Assert.Null(doc.ReferenceDate);
        Assert.Null(ValueOf(doc, "Senin (26/9)"));
    }

    [Fact]
    public void Bracketed_days_that_no_single_year_fits_give_no_reference()
    {
        // Sabtu (31/12) fits 2016, Senin (2/1) fits 2017: the text does not say which one is the news day's year.
        const string text = "Ribuan warga merayakan malam pergantian tahun di Bundaran HI, Sabtu (31/12). Jalan kembali dibuka pada Senin (2/1), kata polisi. Acara serupa digelar pada Desember 2016.";
        var doc = Analyze(text, FromText);

        Assert.Null(doc.ReferenceDate);
    }

    [Fact]
    public void A_weekday_that_disagrees_with_its_date_is_passed_over_for_the_next()
    {
        // 13 December 2106 is a Monday: the typo year is not taken; Rabu (14/12/2016) is.
        const string text = "Sidang perdana digelar Selasa (13/12/2106) di Jakarta Utara. Hakim menunda sidang hingga Rabu (14/12/2016), kemudian kembali bersidang pekan depan.";
        var doc = Analyze(text, FromText);

        Assert.Equal(new DateOnly(2016, 12, 14), doc.ReferenceDate!.Date);
        Assert.Equal("2016-W51", ValueOf(doc, "pekan depan"));
    }

    [Fact]
    public void A_written_month_after_the_weekday_counts_as_a_full_date()
    {
        const string text = "Presiden Joko Widodo meresmikan jalan tol itu di Semarang, Senin, 10 April 2017. Jalan tol tersebut mulai dibuka untuk umum hari ini.";
        var doc = Analyze(text, FromText);

        Assert.Equal(new DateOnly(2017, 4, 10), doc.ReferenceDate!.Date);
        Assert.Equal("2017-04-10", ValueOf(doc, "hari ini"));
    }

    [Fact]
    public void The_day_after_a_comma_is_preferred_to_an_earlier_event_after_pada()
    {
        const string text = "Jalan nasional itu ambles pada Senin (6/3/2017) sekitar pukul 19.30 WIB. "
            + "\"Kendaraan besar kami alihkan,\" kata Kapolres di Bogor, Selasa (7/3/2017). Perbaikan dimulai hari ini.";
        var doc = Analyze(text, FromText);

        Assert.Equal(new DateOnly(2017, 3, 7), doc.ReferenceDate!.Date);
        Assert.Equal("2017-03-07", ValueOf(doc, "hari ini"));
    }

    [Fact]
    public void An_event_after_pada_is_the_reference_when_nothing_follows_a_comma()
    {
        const string text = "Jalan nasional itu ambles pada Senin (6/3/2017) sekitar pukul 19.30 WIB. Perbaikan dimulai hari ini.";
        var doc = Analyze(text, FromText);

        Assert.Equal(new DateOnly(2017, 3, 6), doc.ReferenceDate!.Date);
    }

    [Fact]
    public void A_scheduled_match_day_is_passed_over_for_the_day_the_news_is_told()
    {
        const string text = "Rimanews - Timnas Puerto Rico tak sabar untuk menghadapi timnas Indonesia dalam pertandingan uji coba yang dijadwalkan berlangsung di Stadion Maguwoharjo, Sleman, DI Yogyakarta, Selasa (13/6/2017). "
            + "\"Kami ingin menguji kemampuan pemain muda,\" kata Presiden Federasi Sepak Bola Puerto Rico di San Juan, Kamis (8/6/2017). Timnas tiba besok.";
        var doc = Analyze(text, FromText);

        Assert.Equal(new DateOnly(2017, 6, 8), doc.ReferenceDate!.Date);
        Assert.Equal("2017-06-09", ValueOf(doc, "besok"));
    }

    [Fact]
    public void A_day_after_akan_is_taken_only_when_no_reported_day_is_written()
    {
        const string preview = "The Blues akan melakoni partai final Piala FA melawan Arsenal. Pertandingan tersebut akan berlangsung di Stadion Wembley, Sabtu (27/5/2017) waktu setempat.";
        const string reported = " Pelatih Antonio Conte memberikan keterangan pers di London, Kamis (25/5/2017).";

        Assert.Equal(new DateOnly(2017, 5, 25), Analyze(preview + reported, FromText).ReferenceDate!.Date);

        // Alone it is still taken: as often as not such a day is the day of publication ("akan menghadapi tuntutan jaksa … Kamis (22/6)").
        Assert.Equal(new DateOnly(2017, 5, 27), Analyze(preview, FromText).ReferenceDate!.Date);
    }

    [Fact]
    public void A_coming_day_written_after_its_date_gets_no_reference()
    {
        const string text = "Merdeka.com - Final Piala AFF 2016 antara Timnas Indonesia melawan Thailand digelar di Stadion Pakansari, Cibinong, Kabupaten Bogor, Rabu (14/12/2016) besok.";
        var doc = Analyze(text, FromText);

        Assert.Null(doc.ReferenceDate);
    }

    [Fact]
    public void A_reporting_verb_after_the_future_word_keeps_the_reporting_day()
    {
        const string text = "Pemerintah akan menaikkan harga bahan bakar minyak, kata Menteri Energi dan Sumber Daya Mineral di Jakarta, Kamis (18/8/2016). Kenaikan berlaku pekan depan.";
        var doc = Analyze(text, FromText);

        Assert.Equal(new DateOnly(2016, 8, 18), doc.ReferenceDate!.Date);
    }

    [Fact]
    public void Today_after_a_future_word_is_still_the_news_day()
    {
        const string text = "Setidaknya sebanyak 27.058 pemudik akan berangkat dari Stasiun Pasar Senen pada hari ini, Jumat (23/6/2017). Kemarin, jumlahnya 25.000 orang.";
        var doc = Analyze(text, FromText);

        Assert.Equal(new DateOnly(2017, 6, 23), doc.ReferenceDate!.Date);
        Assert.Equal("2017-06-22", ValueOf(doc, "Kemarin"));
    }

    [Fact]
    public void A_full_date_deep_in_the_article_is_no_reference()
    {
        string text = "Sebanyak 12 rumah rusak berat akibat banjir bandang kemarin. " + string.Concat(Enumerable.Repeat("Warga bergotong royong membersihkan lumpur dari rumah mereka. ", 30))
            + "Banjir serupa pernah terjadi pada Jumat (10/2/2017).";
        var doc = Analyze(text, FromText);

        Assert.Null(doc.ReferenceDate);
        Assert.Null(ValueOf(doc, "kemarin"));
    }

    [Fact]
    public void The_json_says_which_date_was_used()
    {
        var pipeline = Pipeline.CreateBuilder().UseValueEntities().Build();
        string inferred = pipeline.Process(Calya, FromText).ToJson();
        string given = pipeline.Process(Calya, new AnalyzeOptions { PublishedAt = new DateOnly(2016, 8, 19) }).ToJson();
        string none = pipeline.Process(Calya).ToJson();

        int start = Calya.IndexOf("Kamis", StringComparison.Ordinal);
        Assert.Contains($"\"referenceDate\":{{\"date\":\"2016-08-18\",\"source\":\"text\",\"start\":{start},\"end\":{start + 17}}}", inferred, StringComparison.Ordinal);
        Assert.Contains("\"referenceDate\":{\"date\":\"2016-08-19\",\"source\":\"given\"}", given, StringComparison.Ordinal);
        Assert.DoesNotContain("referenceDate", none, StringComparison.Ordinal);
    }
}
