namespace IndoNews.NLP.Benchmarks;

/// <summary>The speed targets from the issues, keyed by benchmark description.</summary>
public static class Targets
{
    /// <summary>A target: either a ratio to the peer in the same run, or an absolute rate in units per second.</summary>
    public sealed record Target(string Benchmark, bool IsRatio, double Minimum, string Text);

    public static readonly IReadOnlyList<Target> All =
    [
        new(TokenizerBenchmarks.Ours, true, 0.5, "≥ 0.5× Lucene StandardTokenizer tokens/s"),
        new(StemmerBenchmarks.SastrawiKataDasar, true, 0.25, "≥ 0.25× Lucene IndonesianStemmer words/s"),
        new(StemmerBenchmarks.SastrawiShipped, true, 0.25, "≥ 0.25× Lucene IndonesianStemmer words/s"),
        new(StemmerBenchmarks.Lemma, true, 0.25, "≥ 0.25× Lucene IndonesianStemmer words/s"),
        new(StemmerBenchmarks.SastrawiKataDasarCached, true, 1.0, "≥ 1× Lucene IndonesianStemmer words/s"),
        new(StemmerBenchmarks.SastrawiShippedCached, true, 1.0, "≥ 1× Lucene IndonesianStemmer words/s"),
        new(StemmerBenchmarks.LemmaCached, true, 1.0, "≥ 1× Lucene IndonesianStemmer words/s"),
        new(StemmerBenchmarks.SastrawiShippedDefaultCache, true, 1.0, "≥ 1× Lucene IndonesianStemmer words/s"),
        new(StemmerBenchmarks.LemmaDefaultCache, true, 1.0, "≥ 1× Lucene IndonesianStemmer words/s"),
        new(EntityBenchmarks.TaggerAloneDescription, false, 500_000, "≥ 500k tokens/s on one core"),
        new(EntityBenchmarks.DefaultPipelineDescription, false, 200_000, "≥ 200k tokens/s on one core"),
        new(PipelineBenchmarks.WithoutTagger, true, 0.5, "≥ 0.5× Lucene IndonesianAnalyzer chain per input token"),
        new(PipelineBenchmarks.CoreWithTagger, false, 200_000, "≥ 200k tokens/s on one core"),
        new(PipelineBenchmarks.Default, false, 200_000, "≥ 200k tokens/s on one core"),
    ];

    public static Target? For(string benchmark) => All.FirstOrDefault(t => t.Benchmark == benchmark);
}
