using System.Collections.Concurrent;
using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>
/// The shared stemming data, loaded once per test run BY PATH from ../shared (kata-dasar.txt is
/// CC BY-NC-SA and is never copied into the repository). Missing data skips (fails under CI=true).
/// </summary>
internal static class StemmingData
{
    public const string KataDasar = "data/sastrawi/kata-dasar.txt";
    public const string FunctionalDictionary = "data/sastrawi/functional-test-dictionary.txt";
    public const string UpstreamTests = "data/sastrawi/upstream-tests.tsv";
    public const string ReferenceDev = "data/sastrawi/reference-dev.tsv";

    private static readonly ConcurrentDictionary<string, Lazy<RootLexicon>> Lexicons = new();
    private static readonly ConcurrentDictionary<string, Lazy<(string Word, string Stem)[]>> Pairs = new();

    public static RootLexicon Lexicon(string relativePath)
    {
        string path = SharedData.Require(relativePath);
        return Lexicons.GetOrAdd(path, p => new Lazy<RootLexicon>(() => RootLexicon.FromFile(p))).Value;
    }

    public static SastrawiStemmer Sastrawi(string relativePath) => new(Lexicon(relativePath));

    /// <summary>word TAB stem pairs of a TSV file (a first line starting with "word TAB" is a header).</summary>
    public static (string Word, string Stem)[] ReadPairs(string relativePath)
    {
        string path = SharedData.Require(relativePath);
        return Pairs.GetOrAdd(path, p => new Lazy<(string, string)[]>(() => File.ReadAllLines(p)
            .Where((l, i) => l.Length > 0 && !(i == 0 && l.StartsWith("word\t", StringComparison.Ordinal)))
            .Select(l => l.Split('\t'))
            .Select(f => (f[0], f[1]))
            .ToArray())).Value;
    }
}
