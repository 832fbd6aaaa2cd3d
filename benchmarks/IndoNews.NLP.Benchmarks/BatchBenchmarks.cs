using BenchmarkDotNet.Attributes;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Batch throughput of the default pipeline on the first <see cref="Articles"/> IndoSum articles: a plain
/// <c>Process</c> loop on one thread (the baseline) against <c>ProcessMany</c> on all cores and on one.
/// The ratio column is the parallel speed-up; on a machine shared with other work it is bounded by the free cores.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class BatchBenchmarks : IThroughputBenchmark
{
    public const int Articles = 300;
    public const string Sequential = "Process loop, one thread";
    public const string ManyAllCores = "ProcessMany, all cores";
    public const string ManyOneCore = "ProcessMany, maxDegreeOfParallelism 1";

    private string[] _articles = [];
    private Pipeline? _pipeline;
    private long _tokens;

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkData.LoadArticles(Articles);
        _pipeline = Pipeline.CreateDefaultBuilder().Build();
        _tokens = ProcessLoop();
        Console.WriteLine($"// {_articles.Length} articles, {_tokens:N0} tokens, {Environment.ProcessorCount} processors");
    }

    public string UnitName => "tokens";

    public long UnitsPerOperation(string methodName) => _tokens;

    [Benchmark(Baseline = true, Description = Sequential)]
    public long ProcessLoop()
    {
        long tokens = 0;
        foreach (string article in _articles) tokens += _pipeline!.Process(article).Tokens.Count;
        return tokens;
    }

    [Benchmark(Description = ManyAllCores)]
    public long ProcessManyAllCores() => Count(_pipeline!.ProcessMany(_articles));

    [Benchmark(Description = ManyOneCore)]
    public long ProcessManyOneCore() => Count(_pipeline!.ProcessMany(_articles, maxDegreeOfParallelism: 1));

    private static long Count(IEnumerable<Document> documents)
    {
        long tokens = 0;
        foreach (var document in documents) tokens += document.Tokens.Count;
        return tokens;
    }
}
