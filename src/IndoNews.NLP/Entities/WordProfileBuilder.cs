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

    /// <summary>
    /// The sentences of IndoSum's tokenised JSON Lines (<c>paragraphs</c>: paragraphs of sentences of tokens).
    /// A line that is not such an object is an <see cref="InvalidDataException"/> naming the file and line.
    /// </summary>
    public static IEnumerable<string[]> ReadIndoSum(string path)
    {
        long lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            foreach (var sentence in ReadLine(line, path, lineNumber)) yield return sentence;
        }
    }

    // One line read whole, so that a malformed line fails before any of its sentences is counted.
    private static List<string[]> ReadLine(string line, string path, long lineNumber)
    {
        var sentences = new List<string[]>();
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw Invalid("expected a JSON object");
            if (!doc.RootElement.TryGetProperty("paragraphs", out var paragraphs)) return sentences;
            if (paragraphs.ValueKind != JsonValueKind.Array) throw Invalid("'paragraphs' is not an array");
            foreach (var paragraph in paragraphs.EnumerateArray())
            {
                if (paragraph.ValueKind != JsonValueKind.Array) throw Invalid("a paragraph is not an array of sentences");
                foreach (var sentence in paragraph.EnumerateArray())
                {
                    if (sentence.ValueKind != JsonValueKind.Array || sentence.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String))
                    {
                        throw Invalid("a sentence is not an array of token strings");
                    }

                    sentences.Add([.. sentence.EnumerateArray().Select(t => t.GetString()!)]);
                }
            }
        }
        catch (JsonException e)
        {
            // The parser's position is within this one line, which the message already names.
            int position = e.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw Invalid("invalid JSON: " + (position > 0 ? e.Message[..position] : e.Message).TrimEnd('.'));
        }

        return sentences;

        InvalidDataException Invalid(string problem) => new($"{path}:{lineNumber}: {problem}.");
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
