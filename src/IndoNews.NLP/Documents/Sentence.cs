namespace IndoNews.NLP;

/// <summary>A sentence of a <see cref="Document"/>: a character span and the range of its tokens.</summary>
/// <param name="Start">UTF-16 offset of the first character of the first token.</param>
/// <param name="End">UTF-16 offset one past the last character of the last token.</param>
/// <param name="TokenStart">Index of the first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenEnd">Index one past the last token in <see cref="Document.Tokens"/>.</param>
public readonly record struct Sentence(int Start, int End, int TokenStart, int TokenEnd)
{
    /// <summary>Number of UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>Number of tokens.</summary>
    public int TokenCount => TokenEnd - TokenStart;
}
