using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// File types written as their extension (<c>PowerPoint, .JPG, .PDF, .ZIP</c>, <c>format PDF</c>): a format, not a name.
/// The tagger reads such capitals as organisations.
/// </summary>
/// <remarks>
/// A span of one word is a file type when the word is a listed extension and either a dot stands right before it at
/// a word's start (<c>.JPG</c>; not <c>Detik.PDF</c>) or a file noun does (<c>format</c>, <c>file</c>, <c>berkas</c>,
/// <c>ekstensi</c>). A listed word alone is not enough: <c>APK</c>, <c>DOC</c> and <c>ISO</c> are also short forms of
/// clubs and bodies.
/// </remarks>
internal static class FileTypes
{
    private static readonly WordSet FileNouns = new WordSet(["format", "file", "berkas", "ekstensi"]);

    /// <summary>Whether the span of <paramref name="word"/> at <paramref name="start"/> in <paramref name="text"/>,
    /// after <paramref name="before"/> (the previous word, or empty), is a file type.</summary>
    public static bool IsFileType(string text, int start, ReadOnlySpan<char> word, ReadOnlySpan<char> before)
    {
        if (!Tokenization.FileExtensions.Contains(word)) return false;
        if (FileNouns.Contains(before)) return true;

        // ".JPG": the dot opens the word; before it a space, a bracket, a comma or the text's start.
        if (start < 1 || text[start - 1] != '.') return false;
        return start < 2 || char.IsWhiteSpace(text[start - 2]) || text[start - 2] is ',' or '(' or '/';
    }
}
