using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/IndoNews.NLP.Benchmarks -- --filter *Tokenizer*</c>
/// (add <c>--job short</c> for a quick run). Benchmarks that need ../shared data are left out, with a message,
/// when it is missing.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["scaling-cpu", ..])
        {
            ScalingBenchmarks.MeasureCpuTime(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1 << 20);
            return;
        }

        var types = new List<Type>();
        if (BenchmarkData.TryFind(BenchmarkData.IndoSumArticles, out _))
        {
            types.Add(typeof(TokenizerBenchmarks));
            types.Add(typeof(StemmerBenchmarks));
            types.Add(typeof(LemmatizerBenchmarks));
            types.Add(typeof(EntityBenchmarks));
            types.Add(typeof(ScalingBenchmarks));
        }
        else
        {
            Console.WriteLine($"Skipping TokenizerBenchmarks: {BenchmarkData.IndoSumArticles} not found under ../shared (or INDONEWS_SHARED).");
        }

        // The shared machine can be slow to build the generated benchmark project; wait longer than the default 2 minutes.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
        BenchmarkSwitcher.FromTypes([.. types]).Run(args, config);
    }
}
