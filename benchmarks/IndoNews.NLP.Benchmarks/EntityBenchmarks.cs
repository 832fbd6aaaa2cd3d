using BenchmarkDotNet.Attributes;
using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// The named-entity tagger on the IndoSum corpus (3,000 articles): the full default pipeline (tokens,
/// sentences, lemmas, entities) against the same pipeline without the entity tagger, and the tagger alone
/// on pre-tokenised sentences. Units are tokens (for the tagger alone, the sub-tokens it tags, clitics split
/// off); see <see cref="ThroughputColumn"/>. No .NET peer exists (Catalyst is not obtainable), so the pipeline
/// without entities is the baseline that shows what tagging costs.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class EntityBenchmarks : IThroughputBenchmark
{
    public const string TaggerAloneDescription = "Entity tagger alone (pre-tokenised sentences)";
    public const string DefaultPipelineDescription = "Default pipeline (tokens, sentences, lemmas, entities)";

    private long _tokens, _taggedTokens;

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
            _tokens += doc.Tokens.Count;
            foreach (var sentence in doc.Sentences)
            {
                parts.Clear();
                for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++) parts.AddSplit(article, doc.Tokens[t], t);
                sentences.Add((article, parts.Starts.ToArray(), parts.Ends.ToArray()));
                _taggedTokens += parts.Count;
            }
        }

        _sentences = [.. sentences];
    }

    public string UnitName => "tokens";

    public long UnitsPerOperation(string methodName) => methodName == nameof(TaggerAlone) ? _taggedTokens : _tokens;

    [Benchmark(Baseline = true, Description = "Default pipeline without entities")]
    public long PipelineWithoutEntities()
    {
        long tokens = 0;
        foreach (string article in _articles) tokens += _withoutEntities.Process(article).Tokens.Count;
        return tokens;
    }

    [Benchmark(Description = DefaultPipelineDescription)]
    public long DefaultPipeline()
    {
        long tokens = 0;
        foreach (string article in _articles) tokens += Pipeline.Default.Process(article).Tokens.Count;
        return tokens;
    }

    [Benchmark(Description = TaggerAloneDescription)]
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
}
