using IndoNews.NLP.Segmentation;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Tests.Segmentation;

public class SentenceSplitterTests
{
    private static string[] Split(string text, TokenizationStyle style = TokenizationStyle.News, SentenceStyle sentenceStyle = SentenceStyle.News)
    {
        var tokens = new TokenList();
        new NewsTokenizer(style).Tokenize(text, tokens);
        var sentences = new List<Sentence>();
        new SentenceSplitter(sentenceStyle).Split(text, tokens.AsSpan(), sentences);
        return sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Fact]
    public void TitlesAndInitialsDoNotEndASentence()
    {
        Assert.Equal(
            ["Dr. Soetomo dan R. A. Kartini lahir di Jawa.", "Ia wafat pada 1938 di Jl. Kramat No. 5 Surabaya."],
            Split("Dr. Soetomo dan R. A. Kartini lahir di Jawa. Ia wafat pada 1938 di Jl. Kramat No. 5 Surabaya."));
    }

    [Fact]
    public void AQuotationOfSeveralSentencesStaysWholeUnlessAskedToSplit()
    {
        const string text = "\"Itu hak mereka. Bukan hanya itu, kami juga siap,\" kata Edy. Ia lalu pergi.";
        Assert.Equal(["\"Itu hak mereka. Bukan hanya itu, kami juga siap,\" kata Edy.", "Ia lalu pergi."], Split(text));

        var tokens = new TokenList();
        new NewsTokenizer().Tokenize(text, tokens);
        var sentences = new List<Sentence>();
        new SentenceSplitter(SentenceStyle.News, keepQuotationsWhole: false).Split(text, tokens.AsSpan(), sentences);
        Assert.Equal(["\"Itu hak mereka.", "Bukan hanya itu, kami juga siap,\" kata Edy.", "Ia lalu pergi."], sentences.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void AQuotationNestedInAQuotationDoesNotCloseIt()
    {
        // IndoSum: the single quotes close a quotation inside the double one, which goes on.
        Assert.Equal(
            ["\"Kematian itu disebut ‘mendadak dan tak terduga.’ Sampai saat ini, penyebab kematian tidak diketahui,\" kata perwakilan Cornell.", "Ia lalu pergi."],
            Split("\"Kematian itu disebut ‘mendadak dan tak terduga.’ Sampai saat ini, penyebab kematian tidak diketahui,\" kata perwakilan Cornell. Ia lalu pergi."));
        Assert.Equal(
            ["\"Kami pikir 'kami tidak bisa.' Ternyata bisa,\" jelas Patrice."],
            Split("\"Kami pikir 'kami tidak bisa.' Ternyata bisa,\" jelas Patrice."));

        // Outside a double quotation, a single quotation that closes after its period ends the sentence as before.
        Assert.Equal(["Ia disebut ‘bencana nasional.’", "Dia bicara lagi."], Split("Ia disebut ‘bencana nasional.’ Dia bicara lagi."));
    }

    [Fact]
    public void ANumberedListInsideALineIsOneSentence()
    {
        // IndoSum: a list of victims and a sales ranking written on one line each.
        Assert.Equal(
            ["Korban meninggal dunia 1. Pratu Marwan 2. Praka Edy 3. Pratu Ibnu Hidayat", "Korban luka: 1. Serda Alpredo 2. Serda Budi"],
            Split("Korban meninggal dunia 1. Pratu Marwan 2. Praka Edy 3. Pratu Ibnu Hidayat\nKorban luka: 1. Serda Alpredo 2. Serda Budi"));
        Assert.Equal(
            ["Data Januari-Juni 2017:", "1. Toyota Avanza 62.615 unit 2. Honda Mobilio 23.085 unit 3. Daihatsu Xenia 18.869 unit"],
            Split("Data Januari-Juni 2017:\n1. Toyota Avanza 62.615 unit 2. Honda Mobilio 23.085 unit 3. Daihatsu Xenia 18.869 unit"));

        // Scores, and numbers that end sentences without a run of markers from 1, end sentences as before.
        Assert.Equal(
            ["Skor 2-1.", "Lalu 2-2.", "Persib main di Liga 1.", "Tim lain turun ke Liga 2.", "Itu saja."],
            Split("Skor 2-1. Lalu 2-2. Persib main di Liga 1. Tim lain turun ke Liga 2. Itu saja."));
    }

    [Fact]
    public void AListNumberThatOpensALineStaysWithItsItem()
    {
        // IndoSum: practice times and symptoms, one item a line.
        Assert.Equal(
            ["Hasil latihan bebas pertama:", "1. Nico Rosberg Mercedes 1 menit 32,431 detik", "2. Lewis Hamilton Mercedes + 0,215 detik"],
            Split("Hasil latihan bebas pertama:\n1. Nico Rosberg Mercedes 1 menit 32,431 detik\n2. Lewis Hamilton Mercedes + 0,215 detik"));
        Assert.Equal(
            ["1. Orgasme adalah klimaks yang sebenarnya.", "Hal ini membutuhkan banyak stimulasi.", "2. Ejakulasi merupakan pelepasan semen."],
            Split("1. Orgasme adalah klimaks yang sebenarnya. Hal ini membutuhkan banyak stimulasi.\n2. Ejakulasi merupakan pelepasan semen."));

        // IndoSum: subheadings glued to their number keep it; inside a line a glued capital is a missing space.
        Assert.Equal(
            ["untuk dikenakan oleh putri Anda saat ia menikah kelak.", "2.Mobil Pengantin", "Mobil pengantin diperlukan sebagai moda transportasi."],
            Split("untuk dikenakan oleh putri Anda saat ia menikah kelak.\n2.Mobil Pengantin\nMobil pengantin diperlukan sebagai moda transportasi."));
        Assert.Equal(["Skor akhir 2-1 pada 2017.", "Pertandingan berikutnya digelar Minggu."],
            Split("Skor akhir 2-1 pada 2017.Pertandingan berikutnya digelar Minggu."));
    }

    [Fact]
    public void APeriodGluedToALowerCaseLetterEndsNoSentence()
    {
        // IndoSum: version numbers and an engine size; with a space the lower-case word still opens a sentence.
        Assert.Equal(["Mereka menjanjikan upgrade ke Android 8.x Oreo.", "Belum diketahui kapan."],
            Split("Mereka menjanjikan upgrade ke Android 8.x Oreo. Belum diketahui kapan."));
        Assert.Equal(["Kecelakaan yang dialami Fortuner 2.l diesel G VNT produksi 2012 itu parah."],
            Split("Kecelakaan yang dialami Fortuner 2.l diesel G VNT produksi 2012 itu parah."));
        Assert.Equal(["Ia bekerja di Cyberconnect2, yang melahirkan Naruto dan .hack.", "Awalnya ia magang."],
            Split("Ia bekerja di Cyberconnect2, yang melahirkan Naruto dan .hack. Awalnya ia magang."));
        Assert.Equal(["Sumber: bola.kompas.com / read/2017 / 06/20/19420428/kepada.ramos.ronaldo.bercerita.tinggalkan.madrid.", "Kasus Mourinho ini sama."],
            Split("Sumber: bola.kompas.com / read/2017 / 06/20/19420428/kepada.ramos.ronaldo.bercerita.tinggalkan.madrid.\nKasus Mourinho ini sama."));

        // A lost space between two words, and a space before a lower-case word, still end the sentence.
        Assert.Equal(["Jennifer Dunn kembali terjerat dalam lubang hitam narkoba.", "mengonfirmasi pada Selasa (2/1) bahwa ia ditangkap."],
            Split("Jennifer Dunn kembali terjerat dalam lubang hitam narkoba.mengonfirmasi pada Selasa (2/1) bahwa ia ditangkap."));
        Assert.Equal(["Ia lahir pada tahun 1879.", "atau setahun kemudian."], Split("Ia lahir pada tahun 1879. atau setahun kemudian."));
    }

    [Fact]
    public void ALetteredListOneItemALineKeepsEachLetterWithItsItem()
    {
        // IndoSum: a police announcement, items "a." and "b." on their own lines without final periods.
        Assert.Equal(
            ["Isi pengumuman tersebut sebagai berikut:", "a. Melaksanakan takbir di masjid / tempat ibadah di lingkungan masing-masing", "b. Tidak melaksanakan takbir keliling di jalan raya"],
            Split("Isi pengumuman tersebut sebagai berikut:\na. Melaksanakan takbir di masjid / tempat ibadah di lingkungan masing-masing\nb. Tidak melaksanakan takbir keliling di jalan raya"));
        Assert.Equal(["Syaratnya:", "a) warga setempat", "b) berusia 17 tahun"], Split("Syaratnya:\na) warga setempat\nb) berusia 17 tahun"));
        Assert.Equal(["Syaratnya:", "(a) warga setempat", "(b) berusia 17 tahun"], Split("Syaratnya:\n(a) warga setempat\n(b) berusia 17 tahun"));
    }

    [Theory]
    [InlineData("Berikut pengalihan arus:\nA. Kendaraan dari arah Utara dialihkan\nB. Kendaraan dari arah Selatan dialihkan", 25, true)]
    [InlineData("Berikut pengalihan arus:\nA. Kendaraan dari arah Utara dialihkan\nB. Kendaraan dari arah Selatan dialihkan", 64, true)]
    [InlineData("Yang hadir:\nA. Rahman\nH. Agus Salim", 12, false)] // "A." without a "B." after it
    [InlineData("Yang hadir:\nA. Rahman\nH. Agus Salim", 22, false)] // "H." without "A." to "G." before it
    [InlineData("Yang hadir:\nM. Nuh\nN. Hidayat", 19, false)]
    [InlineData("Syaratnya:\na) warga\n\nb) berusia 17 tahun", 21, true)] // a blank line between items
    [InlineData("Syaratnya:\na) warga\nb. berusia 17 tahun", 20, false)] // a change of form breaks the sequence
    public void ALetterOpensAnItemOnlyInASequenceFromTheFirstLetter(string text, int lineStart, bool expected)
        => Assert.Equal(expected, LetterListMarkers.OpensItem(text, lineStart));

    [Fact]
    public void AReporterTagBeforeTheNextSentenceOnItsLineIsASentenceOfItsOwn()
    {
        Assert.Equal(
            ["Pembangunan dimulai awal tahun depan.", "(adt)", "Sementara itu, Menteri Keuangan menolak."],
            Split("Pembangunan dimulai awal tahun depan. (adt) Sementara itu, Menteri Keuangan menolak."));
        Assert.Equal(["Ia tiba kemarin.", "(fit / pra)", "\"Kami siap,\" katanya."], Split("Ia tiba kemarin. (fit / pra) \"Kami siap,\" katanya."));

        // A bracketed letter or Roman numeral labels an item of the sentence after it.
        Assert.Equal(["Pasal itu berbunyi.", "(a) Setiap orang dilarang berjudi."], Split("Pasal itu berbunyi. (a) Setiap orang dilarang berjudi."));
        Assert.Equal(["Pasal itu berbunyi.", "(ii) Setiap orang dilarang berjudi."], Split("Pasal itu berbunyi. (ii) Setiap orang dilarang berjudi."));
    }

    [Fact]
    public void AReporterTagAfterTheLastSentenceIsASentenceOfItsOwn()
    {
        Assert.Equal(["Pembangunan dimulai awal tahun depan.", "(adt)"], Split("Pembangunan dimulai awal tahun depan. (adt)"));
        Assert.Equal(["Ia tiba kemarin.", "(lav / lav)", "Sidang ditunda."], Split("Ia tiba kemarin. (lav / lav)\nSidang ditunda."));
        // A bracket that goes on in lower case is the sentence's own: "(lihat foto di bawah)" is no tag.
        Assert.Equal(["Ia tiba kemarin. (lihat foto di bawah) dan pergi."], Split("Ia tiba kemarin. (lihat foto di bawah) dan pergi."));
    }

    [Fact]
    public void ALetterAfterSerieOrGrupIsALabelWhosePeriodEndsTheSentence()
    {
        Assert.Equal(
            ["Juventus kini rival langsung di Serie A.", "Hasil itu penting bagi Spanyol di Grup G.", "Spanyol menang."],
            Split("Juventus kini rival langsung di Serie A. Hasil itu penting bagi Spanyol di Grup G. Spanyol menang."));
    }

    [Fact]
    public void ShortenedNamesAndAddressAbbreviationsDoNotEndASentence()
    {
        Assert.Equal(
            ["Wakil Presiden Moh. Hatta dan Muh. Yamin bertemu Tgk. Abdullah di Gd. Sate.", "Kantornya di Jl. Gatot Subroto Kav. 52, Lt. 3, Telp. 021-5551234, buka pkl. 08.00."],
            Split("Wakil Presiden Moh. Hatta dan Muh. Yamin bertemu Tgk. Abdullah di Gd. Sate. Kantornya di Jl. Gatot Subroto Kav. 52, Lt. 3, Telp. 021-5551234, buka pkl. 08.00."));
        Assert.Equal(
            ["Kapolda Metro Jaya Irjen Pol. Fadil Imran dan Kombes Pol. E. Zulpan hadir.", "Jenderal TNI (Purn.) Wiranto tidak hadir."],
            Split("Kapolda Metro Jaya Irjen Pol. Fadil Imran dan Kombes Pol. E. Zulpan hadir. Jenderal TNI (Purn.) Wiranto tidak hadir."));
    }

    [Fact]
    public void TitlesDoNotEndASentenceWhenThePeriodIsSplitOff()
    {
        Assert.Equal(
            ["Dr. Soetomo lahir di Jawa.", "Ia wafat pada 1938."],
            Split("Dr. Soetomo lahir di Jawa. Ia wafat pada 1938.", TokenizationStyle.UdGsd));
    }

    [Fact]
    public void GsdStyleKeepsASentenceOpenAfterAShortCapitalisedWordOnly()
    {
        const string text = "Standar ini bekerja pada frekuensi 900 MHz. Standar ini dikembangkan di Jawa. Kapal itu berlayar ke Kadō. Ia tiba di Surabaya. Kapal kembali.";
        Assert.Equal(
            ["Standar ini bekerja pada frekuensi 900 MHz.", "Standar ini dikembangkan di Jawa.", "Kapal itu berlayar ke Kadō.", "Ia tiba di Surabaya.", "Kapal kembali."],
            Split(text, TokenizationStyle.UdGsd));
        Assert.Equal(
            ["Standar ini bekerja pada frekuensi 900 MHz. Standar ini dikembangkan di Jawa. Kapal itu berlayar ke Kadō.", "Ia tiba di Surabaya.", "Kapal kembali."],
            Split(text, TokenizationStyle.UdGsd, SentenceStyle.UdGsd));
    }

    [Fact]
    public void GsdStyleLetsASentenceStartInLowerCaseAfterAClearEnd()
    {
        const string text = "Ia pembalap asal Italia. apakah Alya akan sadar dari komanya? naskah itu ditulis oleh Ph.D. dalam ilmu politik.";
        Assert.Equal(
            ["Ia pembalap asal Italia. apakah Alya akan sadar dari komanya? naskah itu ditulis oleh Ph.D. dalam ilmu politik."],
            Split(text, TokenizationStyle.UdGsd));
        Assert.Equal(
            ["Ia pembalap asal Italia.", "apakah Alya akan sadar dari komanya?", "naskah itu ditulis oleh Ph.D. dalam ilmu politik."],
            Split(text, TokenizationStyle.UdGsd, SentenceStyle.UdGsd));
    }

    [Fact]
    public void UnknownSentenceStyleIsRejected()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceSplitter((SentenceStyle)7));

    [Fact]
    public void QuestionAndExclamationMarksEndSentences()
    {
        Assert.Equal(["Apakah dia datang?", "Tidak!", "Dia sakit."], Split("Apakah dia datang? Tidak! Dia sakit."));
    }

    [Fact]
    public void ClosingQuoteStaysWithTheSentenceAndAQuotationIsOneSentence()
    {
        Assert.Equal(
            ["\"Kami siap. Kami akan menang,\" kata pelatih itu.", "Pertandingan dimulai pukul 19.00 WIB."],
            Split("\"Kami siap. Kami akan menang,\" kata pelatih itu. Pertandingan dimulai pukul 19.00 WIB."));
        Assert.Equal(["Dia berkata, \"Saya tidak tahu.\"", "Lalu pergi."], Split("Dia berkata, \"Saya tidak tahu.\" Lalu pergi."));
    }

    [Fact]
    public void ARightQuoteThatOpensAQuotationKeepsItWhole()
    {
        // IndoSum (JUARA.net): the paragraph's quotation opens with a right quote and closes with another.
        const string essien = "” Kelihatannya, dia memang kegemukan. Karena berbulan-bulan mungkin enggak main, jadi dia kegemukan dan akan ada "
                              + "treatment khusus,” kata Djanur, sapaan akrab Djadjang, Jumat (31/3/2017).\n"
                              + "” Dia masih perlu adaptasi dan belum bugar. Namun, masih ada waktu dua minggu sebelum lawan Arema dan itu harus "
                              + "dimaksimalkan,” ucapnya.";
        Assert.Equal(
            [
                "” Kelihatannya, dia memang kegemukan. Karena berbulan-bulan mungkin enggak main, jadi dia kegemukan dan akan ada treatment khusus,” kata Djanur, sapaan akrab Djadjang, Jumat (31/3/2017).",
                "” Dia masih perlu adaptasi dan belum bugar. Namun, masih ada waktu dua minggu sebelum lawan Arema dan itu harus dimaksimalkan,” ucapnya.",
            ],
            Split(essien));

        // After a speech verb and its comma (IndoSum, BlackGarlic).
        const string garlic = "Michael Saputra menyebutkan,” Keberhasilan saya di startup sebelumnya ternyata tidak menjamin perjalanan ini akan "
                              + "sukses. Walaupun kita semua tahu bahwa tidak semua bisnis akan berhasil, tetap sangat menyakitkan.” Ia kini fokus.";
        Assert.Equal(
            [
                "Michael Saputra menyebutkan,” Keberhasilan saya di startup sebelumnya ternyata tidak menjamin perjalanan ini akan sukses. Walaupun kita semua tahu bahwa tidak semua bisnis akan berhasil, tetap sangat menyakitkan.”",
                "Ia kini fokus.",
            ],
            Split(garlic));

        // Asked to split quotations, the sentences inside split as with a left quote.
        var tokens = new TokenList();
        new NewsTokenizer().Tokenize(essien, tokens);
        var sentences = new List<Sentence>();
        new SentenceSplitter(SentenceStyle.News, keepQuotationsWhole: false).Split(essien, tokens.AsSpan(), sentences);
        Assert.Equal("” Kelihatannya, dia memang kegemukan.", essien[sentences[0].Start..sentences[0].End]);
    }

    [Fact]
    public void ARightQuoteThatOpensAQuotationStartsTheNextSentence()
    {
        // IndoSum: after the attribution's period, and glued to the period and the next word.
        Assert.Equal(
            [
                "“Namun, untuk menjadi juara, Anda harus memenangi pertandingan,” kata Pochettino.",
                "” Hari ini, tak penting kami bermain bagus atau buruk, karena yang kami butuhkan hanya satu, yakni memenangkan pertandingan.”",
            ],
            Split("“Namun, untuk menjadi juara, Anda harus memenangi pertandingan,” kata Pochettino. ” Hari ini, tak penting kami bermain bagus atau buruk, karena yang kami butuhkan hanya satu, yakni memenangkan pertandingan.”"));
        Assert.Equal(
            ["Sebagian besar investasi tersebut berinvestasi ke Poso.", "”Kita berharap Poso akan menjadi primadona investasi nasional,” ujar Rizal."],
            Split("Sebagian besar investasi tersebut berinvestasi ke Poso.”Kita berharap Poso akan menjadi primadona investasi nasional,” ujar Rizal."));

        // A right quote glued to the period still closes the quotation it ends.
        Assert.Equal(
            ["“Saya optimistis.”", "Pertandingan dimulai pukul 19.00 WIB."],
            Split("“Saya optimistis.” Pertandingan dimulai pukul 19.00 WIB."));
    }

    [Fact]
    public void AClosingQuoteAfterASpaceEndsTheQuotationAndItsSentence()
    {
        // IndoSum: the quotation after "berkata," closes with a spaced straight quote, and the narration goes on.
        Assert.Equal(
            ["Pelatih itu datang kepada saya dan berkata,\" Tenang, mainkan permainan Anda sendiri. \"", "Saya senang ketika dia mencetak gol."],
            Split("Pelatih itu datang kepada saya dan berkata,\" Tenang, mainkan permainan Anda sendiri. \" Saya senang ketika dia mencetak gol."));

        // IndoSum (ANTARA): the closing quote glued to "katanya", then a spaced quote that opens the next quotation.
        Assert.Equal(
            ["“Bagi warga lokal, musim ini menarik karena banyak festival, \"katanya.", "\" Tapi untuk turis, cuacanya tidak nyaman karena mencapai 40 derajat Celsius. \"", "(les)"],
            Split("“Bagi warga lokal, musim ini menarik karena banyak festival, \"katanya. \" Tapi untuk turis, cuacanya tidak nyaman karena mencapai 40 derajat Celsius. \" (les)"));
    }

    [Fact]
    public void ListAbbreviationCanEndASentenceButCompanyFormsDoNot()
    {
        Assert.Equal(["Ada apel, jeruk, dll.", "Semua segar."], Split("Ada apel, jeruk, dll. Semua segar."));
        Assert.Equal(["Saham PT Astra International Tbk. (ASII) naik dan Sampoerna Packaging Asia Pte. Ltd. menjual sahamnya."],
            Split("Saham PT Astra International Tbk. (ASII) naik dan Sampoerna Packaging Asia Pte. Ltd. menjual sahamnya."));
    }

    [Fact]
    public void CompanyAndStateTitlesBeforeANameDoNotEndASentence()
    {
        // IndoSum: the name after "PT." and "Rep." was cut off as a sentence of its own.
        const string chicken = "Salah satu komoditi yang ia maksdud adalah daging ayam olahan. Hal tersebut disampaikannya saat melepas ekspor "
                               + "perdana produk daging ayam olahan milik PT. Charoen Pokphand Indonesia ke Papua New Guinea, di Kawasan Industri "
                               + "Modern Cikande Serang Provinsi Banten, Senin (13/3/ 2017).";
        Assert.Equal(2, Split(chicken).Length);
        Assert.EndsWith("milik PT. Charoen Pokphand Indonesia ke Papua New Guinea, di Kawasan Industri Modern Cikande Serang Provinsi Banten, Senin (13/3/ 2017).", Split(chicken)[1]);
        Assert.Equal(["Marquez keluar sebagai pemenang GP Rep. Ceko pekan lalu.", "Hal itu pula yang membuatnya makin percaya diri menghadapi GP Austria."],
            Split("Marquez keluar sebagai pemenang GP Rep. Ceko pekan lalu. Hal itu pula yang membuatnya makin percaya diri menghadapi GP Austria."));
        Assert.Equal(["Proyek itu dikerjakan CV. Karya Mandiri dari Bandung."], Split("Proyek itu dikerjakan CV. Karya Mandiri dari Bandung."));

        // At the end of a line or of the text, no name follows: the period ends the sentence and is no part of the title.
        Assert.Equal(["Saham itu kini milik PT.", "Besok harganya naik."], Split("Saham itu kini milik PT.\n\nBesok harganya naik."));
        var tokens = new TokenList();
        new NewsTokenizer().Tokenize("Saham itu kini milik PT.", tokens);
        var spans = tokens.AsSpan();
        Assert.Equal(["PT", "."], [spans[^2].Text, spans[^1].Text]);
    }

    [Fact]
    public void NumbersAndLowerCaseAfterAPeriod()
    {
        Assert.Equal(["Harga naik 2,5 persen pada 2007.", "Kemudian turun."], Split("Harga naik 2,5 persen pada 2007. Kemudian turun."));
        Assert.Equal(["Ia lahir pada 1879.", "atau lebih awal."], Split("Ia lahir pada 1879. atau lebih awal."));
    }

    [Fact]
    public void ParagraphsEndSentencesUnlessTheTextIsHardWrapped()
    {
        Assert.Equal(["Judul Berita Hari Ini", "JAKARTA - Isi berita dimulai di sini."], Split("Judul Berita Hari Ini\n\nJAKARTA - Isi berita dimulai di sini."));
        Assert.Equal(["Baris judul", "Paragraf pertama."], Split("Baris judul\nParagraf pertama."));

        const string wrapped = "Sampul dari dua singel pertama difoto oleh Emma Summerton pada bulan April\n" +
                               "dan tiga gambar lainnya diambil oleh artis yang dirilis untuk mempromosikan\n" +
                               "album di bulan Juli. Sampul resmi album menunjukkan Perry sedang berbaring\n" +
                               "telanjang di awan kembang gula.";
        Assert.Equal(2, Split(wrapped).Length);
    }

    [Fact]
    public void ALineBreakBeforeALowerCaseWordContinuesTheSentence()
    {
        Assert.Equal(
            ["MOSKOW - Amerika Serikat (AS)\ndan Rusia tampaknya serius untuk menjajaki kerjasama di Suriah.", "Pejabat tinggi kedua negara dilaporkan telah terlibat perbincangan\nmengenai kerjasama di Suriah.", "Menurut keterangan Kementerian Luar Negeri Rusia, kedua menteri berbicara melalui telepon."],
            Split("MOSKOW - Amerika Serikat (AS)\ndan Rusia tampaknya serius untuk menjajaki kerjasama di Suriah.\nPejabat tinggi kedua negara dilaporkan telah terlibat perbincangan\nmengenai kerjasama di Suriah.\nMenurut keterangan Kementerian Luar Negeri Rusia, kedua menteri berbicara melalui telepon."));
    }

    [Fact]
    public void EmojiEmoticonsHashtagsAndMentionsAfterASentenceEndCloseIt()
    {
        Assert.Equal(["Enak bgt!!! 😂😂😂 #kuliner"], Split("Enak bgt!!! 😂😂😂 #kuliner"));
        Assert.Equal(["Enak bgt!!! 😂😂😂 #kuliner", "Besok kita ke sana lagi."], Split("Enak bgt!!! 😂😂😂 #kuliner Besok kita ke sana lagi."));

        // IndoSum: a caption quoted in the text, and one in a tweet embed (the link, then the author).
        Assert.Equal(
            ["Selamat mengutip dengan bijak! :) #KaryaSendiri #TulisNamaSendiri #PlagiasiItuBasi.", "Ia juga mengunggah foto lain."],
            Split("Selamat mengutip dengan bijak! :) #KaryaSendiri #TulisNamaSendiri #PlagiasiItuBasi. Ia juga mengunggah foto lain."));
        Assert.Equal(
            ["Terima kasih atas doanya! https://t.co/Xy12AbCd", "— Joko Widodo (@jokowi) 17 Agustus 2017"],
            Split("Terima kasih atas doanya! https://t.co/Xy12AbCd — Joko Widodo (@jokowi) 17 Agustus 2017"));
        Assert.Equal(
            ["Terima kasih atas doanya! pic.twitter.com/Xy12AbCd", "— Joko Widodo (@jokowi) 17 Agustus 2017"],
            Split("Terima kasih atas doanya! pic.twitter.com/Xy12AbCd — Joko Widodo (@jokowi) 17 Agustus 2017"));
        Assert.Equal(["Lihat di pic.twitter.com/Xy12AbCd ini."], Split("Lihat di pic.twitter.com/Xy12AbCd ini."));
    }

    [Fact]
    public void AHashtagMentionOrLinkThatTextFollowsStartsTheNextSentence()
    {
        Assert.Equal(
            ["Gerakan itu kini mendunia.", "#MeToo ramai setelah kasus Harvey Weinstein."],
            Split("Gerakan itu kini mendunia. #MeToo ramai setelah kasus Harvey Weinstein."));
        Assert.Equal(
            ["Juventus akan menghadapi Real Madrid pada final Liga Champions 2017.", "CNNIndonesia.com pun berusaha memberikan prediksi jalannya pertandingan."],
            Split("Juventus akan menghadapi Real Madrid pada final Liga Champions 2017. CNNIndonesia.com pun berusaha memberikan prediksi jalannya pertandingan."));
        Assert.Equal(["Keren! 😍", "@raisa6690 menang lagi."], Split("Keren! 😍 @raisa6690 menang lagi."));
    }

    [Fact]
    public void HashtagsEndingAQuotedCaptionStayWithItWhenQuotationsAreSplit()
    {
        const string text = "\"Thank you for all participants!! #marskitchenslogankontes #marskitchen2ndanniversary,\" tulis Marinka. Foto itu mendapatkan 5.440 likes.";
        var tokens = new TokenList();
        new NewsTokenizer().Tokenize(text, tokens);
        var sentences = new List<Sentence>();
        new SentenceSplitter(SentenceStyle.News, keepQuotationsWhole: false).Split(text, tokens.AsSpan(), sentences);
        Assert.Equal(
            ["\"Thank you for all participants!! #marskitchenslogankontes #marskitchen2ndanniversary,\" tulis Marinka.", "Foto itu mendapatkan 5.440 likes."],
            sentences.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void ASiteNamedByANumberEndsNoSentence()
    {
        // IndoSum: seven sentences of one article ended at "99." before "co telah ...", "co turut ...".
        Assert.Equal(
            ["Portal properti asal Singapura 99.co telah berhasil mengakuisisi salah satu situs properti lokal Urbanindo."],
            Split("Portal properti asal Singapura 99.co telah berhasil mengakuisisi salah satu situs properti lokal Urbanindo."));
    }

    [Fact]
    public void AnImageTagLineIsOneSentence()
    {
        // IndoSum (Bola.net): the image tags that the corpus kept ended a sentence inside the file name, before "jpg".
        const string tag = "Jose Mourinho \"src=\"https://cdns.klimg.com / bola.net / library / upload/20 / 2017/05/jose - mourinho_d400edf.jpg\" style=\"height: 234 px; width: 468 px; \"/ >";
        Assert.Equal(
            ["Di musim debutnya, yang diwarnai dengan sukses klub meraih tiga trofi, sang manajer sukses meyakinkan manajemen United bahwa ia adalah sosok yang tepat untuk membawa klub kembali jadi yang terbaik di Inggris dan Eropa.", tag, "Mourinho dikabarkan memiliki hubungan yang amat baik dengan direktur Ed Woodward dan disebut siap melakukan belanja pemain hingga 200 juta poundsterling di musim panas nanti."],
            Split("Di musim debutnya, yang diwarnai dengan sukses klub meraih tiga trofi, sang manajer sukses meyakinkan manajemen United bahwa ia adalah sosok yang tepat untuk membawa klub kembali jadi yang terbaik di Inggris dan Eropa.\n" + tag + "\nMourinho dikabarkan memiliki hubungan yang amat baik dengan direktur Ed Woodward dan disebut siap melakukan belanja pemain hingga 200 juta poundsterling di musim panas nanti."));
    }

    [Fact]
    public void ARomanNumberedQuarterEndsASentence()
    {
        // UD CSUI train: "I" after "kuartal" is the quarter's number, not an initial, and the sentence ends there.
        Assert.Equal(
            ["Menurut dia, dengan pertumbuhan sektor riil tersebut diprediksi dapat mendorong pertumbuhan Pendapatan Domestik Bruto (PDB) selama kuartal II, naik dibanding kuartal I.", "Dengan naiknya produksi ini, dia yakin bahwa target produksi hingga akhir tahun sebanyak 160-165 juta pon nikel dalam matte dapat tercapai."],
            Split("Menurut dia, dengan pertumbuhan sektor riil tersebut diprediksi dapat mendorong pertumbuhan Pendapatan Domestik Bruto (PDB) selama kuartal II, naik dibanding kuartal I. Dengan naiknya produksi ini, dia yakin bahwa target produksi hingga akhir tahun sebanyak 160-165 juta pon nikel dalam matte dapat tercapai."));
    }

    [Fact]
    public void BrandsWithAnExclamationMarkEndNoSentence()
    {
        // IndoSum: the splitter ended sentences at "E!" and "Yahoo!".
        Assert.Equal(
            ["Melansir E! News, berdasarkan rekaman penjara, musisi bernama asli Cornell Hayness Jr itu kemudian dilepaskan dari tahanan keesokan paginya."],
            Split("Melansir E! News, berdasarkan rekaman penjara, musisi bernama asli Cornell Hayness Jr itu kemudian dilepaskan dari tahanan keesokan paginya."));
        Assert.Equal(
            ["Kepada Yahoo! Beauty, Cartro sedikit bercerita soal karya yang diciptakannya tersebut."],
            Split("Kepada Yahoo! Beauty, Cartro sedikit bercerita soal karya yang diciptakannya tersebut."));

        // Only with the brand's second word: elsewhere the mark ends the sentence.
        Assert.Equal(["Jangan lupa minum vitamin E!", "Ayo makan buah."], Split("Jangan lupa minum vitamin E! Ayo makan buah."));
        Assert.Equal(["Saya lebih suka Yahoo!", "Besok kita coba lagi."], Split("Saya lebih suka Yahoo! Besok kita coba lagi."));

        // An interjection opening a headline is a sentence of its own.
        Assert.Equal(["Selamat!", "Nia Ramadhani Melahirkan Anak Ketiga"], Split("Selamat! Nia Ramadhani Melahirkan Anak Ketiga"));
    }

    [Fact]
    public void EmptyTokensGiveNoSentences()
    {
        var sentences = new List<Sentence>();
        SentenceSplitter.Default.Split(string.Empty, ReadOnlySpan<Token>.Empty, sentences);
        Assert.Empty(sentences);
        Assert.Throws<ArgumentNullException>(() => SentenceSplitter.Default.Split(null!, ReadOnlySpan<Token>.Empty, sentences));
    }

    [Fact]
    public void ACompanyFormEndsASentenceBeforeAFunctionWordThatOpensOne()
    {
        Assert.Equal(
            ["Situs itu menggunakan layanan Open DNS milik Cisco Systems Inc.", "Hal ini membuat Dyn sulit memutus aliran data."],
            Split("Situs itu menggunakan layanan Open DNS milik Cisco Systems Inc. Hal ini membuat Dyn sulit memutus aliran data."));
        Assert.Equal(
            ["Pengembangnya antara lain PS Enterprise, Raja Game, hingga Play Inc.", "Mereka menggantinya dengan Xbox One S."],
            Split("Pengembangnya antara lain PS Enterprise, Raja Game, hingga Play Inc. Mereka menggantinya dengan Xbox One S."));

        // UD CSUI splits the period off ("Nippon Steel Corp ."); names and the GSD style stay as they were.
        Assert.Equal(["Di sektor energi ada Nippon Steel Corp .", "Namun Fujitsu Ltd . belum ."],
            Split("Di sektor energi ada Nippon Steel Corp . Namun Fujitsu Ltd . belum ."));
        Assert.Equal(["Proyek pemboran yang dilakukan Red Willow Offshore LLC. Ignacio Colorado menemukan gas alam."],
            Split("Proyek pemboran yang dilakukan Red Willow Offshore LLC. Ignacio Colorado menemukan gas alam."));
        Assert.Equal(["Satelit akan dimiliki oleh GeoEye Inc. Hal ini diumumkan Google."],
            Split("Satelit akan dimiliki oleh GeoEye Inc. Hal ini diumumkan Google.", TokenizationStyle.UdGsd, SentenceStyle.UdGsd));
    }

    [Fact]
    public void ASingleLetterEndsASentenceBeforeAWordThatOpensOne()
    {
        // IndoSum: a letter that is a model, a day or a group's name, not an initial, closes the sentence.
        Assert.Equal(
            ["Sarah terpaksa membatalkan resepsi pernikahannya secara mendadak, tepat pada hari H.", "Padahal, seluruh dekorasi sudah rampung sempurna."],
            Split("Sarah terpaksa membatalkan resepsi pernikahannya secara mendadak, tepat pada hari H. Padahal, seluruh dekorasi sudah rampung sempurna."));
        Assert.Equal(
            ["Cara yang dilakukan perusahaan teknologi ini adalah dengan meluncurkan sistem operasi baru bernama Windows 10 S.", "Dalam sebuah acara yang digelar pada Selasa, Terry Myerson menjelaskan."],
            Split("Cara yang dilakukan perusahaan teknologi ini adalah dengan meluncurkan sistem operasi baru bernama Windows 10 S. Dalam sebuah acara yang digelar pada Selasa, Terry Myerson menjelaskan."));
        Assert.Equal(
            ["Film Logan seakan menjadi salam perpisahan Wolverine dan Profesor X.", "Apalagi dua aktornya sudah berakhir dengan X-Men."],
            Split("Film Logan seakan menjadi salam perpisahan Wolverine dan Profesor X. Apalagi dua aktornya sudah berakhir dengan X-Men."));
        Assert.Equal(
            ["Malaysia menggeser Thailand dari puncak klasemen sementara Grup H.", "Malaysia saat ini mengoleksi enam poin."],
            Split("Malaysia menggeser Thailand dari puncak klasemen sementara Grup H. Malaysia saat ini mengoleksi enam poin."));

        // IndoSum 771: "Buat", the informal "Untuk", opens a sentence after a block's letter.
        Assert.Equal(
            ["Lokasinya ada di Ruko Green Lake Sunter blok TBS - R.", "Buat yang mau kesana tinggal ceki-ceki google maps aja yah."],
            Split("Lokasinya ada di Ruko Green Lake Sunter blok TBS - R. Buat yang mau kesana tinggal ceki-ceki google maps aja yah."));

        // Initials and the title H. (Haji) before a name keep the sentence open.
        Assert.Equal(["Laga digelar di Stadion H. Agus Salim, Padang."], Split("Laga digelar di Stadion H. Agus Salim, Padang."));
        Assert.Equal(["Ia melaporkan politikus Hanura, Miryam S. Haryani.", "Sugiharto membantah."],
            Split("Ia melaporkan politikus Hanura, Miryam S. Haryani. Sugiharto membantah."));
        Assert.Equal(["Ia diperiksa politikus Hanura Miryam S. Haryani kemarin."], Split("Ia diperiksa politikus Hanura Miryam S. Haryani kemarin."));
        Assert.Equal(["Hal itu disampaikan Kapolri Jenderal Polisi M. Tito Karnavian."], Split("Hal itu disampaikan Kapolri Jenderal Polisi M. Tito Karnavian."));
    }

    [Fact]
    public void ALetterOrCompanyFormEndsASentenceBeforeAWordThatNewsWritesInLowerCase()
    {
        // IndoSum: a model letter before a capitalised common word (pihak, aset, analis, eks) closes the sentence.
        Assert.Equal(
            ["Fitur ini belum akan tersedia untuk mobil baru Model X.", "Pihak Tesla mengaku masih perlu melakukan kalibrasi."],
            Split("Fitur ini belum akan tersedia untuk mobil baru Model X. Pihak Tesla mengaku masih perlu melakukan kalibrasi."));
        Assert.Equal(
            ["Logitech ingin menjaga eksistensinya di ranah gaming melalui Logitech G.", "Aset Astro Gaming akan jadi amunisi berharga."],
            Split("Logitech ingin menjaga eksistensinya di ranah gaming melalui Logitech G. Aset Astro Gaming akan jadi amunisi berharga."));
        Assert.Equal(
            ["Kinerjanya lebih tangguh ketimbang iPhone 8, iPhone 8 Plus dan iPhone X.", "Analis percaya, chipset keluaran tahun depan lebih cepat."],
            Split("Kinerjanya lebih tangguh ketimbang iPhone 8, iPhone 8 Plus dan iPhone X. Analis percaya, chipset keluaran tahun depan lebih cepat."));
        Assert.Equal(
            ["Di Afrika ada 60 juta kasus hepatitis B.", "Vaksin yang efektif untuk hepatitis B kini telah tersedia."],
            Split("Di Afrika ada 60 juta kasus hepatitis B. Vaksin yang efektif untuk hepatitis B kini telah tersedia."));
        Assert.Equal(
            ["Di sektor energi ada Fujitsu Ltd, dan Nippon Steel Corp.", "Rencana itu diumumkan kemarin."],
            Split("Di sektor energi ada Fujitsu Ltd, dan Nippon Steel Corp. Rencana itu diumumkan kemarin."));

        // A surname that is also a word (Dewa), a name after a company form, a list letter and the title H. stay as they were.
        Assert.Equal(["Deputi V Kemenpora Gatot S. Dewa Broto menyatakan kenaikan honorarium."],
            Split("Deputi V Kemenpora Gatot S. Dewa Broto menyatakan kenaikan honorarium."));
        Assert.Equal(["Presiden AS John F. Kennedy tewas ditembak."], Split("Presiden AS John F. Kennedy tewas ditembak."));
        Assert.Equal(["Saham dibeli Hitomedia Inc. Morita mengatakan hal itu."], Split("Saham dibeli Hitomedia Inc. Morita mengatakan hal itu."));
        Assert.Equal(["Langkahnya sebagai berikut: A. Calon penumpang harus mematikan telepon."],
            Split("Langkahnya sebagai berikut: A. Calon penumpang harus mematikan telepon."));
        Assert.Equal(["Usaha Rumah Makan Sayur Asem Betawi H. Masa yang berdiri sejak tahun 1980-an."],
            Split("Usaha Rumah Makan Sayur Asem Betawi H. Masa yang berdiri sejak tahun 1980-an."));
    }

    [Fact]
    public void AnAbbreviatedDepartmentDoesNotEndASentence()
    {
        Assert.Equal(
            ["Strategi ini, sebagaimana dikatakan Sales & Marketing 2W Dept. Head PT SIS Yohan Yahya, sengaja dilakukan agar bisa menjaring lebih banyak konsumen."],
            Split("Strategi ini, sebagaimana dikatakan Sales & Marketing 2W Dept. Head PT SIS Yohan Yahya, sengaja dilakukan agar bisa menjaring lebih banyak konsumen."));
    }

    [Fact]
    public void EmptiedBracketsBeforeACapitalOpenASentence()
    {
        // UD GSD dev: the source stripped what stood in the brackets; the period before them ends the sentence.
        const string text = "Pesawatnya baru berhenti di ujung jurang dan mengalami kebakaran. () Yakub setuju, dan Laban memberikan Rahel.";
        string[] expected = ["Pesawatnya baru berhenti di ujung jurang dan mengalami kebakaran.", "() Yakub setuju, dan Laban memberikan Rahel."];
        Assert.Equal(expected, Split(text));
        Assert.Equal(expected, Split(text, TokenizationStyle.UdGsd, SentenceStyle.UdGsd));

        // Inside a sentence they change nothing.
        Assert.Equal(["Tolga Zengin () adalah seorang pemain sepak bola berkewarganegaraan Turki."], Split("Tolga Zengin () adalah seorang pemain sepak bola berkewarganegaraan Turki."));
    }

    [Fact]
    public void AStraySpaceInsideThousandsGroupsIsNoSentenceEnd()
    {
        // UD GSD dev: "2.904. 678" is one number, 2,904,678.
        const string text = "Kini CityVille telah mempunyai 2.904. 678 pengikut dan pemain aktif. Permainan itu gratis.";
        string[] expected = ["Kini CityVille telah mempunyai 2.904. 678 pengikut dan pemain aktif.", "Permainan itu gratis."];
        Assert.Equal(expected, Split(text));
        Assert.Equal(expected, Split(text, TokenizationStyle.UdGsd, SentenceStyle.UdGsd));

        // A count at the end of a sentence before one that opens with a number still ends there.
        Assert.Equal(
            ["Jumlah pemilihnya 1.250.000.", "300 TPS disiapkan panitia."],
            Split("Jumlah pemilihnya 1.250.000. 300 TPS disiapkan panitia."));
        Assert.Equal(
            ["Pesertanya mencapai 2.904.", "Tahun lalu hanya 678 orang."],
            Split("Pesertanya mencapai 2.904. Tahun lalu hanya 678 orang."));
    }

    [Fact]
    public void AShortAttributionEndsTheSentenceBeforeANewQuotation()
    {
        // IndoSum and UD CSUI: the writer left out the period after the attribution.
        Assert.Equal(
            ["\"Reinkarnasi, semua yang mati pasti akan pindah ke tubuh yang lain,\" kata dia", "\"Jiwa Letty akan datang ke tubuh yang lain.\""],
            Split("\"Reinkarnasi, semua yang mati pasti akan pindah ke tubuh yang lain,\" kata dia \"Jiwa Letty akan datang ke tubuh yang lain.\""));
        Assert.Equal(
            ["\"Pertumbuhan kredit sektor itu tumbuh 20,8 persen,\" katanya menjelaskan", "\"Faktor risiko itu mencakup kenaikan suku bunga.\""],
            Split("\"Pertumbuhan kredit sektor itu tumbuh 20,8 persen,\" katanya menjelaskan \"Faktor risiko itu mencakup kenaikan suku bunga.\""));

        // A quoted title after a longer attribution belongs to it (IndoSum).
        Assert.Equal(
            ["\"Citarasa manis enggak ada,\" ujar Yuli dalam acara \"Santap Mantap Day\" di kawasan Pondok Aren, Tangerang, Selasa."],
            Split("\"Citarasa manis enggak ada,\" ujar Yuli dalam acara \"Santap Mantap Day\" di kawasan Pondok Aren, Tangerang, Selasa."));
        Assert.Equal(
            ["\"Kami hampir 20 tahun di Rembang,\" kata Project Manager \"Yes I Do\", Amrullah, di Semarang."],
            Split("\"Kami hampir 20 tahun di Rembang,\" kata Project Manager \"Yes I Do\", Amrullah, di Semarang."));
    }

    [Fact]
    public void LegalAndReligiousReferencesDoNotEndASentence()
    {
        // Court reports cite articles "juncto" another; a surah of the Quran.
        Assert.Equal(
            ["Ia dijerat Pasal 2 ayat (1) jo. Pasal 18 UU No. 31 Tahun 1999.", "Sidang ditunda."],
            Split("Ia dijerat Pasal 2 ayat (1) jo. Pasal 18 UU No. 31 Tahun 1999. Sidang ditunda."));
        Assert.Equal(
            ["Ustaz itu mengutip QS. Al-Baqarah: 183 tentang puasa.", "Jemaah mendengarkan."],
            Split("Ustaz itu mengutip QS. Al-Baqarah: 183 tentang puasa. Jemaah mendengarkan."));
    }

    [Fact]
    public void ADottedFormEndsASentenceBeforeAWordThatOpensOne()
    {
        Assert.Equal(
            ["Putusan dibacakan hakim ketua Ahmad Yani, S.H.", "Dia menilai terdakwa bersalah."],
            Split("Putusan dibacakan hakim ketua Ahmad Yani, S.H. Dia menilai terdakwa bersalah."));
        Assert.Equal(
            ["Koleksi itu bertajuk BI.ON.INC.", "Di mana, inspirasinya diambil dari film fiksi ilmiah."],
            Split("Koleksi itu bertajuk BI.ON.INC. Di mana, inspirasinya diambil dari film fiksi ilmiah."));

        // A name goes on after a dotted title or initials.
        Assert.Equal(
            ["Organisasi itu didirikan K.H. Ahmad Dahlan dan J.F. Kennedy tidak terlibat."],
            Split("Organisasi itu didirikan K.H. Ahmad Dahlan dan J.F. Kennedy tidak terlibat."));

        // GSD keeps a sentence open after short forms.
        Assert.Equal(
            ["Putusan dibacakan hakim ketua Ahmad Yani, S.H. Dia menilai terdakwa bersalah."],
            Split("Putusan dibacakan hakim ketua Ahmad Yani, S.H. Dia menilai terdakwa bersalah.", TokenizationStyle.UdGsd, SentenceStyle.UdGsd));
    }

    [Fact]
    public void ATemperatureUnitIsNoInitial()
    {
        Assert.Equal(
            ["Suhu udara di Jakarta mencapai 35 °C.", "Warga diminta banyak minum."],
            Split("Suhu udara di Jakarta mencapai 35 °C. Warga diminta banyak minum."));
        Assert.Equal(
            ["Air mendidih pada 212°F.", "Itu sama dengan 100 derajat Celsius."],
            Split("Air mendidih pada 212°F. Itu sama dengan 100 derajat Celsius."));
    }

    [Fact]
    public void AQuotationThatOpensWithABracketOpensASentence()
    {
        // IndoSum: the writer's insertion in brackets opens the quotation.
        Assert.Equal(
            ["Ia mencontohkan gerakan komunis yang selalu musnah di Indonesia.", "\"(Semua musnah) karena kita selalu berdoa pada Allah SWT,\" kata Nurmantyo."],
            Split("Ia mencontohkan gerakan komunis yang selalu musnah di Indonesia. \"(Semua musnah) karena kita selalu berdoa pada Allah SWT,\" kata Nurmantyo."));
        Assert.Equal(
            ["Adegan itu akan menjadi sesuatu yang mengerikan untuk William maupun Harry yang menontonnya.", "“[Adegan] itu membuat saya kesal,” tuturnya."],
            Split("Adegan itu akan menjadi sesuatu yang mengerikan untuk William maupun Harry yang menontonnya. “[Adegan] itu membuat saya kesal,” tuturnya."));

        // A bracket that goes on in lower case is no sentence start, and the GSD style keeps its own conventions.
        Assert.Single(Split("Ia mencontohkan gerakan yang musnah di Indonesia. \"(semua musnah) karena doa,\" kata Nurmantyo."));
        Assert.Single(Split("Ia mencontohkan gerakan yang musnah di Indonesia. \"(Semua musnah) karena doa,\" kata Nurmantyo.", TokenizationStyle.UdGsd, SentenceStyle.UdGsd));
    }

    [Fact]
    public void ABracketedCreditThatClosesAParagraphIsASentenceOfItsOwn()
    {
        // IndoSum: credits longer or odder than the short reporter tags.
        Assert.Equal(
            ["Beberapa tokoh masyarakat seperti Syarif pun turut hadir.", "(adji / M1/sir)"],
            Split("Beberapa tokoh masyarakat seperti Syarif pun turut hadir. (adji / M1/sir)"));
        Assert.Equal(
            ["Pria itu mengaku bangga bisa menekan praktik percaloan.", "(silaen)", "Polisi lalu pergi."],
            Split("Pria itu mengaku bangga bisa menekan praktik percaloan. (silaen)\nPolisi lalu pergi."));
        Assert.Equal(
            ["“Laporan sudah masuk, pelaku sedang kami buru,” ujar Kanit Reskrim Polsek Kebon Jeruk, Iptu Andry Rodatama.", "(* / yp)"],
            Split("“Laporan sudah masuk, pelaku sedang kami buru,” ujar Kanit Reskrim Polsek Kebon Jeruk, Iptu Andry Rodatama. (* / yp)"));
        Assert.Equal(["\"Boleh menebak-nebak,\" tutupnya.", "(gk-48)"], Split("\"Boleh menebak-nebak,\" tutupnya. (gk-48)"));

        // Text after it on its line, a capital, or a long bracket keep the old reading.
        Assert.Single(Split("Ia tiba kemarin. (dan pergi lagi) lalu tidur."));
        Assert.Single(Split("Ia tiba kemarin. (dalam keadaan sangat lelah sekali karena perjalanan jauh dari kampung halamannya)"));
    }

    [Fact]
    public void ALetterAfterAColonOrSemicolonLabelsAnItemInsideTheSentence()
    {
        // IndoSum: a regulation quoted with its lettered items on one line.
        Assert.Equal(
            ["(2) Setiap orang dilarang: a. Menjadi penjaja seks komersial; b. Menyuruh memfasilitasi, membujuk, memaksa orang lain menjadi penjaja seks komersial.", "Pasal 43 mengatur hal lain."],
            Split("(2) Setiap orang dilarang: a. Menjadi penjaja seks komersial; b. Menyuruh memfasilitasi, membujuk, memaksa orang lain menjadi penjaja seks komersial. Pasal 43 mengatur hal lain."));

        // After a word the letter's period still ends the sentence.
        Assert.Equal(["Nilainya a.", "Itu bagus."], Split("Nilainya a. Itu bagus."));
    }

    [Fact]
    public void LowerCaseNoBeforeANumberEndsNoSentence()
    {
        // IndoSum: an address written with lower-case "no.".
        Assert.Equal(
            ["Kedai kopi itu terletak di jalan Bulungan no. 16, Kebayoran Baru, Jakarta Selatan.", "Kedai itu buka setiap hari."],
            Split("Kedai kopi itu terletak di jalan Bulungan no. 16, Kebayoran Baru, Jakarta Selatan. Kedai itu buka setiap hari."));
        Assert.Equal(["Ia dijerat UU no. 11 Tahun 2008 tentang ITE."], Split("Ia dijerat UU no. 11 Tahun 2008 tentang ITE."));

        // Before a word, and in the GSD style, "no." ends a sentence as before.
        Assert.Equal(["Jawabannya no.", "Dia menolak."], Split("Jawabannya no. Dia menolak."));
        Assert.Equal(2, Split("Kedai itu di jalan Bulungan no. 16 Jakarta.", TokenizationStyle.UdGsd, SentenceStyle.UdGsd).Length);
    }

    [Fact]
    public void AFileExtensionAfterASpaceEndsNoSentence()
    {
        // IndoSum: file types listed with their dots.
        Assert.Equal(
            ["Virus ransomware bisa menyerang berbagai jenis format dokumen komputer, mulai dari Microsoft Word, Excel, PowerPoint, .JPG, .PDF, .ZIP, hingga dokumen Adobe Photoshop.", "Sudah Menyerang ke Mana Saja?"],
            Split("Virus ransomware bisa menyerang berbagai jenis format dokumen komputer, mulai dari Microsoft Word, Excel, PowerPoint, .JPG, .PDF, .ZIP, hingga dokumen Adobe Photoshop. Sudah Menyerang ke Mana Saja?"));

        // A capitalised word glued to a stray period after a space still opens a sentence.
        Assert.Equal(["Isi kemasan 230gram .", "Yang minat silahkan hubungi kami."], Split("Isi kemasan 230gram .Yang minat silahkan hubungi kami."));
    }

    [Fact]
    public void DirectorateAndEngineerAbbreviationsEndNoSentence()
    {
        // IndoSum: a police report number and German engineers' degrees.
        Assert.Equal(
            ["BTN pun telah melaporkan dugaan pemalsuan ini ke Polda Metro Jaya dengan nomor: TBL/5738/XI/2016/PMJ / Dit. Reskrimsus tanggal 21 November 2016.", "Saat ini, laporan itu telah dilimpahkan ke Kejaksaan Tinggi DKI Jakarta."],
            Split("BTN pun telah melaporkan dugaan pemalsuan ini ke Polda Metro Jaya dengan nomor: TBL/5738/XI/2016/PMJ / Dit. Reskrimsus tanggal 21 November 2016. Saat ini, laporan itu telah dilimpahkan ke Kejaksaan Tinggi DKI Jakarta."));
        Assert.Single(Split("Ahli dari Jerman, yaitu Mike Boge Dipl. Ing. dan Bern Niedringhaus, ikut meneliti."));
    }

    [Fact]
    public void ALetterBeforeAQuotationThatOpensWithAFunctionWordEndsTheSentence()
    {
        // IndoSum: a phone model's letter, then a quotation.
        Assert.Equal(
            ["Pengguna bisa mengambil foto di bawah air tawar dengan menggunakan Galaxy A.", "\"Saya senang banget sama fitur water resistant,\" ungkap Eva."],
            Split("Pengguna bisa mengambil foto di bawah air tawar dengan menggunakan Galaxy A. \"Saya senang banget sama fitur water resistant,\" ungkap Eva."));

        // A nickname in quotes after an initial goes on with the name.
        Assert.Single(Split("Ia bertemu Muhammad A. \"Ucok\" Harahap di Medan."));
    }

    [Fact]
    public void AlmarhumBeforeANameEndsNoSentence()
    {
        // IndoSum: the graves visited on Heroes' Day.
        Assert.Equal(
            ["Presiden menabur bunga di makam Pahlawan Revolusi, Alm. H. Adam Malik, Alm. H. Soedharmono, Almh. Hj. Ainun Habibie, dan Alm. H. Taufiq Kiemas.", "Setelah itu ia kembali ke Istana."],
            Split("Presiden menabur bunga di makam Pahlawan Revolusi, Alm. H. Adam Malik, Alm. H. Soedharmono, Almh. Hj. Ainun Habibie, dan Alm. H. Taufiq Kiemas. Setelah itu ia kembali ke Istana."));
    }

    [Fact]
    public void NoSentenceEndsInsideARegulationCodeWrittenWithSpaces()
    {
        // UD CSUI train.
        Assert.Single(Split("Berdasarkan keputusan RUPSLB pada 21 Desember 2005 dan Peraturan Bapepam No. XI. B. 02.00 jangka waktu program pembelian kembali saham Telkom berlangsung selama 18 bulan."));
    }

    [Fact]
    public void ANameWrittenAsDottedSyllablesEndsNoSentence()
    {
        // IndoSum: the fashion label Si.Se.Sa at a show.
        Assert.Equal(
            ["Salah satunya adalah brand Si. Se. Sa.", "Di hari pertama pagelaran Muslim Fashion Festival 2017, label ini menampilkan koleksi denim."],
            Split("Salah satunya adalah brand Si. Se. Sa. Di hari pertama pagelaran Muslim Fashion Festival 2017, label ini menampilkan koleksi denim."));
        Assert.Single(Split("Sebanyak 28 look dihadirkan oleh Si. Se. Sa dengan motif bunga-bunga."));
        Assert.Single(Split("\"Kami ingin menjawab konsumen,\" ujar Senaz perwakilan dari Si. Se. Sa, dalam konferensi pers."));
        Assert.Equal(
            ["Siluet yang loose ditampilkan dalam signature style khas Si. Se. Sa.", "Selain itu, imbuhan Swarovski juga disematkan."],
            Split("Siluet yang loose ditampilkan dalam signature style khas Si. Se. Sa. Selain itu, imbuhan Swarovski juga disematkan."));

        // One short capitalised word at a sentence end still ends it.
        Assert.Equal(["Ia bertemu Presiden Xi.", "Li Keqiang tidak hadir."], Split("Ia bertemu Presiden Xi. Li Keqiang tidak hadir."));
    }

    [Fact]
    public void NoSentenceEndsInsideALettersNumber()
    {
        // IndoSum: the indictment quotes a memo.
        Assert.Single(Split("Nota dinas Nomor NDR - / PJ.051 / 2016 Yth: Direktur Penegakan Hukum Dari: Kasubdit Pemeriksaan Bukti Permulaan."));
    }

    [Fact]
    public void AnInitialBeforeAClosingCreditEndsTheSentence()
    {
        // IndoSum: the last sentence of an article ends in an initial, then the reporters' credit.
        Assert.Equal(
            ["Ia menyebut kalau Aryani telah berselingkuh dengan Mr X.", "(yendhi / yp)"],
            Split("Ia menyebut kalau Aryani telah berselingkuh dengan Mr X. (yendhi / yp)"));

        // A bracket that the sentence goes on after keeps the initial inside it.
        Assert.Single(Split("Ia bertemu Mr X. (bukan nama sebenarnya) di Bandung."));
    }

    [Fact]
    public void TheEngineersDiplomaEndsNoSentenceBeforeABracket()
    {
        // IndoSum: experts named with their German degrees, each followed by a bracketed field.
        Assert.Single(Split("Para ahli itu adalah Mike Boge Dipl. Ing. dan Bern Niedringhaus Dipl. Ing. (Spesialis manajemen air dari Jerman), dan Emmeline Decker Dipl (ahli laboratorium dari Jerman)."));

        // Before a word that opens sentences it ends one, as a company form does.
        Assert.Equal(
            ["Ia dibantu Bern Niedringhaus Dipl. Ing.", "Dalam kegiatan itu, mereka memeriksa batu candi."],
            Split("Ia dibantu Bern Niedringhaus Dipl. Ing. Dalam kegiatan itu, mereka memeriksa batu candi."));
    }

    [Fact]
    public void AnAttributionWithTheSpeakersPostInLowerCaseStaysWithItsQuestion()
    {
        // IndoSum 2769: after a quoted question, a speech-only verb, the speaker's post in lower case and the name.
        Assert.Equal(
            ["\"Keputusan ini apakah disetujui?\" Kata pimpinan sidang Munaslub, Rofinus Hutahuruk meminta pendapat kepada para kader Hanura yang hadir.", "\"Setuju,\" jawab para kader."],
            Split("\"Keputusan ini apakah disetujui?\" Kata pimpinan sidang Munaslub, Rofinus Hutahuruk meminta pendapat kepada para kader Hanura yang hadir. \"Setuju,\" jawab para kader."));

        // "Kata" that opens a sentence: before a pronoun or one word and a comma, or as the noun.
        Assert.Equal(["\"Apa itu benar?\"", "Kata dia, hal tersebut tidak relevan."], Split("\"Apa itu benar?\" Kata dia, hal tersebut tidak relevan."));
        Assert.Equal(["\"Merdeka!\"", "Kata itu diteriakkan oleh para pemuda di Jakarta."], Split("\"Merdeka!\" Kata itu diteriakkan oleh para pemuda di Jakarta."));
    }

    [Fact]
    public void GsdStyleEndsASentenceAfterACoordinatesCompassPoint()
    {
        // UD GSD dev: the coordinate's last compass point ends the sentence, though a short capitalised word keeps GSD's open.
        const string text = "Islamabad terletak pada koordinat 33° 40′ LU 73° 10′ BT. Gimana toh ini? Kota itu dibangun pada 1960.";
        Assert.Equal(
            ["Islamabad terletak pada koordinat 33° 40′ LU 73° 10′ BT.", "Gimana toh ini?", "Kota itu dibangun pada 1960."],
            Split(text, TokenizationStyle.UdGsd, SentenceStyle.UdGsd));
        Assert.Equal(
            ["Kantor itu milik PT BT. Gimana toh ini?", "Kota itu dibangun pada 1960."],
            Split("Kantor itu milik PT BT. Gimana toh ini? Kota itu dibangun pada 1960.", TokenizationStyle.UdGsd, SentenceStyle.UdGsd));
    }

    [Fact]
    public void AnAttributionWrittenWithACapitalStaysWithItsQuotation()
    {
        // IndoSum: the speech verb after the closing quote has a capital, with -nya or before the speaker's name.
        Assert.Equal(
            ["\"Kami berharap saksi saksi yang lain melakukan hal yang sama.\" Harapnya.", "Polisi masih menyelidiki."],
            Split("\"Kami berharap saksi saksi yang lain melakukan hal yang sama.\" Harapnya. Polisi masih menyelidiki."));
        Assert.Equal(
            ["\"Ini yang jadi identitas dari Samsung, foto sambil hujan-hujanan dan juga underwater selfie.\" Beber Irfan."],
            Split("\"Ini yang jadi identitas dari Samsung, foto sambil hujan-hujanan dan juga underwater selfie.\" Beber Irfan."));
        Assert.Equal(
            ["“Itu akan lebih baik, apalagi usianya yang tak lagi muda.” Ujar Robert saat itu.", "Pernyataan eks pelatih Arema tersebut menuai kritik."],
            Split("“Itu akan lebih baik, apalagi usianya yang tak lagi muda.” Ujar Robert saat itu.\nPernyataan eks pelatih Arema tersebut menuai kritik."));

        // A sentence that opens with such a word is no attribution: "Jelas" before a lower-case word, "Aku" bare, a long
        // clause, or a verb on the next line.
        Assert.Equal(["\"Saya siap.\"", "Jelas ini kabar baik."], Split("\"Saya siap.\" Jelas ini kabar baik."));
        Assert.Equal(["\"Saya siap.\"", "Aku Tahu itu."], Split("\"Saya siap.\" Aku Tahu itu."));
        Assert.Equal(["\"Saya siap.\"", "Ujarnya."], Split("\"Saya siap.\"\nUjarnya."));
    }

    [Fact]
    public void ALongAttributionHeadedByASpeechVerbStaysWithItsQuotation()
    {
        // UD CSUI writes attributions of up to 24 words after a quotation's closing quote ("... ," kata ...), and IndoSum
        // writes the same attributions with a capital after a period: however long, they belong to the quotation.
        Assert.Equal(
            ["\"Saya siap.\" Kata Jokowi dalam rapat terbatas di Istana Bogor kemarin.", "Rapat itu membahas persiapan Lebaran."],
            Split("\"Saya siap.\" Kata Jokowi dalam rapat terbatas di Istana Bogor kemarin. Rapat itu membahas persiapan Lebaran."));
        Assert.Equal(
            ["“Harga ini jauh di bawah harga pasar.” Ujar Kepala Perum Bulog Divre DKI Jakarta, Mansur, di Jakarta, Senin (8/2/2018)."],
            Split("“Harga ini jauh di bawah harga pasar.” Ujar Kepala Perum Bulog Divre DKI Jakarta, Mansur, di Jakarta, Senin (8/2/2018)."));
        Assert.Equal(
            ["\"Kami belum menerima laporannya.\" Tuturnya kepada wartawan di Mapolda Metro Jaya, Jakarta, Rabu (14/6)."],
            Split("\"Kami belum menerima laporannya.\" Tuturnya kepada wartawan di Mapolda Metro Jaya, Jakarta, Rabu (14/6)."));

        // A verb that also opens sentences as an adverb or adjective heads only a short attribution; a long clause after
        // it is a sentence of its own, as is one after "Jelasnya," with its comma.
        Assert.Equal(
            ["\"Saya siap.\"", "Jelas Indonesia tidak akan mundur dari perundingan di Jenewa pekan depan."],
            Split("\"Saya siap.\" Jelas Indonesia tidak akan mundur dari perundingan di Jenewa pekan depan."));
        Assert.Equal(
            ["\"Saya siap.\"", "Jelasnya, pemerintah tidak akan mundur dari perundingan itu."],
            Split("\"Saya siap.\" Jelasnya, pemerintah tidak akan mundur dari perundingan itu."));

        // On the next line, or without a period before the line ends, it is no attribution.
        Assert.Equal(
            ["\"Saya siap.\"", "Kata Jokowi dalam rapat terbatas di Istana Bogor kemarin."],
            Split("\"Saya siap.\"\nKata Jokowi dalam rapat terbatas di Istana Bogor kemarin."));
    }

    [Fact]
    public void AnEllipsisThatOpensAQuotationEndsNoSentence()
    {
        // IndoSum: the quoted post opens with the words it leaves out, right after the quote.
        Assert.Equal(
            ["Hanya saja, pernyataan yang dikutip dengan tidak lengkap, diakuinya membuat kalimatnya menjadi bias.", "\"..... Sayangnya, pernyataan saya tersebut tidak dikutip secara lengkap yang menyebabkan tujuan kalimat menjadi bias."],
            Split("Hanya saja, pernyataan yang dikutip dengan tidak lengkap, diakuinya membuat kalimatnya menjadi bias.\n\"..... Sayangnya, pernyataan saya tersebut tidak dikutip secara lengkap yang menyebabkan tujuan kalimat menjadi bias."));

        // An ellipsis after a word still ends its sentence.
        Assert.Equal(["Pas nyoba...", "Buset!", "Inii tangan dewa kali ya?"], Split("Pas nyoba... Buset! Inii tangan dewa kali ya?"));
    }

    [Fact]
    public void TheClubPrefixPsEndsNoSentenceBeforeTheClubsShortForm()
    {
        // IndoSum: the Komdis PSSI ruling lists the club PS TNI, written with a period after PS.
        Assert.Equal(
            ["13. Tim PS. TNI dikenakan sanksi denda Rp. 28.000.000, - karena dalam satu pertandingan mendapatkan 7 kartu Kuning."],
            Split("13. Tim PS. TNI dikenakan sanksi denda Rp. 28.000.000, - karena dalam satu pertandingan mendapatkan 7 kartu Kuning."));
        Assert.Single(Split("Pemain PS. TNI Sdr. Manahati Lestusen dikenakan sanksi 3 kali larangan bermain pada kompetisi Liga 1 tahun 2017."));

        // Before a word that opens sentences the period still ends one (the quotation split at its sentence ends).
        const string text = "\"Kalau mau chat kamu saya balas, silakan kirim chat di PS. Saya akan balas,\" kata Rudiantara.";
        var tokens = new TokenList();
        new NewsTokenizer().Tokenize(text, tokens);
        var sentences = new List<Sentence>();
        new SentenceSplitter(SentenceStyle.News, keepQuotationsWhole: false).Split(text, tokens.AsSpan(), sentences);
        Assert.Equal(
            ["\"Kalau mau chat kamu saya balas, silakan kirim chat di PS.", "Saya akan balas,\" kata Rudiantara."],
            sentences.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void AQuoteAloneBeforeALineEndClosesTheSentenceBeforeIt()
    {
        // IndoSum: the closing quote of a quotation, written after a space and as a left quote, or a stray single quote.
        Assert.Equal(
            ["Ia sudah beberapa kali mendatangkan Boyz II Men di tahun 2007 dan 2012. “", "Konser the 90 ’s Soul Ace akan dibuka oleh sebuah band R&B Indonesia."],
            Split("Ia sudah beberapa kali mendatangkan Boyz II Men di tahun 2007 dan 2012. “\nKonser the 90 ’s Soul Ace akan dibuka oleh sebuah band R&B Indonesia."));
        Assert.Equal(
            ["Gambar itu dibuat Wodark di atas tisu saat kencan pertama dengan Capaldo - Smith. '", "Melihat tato tersebut, Wodark langsung menangis."],
            Split("Gambar itu dibuat Wodark di atas tisu saat kencan pertama dengan Capaldo - Smith. '\nMelihat tato tersebut, Wodark langsung menangis."));

        // A quote that opens words on its own line still opens the next sentence.
        Assert.Equal(["Ia datang.", "“Saya senang,” katanya."], Split("Ia datang. “Saya senang,” katanya."));
    }

    [Fact]
    public void ALineThatStartsWithACommaGoesOnWithTheWordBeforeIt()
    {
        // IndoSum: the outlet's name was dropped between "kepada" and the comma, and its line break kept.
        Assert.Equal(
            ["\"Saya memang sudah menggugat cerai Tiara,\" ungkap Lucky melalui pesan singkat kepada\n, Rabu (5/7).", "Permohonan talak cerai tersebut sudah dimasukkan."],
            Split("\"Saya memang sudah menggugat cerai Tiara,\" ungkap Lucky melalui pesan singkat kepada\n, Rabu (5/7).\nPermohonan talak cerai tersebut sudah dimasukkan."));

        // After a sentence end the comma opens a paragraph whose first words were lost: it stays apart.
        Assert.Equal(
            ["\"Proses hukum akan dilakukan secara tegas,\" kata Jokowi.", ", situasi Penjaringan mulai kondusif."],
            Split("\"Proses hukum akan dilakukan secara tegas,\" kata Jokowi.\n, situasi Penjaringan mulai kondusif."));
    }
}
