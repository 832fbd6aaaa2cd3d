using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>
/// Wrong roots of frequent IndoSum words left after the names reading (2026-12-08): pemberontakan → ronta (the -an-after-k
/// rule now also covers a Sastrawi root that a second prefix reading shortened), melempari → lempari (a derived form the
/// list holds), informal pesen → sen. Every word and sentence is from the IndoSum news articles.
/// </summary>
public class SecondPrefixAnNotKanTests
{
    [Theory]
    // pe- + ber- + ronta + -kan against peN- + berontak + -an: the root in k runs on where Sastrawi's root ends.
    [InlineData("pemberontakan", "berontak", nameof(RootCorrection.AnNotKan))]
    [InlineData("pemberontakannya", "berontak", nameof(RootCorrection.AnNotKan))]
    // lempari is ignored as a root of longer words: melempari is meN- + lempar + -i.
    [InlineData("melempari", "lempar", nameof(RootCorrection.LemmaRootList))]
    [InlineData("dilempari", "lempar", nameof(RootCorrection.LemmaRootList))]
    // Informal pesan (pesen tiket) is no pe- + sen.
    [InlineData("pesen", "pesen", nameof(RootCorrection.LemmaRootList))]
    public void Lemma_mode_gives_the_root(string word, string root, string correction)
    {
        Assert.Equal(root, RootStemmer.Default.Explain(word, out var why));
        Assert.Equal(correction, why.ToString());
    }

    [Theory]
    // The rule's limits hold: a root in k needs a prefix (serukan, berikanlah keep seru, beri), and the old cases stay.
    [InlineData("pemberontak", "berontak")]
    [InlineData("serukan", "seru")]
    [InlineData("berikan", "beri")]
    [InlineData("berikanlah", "beri")]
    [InlineData("kenakan", "kena")]
    [InlineData("kerusakan", "rusak")]
    [InlineData("keretakan", "retak")]
    [InlineData("penyelidikan", "selidik")]
    [InlineData("meronta", "ronta")]
    [InlineData("melempar", "lempar")]
    [InlineData("lemparan", "lempar")]
    [InlineData("pesan", "pesan")]
    [InlineData("pemesanan", "pesan")]
    public void Words_around_them_keep_their_roots(string word, string root)
    {
        Assert.Equal(root, RootStemmer.Default.Stem(word));
    }

    [Fact]
    public void In_a_sentence()
    {
        var doc = Pipeline.Analyze("Pasukan pemerintah terus melawan pemberontakan di wilayah itu, sementara warga melempari polisi dengan batu.");
        Assert.Equal("berontak", doc.Tokens.First(t => t.Text == "pemberontakan").Lemma);
        Assert.Equal("lempar", doc.Tokens.First(t => t.Text == "melempari").Lemma);
        Assert.Equal("perintah", doc.Tokens.First(t => t.Text == "pemerintah").Lemma);
    }

    [Fact]
    public void Sastrawi_mode_keeps_sastrawis_roots()
    {
        Assert.Equal("ronta", SastrawiStemmer.Default.Stem("pemberontakan"));
    }
}
