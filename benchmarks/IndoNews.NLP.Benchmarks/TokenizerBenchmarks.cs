using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using IndoNews.NLP.Segmentation;
using IndoNews.NLP.Tokenization;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Tokenizing the IndoSum corpus (3,000 news articles, one call per article): our tokenizer and sentence
/// splitter (tokens with kinds and offsets, sentences) against Lucene.NET's StandardTokenizer, which only
/// finds word boundaries. The Tokens/s and Chars/s columns divide the corpus size by the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenizerBenchmarks
{
    private string[] _articles = [];
    private readonly TokenList _tokens = new(4096);
    private readonly List<Sentence> _sentences = new(256);
    private StandardTokenizer? _lucene;

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkData.LoadArticles();
        _lucene = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(string.Empty));
        Console.WriteLine($"// IndoSum: {_articles.Length} articles, {_articles.Sum(a => (long)a.Length):N0} chars; " +
                          $"IndoNews tokens {IndoNews():N0}, Lucene tokens {Lucene():N0}");
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene?.Dispose();

    [Benchmark(Baseline = true, Description = "Lucene StandardTokenizer")]
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

    [Benchmark(Description = "IndoNews tokenizer + sentence splitter")]
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

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(new ThroughputColumn(ThroughputColumn.Unit.Tokens));
            AddColumn(new ThroughputColumn(ThroughputColumn.Unit.Chars));
            AddColumn(new ThroughputColumn(ThroughputColumn.Unit.BytesPerToken));
        }
    }
}
