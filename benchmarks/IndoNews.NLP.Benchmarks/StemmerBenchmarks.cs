using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using IndoNews.NLP.Stemming;
using Lucene.Net.Analysis.Id;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Stemming 50,000 distinct words of the IndoSum corpus (the first 50,000 distinct tokens with a letter,
/// in corpus order, lower-cased as an analyzer's lower-case filter would), one operation = the whole list.
/// Peer: Lucene.NET's IndonesianStemmer (rules only, no dictionary) on a reused buffer. Ours: Sastrawi mode
/// and lemma (root) mode through the zero-allocation span path, uncached and through a warm
/// <see cref="CachedStemmer"/>; and loading the shipped root-word list.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(WordsConfig))]
public partial class StemmerBenchmarks
{
    public const int WordCount = 50_000;

    private string[] _words = [];
    private char[][] _luceneInput = [];
    private readonly char[] _buffer = new char[256];
    private readonly IndonesianStemmer _lucene = new();
    private SastrawiStemmer _sastrawi = null!;
    private RootStemmer _root = null!;
    private CachedStemmer _cachedRoot = null!;
    private CachedStemmer _cachedSastrawi = null!;
    private string _lexiconPath = "";

    [GlobalSetup]
    public void Setup()
    {
        _words = LoadWords();
        _luceneInput = _words.Select(w => w.ToCharArray()).ToArray();
        _lexiconPath = DataFiles.Resolve(RootLexicon.DefaultDataFile);
        var lexicon = RootLexicon.FromFile(_lexiconPath);
        _sastrawi = new SastrawiStemmer(lexicon);
        _root = new RootStemmer(lexicon);
        _cachedRoot = new CachedStemmer(_root, capacity: 1 << 17);
        _cachedSastrawi = new CachedStemmer(_sastrawi, capacity: 1 << 17);
        CachedRoot(); // warm the caches: the cached benchmarks measure hits
        CachedSastrawi();
        Console.WriteLine($"// {_words.Length:N0} words, {_words.Distinct().Count():N0} distinct after lower-casing; lexicon {lexicon.Count:N0} roots");
    }

    /// <summary>The first 50,000 distinct tokens with a letter in IndoSum, lower-cased.</summary>
    public static string[] LoadWords()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>(WordCount);
        foreach (string article in BenchmarkData.LoadArticles())
        {
            foreach (Match m in WordPattern().Matches(article))
            {
                string token = m.Value.Trim('-');
                if (token.Length == 0 || !token.Any(char.IsLetter) || !seen.Add(token)) continue;
                words.Add(token.ToLowerInvariant());
                if (words.Count == WordCount) return [.. words];
            }
        }

        return [.. words];
    }

    [Benchmark(Baseline = true, Description = "Lucene IndonesianStemmer (peer)")]
    public int Lucene()
    {
        int total = 0;
        var buffer = _buffer;
        foreach (char[] word in _luceneInput)
        {
            word.CopyTo(buffer, 0);
            total += _lucene.Stem(buffer, word.Length, true);
        }

        return total;
    }

    [Benchmark(Description = "Sastrawi mode, uncached (span)")]
    public int Sastrawi()
    {
        int total = 0;
        Span<char> destination = _buffer;
        foreach (string word in _words)
        {
            _sastrawi.TryStem(word, destination, out int written);
            total += written;
        }

        return total;
    }

    [Benchmark(Description = "Lemma (root) mode, uncached (span)")]
    public int Root()
    {
        int total = 0;
        Span<char> destination = _buffer;
        foreach (string word in _words)
        {
            _root.TryStem(word, destination, out int written);
            total += written;
        }

        return total;
    }

    [Benchmark(Description = "Lemma (root) mode, cached (span)")]
    public int CachedRoot()
    {
        int total = 0;
        foreach (string word in _words) total += _cachedRoot.Stem(word.AsSpan()).Length;
        return total;
    }

    [Benchmark(Description = "Sastrawi mode, cached (span)")]
    public int CachedSastrawi()
    {
        int total = 0;
        foreach (string word in _words) total += _cachedSastrawi.Stem(word.AsSpan()).Length;
        return total;
    }

    [Benchmark(Description = "Load shipped root-word list")]
    public int LoadLexicon() => RootLexicon.FromFile(_lexiconPath).Count;

    [GeneratedRegex(@"[\p{L}\p{Nd}-]+")]
    private static partial Regex WordPattern();

    private sealed class WordsConfig : ManualConfig
    {
        public WordsConfig() => AddColumn(new WordsPerSecondColumn());
    }
}
