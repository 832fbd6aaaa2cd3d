namespace IndoNews.NLP.News;

/// <summary>
/// Marks paragraphs that repeat an earlier one, as scrapers produce when a page holds the article twice.
/// Paragraphs compare equal when their words are equal, whatever white space and line breaks lie between.
/// </summary>
internal static class DuplicateParagraphDetector
{
    /// <summary>Short paragraphs (headings such as <c>Babak pertama</c>) repeat legitimately; they are never duplicates.</summary>
    internal const int MinLength = 20;

    /// <summary>For each paragraph, the index of the first earlier paragraph with the same words, or null.</summary>
    public static int?[] Find(string text, IReadOnlyList<(int Start, int End)> paragraphs)
    {
        // Paragraphs are keyed by a hash of their words and compared word by word on a hit, so no paragraph is copied
        // into a string (that copied the whole text once per document). Two different paragraphs with one hash fall
        // back to string keys, so the result is exactly that of comparing normalised strings.
        var result = new int?[paragraphs.Count];
        var byHash = new Dictionary<ulong, int>();
        Dictionary<string, int>? collided = null;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var (start, end) = paragraphs[i];
            if (NormalizedLength(text, start, end, out ulong hash) < MinLength) continue;
            if (!byHash.TryGetValue(hash, out int first))
            {
                byHash.Add(hash, i);
                continue;
            }

            if (SameWords(text, paragraphs[first], start, end))
            {
                result[i] = first;
                continue;
            }

            collided ??= new Dictionary<string, int>(StringComparer.Ordinal);
            string key = Normalize(text, start, end);
            if (collided.TryGetValue(key, out int earlier)) result[i] = earlier;
            else collided.Add(key, i);
        }

        return result;
    }

    // The length of the paragraph with its white-space runs made single spaces and its ends trimmed, and an FNV-1a
    // hash of that text.
    private static int NormalizedLength(string text, int start, int end, out ulong hash)
    {
        hash = 14695981039346656037UL;
        int length = 0;
        int i = start;
        while (true)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            if (i >= end) return length;
            if (length > 0)
            {
                hash = (hash ^ ' ') * 1099511628211UL;
                length++;
            }

            while (i < end && !char.IsWhiteSpace(text[i]))
            {
                hash = (hash ^ text[i]) * 1099511628211UL;
                length++;
                i++;
            }
        }
    }

    // Whether two paragraphs have the same words (runs of non-white-space) in the same order.
    private static bool SameWords(string text, (int Start, int End) a, int bStart, int bEnd)
    {
        int i = a.Start, j = bStart;
        while (true)
        {
            while (i < a.End && char.IsWhiteSpace(text[i])) i++;
            while (j < bEnd && char.IsWhiteSpace(text[j])) j++;
            if (i >= a.End || j >= bEnd) return i >= a.End && j >= bEnd;
            int wordA = i, wordB = j;
            while (i < a.End && !char.IsWhiteSpace(text[i])) i++;
            while (j < bEnd && !char.IsWhiteSpace(text[j])) j++;
            if (!text.AsSpan(wordA, i - wordA).SequenceEqual(text.AsSpan(wordB, j - wordB))) return false;
        }
    }

    private static string Normalize(string text, int start, int end)
    {
        var buffer = new System.Text.StringBuilder(end - start);
        bool space = false;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && buffer.Length > 0) buffer.Append(' ');
            space = false;
            buffer.Append(c);
        }

        return buffer.ToString();
    }
}
