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
        var result = new int?[paragraphs.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var buffer = new System.Text.StringBuilder();
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var (start, end) = paragraphs[i];
            string key = Normalize(text, start, end, buffer);
            if (key.Length < MinLength) continue;
            if (seen.TryGetValue(key, out int first)) result[i] = first;
            else seen.Add(key, i);
        }

        return result;
    }

    private static string Normalize(string text, int start, int end, System.Text.StringBuilder buffer)
    {
        buffer.Clear();
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
