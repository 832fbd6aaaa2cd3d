using FsCheck;
using FsCheck.Fluent;
using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

public class SastrawiStemmerTests
{
    // A small lexicon in memory, so these tests need no shared data.
    private static readonly SastrawiStemmer Small = SastrawiStemmer.FromWords(
        ["main", "ajar", "bangun", "buku", "baik", "kurang", "rumah", "beri", "ikan", "tahu", "kupas", "udara", "nyanyi", "balas", "daya", "makmur"]);

    [Theory]
    [InlineData("mempermainkannya", "main")]
    [InlineData("Pembangunan", "bangun")]
    [InlineData("kebaikannya", "baik")]
    [InlineData("buku-buku", "buku")]
    [InlineData("berbalas-balasan", "balas")]
    [InlineData("mengupas", "kupas")]
    [InlineData("mengudara", "udara")]
    [InlineData("menyanyikan", "nyanyi")]
    [InlineData("persemakmuran", "makmur")]
    [InlineData("memberdayakan", "daya")]
    [InlineData("xyzabc", "xyzabc")]
    public void Stems_affixed_words_to_their_root(string word, string expected) => Assert.Equal(expected, Small.Stem(word));

    [Theory]
    [InlineData("BANGUNAN, rumahnya!", "bangun rumah")]
    [InlineData("  mengupas\t\tbuku  ", "kupas buku")]
    [InlineData("", "")]
    [InlineData("...", "")]
    [InlineData("kuasa-Mu", "kuasa-mu")]
    public void Normalises_like_sastrawi(string text, string expected) => Assert.Equal(expected, Small.Stem(text));

    [Fact]
    public void Mirrors_pythons_lower_for_the_special_letters()
    {
        // U+212A KELVIN SIGN lowers to k; U+0130 lowers to i + combining dot (a space after filtering);
        // U+0131 matches [a-z] case-insensitively in Python and is kept.
        Assert.Equal("kupas", Small.Stem("\u212Aupas"));
        Assert.Equal("i kan", Small.Stem("\u0130kan"));
        Assert.Equal("\u0131kan", Small.Stem("\u0131kan"));
    }

    [Fact]
    public void As_an_IStemmer_a_word_without_letters_or_digits_comes_back_unchanged()
    {
        IStemmer stemmer = Small;
        Assert.Equal("", Small.Stem("\u202F"));
        Assert.Equal("\u202F", stemmer.Stem("\u202F"));
        Assert.Equal("...", stemmer.Stem("..."));
        Assert.Equal("kupas", stemmer.Stem("mengupas"));
    }

    [Fact]
    public void Returns_the_same_instance_when_the_word_is_its_own_stem()
    {
        string word = "rumah";
        Assert.Same(word, Small.Stem(word));
        string unknown = "zzzqqq";
        Assert.Same(unknown, Small.Stem(unknown));
    }

    [Fact]
    public void Span_path_allocates_nothing()
    {
        Span<char> buffer = stackalloc char[64];
        // Warm up every input: a longer text rents its scratch from ArrayPool, whose buckets for a size are created on
        // first use in the process (a one-time allocation that depends on which tests ran before on this thread).
        Small.TryStem("mempermainkannya", buffer, out _);
        Small.TryStem("rumah", buffer, out _);
        Small.TryStem("Kebaikannya, buku-buku", buffer, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            Small.TryStem("mempermainkannya", buffer, out _);
            Small.TryStem("rumah", buffer, out _);
            Small.TryStem("Kebaikannya, buku-buku", buffer, out _);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void TryStem_reports_a_short_destination()
    {
        Span<char> small = stackalloc char[2];
        Assert.False(Small.TryStem("rumah", small, out int written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void Rejects_null() => Assert.Throws<ArgumentNullException>(() => Small.Stem(null!));

    [Fact]
    public void Handles_huge_and_binary_input()
    {
        string huge = string.Concat(Enumerable.Repeat("mempermainkannya ", 20_000));
        Assert.Equal(string.Join(' ', Enumerable.Repeat("main", 20_000)), Small.Stem(huge));
        Assert.Equal("kupas", Small.Stem("\uD800mengupas\0\uDFFF"));
        Assert.Equal(new string('a', 5000), Small.Stem(new string('a', 5000)));
    }

    [Fact]
    public void Property_output_is_normalised_text()
    {
        Prop.ForAll<string>(s =>
        {
            string stem = Small.Stem(s ?? string.Empty);
            return stem.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or ' ' or '\u0131' or '\u017F')
                && !stem.StartsWith(' ') && !stem.EndsWith(' ') && !stem.Contains("  ", StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_stemming_a_stem_changes_nothing()
    {
        var pieces = Gen.Elements("me", "mem", "meng", "pe", "per", "ber", "di", "ke", "se", "ter", "");
        var roots = Gen.Elements("main", "ajar", "bangun", "buku", "baik", "kurang", "rumah", "beri", "ikan", "kupas", "xyz");
        var suffixes = Gen.Elements("", "kan", "an", "i", "nya", "lah", "kannya", "-buku");
        var words = from p in pieces from r in roots from s in suffixes select p + r + s;
        Prop.ForAll(words.ToArbitrary(), w => Small.Stem(Small.Stem(w)) == Small.Stem(w)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Short_words_only_lose_particles_and_plain_prefixes()
    {
        // Sastrawi's short-word guard: three letters or fewer stop each visitor list after its first
        // visitor, so "tai" keeps its -i while the four-letter "tani" loses it; di- still comes off "dia".
        var stemmer = SastrawiStemmer.FromWords(["ta", "tan", "a"]);
        Assert.Equal("tai", stemmer.Stem("tai"));
        Assert.Equal("tan", stemmer.Stem("tani"));
        Assert.Equal("a", stemmer.Stem("dia"));
    }
}
