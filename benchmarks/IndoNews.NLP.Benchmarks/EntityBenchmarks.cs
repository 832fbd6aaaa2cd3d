using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// The named-entity tagger on the IndoSum corpus (3,000 articles): the full default pipeline (tokens,
/// sentences, lemmas, entities) against the same pipeline without the entity tagger, and the tagger alone
/// on pre-tokenised sentences. Tokens/s divides the corpus token count by the mean time; Alloc/token the
/// allocated bytes by the tokens. No .NET peer exists (Catalyst is not obtainable), so the pipeline
/// without entities is the baseline that shows what tagging costs.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class EntityBenchmarks
{
    private string[] _articles = [];
    private Pipeline _withoutEntities = null!;
    private (string Text, int[] Starts, int[] Ends)[] _sentences = [];
    private EntityTagger _tagger = null!;
    private readonly TaggerState _state = new();
    private byte[] _tags = new byte[1024];

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkData.LoadArticles();
        _withoutEntities = Pipeline.CreateDefaultBuilder().ClearEntityRecognizers().Build();
        _tagger = EntityTagger.Default;
        var sentences = new List<(string, int[], int[])>();
        var parts = new SubTokenList();
        foreach (string article in _articles)
        {
            var doc = _withoutEntities.Process(article);
            foreach (var sentence in doc.Sentences)
            {
                parts.Clear();
                for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++) parts.AddSplit(article, doc.Tokens[t], t);
                sentences.Add((article, parts.Starts.ToArray(), parts.Ends.ToArray()));
            }
        }

        _sentences = [.. sentences];
    }

    [Benchmark(Baseline = true, Description = "Default pipeline without entities")]
    public long PipelineWithoutEntities()
    {
        long tokens = 0;
        foreach (string article in _articles) tokens += _withoutEntities.Process(article).Tokens.Count;
        return tokens;
    }

    [Benchmark(Description = "Default pipeline (tokens, sentences, lemmas, entities)")]
    public long DefaultPipeline()
    {
        long tokens = 0;
        foreach (string article in _articles) tokens += Pipeline.Default.Process(article).Tokens.Count;
        return tokens;
    }

    [Benchmark(Description = "Entity tagger alone (pre-tokenised sentences)")]
    public long TaggerAlone()
    {
        long tokens = 0;
        foreach (var (text, starts, ends) in _sentences)
        {
            if (_tags.Length < starts.Length) _tags = new byte[starts.Length * 2];
            _tagger.Tag(new TokenSpans(text, starts, ends), _state, _tags.AsSpan(0, starts.Length));
            tokens += starts.Length;
        }

        return tokens;
    }

    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(new TokenColumn(perSecond: true));
            AddColumn(new TokenColumn(perSecond: false));
        }
    }

    /// <summary>Tokens per second or allocated bytes per token: what each benchmark method returns, counted once in the host.</summary>
    private sealed class TokenColumn(bool perSecond) : IColumn
    {
        private static readonly Lazy<Dictionary<string, long>> Counts = new(() =>
        {
            var b = new EntityBenchmarks();
            b.Setup();
            return new Dictionary<string, long>
            {
                [nameof(PipelineWithoutEntities)] = b.PipelineWithoutEntities(),
                [nameof(DefaultPipeline)] = b.DefaultPipeline(),
                [nameof(TaggerAlone)] = b.TaggerAlone(),
            };
        });

        public string Id => nameof(TokenColumn) + perSecond;

        public string ColumnName => perSecond ? "Tokens/s" : "Alloc/token";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => perSecond ? 0 : 1;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => perSecond ? "Tokens processed per second (corpus tokens / mean time)" : "Allocated bytes per token";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is null) return "NA";
            long tokens = Counts.Value[benchmarkCase.Descriptor.WorkloadMethod.Name];
            if (perSecond) return $"{tokens / (report.ResultStatistics.Mean / 1e9) / 1e3:F0}k";
            return report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is long bytes ? $"{(double)bytes / tokens:F1} B" : "NA";
        }
    }
}
