using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>
/// Names that the affix rules took apart inside a sentence (the reading of IndoSum's root lemmas, 2026-12-08): a capitalised
/// bare root + -i (Bali United → bal, Malari → malar) and a capitalised word whose root only an infix explains (Sinaga →
/// saga, Cinere → cere). Every sentence is from the IndoSum news articles.
/// </summary>
public class MidSentenceNameTests
{
    // Root lemmas alone, no entity recognizers: the rules must hold without them.
    private static readonly Pipeline RootOnly = Pipeline.CreateBuilder().UseLemmatizer(LemmaStyle.Root).Build();

    [Theory]
    [InlineData("Ia senang bisa membela Bali United musim ini.", "Bali", "bali")]
    [InlineData("Peristiwa yang dikenal sebagai Malapetaka 15 Januari atau Malari 1974 itu belakangan dilupakan.", "Malari", "malari")]
    [InlineData("Kapal itu tenggelam di perairan Pulau Sarangani, Filipina Selatan.", "Sarangani", "sarangani")]
    [InlineData("Hujan turun mengakibatkan sungai Batang Ayumi meluap pada sore hari.", "Ayumi", "ayumi")]
    [InlineData("Situs itu terletak di ujung Gurun Gobi, China utara.", "Gobi", "gobi")]
    [InlineData("Ia mengunjungi rumah kerabatnya di Cinere kemarin.", "Cinere", "cinere")]
    [InlineData("Pelatih memuji penampilan Edwin Sinaga di laga itu.", "Sinaga", "sinaga")]
    [InlineData("Pusat wabah terletak di negara bagian Minas Gerais.", "Minas", "minas")]
    [InlineData("Film itu diputar di CGV Cinemas dan Cinemaxx.", "Cinemas", "cinemas")]
    public void A_name_inside_a_sentence_keeps_its_form(string sentence, string word, string lemma)
    {
        Assert.Equal(lemma, Lemma(RootOnly.Process(sentence), word));
        Assert.Equal(lemma, Lemma(Pipeline.Analyze(sentence), word));
    }

    [Theory]
    // A title-case headline's imperative sits between capitalised words: its root stays.
    [InlineData("SIMAK JUGA : Vincenzo Montella Siap Hadapi Amukan Juventus", "Hadapi", "hadap")]
    [InlineData("PIALA AFF : Penggawa Timnas Indonesia Syukuri Hasil Imbang", "Syukuri", "syukur")]
    // A sentence's first word is capitalised anyway: Kinerja keeps kerja (the list leaves kinerja out as a derived form).
    [InlineData("Kinerja PT PLN ditinjau ulang oleh pemerintah.", "Kinerja", "kerja")]
    // Lower-case words and words cut on both sides, or by a prefix with the nasal, are not names.
    [InlineData("Pemerintah Kota Bekasi memperbaiki jalan yang rusak.", "Pemerintah", "perintah")]
    [InlineData("Hal itu dikatakan oleh Kepala Pemeriksaan Kementerian Keuangan.", "Pemeriksaan", "periksa")]
    [InlineData("Hal itu dikatakan oleh Ketua Kepemimpinan Nasional.", "Kepemimpinan", "pimpin")]
    [InlineData("Warga diminta mengatasi banjir dan menjalani pemeriksaan.", "mengatasi", "atas")]
    [InlineData("Kinerja perusahaan itu menunjukkan kinerja yang baik.", "kinerja", "kerja")]
    [InlineData("Ia tampak gemetar saat diperiksa polisi.", "diperiksa", "periksa")]
    public void Words_that_are_no_names_keep_their_root(string sentence, string word, string lemma)
    {
        Assert.Equal(lemma, Lemma(RootOnly.Process(sentence), word));
    }

    [Theory]
    [InlineData("cinere", "cere", true)]
    [InlineData("sinaga", "saga", true)]
    [InlineData("hemas", "has", true)]
    [InlineData("temurun", "turun", true)]
    // pem- + a root in p reads the same as p + -em-: not an infix.
    [InlineData("pemerintah", "perintah", false)]
    [InlineData("kepemimpinan", "pimpin", false)]
    // The root is in the word: a prefix or suffix reading.
    [InlineData("semeru", "meru", false)]
    [InlineData("menerangkan", "terang", false)]
    public void Infix_readings_are_told_apart(string word, string root, bool infix)
    {
        Assert.Equal(infix, InfixReading.Explains(word, root));
    }

    [Theory]
    // Lemma mode's list: names and loan words that the rules took apart, also at a sentence's start and in lower case.
    [InlineData("asian", "asian")]
    [InlineData("milan", "milan")]
    [InlineData("bali", "bali")]
    [InlineData("semeru", "semeru")]
    [InlineData("persebaya", "persebaya")]
    [InlineData("ketum", "ketum")]
    [InlineData("kumparan", "kumparan")]
    [InlineData("agensi", "agensi")]
    [InlineData("feminis", "feminis")]
    // Words around them keep their roots.
    [InlineData("berbalik", "balik")]
    [InlineData("mengasah", "asah")]
    [InlineData("berkumpul", "kumpul")]
    [InlineData("keseruan", "seru")]
    public void Lemma_mode_list_entries(string word, string root)
    {
        Assert.Equal(root, RootStemmer.Default.Stem(word));
    }

    [Fact]
    public void Sastrawi_mode_keeps_sastrawis_roots()
    {
        Assert.Equal("bal", SastrawiStemmer.Default.Stem("bali"));
        Assert.Equal("asi", SastrawiStemmer.Default.Stem("asian"));
    }

    private static string? Lemma(Document doc, string word) => doc.Tokens.First(t => t.Text == word).Lemma;
}
