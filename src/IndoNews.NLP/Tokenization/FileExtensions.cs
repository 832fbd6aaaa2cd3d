using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Tokenization;

/// <summary>
/// File extensions that news writes after a period (<c>foto.jpg</c>, <c>PowerPoint, .JPG, .PDF, .ZIP</c>): the sentence
/// splitter ends no sentence at that period, and the entity rules take the word for a format, not a name.
/// </summary>
/// <remarks>Written all in lower case or all in capitals; <c>Jpg</c> or <c>Pdf</c> is a word, not an extension.</remarks>
internal static class FileExtensions
{
    private static readonly WordSet Extensions = new WordSet(
    [
        // Images and documents.
        "jpg", "jpeg", "png", "gif", "bmp", "tiff", "svg", "webp", "heic", "psd", "pdf", "doc", "docx", "xls", "xlsx", "ppt",
        "pptx", "txt", "csv", "rtf",

        // Web pages, archives, programs and disc images.
        "html", "htm", "php", "zip", "rar", "exe", "apk", "iso",

        // Sound and video.
        "mp3", "mp4", "wav", "avi", "mkv", "mov", "flv",
    ]);

    /// <summary>Whether <paramref name="word"/> is a listed extension written all in lower case or all in capitals.</summary>
    public static bool Contains(ReadOnlySpan<char> word)
        => Extensions.Contains(word) && (!word.ContainsAnyInRange('A', 'Z') || !word.ContainsAnyInRange('a', 'z'));
}
