using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>
/// Root lemmas fixed by reading the suspicious roots (short, affixed-looking) of IndoSum's 20,000 most frequent word types:
/// Sastrawi's root kept ke- before a root in k (keretakan → kereta + -kan), rare entries that capture a word (beranta,
/// meraga), and names or informal words the affix rules took apart (Termas, Berlin, Mekkah, Peruri, pengen). Every word and
/// sentence is from the IndoSum news articles.
/// </summary>
public class FrequentTypeRootFixesTests
{
    [Theory]
    // ke- + a root in k + -an, where Sastrawi reads a root in ke- + -kan.
    [InlineData("keretakan", "retak", nameof(RootCorrection.AnNotKan))]
    [InlineData("keburukan", "buruk", nameof(RootCorrection.AnNotKan))]
    [InlineData("keburukannya", "buruk", nameof(RootCorrection.AnNotKan))]
    [InlineData("kebajikan", "bajik", nameof(RootCorrection.AnNotKan))]
    // Rare entries ignored as roots of longer words.
    [InlineData("berantai", "rantai", nameof(RootCorrection.LemmaRootList))]
    [InlineData("memeragakan", "raga", nameof(RootCorrection.LemmaRootList))]
    // Names and an informal word added as roots.
    [InlineData("termas", "termas", nameof(RootCorrection.LemmaRootList))]
    [InlineData("berlin", "berlin", nameof(RootCorrection.LemmaRootList))]
    [InlineData("mekkah", "mekkah", nameof(RootCorrection.LemmaRootList))]
    [InlineData("peruri", "peruri", nameof(RootCorrection.LemmaRootList))]
    [InlineData("pengen", "pengen", nameof(RootCorrection.LemmaRootList))]
    public void Lemma_mode_gives_the_root(string word, string root, string correction)
    {
        Assert.Equal(root, RootStemmer.Default.Explain(word, out var why));
        Assert.Equal(correction, why.ToString());
    }

    [Theory]
    // A root in ke- that takes -kan keeps it: the word minus ke- and -an is no root in k of four letters (nak is shorter).
    [InlineData("kenakan", "kena")]
    [InlineData("kerjakan", "kerja")]
    [InlineData("keluarkan", "keluar")]
    [InlineData("kembalikan", "kembali")]
    // berantakan keeps its own root; memperagakan and peragaan already had raga.
    [InlineData("berantakan", "berantak")]
    [InlineData("memperagakan", "raga")]
    [InlineData("peragaan", "raga")]
    public void Lemma_mode_leaves_the_other_readings(string word, string root) => Assert.Equal(root, RootStemmer.Default.Stem(word));

    [Theory]
    [InlineData("keretakan", "kereta")]
    [InlineData("berlin", "lin")]
    public void Sastrawi_mode_is_unchanged(string word, string root) => Assert.Equal(root, SastrawiStemmer.Default.Stem(word));

    [Fact]
    public void Sentences_get_the_right_roots()
    {
        var doc = Pipeline.Analyze("Korea Selatan mengatakan pada Senin bahwa terdapat tanda-tanda \"keretakan serius\" di kelas elite penguasa.");
        Assert.Equal("retak", doc.Tokens.Single(t => t.Text == "keretakan").Lemma);

        doc = Pipeline.Analyze("Hari raya itu merupakan hari kemenangan Dharma (kebaikan) melawan Adharma (keburukan).");
        Assert.Equal("buruk", doc.Tokens.Single(t => t.Text == "keburukan").Lemma);

        doc = Pipeline.Analyze("\"Infeksi tenggorokan dan saluran pernafasan,\" kata dr Roro di Mekkah, Jumat.");
        Assert.Equal("mekkah", doc.Tokens.Single(t => t.Text == "Mekkah").Lemma);

        doc = Pipeline.Analyze("Informasi yang tersebar media sosial maupun pesan berantai layanan pesan singkat tentang hal itu tidak benar.");
        Assert.Equal("rantai", doc.Tokens.Single(t => t.Text == "berantai").Lemma);
    }
}
