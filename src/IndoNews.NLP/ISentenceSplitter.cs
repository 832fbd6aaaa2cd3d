namespace IndoNews.NLP;

/// <summary>Groups tokens into sentences. Implementations must be immutable and thread-safe.</summary>
public interface ISentenceSplitter
{
    /// <summary>Appends sentences that together cover every token, in order, to <paramref name="sentences"/>.</summary>
    /// <param name="text">The whole document text.</param>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="sentences">The list to append to.</param>
    void Split(string text, ReadOnlySpan<Token> tokens, List<Sentence> sentences);
}
