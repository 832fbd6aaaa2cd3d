using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// The <c>--short</c> configuration: BenchmarkDotNet's defaults (columns, loggers) with one job of one warm-up
/// and five measured iterations of about a quarter second each. Every operation already covers hundreds of
/// articles or tens of thousands of words, so five iterations give a usable median; the whole suite finishes in
/// minutes instead of an hour. Benchmarks run in this process (in-process toolchain): no generated project to
/// build, which on a busy 2-core machine alone took over BenchmarkDotNet's two-minute build timeout. The price is
/// that all benchmarks share one process (JIT and GC state); ratios within a class are unaffected.
/// </summary>
public static class ShortConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default
            .WithId("Short")
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithStrategy(RunStrategy.Throughput)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: true)))
        .AddExporter(CsvExporter.Default, MarkdownExporter.GitHub);
}
