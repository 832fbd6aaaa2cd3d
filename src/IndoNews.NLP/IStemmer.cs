namespace IndoNews.NLP;

/// <summary>Reduces an Indonesian word to its root. Implementations must be thread-safe.</summary>
public interface IStemmer
{
    /// <summary>Returns the root of <paramref name="word"/>.</summary>
    /// <param name="word">One word.</param>
    /// <returns>The root, or the word itself when it has none.</returns>
    string Stem(string word);
}
