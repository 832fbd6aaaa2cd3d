using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using IndoNews.NLP.Stemming;
using Lucene.Net.Analysis.Id;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Stemming 50,000 distinct words of the IndoSum corpus (the first 50,000 distinct lower-cased tokens with a
/// letter, in corpus order, as an analyzer's lower-case filter would give them), one operation = the whole list.
/// Peer: Lucene.NET's IndonesianStemmer (<c>Stem(char[], int, true)</c>, rules only, no dictionary) on a reused
/// buffer. Ours, through the zero-allocation span path: Sastrawi mode with the shipped lexicon and with
/// Sastrawi's kata-dasar.txt (read in place from ../shared, never copied), lemma (root) mode as users get it (<see cref="RootStemmer.Default"/>); uncached, through a
/// warm <see cref="CachedStemmer"/> of 2^17 slots (holds the whole list: hit cost) and of the default capacity
/// (what a pipeline gets: hits and misses); and loading the shipped root-word list.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public partial class StemmerBenchmarks : IThroughputBenchmark
{
    public const int WordCount = 50_000;
    public const int LargeCacheCapacity = 1 << 17;

    public const string Peer = "Lucene IndonesianStemmer (peer)";
    public const string SastrawiShipped = "Sastrawi mode, uncached (span)";
    public const string SastrawiShippedCached = "Sastrawi mode, cached (span)";
    public const string SastrawiShippedDefaultCache = "Sastrawi mode, cached, default capacity";
    public const string SastrawiKataDasar = "Sastrawi mode, kata-dasar.txt, uncached (span)";
    public const string SastrawiKataDasarCached = "Sastrawi mode, kata-dasar.txt, cached (span)";
    public const string Lemma = "Lemma (root) mode, uncached (span)";
    public const string LemmaCached = "Lemma (root) mode, cached (span)";
    public const string LemmaDefaultCache = "Lemma (root) mode, cached, default capacity";

    private string[] _words = [];
    private char[][] _luceneInput = [];
    private readonly char[] _buffer = new char[256];
    private readonly IndonesianStemmer _lucene = new();
    private SastrawiStemmer _sastrawi = null!;
    private SastrawiStemmer _kataDasar = null!;
    private RootStemmer _root = null!;
    private CachedStemmer _cachedRoot = null!;
    private CachedStemmer _cachedSastrawi = null!;
    private CachedStemmer _cachedKataDasar = null!;
    private CachedStemmer _defaultCacheRoot = null!;
    private CachedStemmer _defaultCacheSastrawi = null!;
    private string _lexiconPath = "";

    [GlobalSetup]
    public void Setup()
    {
        _words = LoadWords();
        _luceneInput = _words.Select(w => w.ToCharArray()).ToArray();
        _lexiconPath = DataFiles.Resolve(RootLexicon.DefaultDataFile);
        var lexicon = RootLexicon.FromFile(_lexiconPath);
        _sastrawi = new SastrawiStemmer(lexicon);
        _root = RootStemmer.Default; // what lemma mode is: the shipped list with lemma mode's changes (indonews stem --mode lemma)
        if (!BenchmarkData.TryFind(BenchmarkData.SastrawiKataDasar, out string kataDasar)) throw new FileNotFoundException("kata-dasar.txt not found.", kataDasar);
        _kataDasar = SastrawiStemmer.FromLexicon(kataDasar);
        _cachedRoot = new CachedStemmer(_root, LargeCacheCapacity);
        _cachedSastrawi = new CachedStemmer(_sastrawi, LargeCacheCapacity);
        _cachedKataDasar = new CachedStemmer(_kataDasar, LargeCacheCapacity);
        _defaultCacheRoot = new CachedStemmer(_root);
        _defaultCacheSastrawi = new CachedStemmer(_sastrawi);
        CachedRoot(); // warm the caches: the cached benchmarks measure a long-running process
        CachedSastrawi();
        CachedKataDasar();
        DefaultCacheRoot();
        DefaultCacheSastrawi();
        Console.WriteLine($"// {_words.Length:N0} distinct words; lexicon {lexicon.Count:N0} roots, kata-dasar.txt {_kataDasar.Lexicon.Count:N0}");
    }

    public string UnitName => "words";

    public long UnitsPerOperation(string methodName) => methodName == nameof(LoadLexicon) ? 0 : _words.Length;

    /// <summary>The first 50,000 distinct lower-cased tokens with a letter in IndoSum.</summary>
    public static string[] LoadWords()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>(WordCount);
        foreach (string article in BenchmarkData.LoadArticles())
        {
            foreach (Match m in WordPattern().Matches(article))
            {
                // Lower-case before the distinct check, so "Jakarta" and "jakarta" count once.
                string token = m.Value.Trim('-').ToLowerInvariant();
                if (token.Length == 0 || !token.Any(char.IsLetter) || !seen.Add(token)) continue;
                words.Add(token);
                if (words.Count == WordCount) return [.. words];
            }
        }

        return [.. words];
    }

    [Benchmark(Baseline = true, Description = Peer)]
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

    [Benchmark(Description = SastrawiShipped)]
    public int Sastrawi() => Run(_sastrawi);

    [Benchmark(Description = SastrawiKataDasar)]
    public int SastrawiWithKataDasar() => Run(_kataDasar);

    [Benchmark(Description = Lemma)]
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

    [Benchmark(Description = LemmaCached)]
    public int CachedRoot() => Run(_cachedRoot);

    [Benchmark(Description = SastrawiShippedCached)]
    public int CachedSastrawi() => Run(_cachedSastrawi);

    [Benchmark(Description = SastrawiKataDasarCached)]
    public int CachedKataDasar() => Run(_cachedKataDasar);

    [Benchmark(Description = LemmaDefaultCache)]
    public int DefaultCacheRoot() => Run(_defaultCacheRoot);

    [Benchmark(Description = SastrawiShippedDefaultCache)]
    public int DefaultCacheSastrawi() => Run(_defaultCacheSastrawi);

    [Benchmark(Description = "Load shipped root-word list")]
    public int LoadLexicon() => RootLexicon.FromFile(_lexiconPath).Count;

    private int Run(SastrawiStemmer stemmer)
    {
        int total = 0;
        Span<char> destination = _buffer;
        foreach (string word in _words)
        {
            stemmer.TryStem(word, destination, out int written);
            total += written;
        }

        return total;
    }

    private int Run(CachedStemmer stemmer)
    {
        int total = 0;
        foreach (string word in _words) total += stemmer.Stem(word.AsSpan()).Length;
        return total;
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}-]+")]
    private static partial Regex WordPattern();
}
