namespace IndoNews.NLP.Entities;

/// <summary>Token facts about an entity span that several document rules ask.</summary>
internal static class EntityTokens
{
    /// <summary>How many of the tokens [<paramref name="from"/>, <paramref name="to"/>) are words.</summary>
    public static int WordCount(ReadOnlySpan<Token> tokens, int from, int to)
    {
        int count = 0;
        for (int t = from; t < to; t++)
        {
            if (tokens[t].Kind == TokenKind.Word) count++;
        }

        return count;
    }

    /// <summary>
    /// Writes the lower-case hashes of the words among tokens [<paramref name="from"/>, <paramref name="to"/>) into
    /// <paramref name="hashes"/> (as many as fit) and returns how many it wrote, for gazetteer lookups of a span.
    /// </summary>
    public static int WordHashes(ReadOnlySpan<Token> tokens, int from, int to, Span<ulong> hashes)
    {
        int count = 0;
        for (int t = from; t < to && count < hashes.Length; t++)
        {
            if (tokens[t].Kind == TokenKind.Word) hashes[count++] = FeatureHash.OfLower(tokens[t].Span);
        }

        return count;
    }

    /// <summary>
    /// How many tokens the personal initial at <paramref name="k"/> takes (<c>P. Gil</c>, <c>L. Valencia</c>): 1 for a
    /// capital and its period as one token (as the tokenizer writes an initial before a name), 2 for a one-letter word and
    /// a period glued to it inside [<paramref name="k"/>, <paramref name="to"/>), 0 when no initial starts there.
    /// </summary>
    public static int InitialLength(ReadOnlySpan<Token> tokens, int k, int to)
    {
        var span = tokens[k].Span;
        if (tokens[k].Kind != TokenKind.Word || !char.IsAsciiLetterUpper(span[0])) return 0;
        if (span.Length == 2 && span[1] == '.') return 1;
        return span.Length == 1 && k + 1 < to && tokens[k + 1].Span is "." && tokens[k + 1].Start == tokens[k].End ? 2 : 0;
    }

    /// <summary>Whether <paramref name="token"/> is a word that starts with a capital letter.</summary>
    public static bool IsCapitalisedWord(string text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    /// <summary>Whether the entity has tokens and starts and ends exactly with its first and last token.</summary>
    public static bool CoversWholeTokens(Entity entity, ReadOnlySpan<Token> tokens)
        => entity.TokenStart >= 0 && entity.TokenEnd > entity.TokenStart
           && entity.Start == tokens[entity.TokenStart].Start && entity.End == tokens[entity.TokenEnd - 1].End;

    /// <summary>
    /// Sets <paramref name="byEnd"/>[t], for t from 0 to the token count, to the index of the last place span covering whole
    /// tokens that ends right before token t (the place before a comma or a name), or -1; false when the document has none.
    /// </summary>
    public static bool PlacesByEnd(List<Entity> entities, ReadOnlySpan<Token> tokens, Span<int> byEnd)
    {
        byEnd.Fill(-1);
        bool any = false;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label != EntityLabels.Location || !CoversWholeTokens(entity, tokens)) continue;
            byEnd[entity.TokenEnd] = i;
            any = true;
        }

        return any;
    }

    /// <summary>The first token of the sentence that holds token <paramref name="t"/> (sentences cover the tokens in order).</summary>
    public static int SentenceStart(IReadOnlyList<Sentence> sentences, int t)
    {
        int index = SentenceIndex(sentences, t);
        return index < 0 ? 0 : sentences[index].TokenStart;
    }

    /// <summary>The index of the sentence that holds token <paramref name="t"/>, or -1 (sentences cover the tokens in order).</summary>
    public static int SentenceIndex(IReadOnlyList<Sentence> sentences, int t)
    {
        int low = 0, high = sentences.Count - 1;
        while (low <= high)
        {
            int mid = (low + high) >>> 1;
            if (sentences[mid].TokenEnd <= t) low = mid + 1;
            else if (sentences[mid].TokenStart > t) high = mid - 1;
            else return mid;
        }

        return -1;
    }

    /// <summary>Most words a span may have to be looked up whole in the gazetteer by <see cref="IsListedPhrase"/>.</summary>
    public const int MaxListedWords = 16;

    /// <summary>
    /// Whether the words among tokens [<paramref name="from"/>, <paramref name="to"/>) are, all together, one listed phrase of a
    /// category in <paramref name="categories"/> (<c>Amerika Serikat</c> as a country); false for no words or more than
    /// <see cref="MaxListedWords"/>.
    /// </summary>
    public static bool IsListedPhrase(ReadOnlySpan<Token> tokens, int from, int to, Gazetteer gazetteer, byte categories)
    {
        int words = WordCount(tokens, from, to);
        if (words == 0 || words > MaxListedWords) return false;
        Span<ulong> hashes = stackalloc ulong[words];
        WordHashes(tokens, from, to, hashes);
        return gazetteer.LongestMatch(hashes, 0, categories) == words;
    }
}
