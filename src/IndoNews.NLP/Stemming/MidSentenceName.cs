namespace IndoNews.NLP.Stemming;

/// <summary>
/// Capitalised words inside a sentence that the affix rules take apart the way they take names apart, kept whole by
/// <see cref="RootLemmatizer"/>:
/// <list type="bullet">
/// <item>a bare root + <c>-i</c>: <c>membela Bali United</c> (<c>bal</c> + <c>-i</c>), <c>Malari 1974</c>, <c>Pulau
/// Sarangani</c>, <c>Gurun Gobi</c>. A bare <c>-i</c> word is an imperative verb, capitalised inside a sentence only in a
/// title-case headline (<c>Montella Siap Hadapi Amukan Juventus</c>), so a word between two capitalised words is left
/// to the rules when its root takes <c>-i</c> in the dictionary's affix flags (<c>hadap</c>: <c>menghadapi</c>), and kept
/// whole when it does not (<c>Batang Ayumi Julu</c>: <c>ayum</c> takes only <c>meN-</c> and <c>-an</c>);</item>
/// <item>a root that only an infix explains (see <see cref="InfixReading"/>): <c>Cinere</c> (not <c>cere</c>),
/// <c>Edwin Sinaga</c> (not <c>saga</c>), <c>Ratu Hemas</c>, <c>Minas Gerais</c>.</item>
/// </list>
/// A sentence's first word is capitalised anyway and keeps its root (<c>Kinerja PT PLN</c> → <c>kerja</c>).
/// </summary>
internal static class MidSentenceName
{
    /// <summary>
    /// True when the word at <paramref name="index"/> starts with a capital followed by a lower-case letter, follows a
    /// word, and its root <paramref name="root"/> is one of the two readings above (a bare <c>-i</c> word between two
    /// capitalised words only when its root takes no <c>-i</c>).
    /// </summary>
    /// <param name="tokens">The tokens of the document or sentence.</param>
    /// <param name="index">The word's index.</param>
    /// <param name="root">The root the stemmer gave the word (lower case).</param>
    /// <param name="stemmer">The stemmer that gave it, asked whether the root takes <c>-i</c> (only between two capitalised words).</param>
    /// <returns>Whether the word is a name to keep whole.</returns>
    public static bool Applies(ReadOnlySpan<Token> tokens, int index, ReadOnlySpan<char> root, RootStemmer stemmer)
    {
        var text = tokens[index].Span;
        if (text.Length < 4 || root.Length >= text.Length || !IsCapitalised(text) || text.Length > RootStemmer.MaxWordLength) return false;
        if (index == 0 || !IsWord(tokens[index - 1])) return false;
        if (root.Length == text.Length - 1 && text[^1] == 'i' && text[..^1].Equals(root, StringComparison.OrdinalIgnoreCase))
        {
            bool capitalisedBefore = IsCapitalised(tokens[index - 1].Span);
            bool capitalisedAfter = index + 1 < tokens.Length && IsWord(tokens[index + 1]) && IsCapitalised(tokens[index + 1].Span);
            return !(capitalisedBefore && capitalisedAfter) || !stemmer.TakesI(root);
        }

        Span<char> lower = stackalloc char[text.Length];
        text.ToLowerInvariant(lower);
        return InfixReading.Explains(lower, root);
    }

    private static bool IsWord(in Token token) => token.Kind == TokenKind.Word && token.Span.Length > 0 && char.IsLetterOrDigit(token.Span[0]);

    private static bool IsCapitalised(ReadOnlySpan<char> text) => text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]);
}
