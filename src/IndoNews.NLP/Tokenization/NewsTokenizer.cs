namespace IndoNews.NLP.Tokenization;

/// <summary>
/// The tokenizer for Indonesian news. (Foundation version: splits words, numbers and punctuation;
/// the full news rules replace it.)
/// </summary>
public sealed class NewsTokenizer : ITokenizer
{
    /// <summary>The shared default instance.</summary>
    public static NewsTokenizer Default { get; } = new();

    /// <inheritdoc />
    public void Tokenize(string text, TokenList tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            TokenKind kind;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
            }
            else
            {
                i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }

            tokens.Add(Token.CreateUnchecked(text, start, i, start, i, kind));
        }
    }
}
