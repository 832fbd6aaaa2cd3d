using BenchmarkDotNet.Attributes;
using IndoNews.NLP.Segmentation;
using IndoNews.NLP.Tokenization;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Tokenizing the IndoSum corpus (3,000 news articles, one call per article): our tokenizer and sentence
/// splitter (tokens with kinds and offsets, sentences) against Lucene.NET's StandardTokenizer, which only
/// finds word boundaries. Units are tokens produced (each tokenizer's own count).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenizerBenchmarks : IThroughputBenchmark
{
    public const string Ours = "IndoNews tokenizer + sentence splitter";
    public const string Peer = "Lucene StandardTokenizer";

    private long _ourTokens, _luceneTokens;

    private string[] _articles = [];
    private readonly TokenList _tokens = new(4096);
    private readonly List<Sentence> _sentences = new(256);
    private StandardTokenizer? _lucene;

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkData.LoadArticles();
        _lucene = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(string.Empty));
        _ourTokens = IndoNews();
        _luceneTokens = Lucene();
        Console.WriteLine($"// IndoSum: {_articles.Length} articles, {_articles.Sum(a => (long)a.Length):N0} chars; " +
                          $"IndoNews tokens {_ourTokens:N0}, Lucene tokens {_luceneTokens:N0}");
    }

    public string UnitName => "tokens";

    public long UnitsPerOperation(string methodName) => methodName == nameof(Lucene) ? _luceneTokens : _ourTokens;

    [GlobalCleanup]
    public void Cleanup() => _lucene?.Dispose();

    [Benchmark(Baseline = true, Description = Peer)]
    public long Lucene()
    {
        var tokenizer = _lucene!;
        long count = 0;
        foreach (string article in _articles)
        {
            tokenizer.SetReader(new StringReader(article));
            tokenizer.Reset();
            while (tokenizer.IncrementToken()) count++;
            tokenizer.End();
            tokenizer.Dispose();
        }

        return count;
    }

    [Benchmark(Description = Ours)]
    public long IndoNews()
    {
        long count = 0;
        var tokenizer = NewsTokenizer.Default;
        var splitter = SentenceSplitter.Default;
        foreach (string article in _articles)
        {
            _tokens.Clear();
            _sentences.Clear();
            tokenizer.Tokenize(article, _tokens);
            splitter.Split(article, _tokens.AsSpan(), _sentences);
            count += _tokens.Count;
        }

        return count;
    }
}
