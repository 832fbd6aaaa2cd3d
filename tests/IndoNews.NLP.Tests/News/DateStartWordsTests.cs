using IndoNews.NLP.Entities.Values;

namespace IndoNews.NLP.Tests.News;

/// <summary>
/// The look at a word's first letters that lets the date matcher skip words no date opens with
/// (<see cref="DateStartWords"/>): every form of date that opens with a letter is still found, with the same value, as
/// before the look was added (the expected mentions are the default pipeline's output at a553531, published 2017-06-01).
/// </summary>
public class DateStartWordsTests
{
    private static readonly AnalyzeOptions June1 = new() { PublishedAt = new DateOnly(2017, 6, 1) };

    // One sentence for each list of first words: holidays and their countdown (H-7) and HUT, the eve (malam), weekdays in
    // any case and spelling, the weekend (akhir), weeks of a month, quarters, relative words, units, number words, months.
    [Theory]
    [InlineData("Menjelang H-7 Lebaran arus mudik memuncak.", "H-7 Lebaran=-")]
    [InlineData("Upacara HUT RI ke-72 digelar di Istana.", "HUT RI ke-72=2017-08-17")]
    [InlineData("Peringatan Hari Ulang Tahun Kemerdekaan RI ke-72 berlangsung meriah.", "Hari Ulang Tahun Kemerdekaan RI ke-72=2017-08-17")]
    [InlineData("Mereka bertemu malam Minggu lalu di Bandung.", "malam Minggu lalu=2017-05-27")]
    [InlineData("Ia tiba pada jumat (28/10) pagi.", "jumat (28/10) pagi=2016-10-28")]
    [InlineData("Sidang digelar JUMAT (2/6) siang.", "JUMAT (2/6) siang=2017-06-02")]
    [InlineData("Pertemuan itu pada Jum'at (2/6) lalu.", "Jum'at (2/6) lalu=2017-06-02")]
    [InlineData("Pasar ramai pada Ahad (4/6) pagi.", "Ahad (4/6) pagi=2017-06-04")]
    [InlineData("Penjualan naik pada akhir pekan ini.", "akhir pekan ini=2017-W22-WE")]
    [InlineData("Ujian digelar minggu ketiga Juli nanti.", "minggu ketiga Juli nanti=2017-07")]
    [InlineData("Laba naik pada kuartal I 2017 sebesar itu.", "kuartal I 2017=2017-Q1")]
    [InlineData("Kinerja triwulan II membaik.", "triwulan II=2017-Q2")]
    [InlineData("Target semester pertama tahun ini tercapai.", "semester pertama tahun ini=2017-H1")]
    [InlineData("Klub itu juara musim lalu.", "musim lalu=-")]
    [InlineData("Ia datang kemarin lusa dan pulang besok.", "kemarin lusa=2017-05-30 | besok=2017-06-02")]
    [InlineData("Rapat digelar lusa di Jakarta.", "lusa=2017-06-03")]
    [InlineData("Ia lulus pada tahun 2016 lalu.", "tahun 2016 lalu=2016")]
    [InlineData("Harga turun sepekan lalu.", "sepekan lalu=2017-W21")]
    [InlineData("Rumah itu dibangun beberapa tahun lalu.", "beberapa tahun lalu=-")]
    [InlineData("Ia pergi dua hari lalu.", "dua hari lalu=2017-05-30")]
    [InlineData("Gedung itu berdiri sepuluh tahun lalu.", "sepuluh tahun lalu=2007")]
    [InlineData("Perayaan Natal tahun ini sederhana.", "Natal tahun ini=2017-12-25")]
    [InlineData("Idul Fitri 1438 H jatuh pada Juni.", "Idul Fitri 1438 H=2017-06-25 | Juni=2017-06")]
    [InlineData("Pesta Tahun Baru 2017 meriah.", "Tahun Baru 2017=2017-01-01")]
    [InlineData("Pemilu digelar pada Mei 2017 mendatang.", "Mei 2017 mendatang=2017-05")]
    [InlineData("Harga naik sejak Sabtu (2/7) dan 2 Juli 2016.", "Sabtu (2/7)=2016-07-02 | 2 Juli 2016=2016-07-02")]
    [InlineData("Penjualan Juli lalu turun, pekan lalu naik.", "Juli lalu=2016-07 | pekan lalu=2017-W21")]
    [InlineData("Hasilnya diumumkan HARI INI di Jakarta.", "HARI INI=2017-06-01")]
    [InlineData("Ia menikah pada 17 Agustus tahun lalu.", "17 Agustus tahun lalu=2016-08-17")]
    [InlineData("Laporan Pebruari 2017 dan Nopember lalu.", "Pebruari 2017=2017-02 | Nopember lalu=2016-11")]
    [InlineData("Sejak Imlek dan Paskah lalu, pada Hari Kartini.", "Imlek=- | Paskah lalu=- | Hari Kartini=2017-04-21")]
    [InlineData("Pada Kamis pekan depan ia datang, dan Senin-Jumat libur.", "Kamis pekan depan=2017-06-08 | Senin-Jumat=-")]
    [InlineData("Kantor tutup selama Ramadan tahun ini.", "Ramadan tahun ini=2017")]
    [InlineData("Mulai bulan depan dan setahun lalu.", "bulan depan=2017-07 | setahun lalu=2016")]
    [InlineData("Sebulan lalu dan seminggu lagi.", "Sebulan lalu=2017-05 | seminggu lagi=2017-W23")]
    public void Dates_that_open_with_a_letter_are_found_as_before(string text, string expected)
    {
        var dates = Pipeline.Analyze(text, June1).Entities.Where(e => e.Label == EntityLabels.Date).Select(e => $"{e.Text}={e.NormalizedValue ?? "-"}");
        Assert.Equal(expected, string.Join(" | ", dates));
    }

    [Theory]
    [InlineData("Penjualan naik pada akhir pekan ini.", "akhir")]
    [InlineData("Menjelang H-7 Lebaran arus mudik memuncak.", "H-7")]
    [InlineData("Menjelang H–3 Lebaran arus mudik memuncak.", "H–3")]
    [InlineData("Sidang digelar JUMAT (2/6) siang.", "JUMAT")]
    [InlineData("Pertemuan itu pada Jum’at (2/6) lalu.", "Jum’at")]
    [InlineData("Ia pergi dua hari lalu.", "dua")]
    [InlineData("Laporan Pebruari 2017 dan Nopember lalu.", "Nopember")]
    public void A_word_that_opens_a_date_passes(string text, string word)
        => Assert.True(DateStartWords.MayOpenAt(text, text.IndexOf(word, StringComparison.Ordinal)));

    [Theory]
    [InlineData("Menurut dia, harga itu sebagai acuan.", "Menurut")]
    [InlineData("Menurut dia, harga itu sebagai acuan.", "dia")]
    [InlineData("Menurut dia, harga itu sebagai acuan.", "itu")]
    [InlineData("Menurut dia, harga itu sebagai acuan.", "acuan")]
    public void A_word_that_opens_no_date_is_turned_away(string text, string word)
        => Assert.False(DateStartWords.MayOpenAt(text, text.IndexOf(word, StringComparison.Ordinal)));

    /// <summary>
    /// At every letter of real news text where the look says no date opens, none of the matchers whose lists it is
    /// built from finds anything: a word such a matcher reads that the look turned away would fail here.
    /// </summary>
    [Fact]
    public void No_matcher_finds_a_date_where_the_look_turns_a_word_away()
    {
        string text = string.Join(' ', File.ReadLines(SharedData.Require("data/corpus/indosum/articles.txt")).Take(200))
            + " H-7 Lebaran, H+3 Idul Fitri, HUT RI ke-72, Hari Ulang Tahun Kemerdekaan RI ke-72, ulang tahun kemerdekaan RI, Jum'at, JUMAT,"
            + " Ahad, Pebruari, Nopember, kwartal III 2017, triwulan II, semester I 2016, minggu ketiga Juli, pekan kedua Mei, akhir pekan ini,"
            + " akhir minggu lalu, setengah, sembilan, sejuta, Selasa-Rabu, Natal 2016, Tahun Baru Imlek, May Day, Isra Mi'raj, Halloween";
        int turnedAway = 0;
        for (int pos = 0; pos < text.Length; pos++)
        {
            if (!char.IsLetter(text[pos]) || !ValueText.IsWordStart(text, pos) || DateStartWords.MayOpenAt(text, pos)) continue;
            turnedAway++;
            Assert.False(HolidayMatcher.Match(text, pos, null).Success, text[pos..Math.Min(text.Length, pos + 20)]);
            Assert.False(QuarterMatcher.Match(text, pos, null).Success, text[pos..Math.Min(text.Length, pos + 20)]);
            Assert.False(WeekendMatcher.Match(text, pos, null).Success, text[pos..Math.Min(text.Length, pos + 20)]);
            Assert.False(WeekOfMonthMatcher.Match(text, pos, null).Success, text[pos..Math.Min(text.Length, pos + 20)]);
            Assert.True(IndonesianCalendar.MatchWeekday(text, pos, out _, anyCase: true) < 0, text[pos..Math.Min(text.Length, pos + 20)]);
            Assert.True(IndonesianCalendar.MatchMonth(text, pos, allowAbbreviation: false, out _) < 0, text[pos..Math.Min(text.Length, pos + 20)]);
            Assert.True(IndonesianNumber.ReadNumberWord(text, pos, out _) < 0, text[pos..Math.Min(text.Length, pos + 20)]);
        }

        // Most words are turned away, which is the point of the look.
        Assert.True(turnedAway > 10_000, $"{turnedAway} words turned away");
    }
}
