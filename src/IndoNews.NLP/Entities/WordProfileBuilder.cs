using System.Text.Json;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Counts, over unlabelled tokenised news (IndoSum's <c>articles.tokenized.jsonl</c>), how often each
/// word is capitalised or written in capitals away from the start of a sentence, and builds
/// <see cref="WordProfiles"/> for the words seen at least <c>minCount</c> times.
/// </summary>
internal sealed class WordProfileBuilder
{
    private readonly Dictionary<string, (int Total, int Capital, int AllCaps)> _counts = new(StringComparer.Ordinal);

    /// <summary>Adds one tokenised sentence.</summary>
    public void AddSentence(IReadOnlyList<string> tokens)
    {
        for (int i = 1; i < tokens.Count; i++)
        {
            string token = tokens[i];
            string previous = tokens[i - 1];
            // After quotes, colons and dashes a capital may start a new sentence or a title: not evidence.
            if (previous is "\"" or "'" or ":" or "“" or "." or "!" or "?" or "-" or "(") continue;
            if (!token.Any(char.IsLetter)) continue;
            byte kind = TokenCase.Of(token);
            string key = token.ToLowerInvariant();
            _counts.TryGetValue(key, out var v);
            _counts[key] = (v.Total + 1, v.Capital + (kind is TokenCase.Title or TokenCase.Upper or TokenCase.Mixed ? 1 : 0), v.AllCaps + (kind == TokenCase.Upper && token.Length > 1 ? 1 : 0));
        }
    }

    /// <summary>The sentences of IndoSum's tokenised JSON Lines (<c>paragraphs</c>: paragraphs of sentences of tokens).</summary>
    public static IEnumerable<string[]> ReadIndoSum(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            if (!doc.RootElement.TryGetProperty("paragraphs", out var paragraphs)) continue;
            foreach (var paragraph in paragraphs.EnumerateArray())
            {
                foreach (var sentence in paragraph.EnumerateArray())
                {
                    yield return [.. sentence.EnumerateArray().Select(t => t.GetString() ?? string.Empty)];
                }
            }
        }
    }

    /// <summary>Number of distinct lower-case words counted.</summary>
    public int WordCount => _counts.Count;

    /// <summary>Builds the profiles of words seen at least <paramref name="minCount"/> times.</summary>
    /// <param name="minCount">Minimum occurrences.</param>
    /// <param name="fineClusters">Optional cluster id (1-1023) per lower-case word.</param>
    /// <param name="coarseClusters">Optional cluster id (1-255) per lower-case word.</param>
    public WordProfiles Build(int minCount, IReadOnlyDictionary<string, int>? fineClusters = null, IReadOnlyDictionary<string, int>? coarseClusters = null)
    {
        var table = new Dictionary<ulong, uint>();
        foreach (var (word, v) in _counts)
        {
            if (v.Total < minCount) continue;
            int fine = fineClusters is not null && fineClusters.TryGetValue(word, out int f) ? f : 0;
            int coarse = coarseClusters is not null && coarseClusters.TryGetValue(word, out int c) ? c : 0;
            table[FeatureHash.Of(word)] = WordProfiles.Pack(
                WordProfiles.BucketCapitalShare((double)v.Capital / v.Total),
                WordProfiles.BucketAllCapsShare((double)v.AllCaps / v.Total),
                WordProfiles.BandFrequency(v.Total),
                fine,
                coarse);
        }

        return new WordProfiles(table);
    }
}
