namespace IndoNews.NLP;

/// <summary>A set of stopwords. Implementations must be thread-safe.</summary>
public interface IStopwordList
{
    /// <summary>Whether <paramref name="word"/> is a stopword (case-insensitive).</summary>
    /// <param name="word">One word.</param>
    /// <returns>True for a stopword.</returns>
    bool Contains(ReadOnlySpan<char> word);
}
