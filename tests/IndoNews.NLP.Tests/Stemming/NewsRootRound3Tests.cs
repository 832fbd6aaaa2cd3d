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

    [Theory]
    // meN- + padu (padu takes meN-…-kan and meN-; madu only meN-…-i), menge- + lap (lap takes meN-; kelap only meN-…-kan).
    [InlineData("memadukan", "padu")]
    [InlineData("memadu", "padu")]
    [InlineData("memadunya", "padu")]
    [InlineData("mengelap", "lap")]
    public void The_flags_choose_the_other_men_reading(string word, string root)
    {
        Assert.Equal(root, RootStemmer.Default.Explain(word, out var why));
        Assert.Equal(nameof(RootCorrection.AffixLicence), why.ToString());
    }

    [Theory]
    // Roots in m and k that take meN- keep Sastrawi's reading, as do one-syllable roots it already finds (mengecat).
    [InlineData("memakan", "makan")]
    [InlineData("memasak", "masak")]
    [InlineData("memuat", "muat")]
    [InlineData("memadai", "pada")]
    [InlineData("memakai", "pakai")]
    [InlineData("memilih", "pilih")]
    [InlineData("memahami", "paham")]
    [InlineData("mengecil", "kecil")]
    [InlineData("mengetik", "ketik")]
    [InlineData("mengenal", "kenal")]
    [InlineData("mengecat", "cat")]
    [InlineData("mengebom", "bom")]
    [InlineData("dipadukan", "padu")]
    [InlineData("perpaduan", "padu")]
    [InlineData("madu", "madu")]
    [InlineData("kelap", "kelap")]
    // mulas has no flags in hunspell-id, so they say nothing: Sastrawi's reading stays.
    [InlineData("memulas", "mulas")]
    public void Other_men_words_keep_their_root(string word, string root)
    {
        Assert.Equal(root, RootStemmer.Default.Stem(word));
    }

    [Fact]
    public void Memadu_kasih_is_padu_in_a_sentence()
    {
        var doc = RootOnly.Process("Madonna dan mendiang Tupac Shakur pernah memadu kasih.");
        Assert.Equal("padu", doc.Tokens.First(t => t.Text == "memadu").Lemma);
    }

    [Theory]
    // se- + a root where Sastrawi's root (the word minus -i) takes -i in no form in hunspell-id: semat, setal, sepet.
    [InlineData("semati", "mati")]
    [InlineData("setali", "tali")]
    [InlineData("sepeti", "peti")]
    public void Se_and_a_root_in_i_wins_where_the_flags_tell(string word, string root)
    {
        Assert.Equal(root, RootStemmer.Default.Explain(word, out var why));
        Assert.Equal(nameof(RootCorrection.AffixLicence), why.ToString());
    }

    [Theory]
    [InlineData("menyematkan", "semat")]
    [InlineData("disematkan", "semat")]
    [InlineData("tersemat", "semat")]
    [InlineData("sesuai", "sesuai")]
    [InlineData("semua", "semua")]
    [InlineData("senilai", "nilai")]
    public void Words_around_semati_keep_their_root(string word, string root)
    {
        Assert.Equal(root, RootStemmer.Default.Stem(word));
    }

    [Fact]
    public void Sehidup_semati_is_mati_in_a_sentence()
    {
        var doc = RootOnly.Process("Keduanya mengikat janji sehidup semati di kampung halaman.");
        Assert.Equal("mati", doc.Tokens.First(t => t.Text == "semati").Lemma);
    }
}
