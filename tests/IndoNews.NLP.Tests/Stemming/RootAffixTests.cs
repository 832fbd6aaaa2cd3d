using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>
/// Lemma mode's choice between two readings by hunspell-id's affix flags (<c>data/stemming/root-affixes.txt</c>): a nasal
/// that dropped k, p, t or s, a bare noun in -an on a root in k, and ber- on a vowel root. Words from IndoSum news.
/// </summary>
public class RootAffixTests
{
    [Theory]
    [InlineData("mengaburkan", "kabur")] // "mengaburkan fakta": abur takes no meN-…-kan
    [InlineData("mengudap", "kudap")] // "mengudap camilan": udap takes nothing
    [InlineData("mengobarkan", "kobar")]
    [InlineData("mengilat", "kilat")] // "warna pink mengilat"
    [InlineData("pengerat", "kerat")] // "hewan pengerat": a rodent, not erat
    [InlineData("memadukan", "padu")] // "memadukan unsur": madu takes no meN-…-kan
    [InlineData("memadukannya", "padu")]
    [InlineData("memulas", "pulas")] // "memulas kelopak mata"
    [InlineData("mengawali", "awal")] // awal takes meN-…-i: Sastrawi's vowel root stays
    [InlineData("mengaku", "aku")]
    [InlineData("meminta", "minta")]
    [InlineData("memakan", "makan")]
    public void ANasalTakesTheRootThatTakesTheAffixes(string word, string root) => Assert.Equal(root, RootStemmer.Default.Stem(word));

    [Theory]
    [InlineData("tepukan", "tepuk")] // "tepukan tangan": tepu takes no -kan
    [InlineData("arakan", "arak")] // "arakan ogoh-ogoh": a procession
    [InlineData("ketukan", "ketuk")]
    [InlineData("tarikan", "tarik")] // a tie in the flags; lemma-an-k-roots.txt decides
    [InlineData("berikan", "beri")] // beri takes -kan: the imperative stays
    [InlineData("ajukan", "aju")]
    [InlineData("carikan", "cari")]
    [InlineData("katakan", "kata")]
    public void ABareNounInAnTakesTheRootInK(string word, string root) => Assert.Equal(root, RootStemmer.Default.Stem(word));

    [Theory]
    [InlineData("berapi", "api")] // "gunung berapi": api takes ber-, rap nothing; be-…-i is no confix
    [InlineData("berisiko", "risiko")]
    [InlineData("bernilai", "nilai")]
    public void BerOnAVowelRootBeatsBeOnARootInR(string word, string root) => Assert.Equal(root, RootStemmer.Default.Stem(word));

    [Theory]
    [InlineData("mengaburkan", "abur")]
    [InlineData("tepukan", "tepu")]
    [InlineData("berapi", "rap")]
    [InlineData("memadukan", "madu")]
    public void SastrawiModeKeepsSastrawisAnswer(string word, string root) => Assert.Equal(root, SastrawiStemmer.Default.Stem(word));

    [Fact]
    public void TheShippedListParsesAndRejectsUnknownAffixes()
    {
        var affixes = RootAffixes.Default;
        Assert.True(affixes.Takes("kabur", "meN-", "kan"));
        Assert.False(affixes.Takes("abur", "meN-", "kan"));
        Assert.True(affixes.Takes("awal", "meN-", "")); // through its confix meN-…-i
        Assert.True(affixes.TakesKan("aju"));
        Assert.False(affixes.TakesKan("tepu"));
        Assert.True(affixes.TakesAn("tepuk"));
        Assert.Throws<InvalidDataException>(() => RootAffixes.Parse(["kabur\tmeN- ke-"]));
        Assert.Throws<InvalidDataException>(() => RootAffixes.Parse(["kabur"]));
    }
}
