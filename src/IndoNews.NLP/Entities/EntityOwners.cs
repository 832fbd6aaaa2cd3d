namespace IndoNews.NLP.Entities;

/// <summary>
/// Maps each token to the entity that covers it, for the document rules that read names by token; the rules hold the
/// map in an <see cref="EntityOwnerMap"/>.
/// </summary>
internal static class EntityOwners
{
    /// <summary>Sets <paramref name="owner"/>[t] to the index in <paramref name="entities"/> of an entity that covers token t, or -1.</summary>
    public static void Fill(List<Entity> entities, Span<int> owner)
    {
        owner.Fill(-1);
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.TokenStart < 0) continue;
            int end = Math.Min(entity.TokenEnd, owner.Length);
            for (int t = entity.TokenStart; t < end; t++) owner[t] = i;
        }
    }

    /// <summary>
    /// Sets <paramref name="owner"/>[t] to the index in <paramref name="entities"/> of the first entity in list order that
    /// covers token t, or -1: where spans overlap, the one a scan of the list would meet first.
    /// </summary>
    public static void FillFirst(List<Entity> entities, Span<int> owner)
    {
        owner.Fill(-1);
        for (int i = entities.Count - 1; i >= 0; i--)
        {
            var entity = entities[i];
            if (entity.TokenStart < 0) continue;
            int end = Math.Min(entity.TokenEnd, owner.Length);
            for (int t = entity.TokenStart; t < end; t++) owner[t] = i;
        }
    }
}
