namespace IndoNews.NLP.Entities;

/// <summary>Replaces entities of a document at once, for the document rules that join or split names.</summary>
internal static class EntityEdits
{
    /// <summary>Drops the entities at the indexes in <paramref name="removed"/> (when any) and appends <paramref name="added"/>.</summary>
    public static void Apply(List<Entity> entities, HashSet<int>? removed, List<Entity> added)
    {
        if (removed is not null)
        {
            int kept = 0;
            for (int i = 0; i < entities.Count; i++)
            {
                if (!removed.Contains(i)) entities[kept++] = entities[i];
            }

            entities.RemoveRange(kept, entities.Count - kept);
        }

        entities.AddRange(added);
    }

    /// <summary>
    /// Gives <paramref name="to"/> to every mention labelled <paramref name="from"/> (or <paramref name="orFrom"/>) whose text is
    /// one of <paramref name="texts"/>: a name read once from its context is the same name wherever it recurs in the document.
    /// </summary>
    public static void RelabelMentions(List<Entity> entities, HashSet<string> texts, string to, string from, string? orFrom = null)
    {
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if ((entity.Label == from || entity.Label == orFrom) && texts.Contains(entity.Text)) entities[i] = entity.WithLabel(to);
        }
    }

    /// <summary>A new entity over the whole tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static Entity Over(string text, ReadOnlySpan<Token> tokens, int from, int to, string label)
    {
        int start = tokens[from].Start, end = tokens[to - 1].End;
        return new Entity(text[start..end], label, start, end) { TokenStart = from, TokenEnd = to };
    }
}
