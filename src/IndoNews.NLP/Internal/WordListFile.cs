using System.Text;

namespace IndoNews.NLP.Internal;

/// <summary>Reads the shipped and user word lists: UTF-8, one word per line, <c>#</c> starts a comment line.</summary>
internal static class WordListFile
{
    /// <summary>The words of the list at <paramref name="path"/>, trimmed, without blank and comment lines.</summary>
    /// <param name="path">The file.</param>
    /// <param name="listName">What the list is, for the missing-file message ("Stopword list").</param>
    /// <param name="wordName">What one entry is, for the bad-line message ("stopword").</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">A line holds more than one word, or the file is not UTF-8.</exception>
    public static List<string> Read(string path, string listName, string wordName)
    {
        DataFiles.RequireFile(path, listName);
        var words = new List<string>();
        int lineNumber = 0;
        try
        {
            foreach (string line in File.ReadLines(path, new UTF8Encoding(false, true)))
            {
                lineNumber++;
                string word = line.Trim();
                if (word.Length == 0 || word[0] == '#') continue;
                if (word.AsSpan().IndexOfAny(" \t\f\v") >= 0)
                {
                    throw new InvalidDataException($"{path}:{lineNumber}: expected one {wordName} per line, got '{word}'.");
                }

                words.Add(word);
            }
        }
        catch (DecoderFallbackException e)
        {
            // A corrupt list must name itself, not surface as a bare decoder error.
            throw new InvalidDataException($"{path}:{lineNumber + 1}: not valid UTF-8: {e.Message}", e);
        }

        return words;
    }
}
