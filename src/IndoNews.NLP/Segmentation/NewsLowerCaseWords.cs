using System.Text;
using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Segmentation;

/// <summary>
/// Words that news writes in lower case inside sentences (<c>pihak</c>, <c>aset</c>, <c>vaksin</c>): the shipped list
/// <c>indonews-data/segmentation/news-lowercase-words.txt</c>, words seen at least 5 times away from sentence starts in
/// the IndoSum corpus and capitalised under a fifth of those times. Capitalised after a period that otherwise keeps a
/// sentence open, such a word opens the next sentence rather than going on with a name (<c>Model X. Pihak Tesla ...</c>,
/// but <c>Gatot S. Dewa Broto</c>).
/// </summary>
/// <remarks>The list is read on the first question, which only the rare period after an initial or a company form
/// asks, once and thread-safely. Segmentation needs no data file otherwise, so without this one no word counts as
/// lower case and the splitter keeps those periods open, as it did before the list.</remarks>
internal static class NewsLowerCaseWords
{
    /// <summary>Path of the shipped list, relative to the data folder.</summary>
    internal const string DataFile = "segmentation/news-lowercase-words.txt";

    private static readonly RetryingLazy<WordSet> Words = new(LoadDefault);

    /// <summary>Whether news writes <paramref name="word"/> (any case) in lower case inside sentences.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Words.Value.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> is written with a capital and then lower-case letters only, and news writes it in
    /// lower case inside sentences. Words in capitals (<c>ROSSI</c>) or with inner capitals are names or brands.
    /// </summary>
    public static bool ContainsCapitalised(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        foreach (char c in word[1..])
        {
            if (!char.IsLower(c)) return false;
        }

        return Contains(word);
    }

    /// <summary>Reads a list: UTF-8, one word per line, <c>#</c> starts a comment line.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">A line holds more than one word, or the file is not UTF-8.</exception>
    internal static WordSet Load(string path)
    {
        var words = WordListFile.Read(path, "Lower-case word list", "word");
        return new WordSet(words);
    }

    private static WordSet LoadDefault()
    {
        string path = Path.Combine(DataFiles.Directory, DataFile);
        // Segmentation works without the data folder; it only loses this evidence.
        return File.Exists(path) ? Load(path) : new WordSet([]);
    }
}
