namespace IndoNews.NLP;

/// <summary>Splits text into tokens. Implementations must be immutable and thread-safe.</summary>
public interface ITokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>, in text order and without overlap.</summary>
    /// <param name="text">The whole document text.</param>
    /// <param name="tokens">The list to append to.</param>
    void Tokenize(string text, TokenList tokens);
}
