using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace IndoNews.NLP.Benchmarks;

/// <summary>Words per second for <see cref="StemmerBenchmarks"/>: the list size divided by the mean time (not for the lexicon load).</summary>
public sealed class WordsPerSecondColumn : IColumn
{
    public string Id => nameof(WordsPerSecondColumn);

    public string ColumnName => "Words/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Words stemmed per second (50,000 / mean time)";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null || benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(StemmerBenchmarks.LoadLexicon)) return "-";
        return $"{StemmerBenchmarks.WordCount / (report.ResultStatistics.Mean / 1e9) / 1e6:F2}M";
    }
}
