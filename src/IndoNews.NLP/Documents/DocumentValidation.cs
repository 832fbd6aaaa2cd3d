namespace IndoNews.NLP;

/// <summary>
/// Checks what pipeline components put into a <see cref="DocumentBuilder"/>, so that a faulty custom
/// tokenizer, splitter, recognizer or stage fails with a message naming the problem instead of breaking a
/// later stage or yielding offsets outside the text.
/// </summary>
internal static class DocumentValidation
{
    /// <summary>Every token lies inside the text, in text order.</summary>
    public static void CheckTokens(string text, ReadOnlySpan<Token> tokens)
    {
        int previousStart = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.End > text.Length || t.Start < previousStart)
            {
                throw new InvalidOperationException($"The tokenizer produced token {i} at [{t.Start}, {t.End}), which is outside the text (length {text.Length}) or before the previous token.");
            }

            previousStart = t.Start;
        }
    }

    /// <summary>Every sentence lies inside the text and covers a valid, ordered range of tokens.</summary>
    public static void CheckSentences(string text, int tokenCount, IReadOnlyList<Sentence> sentences)
    {
        int previousTokenEnd = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (s.Start < 0 || s.End < s.Start || s.End > text.Length || s.TokenStart < previousTokenEnd || s.TokenEnd < s.TokenStart || s.TokenEnd > tokenCount)
            {
                throw new InvalidOperationException($"The sentence splitter produced sentence {i} with text [{s.Start}, {s.End}) and tokens [{s.TokenStart}, {s.TokenEnd}), which does not fit a text of length {text.Length} with {tokenCount} tokens after the previous sentence.");
            }

            previousTokenEnd = s.TokenEnd;
        }
    }

    /// <summary>Every entity is a span of the text that carries that span's text.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="entities">The entities so far.</param>
    /// <param name="producer">The component that just ran ("the entity recognizer X"), named in the message; null after all of them.</param>
    public static void CheckEntities(string text, IReadOnlyList<Entity> entities, string? producer = null)
    {
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Start < 0 || e.End < e.Start || e.End > text.Length || !text.AsSpan(e.Start, e.End - e.Start).SequenceEqual(e.Text))
            {
                string after = producer is null ? "." : $", after {producer} ran.";
                throw new InvalidOperationException($"Entity {i} ({e.Label} '{e.Text}' at [{e.Start}, {e.End})) is not the text's span at its offsets (text length {text.Length}){after}");
            }
        }
    }

    /// <summary>Every cluster mention is an index into the entities.</summary>
    public static void CheckClusters(int entityCount, IReadOnlyList<EntityCluster> clusters)
    {
        foreach (var cluster in clusters)
        {
            foreach (int mention in cluster.Mentions)
            {
                if ((uint)mention >= (uint)entityCount)
                {
                    throw new InvalidOperationException($"Cluster '{cluster.Canonical}' names entity {mention}, but the document has {entityCount} entities.");
                }
            }
        }
    }
}
