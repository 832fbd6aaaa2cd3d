using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>The lemma (root) mode with the shipped lexicon: Sastrawi's roots without its known errors.</summary>
public class RootStemmerTests
{
    private static RootStemmer Root => RootStemmer.Default;

    [Theory]
    // over-stemming by Sastrawi
    [InlineData("dikurangi", "kurang")]
    [InlineData("berikan", "beri")]
    [InlineData("menangis", "tangis")]
    [InlineData("menikah", "nikah")]
    [InlineData("perbankan", "bank")]
    [InlineData("bekasi", "bekasi")]
    [InlineData("Kediri", "kediri")]
    [InlineData("bersihkan", "bersih")]
    // under-stemming
    [InlineData("pemrograman", "program")]
    [InlineData("ketidakadilan", "adil")]
    [InlineData("ketidakpastian", "pasti")]
    [InlineData("dipakein", "pakai")]
    [InlineData("bikinin", "bikin")]
    [InlineData("ngomongin", "omong")]
    [InlineData("ngantor", "kantor")]
    [InlineData("Sadikin", "sadikin")]
    // informal -in stands for verbal -kan/-i: not after ke-, pe-, se-, ber- or another suffix (typing errors)
    [InlineData("kemudain", "kemudain")] // for kemudian, not muda
    [InlineData("penilain", "penilain")] // for penilaian, not nila
    [InlineData("desaiin", "desaiin")] // for desain, not desa + -i + -in
    [InlineData("dilihatin", "lihat")]
    [InlineData("tinggalin", "tinggal")]
    // reduplication written with a 2, as its hyphenated spelling
    [InlineData("kira2", "kira")]
    [InlineData("teman2", "teman")]
    [InlineData("kejadian2", "jadi")]
    [InlineData("mudah2an", "mudah")]
    [InlineData("anak2nya", "anak")]
    [InlineData("sebesar2", "besar")]
    [InlineData("temen2", "temen")] // an unknown word repeated
    [InlineData("gara2", "gara2")] // gara-gara is listed whole: the word stays as written
    [InlineData("Moto2", "moto2")] // names and codes
    [InlineData("BBC2", "bbc2")]
    [InlineData("KBH2", "kbh2")]
    [InlineData("G20", "g20")]
    // particles and clitics
    [InlineData("apakah", "apa")]
    [InlineData("senilai", "nilai")] // se- on a root in -i, not se-…-i
    [InlineData("sehelai", "helai")]
    [InlineData("setujui", "tuju")] // setuju is se- + tuju; -i on it
    [InlineData("memerangi", "perang")] // the lexicon's curation: no merang, nek, abul, …
    [InlineData("menekan", "tekan")]
    [InlineData("mengabulkan", "kabul")]
    [InlineData("memulai", "mulai")]
    [InlineData("kesebelasan", "sebelas")]
    [InlineData("bertemakan", "tema")]
    [InlineData("berkeliaran", "liar")]
    [InlineData("siapapun", "siapa")]
    [InlineData("rumahnya", "rumah")]
    [InlineData("adalah", "adalah")]
    [InlineData("kuasa-Mu", "kuasa")]
    // reduplication
    [InlineData("anak-anak", "anak")]
    [InlineData("berturut-turut", "turut")]
    [InlineData("berhati-hati", "hati")]
    [InlineData("bolak-balik", "bolak-balik")]
    // where Sastrawi is right, the same answer
    [InlineData("Pembangunan", "bangun")]
    [InlineData("mempermainkannya", "main")]
    [InlineData("kebijakan", "bijak")]
    public void Gives_the_root(string word, string expected) => Assert.Equal(expected, Root.Stem(word));

    // Common news words that a rare entry of the shipped list captured (in Sastrawi too); lemma mode ignores
    // those entries, Sastrawi mode keeps them.
    [Theory]
    [InlineData("Pasukan", "pasukan", "pasu")]
    [InlineData("memasuki", "masuk", "pasuk")]
    [InlineData("berupa", "rupa", "upa")]
    [InlineData("beragam", "ragam", "agam")]
    [InlineData("terasa", "rasa", "asa")]
    [InlineData("perawatan", "rawat", "awat")]
    [InlineData("beruntun", "runtun", "untun")]
    [InlineData("lantaran", "lantaran", "lantar")]
    [InlineData("pasukannya", "pasukan", "pasu")]
    [InlineData("terlantar", "lantar", "lantar")]
    [InlineData("lidi", "lidi", "lidi")]
    [InlineData("perasaan", "rasa", "asa")]
    [InlineData("berbasis", "basis", "bas")]
    [InlineData("penyelidikan", "selidik", "lidi")]
    [InlineData("gerakan", "gerak", "gera")]
    [InlineData("menelan", "telan", "tel")]
    [InlineData("sepekan", "pekan", "pek")]
    [InlineData("pengunjung", "kunjung", "unjung")]
    [InlineData("politisi", "politisi", "politis")]
    [InlineData("pemesanan", "pesan", "mesan")]
    [InlineData("kesiapan", "siap", "kesiap")]
    [InlineData("sarapan", "sarapan", "sarap")]
    [InlineData("kedelapan", "delapan", "delap")]
    [InlineData("berseberangan", "seberang", "berangan")]
    [InlineData("menelisik", "telisik", "tisik")]
    [InlineData("pemerataan", "rata", "perata")]
    [InlineData("perhatian", "hati", "perhati")]
    public void Ignores_rare_roots_that_capture_common_words(string word, string lemma, string sastrawi)
    {
        Assert.Equal(lemma, Root.Stem(word));
        Assert.Equal(sastrawi, SastrawiStemmer.Default.Stem(word));
    }

    // An ignored root is no root of longer words but still a word: the entity rules ask IsWord whether a capitalised
    // sentence opener is a dictionary word ("Asa" is, "Pedrosa" is not).
    [Theory]
    [InlineData("asa", true, false)]
    [InlineData("upa", true, false)]
    [InlineData("rasa", true, true)]
    [InlineData("politisi", true, true)]
    [InlineData("pedrosa", false, false)]
    public void Ignored_roots_are_still_words(string word, bool isWord, bool isRoot)
    {
        Assert.Equal(isWord, Root.IsWord(word));
        Assert.Equal(isRoot, Root.Lexicon.Contains(word));
    }

    [Theory]
    [InlineData("12.500", "12.500")]
    [InlineData("https://Kompas.com/Berita", "https://kompas.com/berita")]
    [InlineData("COVID-19", "covid-19")]
    [InlineData("@Jokowi", "@jokowi")]
    [InlineData("-", "-")]
    public void Keeps_non_words_lower_cased(string token, string expected) => Assert.Equal(expected, Root.Stem(token));

    [Fact]
    public void Output_is_lower_case_and_never_longer_than_the_word()
    {
        foreach (var (word, _) in StemmingData.ReadPairs(StemmingData.ReferenceDev).Take(5000))
        {
            string upper = word.ToUpperInvariant();
            string root = Root.Stem(upper);
            Assert.Equal(root, root.ToLowerInvariant());
            Assert.True(root.Length <= word.Length, $"{word} → {root}");
            Assert.Equal(Root.Stem(word), root);
        }
    }

    [Fact]
    public void Span_path_allocates_nothing()
    {
        Span<char> buffer = stackalloc char[64];
        Root.TryStem("mempermainkannya", buffer, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 50; i++)
        {
            Root.TryStem("ketidakadilan", buffer, out _);
            Root.TryStem("berturut-turut", buffer, out _);
            Root.TryStem("rumah", buffer, out _);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Handles_long_and_odd_input()
    {
        string longWord = new('x', 10_000);
        Assert.Equal(longWord, Root.Stem(longWord.ToUpperInvariant()));
        Assert.Equal("", Root.Stem(""));
        Assert.Equal("\uD800abc", Root.Stem("\uD800ABC"));
        Assert.Throws<ArgumentNullException>(() => Root.Stem(null!));
    }
}
