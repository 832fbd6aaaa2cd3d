using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>
/// Lemma mode's readings where Sastrawi takes a prefix the word does not have: meng-/peng- + vowel on a root in k
/// (the k-root list), se- on a root ending in -an, and se- on a root in -i under a clitic. Words from IndoSum news.
/// </summary>
public class NasalKRootTests
{
    [Theory]
    [InlineData("mengemas", "kemas")] // "mengemas paket": to pack, not gold (emas)
    [InlineData("pengemasan", "kemas")]
    [InlineData("mengira", "kira")]
    [InlineData("mengiranya", "kira")]
    [InlineData("mengawal", "kawal")] // to escort
    [InlineData("pengawalan", "kawal")]
    [InlineData("mengawali", "awal")] // to begin: the list keeps the vowel root under -i
    [InlineData("mengawalinya", "awal")]
    [InlineData("mengacaukan", "kacau")] // UD GSD dev: "mengacaukan" with gold lemma kacau, not acau
    [InlineData("pengacau", "kacau")]
    [InlineData("mengurung", "kurung")] // to lock up
    [InlineData("mengurungkan", "urung")] // to call off: the vowel root under -kan
    [InlineData("pengajian", "kaji")]
    [InlineData("mengaku", "aku")] // pairs not listed keep Sastrawi's vowel root
    [InlineData("mengubah", "ubah")]
    [InlineData("pengurus", "urus")]
    [InlineData("emas", "emas")]
    [InlineData("keemasan", "emas")]
    public void MengPengOnAVowelTakesTheListedKRoot(string word, string root) => Assert.Equal(root, RootStemmer.Default.Stem(word));

    [Theory]
    [InlineData("sepakan", "sepak")] // "sepakan pojok": a kick, not se- + pakan (fodder)
    [InlineData("sepakannya", "sepak")]
    [InlineData("setelan", "setel")]
    public void ARootPlusAnBeatsSeOnARootInAn(string word, string root) => Assert.Equal(root, RootStemmer.Default.Stem(word));

    [Theory]
    [InlineData("seandainya", "andai")] // not se- + anda + -i + -nya
    [InlineData("sesampainya", "sampai")]
    [InlineData("senilainya", "nilai")]
    public void SeOnARootInIHoldsUnderAClitic(string word, string root) => Assert.Equal(root, RootStemmer.Default.Stem(word));

    [Theory]
    [InlineData("mengemas", "emas")]
    [InlineData("sepakan", "pakan")]
    [InlineData("seandainya", "anda")]
    public void SastrawiModeKeepsSastrawisAnswer(string word, string root) => Assert.Equal(root, SastrawiStemmer.Default.Stem(word));

    [Fact]
    public void TheShippedListParsesAndRejectsOtherSuffixes()
    {
        Assert.True(NasalKRoots.Default.Count >= 10);
        Assert.True(NasalKRoots.Default.Prefers("kawal", ""));
        Assert.False(NasalKRoots.Default.Prefers("kawal", "i"));
        Assert.False(NasalKRoots.Default.Prefers("kubah", ""));
        Assert.Throws<InvalidDataException>(() => NasalKRoots.Parse(["kemas -nya"]));
    }
}
