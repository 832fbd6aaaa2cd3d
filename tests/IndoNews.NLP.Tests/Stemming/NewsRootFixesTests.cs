using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>
/// Lemma-mode fixes found by reading the root lemmas of IndoSum's word types (2026-12-07): a clitic that hides Sastrawi's
/// prefix-first order, a root in -is behind a prefix, informal n- for a root in t, and list entries. Every word here is
/// from the IndoSum news articles.
/// </summary>
public class NewsRootFixesTests
{
    [Theory]
    // A clitic after a prefix-first word: the root of the word without it (membeli → beli, so membelinya → beli, not bel).
    [InlineData("membelinya", "beli", nameof(RootCorrection.PrecedenceOverStemming))]
    [InlineData("dimulainya", "mulai", nameof(RootCorrection.PrecedenceOverStemming))]
    [InlineData("menilainya", "nilai", nameof(RootCorrection.PrecedenceOverStemming))]
    [InlineData("pengemudinya", "kemudi", nameof(RootCorrection.PrecedenceOverStemming))]
    [InlineData("tercapainya", "capai", nameof(RootCorrection.PrecedenceOverStemming))]
    // A root in -is behind a prefix: berlapis is ber- + lapis, not ber- + lap + -is.
    [InlineData("berlapis", "lapis", nameof(RootCorrection.FalseIs))]
    [InlineData("berbaris", "baris", nameof(RootCorrection.FalseIs))]
    [InlineData("mengiris", "iris", nameof(RootCorrection.FalseIs))]
    [InlineData("menganalisis", "analisis", nameof(RootCorrection.FalseIs))]
    [InlineData("pemanis", "manis", nameof(RootCorrection.FalseIs))]
    // Informal n- on a root in t that takes meN-.
    [InlineData("nonton", "tonton", nameof(RootCorrection.InformalNasalT))]
    [InlineData("nampaknya", "tampak", nameof(RootCorrection.InformalNasalT))]
    [InlineData("nungguin", "tunggu", nameof(RootCorrection.InformalNasalT))]
    [InlineData("nangis", "tangis", nameof(RootCorrection.InformalNasalT))]
    // List entries: rare roots ignored, roots added.
    [InlineData("sepenuhnya", "penuh", nameof(RootCorrection.LemmaRootList))]
    [InlineData("pemeran", "peran", nameof(RootCorrection.LemmaRootList))]
    [InlineData("sekedar", "sekedar", nameof(RootCorrection.LemmaRootList))]
    // pengerukan: since 2026-12-08 the -an-after-k rule gets keruk with the shipped list too.
    [InlineData("pengerukan", "keruk", nameof(RootCorrection.AnNotKan))]
    [InlineData("pemesan", "pesan", nameof(RootCorrection.LemmaRootList))]
    [InlineData("persetan", "persetan", nameof(RootCorrection.LemmaRootList))]
    public void Lemma_mode_gives_the_root(string word, string root, string correction)
    {
        Assert.Equal(root, RootStemmer.Default.Explain(word, out var why));
        Assert.Equal(correction, why.ToString());
    }

    [Theory]
    // The clitic rule keeps what the word without the clitic already gives (ditemani → teman, so ditemaninya → teman).
    [InlineData("ditemaninya", "teman")]
    [InlineData("memasukinya", "masuk")]
    // A prefix-only reading in -is is taken only when longer: menangis, pelukis keep tangis, lukis; penulis → tulis.
    [InlineData("penulis", "tulis")]
    [InlineData("berbasis", "basis")]
    [InlineData("menipis", "tipis")]
    // n- is not read into words whose t-root takes no meN- on its own: ninja is no tinja, negar (negara mistyped) no tegar.
    [InlineData("ninja", "ninja")]
    [InlineData("negar", "negar")]
    [InlineData("nekad", "nekad")]
    // The ignored roots stay words of their own.
    [InlineData("per", "per")]
    [InlineData("sepenuh", "sepenuh")]
    [InlineData("mes", "mes")]
    public void Lemma_mode_leaves_the_other_readings(string word, string root) => Assert.Equal(root, RootStemmer.Default.Stem(word));

    [Theory]
    [InlineData("membelinya", "bel")]
    [InlineData("berlapis", "lap")]
    [InlineData("sepenuhnya", "sepenuh")]
    public void Sastrawi_mode_is_unchanged(string word, string root) => Assert.Equal(root, SastrawiStemmer.Default.Stem(word));

    [Fact]
    public void Informal_n_is_not_read_into_a_capitalised_name()
        => Assert.Equal("nunik", RootStemmer.Default.Stem("Nunik"));
}
