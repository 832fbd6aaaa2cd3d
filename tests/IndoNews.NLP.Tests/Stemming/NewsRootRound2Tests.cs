using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>
/// The second reading of IndoSum's root lemmas (2026-12-08): pe- + a root in r where Sastrawi read per- + a vowel root
/// (peradangan → radang, not adang), the nasal m undone to p before -an after k (pemalakan → palak), names and loans the
/// affix rules took apart (Manahan, Persegres, difabel), and a bare -i name between two capitalised words (Batang Ayumi
/// Julu). The words and names are from the IndoSum news articles, the sentences from them or shortened.
/// </summary>
public class NewsRootRound2Tests
{
    private static readonly Pipeline RootOnly = Pipeline.CreateBuilder().UseLemmatizer(LemmaStyle.Root).Build();

    [Theory]
    // hunspell-id gives radang, ramal, racik, rampas peN-; adang, amal, acik, ampas take no ber- (or, bare, no memper-).
    [InlineData("peradangan", "radang")]
    [InlineData("peradangannya", "radang")]
    [InlineData("peramal", "ramal")]
    [InlineData("peracik", "racik")]
    [InlineData("perampasan", "rampas")]
    public void Pe_and_a_root_in_r_wins_where_the_flags_tell(string word, string root)
    {
        Assert.Equal(root, RootStemmer.Default.Explain(word, out var why));
        Assert.Equal(nameof(RootCorrection.AffixLicence), why.ToString());
    }

    [Theory]
    // The vowel root takes ber- (berperalatan is no word, but alat, api, adu, ubah take ber-: per-…-an is their noun), or
    // the r-root takes no peN- (rubah, runggas): Sastrawi's root stays.
    [InlineData("peralatan", "alat")]
    [InlineData("perapian", "api")]
    [InlineData("peraduan", "adu")]
    [InlineData("perubahan", "ubah")]
    [InlineData("perunggasan", "unggas")]
    [InlineData("perasaan", "rasa")]
    [InlineData("perairan", "air")]
    [InlineData("peraturan", "atur")]
    // The vowel roots keep their own words.
    [InlineData("pengadangan", "adang")]
    [InlineData("beramal", "amal")]
    [InlineData("meramal", "ramal")]
    [InlineData("meramalkan", "ramal")]
    public void Other_per_words_keep_their_root(string word, string root)
    {
        Assert.Equal(root, RootStemmer.Default.Stem(word));
    }

    [Theory]
    // Sastrawi: pe- + mala + -kan; the root in k is palak, its p nasalised to m.
    [InlineData("pemalakan", "palak")]
    public void A_root_in_k_behind_a_nasalised_p_takes_an(string word, string root)
    {
        Assert.Equal(root, RootStemmer.Default.Explain(word, out var why));
        Assert.Equal(nameof(RootCorrection.AnNotKan), why.ToString());
    }

    [Theory]
    [InlineData("pemalak", "palak")]
    [InlineData("memalak", "palak")]
    [InlineData("kemalangan", "malang")]
    [InlineData("pemakaman", "makam")]
    [InlineData("pemaksaan", "paksa")]
    [InlineData("penembakan", "tembak")]
    public void Nearby_words_keep_their_root(string word, string root)
    {
        Assert.Equal(root, RootStemmer.Default.Stem(word));
    }

    [Theory]
    // Lemma mode's list: names and loans, whole also at a sentence's start and in lower case.
    [InlineData("manahan")]
    [InlineData("babakan")]
    [InlineData("irian")]
    [InlineData("tambunan")]
    [InlineData("pakuan")]
    [InlineData("sanglah")]
    [InlineData("sedadi")]
    [InlineData("kementan")]
    [InlineData("persegres")]
    [InlineData("persewangi")]
    [InlineData("difabel")]
    [InlineData("diversi")]
    [InlineData("sereal")]
    public void Listed_names_and_loans_stay_whole(string word)
    {
        Assert.Equal(word, RootStemmer.Default.Explain(word, out var why));
        Assert.Equal(nameof(RootCorrection.LemmaRootList), why.ToString());
    }

    [Theory]
    // Their roots keep their own words; kembangan (hasil kembangan) is a word and stays kembang.
    [InlineData("babak", "babak")]
    [InlineData("tambun", "tambun")]
    [InlineData("wangi", "wangi")]
    [InlineData("versi", "versi")]
    [InlineData("kembangan", "kembang")]
    [InlineData("pengembangan", "kembang")]
    [InlineData("pertanian", "tani")]
    [InlineData("keirian", "iri")]
    [InlineData("mewangi", "wangi")]
    public void Words_around_the_listed_names_keep_their_root(string word, string root)
    {
        Assert.Equal(root, RootStemmer.Default.Stem(word));
    }

    [Theory]
    // kesah (keluh kesah) is ignored as the root of longer words: meng-/peng- before the one-syllable sah is menge-/penge-.
    [InlineData("mengesahkan", "sah")]
    [InlineData("pengesahan", "sah")]
    [InlineData("disahkan", "sah")]
    [InlineData("kesah", "kesah")]
    [InlineData("keluh", "keluh")]
    public void Sah_is_the_root_of_pengesahan(string word, string root)
    {
        Assert.Equal(root, RootStemmer.Default.Stem(word));
    }

    [Theory]
    // Between two capitalised words, a bare -i word whose root takes no -i in hunspell-id is a name.
    [InlineData("Ia tewas hanyut di Batang Ayumi Julu, rumah warga terendam.", "Ayumi", "ayumi")]
    [InlineData("Tonton video Carissa Puteri Ajarkan Anak Tentang Makanan Sehat.", "Puteri", "puteri")]
    // Headline imperatives there keep their root: hadap, aku, atas take -i (menghadapi, diakui, mengatasi).
    [InlineData("SIMAK JUGA : Vincenzo Montella Siap Hadapi Amukan Juventus", "Hadapi", "hadap")]
    [InlineData("Baca juga: Telkomsel Akui Sedang Gangguan", "Akui", "aku")]
    [InlineData("Baca juga: Solusi Atasi Bisnis Ritel yang Lesu", "Atasi", "atas")]
    public void A_bare_i_word_between_capitalised_words_is_read_by_its_root(string sentence, string word, string lemma)
    {
        Assert.Equal(lemma, Lemma(RootOnly.Process(sentence), word));
    }

    [Fact]
    public void A_name_kept_whole_in_its_context_is_whole_at_a_sentence_start_too()
    {
        // Marketing Bandai Namco keeps Bandai whole (banda takes no -i); the recognizers take it for a name, so the
        // sentence's first Bandai, which the rules alone cut to banda, is whole too.
        var doc = Pipeline.Analyze("Gim itu dirilis 29 Agustus, kata Senior Vice President of Marketing Bandai Namco America, dalam situs resmi. Bandai Namco selaku pengembang game ini menyatakan ada lebih dari 90 unit robot.");
        var lemmas = doc.Tokens.Where(t => t.Text == "Bandai").Select(t => t.Lemma).ToList();
        Assert.Equal(2, lemmas.Count);
        Assert.All(lemmas, l => Assert.Equal("bandai", l));
    }

    private static string? Lemma(Document document, string word) => document.Tokens.First(t => t.Text == word).Lemma;
}
