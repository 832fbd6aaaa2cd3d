using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// The <c>--short</c> configuration: BenchmarkDotNet's defaults (columns, loggers) with one job of three warm-ups
/// and ten measured iterations of about a quarter second each. Every operation already covers hundreds of
/// articles or tens of thousands of words. With five iterations and one warm-up, the error (half the 99.9%
/// interval) on this shared virtual machine reached 75-99% of the mean at its largest in each run, and the tokenizer's ratio to
/// Lucene moved from 0.65x to 1.12x between runs of the same code; with ten the largest error was 37%. The whole
/// suite still finishes in minutes instead of an hour. Benchmarks run in this process (in-process toolchain): no generated project to
/// build, which on a busy 2-core machine alone took over BenchmarkDotNet's two-minute build timeout. The price is
/// that all benchmarks share one process (JIT and GC state); ratios within a class are unaffected.
/// </summary>
public static class ShortConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default
            .WithId("Short")
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithStrategy(RunStrategy.Throughput)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: true)))
        .AddExporter(CsvExporter.Default, MarkdownExporter.GitHub);
}
