using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>
/// Lemma mode's readings of IndoSum news words that Sastrawi cuts into a wrong root: a confix Indonesian lacks
/// (be-…-i, me-…-an), a bare noun in -an on a root in k, meN-/peN- on a root whose p, s or t the nasal replaced, and
/// words that are roots of their own.
/// </summary>
public class InvalidAffixPairTests
{
    [Theory]
    [InlineData("bernilai", "nilai")] // "bernilai Rp 5 miliar": ber- + nilai, not nila + -i
    [InlineData("bernilainya", "nilai")]
    [InlineData("berkelahi", "kelahi")]
    [InlineData("bertikai", "tikai")] // "pihak yang bertikai"
    [InlineData("bersimpati", "simpati")]
    [InlineData("berduri", "duri")]
    [InlineData("memesan", "pesan")] // "memesan tiket": me- + pesan, not mes + -an
    [InlineData("memasukan", "masuk")] // -an after k is a misspelt -kan, not me- + pasukan
    [InlineData("berikan", "beri")] // a valid confix stays as it was
    [InlineData("menahan", "tahan")]
    public void AConfixIndonesianLacksGivesWayToThePrefixOnlyRoot(string word, string root) => Assert.Equal(root, RootStemmer.Default.Stem(word));

    [Theory]
    [InlineData("desakan", "desak")] // "desakan publik": desak + -an, not desa + -kan
    [InlineData("desakannya", "desak")]
    [InlineData("ajakan", "ajak")]
    [InlineData("kontrakan", "kontrak")]
    [InlineData("masakan", "masak")]
    [InlineData("tandukan", "tanduk")] // a header in football
    [InlineData("katakan", "kata")] // imperative -kan on roots not listed
    [InlineData("berikan", "beri")]
    [InlineData("ajukan", "aju")]
    public void ABareNounInAnOnAListedKRootKeepsTheK(string word, string root) => Assert.Equal(root, RootStemmer.Default.Stem(word));

    [Theory]
    [InlineData("memikat", "pikat")] // not the rare mikat
    [InlineData("memungut", "pungut")]
    [InlineData("pemungutan", "pungut")]
    [InlineData("pemadam", "padam")]
    [InlineData("memangkas", "pangkas")]
    [InlineData("penyaringan", "saring")]
    [InlineData("pemetaan", "peta")]
    [InlineData("meminta", "minta")] // nasal roots that are common words stay
    [InlineData("memakan", "makan")]
    [InlineData("menyala", "nyala")]
    [InlineData("nyaring", "nyaring")] // an ignored root is still a word of its own
    public void MeNOnARootInPsOrTTakesThatRoot(string word, string root) => Assert.Equal(root, RootStemmer.Default.Stem(word));

    [Theory]
    [InlineData("relawan", "relawan")] // not rawan with an infix -el-
    [InlineData("petahana", "petahana")]
    [InlineData("mengurasi", "kurasi")] // curation
    [InlineData("dikurasi", "kurasi")]
    [InlineData("menguras", "kuras")]
    public void CommonWordsThatAreTheirOwnRootStayWhole(string word, string root) => Assert.Equal(root, RootStemmer.Default.Stem(word));

    [Theory]
    [InlineData("bernilai", "nilai", nameof(RootCorrection.InvalidAffixPair))]
    [InlineData("berkelahi", "kelahi", nameof(RootCorrection.InvalidAffixPair))]
    [InlineData("desakan", "desak", nameof(RootCorrection.LemmaAnKRoot))]
    [InlineData("memikat", "pikat", nameof(RootCorrection.LemmaRootList))]
    [InlineData("relawan", "relawan", nameof(RootCorrection.LemmaRootList))]
    public void Explain_names_the_kind(string word, string root, string correction)
    {
        Assert.Equal(root, RootStemmer.Default.Explain(word, out var why));
        Assert.Equal(correction, why.ToString());
    }
}
