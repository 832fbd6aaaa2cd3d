namespace IndoNews.NLP;

/// <summary>
/// Checks what pipeline components put into a <see cref="DocumentBuilder"/>, so that a faulty custom
/// tokenizer, splitter, recognizer or stage fails with a message naming the problem instead of breaking a
/// later stage or yielding offsets outside the text.
/// </summary>
internal static class DocumentValidation
{
    /// <summary>Every token is a non-empty span of this very text, in text order, and no two overlap.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="producer">Who made them and how, opening the message ("The tokenizer produced").</param>
    public static void CheckTokens(string text, ReadOnlySpan<Token> tokens, string producer = "The tokenizer produced")
    {
        int previousEnd = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.End > text.Length || t.Start < previousEnd || t.Start >= t.End)
            {
                throw new InvalidOperationException($"{producer} token {i} at [{t.Start}, {t.End}), which is empty, outside the text (length {text.Length}) or overlaps the previous token (which ends at {previousEnd}).");
            }

            // A token over another string would report that string's characters at this text's offsets.
            if (!t.IsOver(text))
            {
                throw new InvalidOperationException($"{producer} token {i} ('{t.Text}' at [{t.Start}, {t.End})) over another string than the document's text; create tokens with the text being analysed.");
            }

            previousEnd = t.End;
        }
    }

    /// <summary>
    /// For a component called directly with a builder (outside a pipeline, which checks as it goes): its tokens and
    /// sentences fit its text, so the component cannot index past them.
    /// </summary>
    public static void CheckBuilderInput(DocumentBuilder document, string component)
    {
        CheckTokens(document.Text, document.Tokens.AsSpan(), $"The builder given to {component} has");
        CheckSentences(document.Text, document.Tokens.AsSpan(), document.Sentences);
    }

    /// <summary>Every paragraph lies inside the text, in order, and a duplicate names an earlier paragraph.</summary>
    public static void CheckParagraphs(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        int previousEnd = 0;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.Start < previousEnd || p.End < p.Start || p.End > text.Length || p.DuplicateOf is < 0 || p.DuplicateOf >= i)
            {
                throw new InvalidOperationException($"Paragraph {i} ([{p.Start}, {p.End}), duplicate of {p.DuplicateOf?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}) does not fit a text of length {text.Length} after the previous paragraph, or names a paragraph that is not before it.");
            }

            previousEnd = p.End;
        }
    }

    /// <summary>The dateline, if any, lies inside the text.</summary>
    public static void CheckDateline(string text, Dateline? dateline)
    {
        if (dateline is not null && (dateline.Start < 0 || dateline.End < dateline.Start || dateline.End > text.Length))
        {
            throw new InvalidOperationException($"The dateline '{dateline.Place}' at [{dateline.Start}, {dateline.End}) is outside the text (length {text.Length}).");
        }
    }

    /// <summary>A reference date read from the text points at a span inside it; a given one points nowhere.</summary>
    public static void CheckReferenceDate(string text, ReferenceDate? reference)
    {
        if (reference is null) return;
        bool ok = reference.Source == ReferenceDateSource.Given
            ? reference.Start == -1 && reference.End == -1
            : reference.Start >= 0 && reference.End >= reference.Start && reference.End <= text.Length;
        if (!ok) throw new InvalidOperationException($"The reference date {reference.Date:yyyy-MM-dd} ({reference.Source}) has the span [{reference.Start}, {reference.End}), which does not fit a text of length {text.Length}.");
    }

    /// <summary>
    /// Every sentence lies inside the text, and the sentences cover the tokens in order, each a non-empty run of them that it
    /// starts and ends with (no sentences at all is allowed: a pipeline may leave them out).
    /// </summary>
    public static void CheckSentences(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        int previousTokenEnd = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            bool fits = s.Start >= 0 && s.End >= s.Start && s.End <= text.Length && s.TokenStart == previousTokenEnd && s.TokenEnd > s.TokenStart && s.TokenEnd <= tokens.Length;
            if (fits) fits = s.Start == tokens[s.TokenStart].Start && s.End == tokens[s.TokenEnd - 1].End;
            if (!fits)
            {
                throw new InvalidOperationException($"The sentence splitter produced sentence {i} with text [{s.Start}, {s.End}) and tokens [{s.TokenStart}, {s.TokenEnd}), which does not fit a text of length {text.Length} with {tokens.Length} tokens: sentences must follow each other without a gap in the tokens, hold at least one token, and start and end with their first and last token.");
            }

            previousTokenEnd = s.TokenEnd;
        }

        if (sentences.Count > 0 && previousTokenEnd != tokens.Length)
        {
            throw new InvalidOperationException($"The sentence splitter left tokens [{previousTokenEnd}, {tokens.Length}) outside every sentence.");
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

    /// <summary>Every entity's token range is unset (-1, -1) or a range of the document's tokens.</summary>
    public static void CheckEntityTokens(IReadOnlyList<Entity> entities, int tokenCount)
    {
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            bool unset = e.TokenStart == -1 && e.TokenEnd == -1;
            if (!unset && (e.TokenStart < 0 || e.TokenEnd < e.TokenStart || e.TokenEnd > tokenCount))
            {
                throw new InvalidOperationException($"Entity {i} ({e.Label} '{e.Text}') has tokens [{e.TokenStart}, {e.TokenEnd}), which is not a range of the document's {tokenCount} tokens (or -1, -1 for none).");
            }
        }
    }

    /// <summary>Every cluster mention is an index into the entities.</summary>
    public static void CheckClusters(int entityCount, IReadOnlyList<EntityCluster> clusters)
    {
        // By index: enumerating the lists allocated an enumerator per cluster of every document.
        for (int c = 0; c < clusters.Count; c++)
        {
            var cluster = clusters[c];
            var mentions = cluster.Mentions;
            for (int i = 0; i < mentions.Count; i++)
            {
                int mention = mentions[i];
                if ((uint)mention >= (uint)entityCount)
                {
                    throw new InvalidOperationException($"Cluster '{cluster.Canonical}' names entity {mention}, but the document has {entityCount} entities.");
                }
            }
        }
    }
}
