using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Running;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Entry point.
/// <list type="bullet">
/// <item><c>dotnet run -c Release --project benchmarks/IndoNews.NLP.Benchmarks -- --filter '*' --short</c>: the
/// whole suite with <see cref="ShortConfig"/> (minutes); without <c>--short</c>, BenchmarkDotNet's default job.</item>
/// <item><c>... -- --report</c>: regenerate <c>benchmarks/results/README.md</c> from the last run's results.</item>
/// </list>
/// Results go to <c>benchmarks/results/bdn/</c>; after a run the report is regenerated. Benchmarks that
/// need ../shared data are left out, with a message, when it is missing.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["scaling-cpu", ..])
        {
            ScalingCpuBenchmarks.MeasureCpuTime(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue);
            return;
        }

        string results = ResultsDirectory();
        string readme = Path.Combine(results, "..", "..", "README.md");
        if (args.Contains("--report"))
        {
            Console.WriteLine(ResultsReport.Write(results, readme));
            return;
        }

        bool isShort = args.Contains("--short");
        string[] bdnArgs = [.. args.Where(a => a != "--short")];

        var types = new List<Type>();
        if (BenchmarkData.TryFind(BenchmarkData.IndoSumArticles, out _))
        {
            types.AddRange([typeof(TokenizerBenchmarks), typeof(LemmatizerBenchmarks), typeof(EntityBenchmarks), typeof(PipelineBenchmarks), typeof(BatchBenchmarks), typeof(ScalingBenchmarks), typeof(NewsStageScalingBenchmarks)]);
            if (BenchmarkData.TryFind(BenchmarkData.SastrawiKataDasar, out _)) types.Add(typeof(StemmerBenchmarks));
            else Console.WriteLine($"Skipping StemmerBenchmarks: {BenchmarkData.SastrawiKataDasar} not found under ../shared (or INDONEWS_SHARED).");
        }
        else
        {
            Console.WriteLine($"Skipping all benchmarks: {BenchmarkData.IndoSumArticles} not found under ../shared (or INDONEWS_SHARED).");
        }

        // The shared machine can be slow to build the generated benchmark project; wait longer than the default 2 minutes.
        IConfig config = isShort
            ? ShortConfig.Create()
            : ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)).AddExporter(CsvExporter.Default, MarkdownExporter.GitHub);
        config = config.WithArtifactsPath(Path.Combine(results, "bdn")).WithOptions(ConfigOptions.DisableLogFile);

        var info = RunInfo.Begin(args);
        using (RunInfo.Sample(info))
        {
            BenchmarkSwitcher.FromTypes([.. types]).Run(bdnArgs, config);
        }

        info.Finished = DateTimeOffset.Now;
        info.Save(results);
        Console.WriteLine(ResultsReport.Write(results, readme));
    }

    private static string ResultsDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IndoNews.NLP.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? Directory.GetCurrentDirectory(), "benchmarks", "results");
    }
}
