using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>
/// An unseen pe- noun + -an is lemmatised as the confix peN-…-an on the noun's root, as both treebanks do (GSD dev
/// penyelidikan → selidik, pelarian → lari; CSUI train perundingan → runding), where the root stemmer reads it so too.
/// The sentences are from the IndoSum news articles, tokenised as UD does; none of the pe-…-an words is in either lookup.
/// </summary>
public class UdPeNConfixTests
{
    [Fact]
    public void An_unseen_pe_noun_with_an_takes_the_root_in_both_styles()
    {
        const string sentence = "Petugas menindak pelanggaran sistem ganjil-genap pada beberapa kawasan .";
        Assert.Equal("langgar", UdTestTokens.Lemmas(UdLemmatizer.Gsd, sentence)[2]);
        Assert.Equal("langgar", UdTestTokens.Lemmas(UdLemmatizer.Csui, sentence)[2]);

        const string other = "Menurut dia , penyidikan kasus perdagangan manusia itu berjalan .";
        Assert.Equal("sidik", UdTestTokens.Lemmas(UdLemmatizer.Gsd, other)[3]);
        Assert.Equal("sidik", UdTestTokens.Lemmas(UdLemmatizer.Csui, other)[3]);
    }

    [Theory]
    [InlineData("peretasan", "retas")]
    [InlineData("perawatan", "rawat")]
    [InlineData("penculikan", "culik")]
    [InlineData("pengungsian", "ungsi")]
    public void Gsd_reads_the_confix(string word, string lemma)
        => Assert.Equal(lemma, UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Kasus " + word + " itu diusut .")[1]);

    [Theory]
    // A root in pe- keeps its -an reading: the root stemmer gives peluk, pecah, pegang, petik, not a peN- confix.
    [InlineData("pelukan", "peluk")]
    [InlineData("pecahan", "pecah")]
    [InlineData("pegangan", "pegang")]
    [InlineData("petikan", "petik")]
    public void A_root_in_pe_keeps_its_suffix_reading(string word, string lemma)
    {
        Assert.Equal(lemma, UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Ia melihat " + word + " itu .")[2]);
        Assert.Equal(lemma, UdTestTokens.Lemmas(UdLemmatizer.Csui, "Ia melihat " + word + " itu .")[2]);
    }
}
