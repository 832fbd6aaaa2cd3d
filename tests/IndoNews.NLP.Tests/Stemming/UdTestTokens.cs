namespace IndoNews.NLP.Tests.Stemming;

/// <summary>Builds tokens for gold-tokenized words, independent of the tokenizer under development.</summary>
internal static class UdTestTokens
{
    /// <summary>
    /// Tokens for space-separated words; <c>buku+nya</c> is one surface token split into two words
    /// (<c>buku</c>, <c>nya</c>) that share the surface span of <c>bukunya</c>, as the tokenizer splits clitics.
    /// </summary>
    public static Token[] Words(string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string text = string.Join(' ', parts.Select(p => p.Replace("+", string.Empty, StringComparison.Ordinal)));
        var tokens = new List<Token>();
        int position = 0;
        foreach (string part in parts)
        {
            string surface = part.Replace("+", string.Empty, StringComparison.Ordinal);
            int surfaceStart = position;
            int surfaceEnd = position + surface.Length;
            int start = position;
            foreach (string word in part.Split('+'))
            {
                tokens.Add(new Token(text, start, start + word.Length, surfaceStart, surfaceEnd, KindOf(word)));
                start += word.Length;
            }

            position = surfaceEnd + 1;
        }

        return [.. tokens];
    }

    /// <summary>The lemma of every token, in order.</summary>
    public static string[] Lemmas(ILemmatizer lemmatizer, string words)
    {
        var tokens = Words(words);
        return [.. Enumerable.Range(0, tokens.Length).Select(i => lemmatizer.Lemmatize(tokens, i))];
    }

    private static TokenKind KindOf(string word)
        => word.Any(char.IsLetter) ? TokenKind.Word
            : word.Any(char.IsDigit) ? TokenKind.Number
            : word.All(char.IsPunctuation) ? TokenKind.Punctuation
            : TokenKind.Symbol;
}
