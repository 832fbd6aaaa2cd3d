using BenchmarkDotNet.Attributes;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Like <see cref="ScalingBenchmarks"/> but with the complete default pipeline, news-document stage included,
/// on one text of 1 KB, 100 KB and 1 MB. Kept apart because the news stage grows faster than linearly on one
/// huge text (a first measurement: 1 MB took about 20 times as long as 100 KB), so 10 MB would not finish in a
/// short run.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class NewsStageScalingBenchmarks : IThroughputBenchmark
{
    private string _text = string.Empty;
    private Pipeline? _pipeline;
    private long _tokens;

    /// <summary>Text length in characters.</summary>
    [Params(1_000, 100_000, 1_000_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkData.LoadText(Chars);
        _pipeline = Pipeline.CreateDefaultBuilder().Build();
        _tokens = ScalingBenchmarks.CountTokens(_text);
    }

    public string UnitName => "tokens";

    public long UnitsPerOperation(string methodName) => _tokens;

    [Benchmark(Description = "Default pipeline (all stages), one text")]
    public int Process() => _pipeline!.Process(_text).Tokens.Count;
}
