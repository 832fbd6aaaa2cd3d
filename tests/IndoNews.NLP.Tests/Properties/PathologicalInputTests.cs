using System.Diagnostics;
using System.Text;

namespace IndoNews.NLP.Tests.Properties;

/// <summary>
/// Inputs too big for a property run, each once through the whole default pipeline (and every
/// stemmer): 1 MB of one character, 100,000 hyphens, giant words, URLs and abbreviation chains. Each
/// must keep the invariants and finish in well under a minute; the limit only catches quadratic blow-ups
/// (a linear pass over 1 MB takes a fraction of a second; see docs/reliability.md for measured throughput).
/// </summary>
public class PathologicalInputTests
{
    private const int OneMegabyte = 1 << 20;

    // The structured cases (words, numbers, dates) run at a quarter of the size to keep the default test run short.
    private const int Quarter = OneMegabyte / 4;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string> HugeInputs() => new()
    {
        { "1 MB of 'a'", new string('a', OneMegabyte) },
        { "256 KB of 'A'", new string('A', Quarter) },
        { "256 KB of '9'", new string('9', Quarter) },
        { "1 MB of '.'", new string('.', OneMegabyte) },
        { "1 MB of ' '", new string(' ', OneMegabyte) },
        { "256 KB of newlines", new string('\n', Quarter) },
        { "1 MB of lone high surrogates", new string('\uD800', OneMegabyte) },
        { "256 KB of NUL", new string('\0', Quarter) },
        { "1 MB of zero-width joiners", new string('\u200D', OneMegabyte) },
        { "256 KB of right-to-left overrides", new string('\u202E', Quarter) },
        { "256 KB of combining acute accents", new string('\u0301', Quarter) },
        { "256 KB of emoji", Repeat("😀", Quarter / 2) },
        { "256 KB of Arabic", Repeat("مرحبا ", Quarter / 6) },
        { "100,000 hyphens", new string('-', 100_000) },
        { "100,000 hyphens between letters", Repeat("a-", 50_000) },
        { "100,000 apostrophes between letters", Repeat("a'", 50_000) },
        { "a 1 MB word of clitics", "buku" + Repeat("nya", OneMegabyte / 3) },
        { "a 1 MB reduplication chain", Repeat("anak-", OneMegabyte / 5) + "anak" },
        { "a 1 MB URL", "https://example.com/" + new string('a', OneMegabyte) },
        { "a 256 KB e-mail local part", new string('a', Quarter) + "@example.com" },
        { "256 KB of abbreviations without spaces", Repeat("Dr.", Quarter / 3) },
        { "256 KB of abbreviations with spaces", Repeat("dr. ", Quarter / 4) },
        { "256 KB of capitalised names", Repeat("Joko ", Quarter / 5) },
        { "256 KB of numbers with separators", Repeat("1.000,", Quarter / 6) },
        { "256 KB of money", Repeat("Rp5 miliar ", Quarter / 11) },
        { "256 KB of dates", Repeat("Sabtu (2/7) ", Quarter / 12) },
        { "100,000 open brackets", new string('(', 100_000) },
        { "100,000 quotes", new string('"', 100_000) },
        { "one sentence of 50,000 words", Repeat("kata ", 50_000) },
        { "50,000 one-word sentences", Repeat("Ya. ", 50_000) },
        { "256 KB of name lists, dashed pairs and titled names", Repeat("Agus Wiguna, Kodar, Ade Arif - Sylvi Murni, Pak Meled dan Kim Jun - su. ", Quarter / 72) },
        { "256 KB of one paragraph repeated", Repeat("Lavrov bertemu Kerry di Moskow.\n\n", Quarter / 33) },
        { "256 KB of random UTF-16", RandomUtf16(Quarter, 1) },
    };

    [Theory]
    [MemberData(nameof(HugeInputs))]
    public void The_default_pipeline_handles_huge_pathological_input(string name, string text)
    {
        var stopwatch = Stopwatch.StartNew();
        var document = Pipeline.Default.Process(text);
        stopwatch.Stop();
        DocumentInvariants.Check(text, document);
        Assert.True(stopwatch.Elapsed < Limit, $"{name}: {stopwatch.Elapsed.TotalSeconds:F1} s for {text.Length:N0} chars");
        string json = document.ToJson();
        if (!text.Contains('\uFFFD')) Assert.DoesNotContain('\uFFFD', json); // nothing replaced: lone surrogates are escaped
    }

    public static TheoryData<string, string> HugeWords() => new()
    {
        { "1 MB of 'a'", new string('a', OneMegabyte) },
        { "100,000 hyphens", new string('-', 100_000) },
        { "100,000 hyphens between letters", Repeat("a-", 50_000) },
        { "a 1 MB word of clitics", "buku" + Repeat("nya", OneMegabyte / 3) },
        { "a 1 MB reduplication chain", Repeat("anak-", OneMegabyte / 5) + "anak" },
        { "a 1 MB prefix chain", Repeat("memper", OneMegabyte / 6) + "main" },
        { "1 MB of lone high surrogates", new string('\uD800', OneMegabyte) },
        { "256 KB of random UTF-16", RandomUtf16(Quarter, 2) },
    };

    [Theory]
    [MemberData(nameof(HugeWords))]
    public void Every_stemmer_handles_huge_pathological_words(string name, string text)
    {
        foreach (var stemmer in ComponentCatalog.All<IStemmer>())
        {
            var stopwatch = Stopwatch.StartNew();
            Assert.NotNull(stemmer.Stem(text));
            Assert.True(stopwatch.Elapsed < Limit, $"{stemmer.GetType().Name} on {name}: {stopwatch.Elapsed.TotalSeconds:F1} s");
        }
    }

    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();

    private static string RandomUtf16(int length, int seed)
    {
        var random = new Random(seed);
        var chars = new char[length];
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0x10000);
        return new string(chars);
    }
}
