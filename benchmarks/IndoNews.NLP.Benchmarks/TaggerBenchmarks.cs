using BenchmarkDotNet.Attributes;
using IndoNews.NLP.Entities;
using IndoNews.NLP.Segmentation;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// Tagging alone: the shipped named-entity model on the sentences of the first <see cref="Articles"/> IndoSum
/// articles, tokenised and split beforehand (clitics split off as the recognizer does). "span path" is what the
/// pipeline calls (spans of the text, reused state); "string API" is the public <see cref="EntityTagger.Tag"/>
/// on one string list per sentence. No peer in .NET. Units are the tokens the tagger sees.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TaggerBenchmarks : IThroughputBenchmark
{
    public const int Articles = 300;
    public const string SpanPath = "NER tagger, span path (as in the pipeline)";
    public const string StringApi = "NER tagger, public string API";

    private readonly List<(string Text, int[] Starts, int[] Ends)> _sentences = [];
    private readonly List<string[]> _words = [];
    private readonly TaggerState _state = new();
    private byte[] _tags = [];
    private EntityTagger? _tagger;
    private long _tokens;

    [GlobalSetup]
    public void Setup()
    {
        _tagger = EntityTagger.Default;
        var tokens = new TokenList(4096);
        var sentences = new List<Sentence>(256);
        var parts = new SubTokenList();
        int longest = 0;
        foreach (string article in BenchmarkData.LoadArticles(Articles))
        {
            tokens.Clear();
            sentences.Clear();
            NewsTokenizer.Default.Tokenize(article, tokens);
            SentenceSplitter.Default.Split(article, tokens.AsSpan(), sentences);
            var all = tokens.AsSpan();
            foreach (var sentence in sentences)
            {
                parts.Clear();
                for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++) parts.AddSplit(article, all[t], t);
                if (parts.Count == 0) continue;
                int[] starts = parts.Starts.ToArray(), ends = parts.Ends.ToArray();
                _sentences.Add((article, starts, ends));
                _words.Add([.. starts.Select((s, i) => article[s..ends[i]])]);
                _tokens += parts.Count;
                longest = Math.Max(longest, parts.Count);
            }
        }

        _tags = new byte[longest];
        Console.WriteLine($"// {_sentences.Count:N0} sentences, {_tokens:N0} tokens");
    }

    public string UnitName => "tokens";

    public long UnitsPerOperation(string methodName) => _tokens;

    [Benchmark(Description = SpanPath)]
    public int TagSpans()
    {
        int entityTokens = 0;
        var tagger = _tagger!;
        foreach (var (text, starts, ends) in _sentences)
        {
            var tags = _tags.AsSpan(0, starts.Length);
            tagger.Tag(new TokenSpans(text, starts, ends), _state, tags);
            entityTokens += tags[0];
        }

        return entityTokens;
    }

    [Benchmark(Description = StringApi)]
    public int TagStrings()
    {
        int count = 0;
        var tagger = _tagger!;
        foreach (string[] words in _words) count += tagger.Tag(words).Length;
        return count;
    }
}
