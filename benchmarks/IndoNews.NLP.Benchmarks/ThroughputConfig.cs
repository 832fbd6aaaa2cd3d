using BenchmarkDotNet.Configs;

namespace IndoNews.NLP.Benchmarks;

/// <summary>The throughput, peer-ratio and bytes-per-unit columns; every benchmark class uses it.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn(ThroughputColumn.Kind.UnitsPerSecond));
        AddColumn(new ThroughputColumn(ThroughputColumn.Kind.RatioToPeer));
        AddColumn(new ThroughputColumn(ThroughputColumn.Kind.BytesPerUnit));
    }
}
