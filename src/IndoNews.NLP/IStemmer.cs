namespace IndoNews.NLP;

/// <summary>Reduces an Indonesian word to its root. Implementations must be thread-safe.</summary>
public interface IStemmer
{
    /// <summary>Returns the root of <paramref name="word"/>.</summary>
    /// <param name="word">One word.</param>
    /// <returns>The root, or the word itself when it has none.</returns>
    string Stem(string word);

    /// <summary>
    /// Writes the root of <paramref name="word"/> to <paramref name="destination"/>. The shipped stemmers
    /// (<see cref="Stemming.SastrawiStemmer"/>, <see cref="Stemming.RootStemmer"/>, <see cref="Stemming.CachedStemmer"/>)
    /// allocate nothing when the word is its own root or cached; this default, for stemmers that have only
    /// <see cref="Stem(string)"/>, allocates the word and its root.
    /// </summary>
    /// <param name="word">One word.</param>
    /// <param name="destination">Where the root goes.</param>
    /// <param name="charsWritten">Characters written.</param>
    /// <returns>False (and nothing written) when <paramref name="destination"/> is too short.</returns>
    bool TryStem(ReadOnlySpan<char> word, Span<char> destination, out int charsWritten)
    {
        string root = Stem(word.ToString());
        if (root.Length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        root.CopyTo(destination);
        charsWritten = root.Length;
        return true;
    }
}
