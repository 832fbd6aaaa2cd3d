using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Tokens per second, characters per second, or allocated bytes per token for <see cref="TokenizerBenchmarks"/>:
/// the corpus counts (computed once in the host process) divided by the measured mean time or allocation.
/// </summary>
public sealed class ThroughputColumn(ThroughputColumn.Unit unit) : IColumn
{
    public enum Unit
    {
        Tokens,
        Chars,
        BytesPerToken,
    }

    private static readonly Lazy<(long Chars, long Ours, long Lucene)> Counts = new(() =>
    {
        var benchmark = new TokenizerBenchmarks();
        benchmark.Setup();
        try
        {
            return (BenchmarkData.LoadArticles().Sum(a => (long)a.Length), benchmark.IndoNews(), benchmark.Lucene());
        }
        finally
        {
            benchmark.Cleanup();
        }
    });

    public string Id => nameof(ThroughputColumn) + unit;

    public string ColumnName => unit switch
    {
        Unit.Tokens => "Tokens/s",
        Unit.Chars => "Chars/s",
        _ => "Alloc/token",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)unit;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => unit switch
    {
        Unit.Tokens => "Tokens produced per second (corpus tokens / mean time)",
        Unit.Chars => "Characters of input per second",
        _ => "Allocated bytes per token produced",
    };

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null) return "NA";
        bool lucene = benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(TokenizerBenchmarks.Lucene);
        var counts = Counts.Value;
        long tokens = lucene ? counts.Lucene : counts.Ours;
        double seconds = report.ResultStatistics.Mean / 1e9;
        return unit switch
        {
            Unit.Tokens => $"{tokens / seconds / 1e6:F2}M",
            Unit.Chars => $"{counts.Chars / seconds / 1e6:F1}M",
            _ => report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is long bytes ? $"{(double)bytes / tokens:F2} B" : "NA",
        };
    }
}
