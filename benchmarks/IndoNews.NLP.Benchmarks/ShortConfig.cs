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
/// articles or tens of thousands of words; with five iterations and one warm-up the medians on this shared
/// virtual machine still moved by a third between runs (tokenizer 0.65x to 1.12x Lucene on the same code), so
/// the job is twice that long; the whole suite still finishes in minutes instead of an hour. Benchmarks run in this process (in-process toolchain): no generated project to
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
