using BenchmarkDotNet.Attributes;
using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Lemmatizing every token of the IndoSum corpus (tokenized once in the setup): the UD styles against the
/// default root lemmatizer (Sastrawi-style). Divide the mean by the token count printed in the setup for
/// the time per token (the Units/s column does it: units are tokens). The lemmatizers are warm (their caches of analysed unknown words are filled by the
/// warm-up iterations), as in a long-running pipeline.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class LemmatizerBenchmarks : IThroughputBenchmark
{
    private Token[][] _documents = [];
    private ILemmatizer _root = null!;
    private ILemmatizer _gsd = null!;
    private ILemmatizer _csui = null!;

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = Pipeline.CreateBuilder().UseLemmatizer((ILemmatizer?)null).Build();
        _documents = [.. BenchmarkData.LoadArticles().Select(a => pipeline.Process(a).Tokens.ToArray())];
        _root = Lemmatizers.Create(LemmaStyle.Root);
        _gsd = UdLemmatizer.Gsd;
        _csui = UdLemmatizer.Csui;
        Console.WriteLine($"// IndoSum: {_documents.Length} articles, {_documents.Sum(d => (long)d.Length):N0} tokens");
    }

    public string UnitName => "tokens";

    public long UnitsPerOperation(string methodName) => _documents.Sum(d => (long)d.Length);

    [Benchmark(Baseline = true, Description = "root (Sastrawi-style)")]
    public long Root() => Run(_root);

    [Benchmark(Description = "ud-gsd")]
    public long UdGsd() => Run(_gsd);

    [Benchmark(Description = "ud-csui")]
    public long UdCsui() => Run(_csui);

    private long Run(ILemmatizer lemmatizer)
    {
        long chars = 0;
        foreach (var tokens in _documents)
        {
            for (int i = 0; i < tokens.Length; i++) chars += lemmatizer.Lemmatize(tokens, i).Length;
        }

        return chars;
    }
}
