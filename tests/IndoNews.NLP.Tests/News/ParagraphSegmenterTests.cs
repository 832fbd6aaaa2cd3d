using IndoNews.NLP.News;

namespace IndoNews.NLP.Tests.News;

public class ParagraphSegmenterTests
{
    private static string[] Paragraphs(string text) => [.. ParagraphSegmenter.Segment(text).Select(p => text[p.Start..p.End])];

    [Fact]
    public void One_line_per_paragraph_as_scraped_news_has_it()
    {
        const string text = "Jakarta (ANTARA News) - Mahkamah Agung menunda pengumuman.\n\"Kami masih menunggu,\" kata juru bicara MA.\nSidang dilanjutkan pekan depan.";
        Assert.Equal(3, Paragraphs(text).Length);
    }

    [Fact]
    public void Blank_lines_and_indentation_separate_paragraphs()
    {
        const string text = "Paragraf pertama berakhir di sini.\n\n  Paragraf kedua diawali spasi.\n    Paragraf ketiga juga menjorok.\r\n\r\nParagraf keempat.";
        Assert.Equal(["Paragraf pertama berakhir di sini.", "Paragraf kedua diawali spasi.", "Paragraf ketiga juga menjorok.", "Paragraf keempat."], Paragraphs(text));
    }

    [Fact]
    public void A_hard_wrapped_block_is_one_paragraph_even_across_a_full_stop()
    {
        const string text =
            "Menteri Keuangan Sri Mulyani Indrawati memaparkan hanya 110 pengacara\n" +
            "yang mengikuti program amnesti pajak hingga periode akhir Oktober.\n" +
            "Jumlah itu jauh dari 1.976 pengacara yang terdaftar memiliki NPWP di\n" +
            "seluruh Indonesia.\n" +
            "Sri Mulyani menyebut angka itu memalukan bagi profesi hukum.";
        var paragraphs = Paragraphs(text);
        Assert.Equal(2, paragraphs.Length);
        Assert.EndsWith("seluruh Indonesia.", paragraphs[0]);
    }

    [Fact]
    public void A_long_web_paragraph_cut_mid_sentence_is_joined_but_a_credit_line_is_not()
    {
        string cut = "Rokok elektrik disebut lebih aman oleh sebagian peneliti karena tidak bertembakau dan tidak menghasilkan asap pembakaran, karena\n"
            + "dapat membantu perokok berhenti, kata peneliti itu.";
        Assert.Single(Paragraphs(cut));
        Assert.Equal(2, Paragraphs("Reporter: M. Yazid\nblokBojonegoro.com - Menjelang Hari Raya, harga cabai naik.").Length);
        Assert.Equal(2, Paragraphs("Bupati itu mengatakan bahwa jalan rusak di tiga kecamatan akan diperbaiki mulai pekan depan dengan dana daerah.\nIa menambahkan anggaran sudah disiapkan.").Length);
    }

    [Fact]
    public void A_line_of_only_invisible_marks_is_blank()
        => Assert.Equal(["Satu.", "Dua."], Paragraphs("Satu.\u200E\n\u200E\u200E\nDua."));

    [Fact]
    public void Short_lines_such_as_headings_and_widgets_stay_apart()
    {
        const string text = "Susunan Pemain\nPersib: Made Wirawan, Tony Sucipto\nPelatih: Mario Gomez\nPost a Comment";
        Assert.Equal(4, Paragraphs(text).Length);
    }

    [Theory]
    [InlineData("Gejala leptospirosis antara lain nyeri tekan pada otot betis dan paha\n5. Nyeri perut, mual dan muntah")]
    [InlineData("Berikut daftar kampus yang membuka pengumuman hasil seleksi nasional\nhttp://snmptn.ui.ac.id")]
    [InlineData("Kisah Kakek Tua Jual Uduk Nasib Berubah Setelah Viral di Medsos\n22 Solusi Atasi Bisnis yang Sedang Melambat")]
    public void Lists_links_and_headlines_are_not_joined(string text) => Assert.Equal(2, Paragraphs(text).Length);

    [Fact]
    public void Lettered_items_in_sequence_are_paragraphs_of_their_own()
    {
        // IndoSum: "b." would go on the line before, as a lower-case continuation.
        const string text = "Isi pengumuman tersebut sebagai berikut:\na. Melaksanakan takbir di masjid di lingkungan masing-masing\nb. Tidak melaksanakan takbir keliling";
        Assert.Equal(3, Paragraphs(text).Length);
    }

    [Fact]
    public void A_dateline_cut_from_its_sentence_at_a_dash_goes_on()
    {
        // IndoSum (Suara.com, Merdeka.com): the dateline alone on the first line.
        Assert.Equal(["Merdeka.com -\nAksi bullying kembali marak terjadi.", "Korban masih SMP."], Paragraphs("Merdeka.com -\nAksi bullying kembali marak terjadi.\nKorban masih SMP."));
        // A rule of dashes is no dateline.
        Assert.Equal(3, Paragraphs("Babak pertama\n- - - -\nSejatinya, laga kali ini tak penting.").Length);
    }

    [Fact]
    public void One_paragraph_per_line_of_similar_length_is_not_taken_for_wrapped_text()
    {
        const string text =
            "Pelatih Persib menyebut timnya sudah siap menghadapi laga besar ini.\n" +
            "Para pemain juga sudah menjalani latihan tertutup selama tiga hari.\n" +
            "Manajemen berharap suporter datang dengan tertib ke stadion nanti.\n" +
            "Tiket pertandingan sudah habis terjual sejak kemarin sore hari.";
        Assert.Equal(4, Paragraphs(text).Length);
    }

    [Fact]
    public void A_line_that_goes_on_in_lower_case_continues_the_paragraph()
    {
        Assert.Single(Paragraphs("MOSKOW - Amerika Serikat (AS)\ndan Rusia tampaknya serius."));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    public void Empty_or_blank_text_has_no_paragraphs(string text) => Assert.Empty(Paragraphs(text));

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Paragraphs_are_ordered_trimmed_and_cover_every_visible_character(string? input)
    {
        string text = input ?? string.Empty;
        var spans = ParagraphSegmenter.Segment(text);
        int previousEnd = -1;
        var covered = new bool[text.Length];
        foreach (var (start, end) in spans)
        {
            if (start <= previousEnd || end <= start || char.IsWhiteSpace(text[start]) || char.IsWhiteSpace(text[end - 1])) return false;
            covered.AsSpan(start, end - start).Fill(true);
            previousEnd = end;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !covered[i]) return false;
        }

        return true;
    }

    [Fact]
    public void A_line_that_opens_with_a_comma_after_a_word_goes_on_with_it()
    {
        // IndoSum: the outlet's name was dropped between "kepada" and the comma, with its line break kept.
        const string text = "\"Saya memang sudah menggugat cerai Tiara,\" ungkap Lucky melalui pesan singkat kepada\n, Rabu (5/7).\nPermohonan talak cerai tersebut sudah dimasukkan.";
        Assert.Equal(
            ["\"Saya memang sudah menggugat cerai Tiara,\" ungkap Lucky melalui pesan singkat kepada\n, Rabu (5/7).", "Permohonan talak cerai tersebut sudah dimasukkan."],
            Paragraphs(text));

        // After a sentence end the comma opens a paragraph whose first words were lost.
        Assert.Equal(2, Paragraphs("\"Proses hukum akan dilakukan secara tegas,\" kata Jokowi.\n, situasi Penjaringan mulai kondusif.").Length);
    }
}
