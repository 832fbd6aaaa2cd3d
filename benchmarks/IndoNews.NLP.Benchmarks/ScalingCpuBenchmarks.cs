using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using IndoNews.NLP.News;
using IndoNews.NLP.Segmentation;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Time against input length: one document of 1 KB, 10 KB, 100 KB, 1 MB and 10 MB of IndoSum news (articles
/// joined by blank lines), through the tokenizer + splitter and through the whole default pipeline. Linear
/// time shows as a flat MB/s column; anything quadratic collapses at the large sizes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class ScalingCpuBenchmarks
{
    private string _text = string.Empty;
    private readonly TokenList _tokens = new(1 << 16);
    private readonly List<Sentence> _sentences = new(1 << 12);

    [Params(1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup() => _text = Build(Chars);

    /// <summary>IndoSum articles joined by blank lines, cut to <paramref name="chars"/> characters (repeating the corpus if needed).</summary>
    public static string Build(int chars)
    {
        var articles = BenchmarkData.LoadArticles();
        var sb = new System.Text.StringBuilder(chars + 10_000);
        for (int i = 0; sb.Length < chars; i++)
        {
            sb.Append(articles[i % articles.Length]).Append("\n\n");
        }

        return sb.ToString(0, chars);
    }

    [Benchmark(Baseline = true, Description = "tokenizer + splitter")]
    public int TokenizeAndSplit()
    {
        _tokens.Clear();
        _sentences.Clear();
        NewsTokenizer.Default.Tokenize(_text, _tokens);
        SentenceSplitter.Default.Split(_text, _tokens.AsSpan(), _sentences);
        return _sentences.Count;
    }

    [Benchmark(Description = "Pipeline.Default.Process")]
    public int FullPipeline() => Pipeline.Default.Process(_text).Tokens.Count;

    /// <summary>
    /// The same sizes timed by CPU time instead of wall-clock time, for a machine too loaded for
    /// BenchmarkDotNet's wall-clock figures to compare across sizes:
    /// <c>dotnet run -c Release --project benchmarks/IndoNews.NLP.Benchmarks -- scaling-cpu [MAX_CHARS_WITH_NEWS]</c>.
    /// The full pipeline (with the news stage) runs only up to MAX_CHARS_WITH_NEWS (default: every size); its
    /// entity linking compares each mention with a bounded window of others, so it is linear too.
    /// </summary>
    public static void MeasureCpuTime(TextWriter output, int maxCharsWithNews = int.MaxValue)
    {
        var benchmark = new ScalingCpuBenchmarks();
        var withoutNews = Pipeline.CreateDefaultBuilder().WithoutNewsDocuments().Build();
        output.WriteLine("size (chars) | tokenizer+splitter MChars/CPU-s | default without news stage MChars/CPU-s | default pipeline MChars/CPU-s | default CPU-s per run");
        foreach (int chars in new[] { 1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20 })
        {
            benchmark.Chars = chars;
            benchmark.Setup();
            string text = benchmark._text;
            benchmark.TokenizeAndSplit();
            withoutNews.Process(text); // warm-up: JIT, tiering, lazy data
            double tokenizer = Rate(chars, () => benchmark.TokenizeAndSplit(), out _);
            double noNews = Rate(chars, () => withoutNews.Process(text), out _);
            string full = "-", perRun = "-";
            if (chars <= maxCharsWithNews)
            {
                benchmark.FullPipeline();
                double rate = Rate(chars, () => benchmark.FullPipeline(), out double seconds);
                full = rate.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
                perRun = seconds.ToString("F4", System.Globalization.CultureInfo.InvariantCulture);
            }

            output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{chars,12:N0} | {tokenizer,30:F2} | {noNews,39:F2} | {full,29} | {perRun,21}"));
        }
    }

    // Runs until at least 3 runs and 2 CPU-seconds, and returns million chars per CPU-second.
    private static double Rate(int chars, Action run, out double secondsPerRun)
    {
        var process = System.Diagnostics.Process.GetCurrentProcess();
        GC.Collect();
        process.Refresh();
        var start = process.TotalProcessorTime;
        int runs = 0;
        TimeSpan used;
        do
        {
            run();
            runs++;
            process.Refresh();
            used = process.TotalProcessorTime - start;
        }
        while (runs < 3 || used < TimeSpan.FromSeconds(2));
        secondsPerRun = used.TotalSeconds / runs;
        return chars / secondsPerRun / 1e6;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new MegabytesPerSecondColumn());
    }

    /// <summary>Input characters (as MB of UTF-16 code units / 2^20) divided by the mean time.</summary>
    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => nameof(MegabytesPerSecondColumn);

        public string ColumnName => "MChars/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Million input characters per second (flat across sizes = linear time)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats) return "-";
            int chars = (int)benchmarkCase.Parameters["Chars"];
            return (chars / (stats.Mean / 1e9) / 1e6).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
