using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>
/// The third reading of IndoSum's root lemmas (2026-12-08): one-token names and loans the affix rules took apart
/// (Segiri → giri, Keira → ira, Barakah → bara), now in lemma mode's list. The words and sentences are from the IndoSum
/// news articles, shortened.
/// </summary>
public class NewsRootRound3Tests
{
    private static readonly Pipeline RootOnly = Pipeline.CreateBuilder().UseLemmatizer(LemmaStyle.Root).Build();

    [Theory]
    [InlineData("segiri")]
    [InlineData("sedoa")]
    [InlineData("melawai")]
    [InlineData("kesawan")]
    [InlineData("deliserdang")]
    [InlineData("keira")]
    [InlineData("natalis")]
    [InlineData("barakah")]
    public void Listed_names_and_loans_stay_whole(string word)
    {
        Assert.Equal(word, RootStemmer.Default.Explain(word, out var why));
        Assert.Equal(nameof(RootCorrection.LemmaRootList), why.ToString());
    }

    [Theory]
    // The roots the rules had read into them keep their own words; sematang (se- + matang, 'sematang mungkin') and
    // labuhan (a common noun) are not listed.
    [InlineData("giri", "giri")]
    [InlineData("berdoa", "doa")]
    [InlineData("doanya", "doa")]
    [InlineData("sawan", "sawan")]
    [InlineData("serdang", "serdang")]
    [InlineData("natal", "natal")]
    [InlineData("natalan", "natal")]
    [InlineData("bara", "bara")]
    [InlineData("sematang", "matang")]
    [InlineData("labuhan", "labuh")]
    [InlineData("berlabuh", "labuh")]
    public void Words_around_the_listed_names_keep_their_root(string word, string root)
    {
        Assert.Equal(root, RootStemmer.Default.Stem(word));
    }

    [Theory]
    [InlineData("Film itu dibintangi Keira Knightley dan Orlando Bloom.", "Keira", "keira")]
    [InlineData("Hal itu disampaikan SBY di acara Dies Natalis ke-15 Partai Demokrat di Jakarta.", "Natalis", "natalis")]
    [InlineData("Laga digelar di Stadion Segiri, Samarinda.", "Segiri", "segiri")]
    [InlineData("Polisi menggelar razia di kawasan Melawai, Jakarta Selatan.", "Melawai", "melawai")]
    public void The_names_keep_their_form_in_a_sentence(string sentence, string word, string lemma)
    {
        Assert.Equal(lemma, RootOnly.Process(sentence).Tokens.First(t => t.Text == word).Lemma);
    }
}
