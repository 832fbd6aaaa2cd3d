namespace IndoNews.NLP.Entities;

/// <summary>
/// A football club written with the prefix <c>PS.</c> (persatuan sepak bola) before its short form in capitals is one
/// organisation: <c>Pemain PS. TNI Sdr. Manahati Lestusen</c>, <c>Tim PS. TNI dikenakan sanksi</c>. The tagger read
/// <c>PS</c> and <c>TNI</c> as two organisations, or the army alone.
/// </summary>
/// <remarks>
/// The prefix is <c>PS.</c> as one token (as the news tokenizer keeps it there, so no sentence ends at its period), or
/// <c>PS</c> with a period glued to it (as the UD GSD style splits it), one space, and a word of two or more capitals. The club's span runs to the
/// end of the entity that holds the short form when one does (<c>PS. TNI Jakarta</c>), else to the short form. Entities
/// over the prefix and that span are replaced; a span that covers more than them is left alone.
/// </remarks>
internal static class ClubPrefixNames
{
    /// <summary>Makes every such club in <paramref name="document"/> one <see cref="EntityLabels.Organization"/>.</summary>
    public static void Join(DocumentBuilder document)
    {
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        var entities = document.Entities;
        HashSet<int>? removed = null;
        List<Entity>? added = null;
        EntityStartIndex? index = null;
        for (int t = 0; t + 1 < tokens.Length; t++)
        {
            int name = NameAfterPrefix(text, tokens, t);
            if (name < 0) continue;

            // Only the entities that start inside the club's span can be over it: one that starts before the prefix and
            // runs into it makes it unclear. Those that ended before t were replaced by an earlier club, if at all.
            index ??= new EntityStartIndex(entities, tokens.Length);
            if (index.Crosses(t)) continue;
            var near = StartingIn(index, entities, t, name);

            int end = name + 1;
            var over = new List<int>();
            bool blocked = false;
            foreach (int e in near)
            {
                var entity = entities[e];
                if (entity.TokenEnd <= t || entity.TokenStart >= end) continue;
                if (entity.TokenStart <= name && entity.TokenEnd > name) end = Math.Max(end, entity.TokenEnd);
                over.Add(e);
            }

            // Entities that start inside the club's span after the short form, or run past it, make it unclear.
            foreach (int e in over)
            {
                if (entities[e].TokenEnd > end) blocked = true;
            }

            if (blocked) continue;
            foreach (int e in over) (removed ??= []).Add(e);
            (added ??= []).Add(EntityEdits.Over(text, tokens, t, end, EntityLabels.Organization));
            t = end - 1;
        }

        index?.Dispose(); // an exception midway leaves its arrays to the garbage collector
        if (added is not null) EntityEdits.Apply(entities, removed, added);
    }

    // The indexes, in list order, of the entities that start at token from or after it and before the end of the
    // entities that start by token name and hold it (at least name + 1).
    private static List<int> StartingIn(EntityStartIndex index, List<Entity> entities, int from, int name)
    {
        int end = name + 1;
        var found = new List<int>();
        for (int k = index.FirstStartingAt(from); k < index.Count && index.StartAt(k) < end; k++)
        {
            var entity = entities[index.EntityAt(k)];
            if (entity.TokenStart <= name && entity.TokenEnd > name) end = Math.Max(end, entity.TokenEnd);
            found.Add(index.EntityAt(k));
        }

        found.Sort();
        return found;
    }

    // The token of the club's short form after a "PS." prefix at t, or -1.
    private static int NameAfterPrefix(string text, ReadOnlySpan<Token> tokens, int t)
    {
        int name;
        if (tokens[t].Span is "PS.") name = t + 1;
        else if (tokens[t].Span is "PS" && tokens[t + 1].Span is "." && tokens[t + 1].Start == tokens[t].End) name = t + 2;
        else return -1;

        if (t > 0 && tokens[t - 1].End == tokens[t].Start && tokens[t - 1].Kind == TokenKind.Word) return -1;
        if (name >= tokens.Length || tokens[name].Kind != TokenKind.Word || tokens[name].Start != tokens[name - 1].End + 1 || text[tokens[name - 1].End] != ' ') return -1;
        var span = tokens[name].Span;
        if (span.Length < 2) return -1;
        foreach (char c in span)
        {
            if (!char.IsAsciiLetterUpper(c)) return -1;
        }

        return name;
    }
}
