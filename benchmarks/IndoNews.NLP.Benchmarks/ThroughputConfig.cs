using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace IndoNews.NLP.Benchmarks;

/// <summary>The median (which the throughput uses) and the throughput, peer-ratio and bytes-per-unit columns; every benchmark class uses it.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(StatisticColumn.Median);
        AddColumn(new ThroughputColumn(ThroughputColumn.Kind.UnitsPerSecond));
        AddColumn(new ThroughputColumn(ThroughputColumn.Kind.RatioToPeer));
        AddColumn(new ThroughputColumn(ThroughputColumn.Kind.BytesPerUnit));
    }
}
