namespace IndoNews.NLP.News;

/// <summary>
/// Where a text's sentence ends are (a full stop, question or exclamation mark before white space, or a line break),
/// so that whether a stretch of it holds one is a binary search instead of a scan: the entity linker asks this of up to a
/// thousand pairs of mentions per mention, and scanning the text between each pair grew with the square of one long
/// sentence of names (timings in docs/reliability.md).
/// </summary>
internal sealed class SentenceEndIndex
{
    private readonly List<int> _lineBreaks = [];

    // Each stop's following white space: the stop counts only where that lies inside the stretch asked about.
    private readonly List<int> _spacesAfterStops = [];

    public SentenceEndIndex(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n') _lineBreaks.Add(i);
            else if (c is '.' or '?' or '!' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])) _spacesAfterStops.Add(i + 1);
        }
    }

    /// <summary>Whether text[<paramref name="start"/>..<paramref name="end"/>) holds a line break, or a stop with white space after it.</summary>
    public bool Between(int start, int end)
        => AnyIn(_lineBreaks, start, end) || AnyIn(_spacesAfterStops, start + 1, end);

    // Whether the sorted list holds a value in [from, to).
    private static bool AnyIn(List<int> sorted, int from, int to)
    {
        if (from >= to) return false;
        int at = sorted.BinarySearch(from);
        if (at < 0) at = ~at;
        return at < sorted.Count && sorted[at] < to;
    }
}
