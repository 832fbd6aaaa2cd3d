using System.Collections.Concurrent;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Units per second, the throughput ratio to the peer (the class's baseline method with the same parameters),
/// or allocated bytes per unit, for classes that implement <see cref="IThroughputBenchmark"/>. Unit counts are
/// computed once per class and parameter set in the host process. The ratio divides throughputs, not times,
/// because our tokenizer and the peer's do not produce the same number of tokens from the same text.
/// </summary>
public sealed class ThroughputColumn(ThroughputColumn.Kind kind) : IColumn
{
    /// <summary>Which figure the column shows.</summary>
    public enum Kind
    {
        UnitsPerSecond,
        RatioToPeer,
        BytesPerUnit,
    }

    /// <summary>Column headers, also read back by the results report.</summary>
    public const string UnitsHeader = "Units/s", RatioHeader = "Peer ratio", BytesHeader = "Alloc/unit";

    private static readonly ConcurrentDictionary<string, IThroughputBenchmark?> Instances = new();

    public string Id => nameof(ThroughputColumn) + kind;

    public string ColumnName => kind switch
    {
        Kind.UnitsPerSecond => UnitsHeader,
        Kind.RatioToPeer => RatioHeader,
        _ => BytesHeader,
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)kind;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => kind switch
    {
        Kind.UnitsPerSecond => "Units (tokens or words, see the class) processed per second: units per operation / median time",
        Kind.RatioToPeer => "Our units/s divided by the peer's (the baseline method) units/s in the same run",
        _ => "Allocated bytes per unit processed",
    };

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        switch (kind)
        {
            case Kind.UnitsPerSecond:
                return Throughput(summary, benchmarkCase) is double perSecond ? Format(perSecond) : "NA";
            case Kind.RatioToPeer:
                var peer = summary.BenchmarksCases.FirstOrDefault(c => c.Descriptor.Baseline
                    && c.Descriptor.Type == benchmarkCase.Descriptor.Type
                    && c.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo);
                if (peer is null) return "-";
                return Throughput(summary, benchmarkCase) is double ours && Throughput(summary, peer) is double theirs
                    ? $"{ours / theirs:F2}"
                    : "NA";
            default:
                var report = summary[benchmarkCase];
                long units = Units(benchmarkCase);
                if (report is null || units <= 0) return "NA";
                return report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is long bytes ? $"{(double)bytes / units:F2} B" : "NA";
        }
    }

    private static double? Throughput(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        long units = Units(benchmarkCase);
        if (report?.ResultStatistics is null || units <= 0) return null;
        // The median: on a shared machine one iteration slowed by another job should not move the figure.
        return units / (report.ResultStatistics.Median / 1e9);
    }

    private static string Format(double perSecond) => perSecond >= 1e6 ? $"{perSecond / 1e6:F2}M" : $"{perSecond / 1e3:F1}k";

    private static long Units(BenchmarkCase benchmarkCase)
    {
        var instance = Instances.GetOrAdd(benchmarkCase.Descriptor.Type.FullName + "|" + benchmarkCase.Parameters.DisplayInfo, _ => Create(benchmarkCase));
        return instance?.UnitsPerOperation(benchmarkCase.Descriptor.WorkloadMethod.Name) ?? 0;
    }

    private static IThroughputBenchmark? Create(BenchmarkCase benchmarkCase)
    {
        if (Activator.CreateInstance(benchmarkCase.Descriptor.Type) is not IThroughputBenchmark instance) return null;
        var type = benchmarkCase.Descriptor.Type;
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            type.GetProperty(parameter.Name)?.SetValue(instance, parameter.Value);
            type.GetField(parameter.Name)?.SetValue(instance, parameter.Value);
        }

        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            if (method.GetCustomAttribute<GlobalSetupAttribute>() is not null) method.Invoke(instance, null);
        }

        return instance;
    }
}
