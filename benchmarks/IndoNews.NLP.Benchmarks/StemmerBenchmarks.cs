using BenchmarkDotNet.Attributes;
using IndoNews.NLP.Stemming;
using Lucene.Net.Analysis.Id;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Stemming the first 50,000 distinct lower-case words of IndoSum, one call per word: Lucene.NET's
/// IndonesianStemmer (<c>Stem(char[], int, true)</c>, derivational stemming on) against our Sastrawi mode
/// (with Sastrawi's kata-dasar.txt read in place from ../shared, and with the shipped lexicon) and lemma
/// (root) mode, each uncached and behind a <see cref="CachedStemmer"/> of the default capacity (warm after the
/// first pass), and two with a cache of 2^17 slots that holds the whole list. Ours write into a caller's buffer
/// through <c>TryStem</c>, like Lucene's in-place stem.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class StemmerBenchmarks : IThroughputBenchmark
{
    public const int WordCount = 50_000;
    public const string Peer = "Lucene IndonesianStemmer";
    public const string SastrawiKataDasar = "Sastrawi mode, kata-dasar.txt";
    public const string SastrawiKataDasarCached = "Sastrawi mode, kata-dasar.txt, cached";
    public const string SastrawiShipped = "Sastrawi mode, shipped lexicon";
    public const string SastrawiShippedCached = "Sastrawi mode, shipped lexicon, cached";
    public const string Lemma = "Lemma (root) mode";
    public const string LemmaCached = "Lemma (root) mode, cached";
    public const string SastrawiKataDasarLargeCache = "Sastrawi mode, kata-dasar.txt, cached, 2^17 slots";
    public const string LemmaLargeCache = "Lemma (root) mode, cached, 2^17 slots";

    /// <summary>A cache with room for the whole list: tells hit cost apart from the default cache's misses.</summary>
    public const int LargeCacheCapacity = 1 << 17;

    private string[] _words = [];
    private readonly char[] _buffer = new char[256];
    private readonly IndonesianStemmer _lucene = new();
    private SastrawiStemmer? _kataDasar, _shipped;
    private CachedStemmer? _kataDasarCached, _shippedCached, _rootCached, _kataDasarLarge, _rootLarge;
    private RootStemmer? _root;

    [GlobalSetup]
    public void Setup()
    {
        _words = BenchmarkData.LoadDistinctWords(WordCount);
        if (!BenchmarkData.TryFind(BenchmarkData.SastrawiKataDasar, out string kataDasar)) throw new FileNotFoundException("kata-dasar.txt not found.", kataDasar);
        _kataDasar = SastrawiStemmer.FromLexicon(kataDasar);
        _shipped = SastrawiStemmer.Default;
        _root = RootStemmer.Default;
        _kataDasarCached = new CachedStemmer(_kataDasar);
        _shippedCached = new CachedStemmer(_shipped);
        _rootCached = new CachedStemmer(_root);
        _kataDasarLarge = new CachedStemmer(_kataDasar, LargeCacheCapacity);
        _rootLarge = new CachedStemmer(_root, LargeCacheCapacity);
    }

    public string UnitName => "words";

    public long UnitsPerOperation(string methodName) => _words.Length;

    [Benchmark(Baseline = true, Description = Peer)]
    public int Lucene()
    {
        int total = 0;
        char[] buffer = _buffer;
        foreach (string word in _words)
        {
            word.CopyTo(0, buffer, 0, word.Length);
            total += _lucene.Stem(buffer, word.Length, true);
        }

        return total;
    }

    [Benchmark(Description = SastrawiKataDasar)]
    public int SastrawiWithKataDasar() => Run(_kataDasar!);

    [Benchmark(Description = SastrawiKataDasarCached)]
    public int SastrawiWithKataDasarCached() => Run(_kataDasarCached!);

    [Benchmark(Description = SastrawiShipped)]
    public int SastrawiWithShippedLexicon() => Run(_shipped!);

    [Benchmark(Description = SastrawiShippedCached)]
    public int SastrawiWithShippedLexiconCached() => Run(_shippedCached!);

    [Benchmark(Description = Lemma)]
    public int RootMode() => Run(_root!);

    [Benchmark(Description = LemmaCached)]
    public int RootModeCached() => Run(_rootCached!);

    [Benchmark(Description = SastrawiKataDasarLargeCache)]
    public int SastrawiWithKataDasarLargeCache() => Run(_kataDasarLarge!);

    [Benchmark(Description = LemmaLargeCache)]
    public int RootModeLargeCache() => Run(_rootLarge!);

    // IStemmer has only Stem(string); TryStem (the allocation-free path) is on each class, hence three copies.
    private int Run(SastrawiStemmer stemmer)
    {
        int total = 0;
        Span<char> buffer = _buffer;
        foreach (string word in _words)
        {
            if (stemmer.TryStem(word, buffer, out int written)) total += written;
        }

        return total;
    }

    private int Run(RootStemmer stemmer)
    {
        int total = 0;
        Span<char> buffer = _buffer;
        foreach (string word in _words)
        {
            if (stemmer.TryStem(word, buffer, out int written)) total += written;
        }

        return total;
    }

    private int Run(CachedStemmer stemmer)
    {
        int total = 0;
        Span<char> buffer = _buffer;
        foreach (string word in _words)
        {
            if (stemmer.TryStem(word, buffer, out int written)) total += written;
        }

        return total;
    }
}
