using BenchmarkDotNet.Attributes;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Linear time: one <c>Process</c> call of the default pipeline on IndoSum articles joined into one text of
/// 1 KB, 100 KB, 1 MB and 10 MB (characters). Time is linear when tokens/s stays flat across sizes; the
/// peer-ratio column is not used here.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ScalingBenchmarks : IThroughputBenchmark
{
    private string _text = string.Empty;
    private Pipeline? _pipeline;
    private long _tokens;

    /// <summary>Text length in characters.</summary>
    [Params(1_000, 100_000, 1_000_000, 10_000_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkData.LoadText(Chars);
        _pipeline = Pipeline.CreateDefaultBuilder().Build();
        var tokens = new TokenList(Math.Max(16, Chars / 5));
        NewsTokenizer.Default.Tokenize(_text, tokens);
        _tokens = tokens.Count;
    }

    public string UnitName => "tokens";

    public long UnitsPerOperation(string methodName) => _tokens;

    [Benchmark(Description = "Default pipeline, one text")]
    public int Process() => _pipeline!.Process(_text).Tokens.Count;
}
