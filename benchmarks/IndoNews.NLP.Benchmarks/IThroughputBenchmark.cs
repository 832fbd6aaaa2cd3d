namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// A benchmark class whose operations each process a known amount of work, so that the host process can turn
/// the measured mean time into units per second (<see cref="ThroughputColumn"/>). The host creates an instance,
/// sets its [Params] and calls its [GlobalSetup] before asking.
/// </summary>
public interface IThroughputBenchmark
{
    /// <summary>What one unit is, for the column header ("tokens", "words").</summary>
    string UnitName { get; }

    /// <summary>How many units one call of the benchmark method named <paramref name="methodName"/> processes.</summary>
    long UnitsPerOperation(string methodName);
}
