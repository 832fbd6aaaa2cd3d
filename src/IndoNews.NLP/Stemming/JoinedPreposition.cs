namespace IndoNews.NLP.Stemming;

/// <summary>
/// The preposition <c>di</c> written joined to the word it governs (<c>didunia</c> for <c>di dunia</c>,
/// <c>dibidang</c>, <c>diberbagai</c>), told apart from the passive prefix <c>di-</c> (<c>dilihat</c>) by news
/// text: the two-word spelling <c>di dunia</c> is common there, <c>di lihat</c> all but absent.
/// </summary>
/// <remarks>
/// UD Indonesian-GSD keeps such a word as its own lemma (GSD dev: all 8 such types, e.g. <c>didunia</c>,
/// <c>disekeliling</c>, <c>diantaranya</c>), where stripping <c>di-</c> as a prefix would give <c>dunia</c>.
/// On IndoSum the split is clean: every passive verb of GSD dev has at most 3 two-word spellings and far
/// more joined ones (<c>dilakukan</c>: 3 against 927), every joined preposition at least 3 and more than
/// twice its joined spelling (<c>disekeliling</c>: 3 against 1; <c>dibawah</c>: 236 against 13).
/// </remarks>
internal static class JoinedPreposition
{
    /// <summary>At least this many two-word spellings <c>di X</c> in the corpus.</summary>
    public const int MinSeparate = 3;

    /// <summary>
    /// Counts, for each lower-cased word X of the news text, how often it follows the word <c>di</c> (any case)
    /// with only spaces between, on one line; keeps those counted at least <paramref name="minCount"/> times.
    /// Words are letter runs joined by inner hyphens, as in <see cref="UdLemmaTrainer.CountWords"/>.
    /// </summary>
    public static Dictionary<string, int> CountAfterDi(IEnumerable<string> lines, int minCount)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            // True while the last word was "di" and only spaces followed it.
            bool afterDi = false;
            int i = 0;
            while (i < line.Length)
            {
                char c = line[i];
                if (!char.IsLetter(c))
                {
                    if (c != ' ') afterDi = false;
                    i++;
                    continue;
                }

                int start = i;
                while (i < line.Length && (char.IsLetter(line[i]) || (line[i] == '-' && i + 1 < line.Length && char.IsLetter(line[i + 1])))) i++;
                var word = line.AsSpan(start, i - start);
                if (afterDi && word.Length <= 64)
                {
                    string key = word.ToString().ToLowerInvariant();
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }

                // A word glued to a digit or other mark before it (di3) is no two-word spelling either.
                afterDi = word.Equals("di", StringComparison.OrdinalIgnoreCase) && (start == 0 || !char.IsLetterOrDigit(line[start - 1]));
            }
        }

        foreach (var (word, count) in counts)
        {
            if (count < minCount) counts.Remove(word);
        }

        return counts;
    }

    /// <summary>
    /// True when the lower-case <paramref name="word"/> is <c>di</c> joined to a word that the corpus writes after a
    /// separate <c>di</c> at least <see cref="MinSeparate"/> times and more than twice as often as it writes the joined word.
    /// </summary>
    public static bool IsJoined(string word, IReadOnlyDictionary<string, int> afterDi, IReadOnlyDictionary<string, int> corpusFrequencies)
    {
        if (word.Length < 5 || !word.StartsWith("di", StringComparison.Ordinal) || afterDi.Count == 0) return false;
        int separate = afterDi.GetValueOrDefault(word[2..]);
        return separate >= MinSeparate && separate > 2 * corpusFrequencies.GetValueOrDefault(word);
    }
}
