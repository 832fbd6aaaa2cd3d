namespace IndoNews.NLP;

/// <summary>
/// Maps offsets between <see cref="Document.CleanText"/> and <see cref="Document.Text"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The clean text is the kept paragraphs (neither duplicate nor boilerplate), each copied unchanged, joined by
/// <see cref="Separator"/>. Offsets inside a paragraph map one to one; an offset inside a separator maps to the
/// end of the paragraph before it; an original offset in a removed paragraph has no clean offset.
/// </remarks>
public sealed class CleanTextMap
{
    /// <summary>What joins two kept paragraphs in the clean text: a blank line.</summary>
    public const string Separator = "\n\n";

    private readonly CleanTextSegment[] _segments;

    internal CleanTextMap(CleanTextSegment[] segments, int cleanLength, int originalLength)
    {
        _segments = segments;
        Segments = Array.AsReadOnly(segments);
        CleanLength = cleanLength;
        OriginalLength = originalLength;
    }

    /// <summary>The copied runs, in order.</summary>
    public IReadOnlyList<CleanTextSegment> Segments { get; }

    /// <summary>Length of the clean text.</summary>
    public int CleanLength { get; }

    /// <summary>Length of the original text.</summary>
    public int OriginalLength { get; }

    /// <summary>The original offset of a clean-text offset.</summary>
    /// <param name="cleanOffset">An offset in [0, <see cref="CleanLength"/>].</param>
    /// <returns>The offset in <see cref="Document.Text"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside the clean text.</exception>
    public int ToOriginal(int cleanOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cleanOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cleanOffset, CleanLength);
        if (_segments.Length == 0) return 0;
        int lo = 0, hi = _segments.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (_segments[mid].CleanStart <= cleanOffset) lo = mid;
            else hi = mid - 1;
        }

        var s = _segments[lo];
        return s.OriginalStart + Math.Min(cleanOffset - s.CleanStart, s.Length);
    }

    /// <summary>The clean-text offset of an original offset, or null when that character was removed.</summary>
    /// <param name="originalOffset">An offset in [0, <see cref="OriginalLength"/>].</param>
    /// <returns>The offset in <see cref="Document.CleanText"/>, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside the original text.</exception>
    public int? ToClean(int originalOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(originalOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(originalOffset, OriginalLength);
        int lo = 0, hi = _segments.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = _segments[mid];
            if (originalOffset < s.OriginalStart) hi = mid - 1;
            else if (originalOffset > s.OriginalStart + s.Length) lo = mid + 1;
            else return s.CleanStart + (originalOffset - s.OriginalStart);
        }

        return null;
    }

    /// <summary>Builds the clean text and its map from a document's kept paragraphs; without the news stage the clean text is the text.</summary>
    internal static (string Text, CleanTextMap Map) Create(string text, IReadOnlyList<Paragraph> paragraphs, bool hasNewsStructure)
    {
        // Without the news stage the clean text is the text; with it, a text of white space alone has
        // no paragraph to keep, so its clean text is empty like any text whose paragraphs are all dropped.
        if (!hasNewsStructure)
        {
            return (text, new CleanTextMap(text.Length == 0 ? [] : [new CleanTextSegment(0, 0, text.Length)], text.Length, text.Length));
        }

        var sb = new System.Text.StringBuilder(text.Length);
        var segments = new List<CleanTextSegment>();
        foreach (var p in paragraphs)
        {
            if (p.DuplicateOf is not null || p.IsBoilerplate) continue;
            if (sb.Length > 0) sb.Append(Separator);
            segments.Add(new CleanTextSegment(sb.Length, p.Start, p.End - p.Start));
            sb.Append(text, p.Start, p.End - p.Start);
        }

        return (sb.ToString(), new CleanTextMap([.. segments], sb.Length, text.Length));
    }
}
