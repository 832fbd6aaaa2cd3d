using BenchmarkDotNet.Attributes;
using IndoNews.NLP.News;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Linear time: one <c>Process</c> call of the default pipeline without the news-document stage (tokens,
/// sentences, lemmas, stopwords, named and value entities) on IndoSum articles joined into one text of 1 KB,
/// 100 KB, 1 MB and 10 MB (characters). Time is linear when tokens/s stays flat across sizes. The news stage
/// is measured separately in <see cref="NewsStageScalingBenchmarks"/> (it is not linear, so 10 MB is out of a
/// short run's reach). The peer-ratio column is not used here.
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
        _pipeline = Pipeline.CreateDefaultBuilder().WithoutNewsDocuments().Build();
        _tokens = CountTokens(_text);
    }

    public string UnitName => "tokens";

    public long UnitsPerOperation(string methodName) => _tokens;

    [Benchmark(Description = "Default pipeline without news stage, one text")]
    public int Process() => _pipeline!.Process(_text).Tokens.Count;

    internal static long CountTokens(string text)
    {
        var tokens = new TokenList(Math.Max(16, text.Length / 5));
        NewsTokenizer.Default.Tokenize(text, tokens);
        return tokens.Count;
    }
}
