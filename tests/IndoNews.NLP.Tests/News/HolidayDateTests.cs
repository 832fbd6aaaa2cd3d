using IndoNews.NLP.Entities.Values;

namespace IndoNews.NLP.Tests.News;

/// <summary>Holidays are dates, as in OntoNotes: sentences from IndoSum, published 2017-06-01 unless said otherwise.</summary>
public class HolidayDateTests
{
    private static readonly DateOnly June1 = new(2017, 6, 1);

    private static List<Entity> Values(string text, DateOnly? published) => ValueEntities.Of(text, published);

    [Theory]
    [InlineData("akan membuka pembelian tiket kereta api untuk Hari Raya Idul Fitri 2017 pada 17 Maret", "Hari Raya Idul Fitri 2017", "2017-06-25")] // was "2017"
    [InlineData("bentrokan antara warga dan petugas keamanan di Kashmir pada hari raya Idul Adha menewaskan", "hari raya Idul Adha", null)]
    [InlineData("pemudik yang menggunakan motor untuk merayakan Hari Raya Idul Fitri 1438 Hijriah di kampung halaman", "Hari Raya Idul Fitri 1438 Hijriah", "2017-06-25")] // was no value
    [InlineData("ditemui usai menggelar Rapat Kordinasi menjelang Lebaran di kantornya", "Lebaran", null)]
    [InlineData("akan semakin tinggi pada mudik Lebaran tahun ini sehingga", "Lebaran tahun ini", "2017-06-25")] // was "tahun ini" alone, then "2017"
    [InlineData("Kemudian, pada saat bulan Ramadhan lalu. Masih sama", "Ramadhan lalu", null)] // "bulan" stays out, as before "Mei"
    [InlineData("Sebentar lagi, umat Islam akan menyambut bulan suci Ramadhan. Sejumlah program", "Ramadhan", null)]
    [InlineData("JAKARTA (Pos Kota) – Ramadhan tahun lalu Glenn Fredly merilis album religi.", "Ramadhan tahun lalu", "2016")]
    [InlineData("kemacetan lalu lintas kendaraan sepanjang libur perayaan Natal dan", "Natal", "2016-12-25")] // the nearest 25 December
    [InlineData("Film itu dijadwalkan tayang pada Natal 2018 mendatang. (end)", "Natal 2018 mendatang", "2018-12-25")]
    [InlineData("Memasuki libur Natal dan Tahun Baru 2018, volume kendaraan", "Tahun Baru 2018", "2018-01-01")]
    [InlineData("saat merayakan Tahun Baru Cina atau Imlek, Jumat", "Tahun Baru Cina", null)] // not 1 January
    [InlineData("selama Libur Imlek dan akhir pekan panjang.", "Imlek", null)]
    [InlineData("Pada Jumat Agung umat Kristiani beribadah.", "Jumat Agung", null)] // not a bare Friday
    [InlineData("Peringatan Hari Kartini yang jatuh setiap tanggal 21 April", "Hari Kartini", "2017-04-21")]
    [InlineData("upacara peringatan HUT RI ke-72 yang digelar halaman setempat", "HUT RI ke-72", "2017-08-17")]
    [InlineData("menghibur masyarakat pada perayaan HUT ke-72 RI di daerah ini.", "HUT ke-72 RI", "2017-08-17")]
    [InlineData("momentum peringatan Hari Kemerdekaan Republik Indonesia.", "Hari Kemerdekaan Republik Indonesia", "2017-08-17")]
    [InlineData("kesehatan ini akan mulai beroperasi pada H-7 lebaran hingga", "H-7 lebaran", null)]
    [InlineData("menjelang peringatan Hari Raya Galungan (5/4) akan disusul", "Hari Raya Galungan (5/4)", "2017-04-05")]
    [InlineData("Sapi untuk dikurbankan pada Hari Raya Idul Adha 1437 Hijriyah tiba kemarin", "Hari Raya Idul Adha 1437 Hijriyah", "2016-09-12")]
    [InlineData("penumpang pada masa liburan Idul Adha 2017, PT KAI Daop 8", "Idul Adha 2017", "2017-09-01")]
    [InlineData("jelang libur panjang Tahun Baru Imlek 2018 yang jatuh pada Jumat", "Tahun Baru Imlek 2018", "2018-02-16")]
    [InlineData("Harga cabai berbeda jika dibandingkan usai Lebaran tahun lalu. Ketika itu", "Lebaran tahun lalu", "2016-07-06")]
    [InlineData("Pada Lebaran 2010, jumlah pemudik", "Lebaran 2010", "2010")] // a year whose day is not kept: the year alone
    [InlineData("saat Idul Adha 2015 warga berkurban", "Idul Adha 2015", "2015")] // Muhammadiyah and the government differed
    [InlineData("Puncak arus mudik Lebaran 2024 diperkirakan terjadi pada akhir pekan.", "Lebaran 2024", "2024-04-10")] // was "2024"
    [InlineData("umat Islam merayakan Hari Raya Idul Fitri 1445 H bersama keluarga", "Hari Raya Idul Fitri 1445 H", "2024-04-10")] // was no value
    [InlineData("Sapi kurban untuk Idul Adha 2025 mulai berdatangan ke Jakarta", "Idul Adha 2025", "2025-06-06")]
    [InlineData("Kawasan Pecinan Glodok dipadati warga menjelang Imlek 2025 yang jatuh pada Rabu", "Imlek 2025", "2025-01-29")]
    [InlineData("Bandara I Gusti Ngurah Rai ditutup selama 24 jam saat Nyepi 2026.", "Nyepi 2026", "2026-03-19")]
    [InlineData("Umat Buddha memadati Candi Borobudur pada perayaan Waisak 2023 lalu", "Waisak 2023 lalu", "2023-06-04")]
    [InlineData("Pada Lebaran 2023, warga Muhammadiyah salat Id sehari lebih awal", "Lebaran 2023", "2023")] // 21 and 22 April: the year alone
    [InlineData("Harga sapi naik menjelang Idul Adha 2022 di Yogyakarta", "Idul Adha 2022", "2022")] // 9 and 10 July
    [InlineData("Pemudik mulai kembali ke Jakarta usai Idul Fitri 2026.", "Idul Fitri 2026", "2026")] // 20 and 21 March
    [InlineData("Harga sapi kurban menjelang Idul Adha 2026 naik 10 persen.", "Idul Adha 2026", "2026-05-27")] // was "2026"
    [InlineData("Klenteng di Glodok mulai bersolek menjelang Imlek 2028.", "Imlek 2028", "2028-01-26")] // calculated
    [InlineData("Perayaan Waisak 2027 kembali dipusatkan di Candi Borobudur.", "Waisak 2027", "2027-05-20")] // calculated
    [InlineData("Kementerian Perhubungan menyiapkan angkutan mudik Lebaran 2030 sejak dini.", "Lebaran 2030", "2030-02-04")] // calculated
    [InlineData("Pemerintah menyiapkan angkutan mudik Lebaran 2027 sejak dini.", "Lebaran 2027", "2027")] // too close to call
    [InlineData("Bandara Ngurah Rai ditutup saat Nyepi 2027.", "Nyepi 2027", "2027")] // the Balinese calendar decides
    [InlineData("acara itu digelar dalam rangka memeriahkan Hari Bhayangkara ke-71.", "Hari Bhayangkara ke-71", "2017-07-01")] // was "Hari Bhayangkara"
    [InlineData("sejumlah pendaki yang memperingati Hari Ulang Tahun ke-72 Kemerdekaan Republik Indonesia pada", "Hari Ulang Tahun ke-72 Kemerdekaan Republik Indonesia", "2017-08-17")] // was no date
    [InlineData("guna memeriahkan Dirgahayu Hari Ulang Tahun Kemerdekaan RI ke-72.", "Hari Ulang Tahun Kemerdekaan RI ke-72", "2017-08-17")]
    [InlineData("Mudah-mudahan kami bisa kasih kado buat Ulang Tahun Indonesia ke-72 tahun ini,\" ungkap", "Ulang Tahun Indonesia ke-72", "2017-08-17")] // was no date
    [InlineData("berharap bisa memberikan kado Ulang Tahun Kemerdekaan Republik Indonesia lewat prestasi", "Ulang Tahun Kemerdekaan Republik Indonesia", "2017-08-17")]
    [InlineData("tradisi penutup perayaan puncak hari ulang tahun kemerdekaan Republik Indonesia yang sudah digelar", "hari ulang tahun kemerdekaan Republik Indonesia", "2017-08-17")]
    public void A_holiday_is_a_date(string text, string mention, string? iso)
    {
        var e = Assert.Single(Values(text, June1), v => v.Text.Contains(mention.Split(' ')[0], StringComparison.Ordinal) && v.Label == EntityLabels.Date);
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void A_zeroth_anniversary_is_no_count()
    {
        // "ke-0" counts nothing: the day stays a date, but not of the year 1928 + 0.
        var e = Assert.Single(Values("Panitia menyiapkan peringatan Hari Sumpah Pemuda ke-0 sebagai lelucon.", June1), v => v.Label == EntityLabels.Date);
        Assert.Equal("Hari Sumpah Pemuda", e.Text);
        Assert.NotEqual("1928-10-28", e.NormalizedValue);
    }

    [Theory]
    [InlineData("bersama musisi Balawan dengan Gilang Ramadhan yang mendapat kejutan")] // a surname
    [InlineData("Beberapa media Inggris menyebut Ramadan Abedi dicari oleh rezim")]
    [InlineData("Menurut pihak keamanan di Libya, ayah Abedi, Ramadan, pernah menjadi anggota")] // no word of time before it
    [InlineData("pisahkan gaji dengan Tunjangan Hari Raya (THR),\" katanya.")] // the holiday allowance
    [InlineData("Banjir melanda Kabupaten Mandailing Natal pekan ini")] // a regency
    [InlineData("Kemudian, Lebaran Betawi dijadikan ajang bagi mereka")] // a festival's name
    [InlineData("Pemerintah menargetkan tahun baru ajaran dimulai")] // lower case: any new year
    public void A_holiday_word_inside_a_name_is_no_date(string text)
        => Assert.DoesNotContain(Values(text, June1), e => e.Label == EntityLabels.Date && (e.Text.Contains("Ramad", StringComparison.Ordinal) || e.Text.Contains("Raya", StringComparison.Ordinal) || e.Text.Contains("Natal", StringComparison.Ordinal) || e.Text.Contains("Lebaran", StringComparison.Ordinal) || e.Text.Contains("baru", StringComparison.Ordinal)));

    [Theory]
    [InlineData("peringatan Hari Ulang Tahun Kanada yang ke-150 di Nathan Phillips Square")] // another country's day
    [InlineData("dilanjutkan dengan perayaan Hari Ulang Tahun ke-71 Muslimat Nahdlatul Ulama")] // an organisation's
    [InlineData("Ia merayakan Ulang Tahun Kanada di Toronto")]
    [InlineData("merayakan ulang tahun Indonesia bersama keluarga")] // lower case without "kemerdekaan": any birthday
    [InlineData("kado ulang tahun ke-20 istrinya")]
    public void A_birthday_of_another_than_the_republic_is_no_date(string text)
        => Assert.DoesNotContain(Values(text, June1), e => e.Label == EntityLabels.Date);

    [Fact]
    public void A_holiday_the_tagger_called_a_person_is_a_date_in_the_pipeline()
    {
        // IndoSum: the tagger labelled "Idul Fitri" PER; the date covers it and the name goes.
        var doc = Pipeline.Analyze("kata Nila usai rapat terbatas persiapan Idul Fitri di Kantor Presiden, Kompleks Istana.", new AnalyzeOptions { PublishedAt = June1 });
        Assert.Contains(doc.Entities, e => e.Label == EntityLabels.Date && e.Text == "Idul Fitri");
        Assert.DoesNotContain(doc.Entities, e => e.Label == EntityLabels.Person && e.Text == "Idul Fitri");
    }
}
