using BenchmarkDotNet.Attributes;
using IndoNews.NLP.Entities;
using IndoNews.NLP.Stemming;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Whole pipelines on the first <see cref="Articles"/> IndoSum articles, one <c>Process</c> call per article,
/// against Lucene.NET's IndonesianAnalyzer chain (StandardTokenizer, StandardFilter, LowerCaseFilter, StopFilter,
/// IndonesianStemFilter). Units are input tokens: our tokenizer's tokens for ours, StandardTokenizer's tokens
/// for Lucene (counted before its stop filter drops any).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PipelineBenchmarks : IThroughputBenchmark
{
    public const int Articles = 300;
    public const string Peer = "Lucene IndonesianAnalyzer chain";
    public const string TokensSentences = "Pipeline: tokens, sentences";
    public const string WithoutTagger = "Pipeline: tokens, sentences, lemmas (no tagger)";
    public const string CoreWithTagger = "Pipeline: tokens, sentences, lemmas, entities";
    public const string Default = "Pipeline: default (all stages)";

    private string[] _articles = [];
    private IndonesianAnalyzer? _analyzer;
    private Pipeline? _tokensSentences, _withoutTagger, _coreWithTagger, _default;
    private long _ourTokens, _luceneTokens;

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkData.LoadArticles(Articles);
        _analyzer = new IndonesianAnalyzer(LuceneVersion.LUCENE_48);
        _tokensSentences = Pipeline.CreateBuilder().Build();
        _withoutTagger = Pipeline.CreateBuilder().UseLemmatizer(LemmaStyle.Root).Build();
        _coreWithTagger = Pipeline.CreateBuilder().UseLemmatizer(LemmaStyle.Root).UseNamedEntityTagger().Build();
        _default = Pipeline.CreateDefaultBuilder().Build();
        _ourTokens = Run(_tokensSentences);
        using var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(string.Empty));
        foreach (string article in _articles)
        {
            tokenizer.SetReader(new StringReader(article));
            tokenizer.Reset();
            while (tokenizer.IncrementToken()) _luceneTokens++;
            tokenizer.End();
            tokenizer.Dispose();
        }

        Console.WriteLine($"// {_articles.Length} articles: IndoNews tokens {_ourTokens:N0}, Lucene input tokens {_luceneTokens:N0}");
    }

    [GlobalCleanup]
    public void Cleanup() => _analyzer?.Dispose();

    public string UnitName => "tokens";

    public long UnitsPerOperation(string methodName) => methodName == nameof(Lucene) ? _luceneTokens : _ourTokens;

    [Benchmark(Baseline = true, Description = Peer)]
    public long Lucene()
    {
        long kept = 0;
        foreach (string article in _articles)
        {
            using var stream = _analyzer!.GetTokenStream("body", new StringReader(article));
            stream.Reset();
            while (stream.IncrementToken()) kept++;
            stream.End();
        }

        return kept;
    }

    [Benchmark(Description = TokensSentences)]
    public long OursTokensSentences() => Run(_tokensSentences!);

    [Benchmark(Description = WithoutTagger)]
    public long OursWithoutTagger() => Run(_withoutTagger!);

    [Benchmark(Description = CoreWithTagger)]
    public long OursWithTagger() => Run(_coreWithTagger!);

    [Benchmark(Description = Default)]
    public long OursDefault() => Run(_default!);

    private long Run(Pipeline pipeline)
    {
        long tokens = 0;
        foreach (string article in _articles) tokens += pipeline.Process(article).Tokens.Count;
        return tokens;
    }
}
