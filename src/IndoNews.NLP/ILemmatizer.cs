namespace IndoNews.NLP;

/// <summary>Gives each token its lemma. Implementations must be thread-safe.</summary>
public interface ILemmatizer
{
    /// <summary>Returns the lemma of <c>tokens[index]</c>; the other tokens are its context.</summary>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="index">Index of the token to lemmatise.</param>
    /// <returns>The lemma.</returns>
    string Lemmatize(ReadOnlySpan<Token> tokens, int index);
}
