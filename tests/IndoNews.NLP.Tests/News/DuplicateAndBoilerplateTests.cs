using IndoNews.NLP.News;

namespace IndoNews.NLP.Tests.News;

public class DuplicateAndBoilerplateTests
{
    private static Document Analyze(string text) => Pipeline.CreateBuilder().UseNewsDocuments().Build().Process(text);

    [Fact]
    public void A_repeat_with_other_line_breaks_is_a_duplicate_of_the_first_copy()
    {
        const string text =
            "Polisi menangkap dua tersangka pencuri sapi di Baturaja.\n" +
            "Keduanya ditangkap saat beraksi.\n\n" +
            "Polisi menangkap dua tersangka pencuri sapi\ndi Baturaja.\n\n" +
            "Polisi menangkap dua tersangka pencuri sapi di Baturaja.";
        var doc = Analyze(text);
        Assert.Equal([null, null, 0, 0], doc.Paragraphs.Select(p => p.DuplicateOf));
    }

    [Fact]
    public void A_read_also_headline_run_into_the_next_sentence_ends_at_the_headline()
    {
        // IndoSum (Kompas Tekno): the scraper lost the line break after the headline.
        var doc = Analyze("Game ini dirilis tahun depan. Baca juga: Patung Gundam Raksasa di Jepang Dibongkar Untuk memberikan sensasi bertarung yang lebih epik, Gundam Versus juga memiliki fitur baru.");
        Assert.Equal(
            ["Game ini dirilis tahun depan.", "Baca juga: Patung Gundam Raksasa di Jepang Dibongkar", "Untuk memberikan sensasi bertarung yang lebih epik, Gundam Versus juga memiliki fitur baru."],
            doc.Sentences.Select(doc.GetText));
        doc = Analyze("Baca juga: Samsung Galaxy S8 Plus Punya Varian RAM 6 GB Selain itu, Samsung juga akan menghadirkan pembaruan.");
        Assert.Equal(["Baca juga: Samsung Galaxy S8 Plus Punya Varian RAM 6 GB", "Selain itu, Samsung juga akan menghadirkan pembaruan."], doc.Sentences.Select(doc.GetText));

        // Without a function word opening the sentence there is no sign of the headline's end; a sentence-case headline stays whole.
        Assert.Single(Analyze("Baca juga: Langkah Pencegahan dari Kemkominfo Kementerian Komunikasi dan Informatika memberi panduan.").Sentences);
        Assert.Single(Analyze("Baca juga: Amerika Serikat diamuk badai salju untuk kedua kalinya").Sentences);
    }

    [Fact]
    public void A_page_of_many_read_also_links_splits_each_in_order()
    {
        // A scraped index page: thousands of links, each run into its teaser. The splits were inserted into the
        // sentence list one by one, moving every later sentence (quadratic); every split must stay in text order.
        const int links = 3000;
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < links; i++)
        {
            text.Append($"Baca juga: Jokowi Resmikan Tol Trans Jawa Seksi {i} Untuk memberikan rasa aman, polisi berjaga di gerbang tol. ");
        }

        var doc = Analyze(text.ToString());
        Assert.Equal(2 * links, doc.Sentences.Count);
        for (int i = 0; i < links; i++)
        {
            Assert.Equal($"Baca juga: Jokowi Resmikan Tol Trans Jawa Seksi {i}", doc.GetText(doc.Sentences[2 * i]));
            Assert.Equal("Untuk memberikan rasa aman, polisi berjaga di gerbang tol.", doc.GetText(doc.Sentences[(2 * i) + 1]));
        }

        for (int s = 1; s < doc.Sentences.Count; s++) Assert.Equal(doc.Sentences[s - 1].TokenEnd, doc.Sentences[s].TokenStart);
    }

    [Fact]
    public void Short_repeated_headings_are_not_duplicates()
    {
        var doc = Analyze("Babak pertama\nPersib menekan sejak awal laga.\nBabak pertama\nPersija membalas di akhir babak.");
        Assert.All(doc.Paragraphs, p => Assert.Null(p.DuplicateOf));
    }

    [Theory]
    [InlineData("Sumber: http://international.sindonews.com")]
    [InlineData("Sumber berita Phandroid.")]
    [InlineData("Sumber: DPReview.")]
    [InlineData("0 Response to \"Lewat Telepon, Lavrov-Kerry Bahas Kerjasama di Suriah\"")]
    [InlineData("Post a Comment")]
    [InlineData("Baca juga: Bisik-bisik Miryam dengan Penyidik KPK")]
    [InlineData("SIMAK JUGA: Inter Catat Lima Kemenangan Beruntun")]
    [InlineData("Baca_Juga")]
    [InlineData("Penulis: Anggun Pratama")]
    [InlineData("(ard)")]
    [InlineData("[bim]")]
    [InlineData("(res / res)")]
    [InlineData("(Uu. H-RF / I015)")]
    [InlineData("© 2017 Kompas Cyber Media")]
    [InlineData("Copyright PT Suara Network. All rights reserved.")]
    [InlineData("Bagikan")]
    [InlineData("–Disclosure: DailySocial merupakan media partner Indonesia Knowledge Forum (IKF) VI.")]
    [InlineData("DailySocial.id adalah portal berita startup dan inovasi teknologi. Kamu bisa menjadi member komunitas startup.")]
    [InlineData("Artikel ini telah tayang di Kompas.com dengan judul \"Banjir Rendam Jakarta\".")]
    [InlineData("(Baca juga: Mengenal Sergey Sirotkin, Pebalap Baru Williams)")]
    [InlineData("[Baca Juga: Selamat Tinggal, Sunderland!]")]
    [InlineData("(Baca: Polisi Tangkap Pelaku Pembobolan ATM)")]
    public void Boilerplate_lines_are_recognised(string line)
    {
        Assert.NotEqual(BoilerplateKind.None, BoilerplateClassifier.Classify(line, 0, line.Length, afterBareReadAlso: false));
    }

    [Theory]
    [InlineData("Sumber itu juga menyebut Jolie luluh setelah Pitt berhenti minum.")]
    [InlineData("Komentar Jokowi soal reklamasi memicu perdebatan di DPRD.")]
    [InlineData("Tweet Trump pagi itu membuat pasar saham bergejolak.")]
    [InlineData("(Suku Inka tidak melihat gerhana bulan sebagai hal yang baik, kata peneliti Lawrence Livermore.)")]
    [InlineData("Bagikanlah makanan kepada tetangga, pesan Menteri Sosial.")]
    [InlineData("Penjualan Retail")]
    [InlineData("Susunan Pemain")]
    [InlineData("Baca juga artikel sebelumnya untuk konteks, kata redaksi, karena perkara ini panjang dan rumit sekali sehingga tidak mungkin dijelaskan dalam satu tulisan saja tanpa membuat pembaca lelah membaca berita yang berkepanjangan tanpa ujung yang jelas seperti ini, yang terus berlanjut hingga melewati batas panjang tiga ratus karakter.")]
    public void Article_sentences_are_not_boilerplate(string line)
    {
        Assert.Equal(BoilerplateKind.None, BoilerplateClassifier.Classify(line, 0, line.Length, afterBareReadAlso: false));
    }

    [Fact]
    public void The_headlines_under_a_bare_read_also_are_boilerplate_until_the_article_resumes()
    {
        const string text = "Eve kembali ke Indonesia pada Selasa malam.\nBaca Juga:\nSelamat! Nia Ramadhani Melahirkan Anak Ketiga\nEvelyn soal Aming: Dia Emosian Terus\nSaat ini, Eve ingin kembali menata hidupnya.";
        var doc = Analyze(text);
        Assert.Equal([false, true, true, true, false], doc.Paragraphs.Select(p => p.IsBoilerplate));
    }
}
