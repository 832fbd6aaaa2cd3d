namespace IndoNews.NLP;

/// <summary>A run of characters copied unchanged from <see cref="Document.Text"/> into <see cref="Document.CleanText"/>.</summary>
/// <param name="CleanStart">Where the run starts in the clean text.</param>
/// <param name="OriginalStart">Where the run starts in the original text.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
public readonly record struct CleanTextSegment(int CleanStart, int OriginalStart, int Length);
