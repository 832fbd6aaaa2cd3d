namespace IndoNews.NLP.News;

/// <summary>
/// The place of a dateline is a location: a person or organisation that covers exactly the dateline's place
/// (<c>BARCELONA, JUARA.net -</c>, <c>HOFFENHEIM, JUARA.net -</c>, <c>Sayaboury (ANTARA News) -</c>) is relabelled
/// <see cref="EntityLabels.Location"/>. The tagger reads a capitalised word in front of a club's or a race's news as
/// the club (<c>BARCELONA</c>) or as a person.
/// </summary>
/// <remarks>
/// Only a dateline with a known outlet counts (<see cref="NewsOutlets"/>): a head in capitals before a dash with no
/// outlet may be an organisation itself (<c>KPK -</c>), and a head before an unknown capitalised word after a comma is
/// only weak evidence of a dateline. The outlet's own entity and any span longer or shorter than the place are left
/// alone. A place that no entity touches at all (<c>Baturaja (ANTARA News) -</c>, <c>JUARA.NET, BRNO -</c>) gets a
/// location of its own, when the document has names from a recognizer.
/// </remarks>
internal static class DatelinePlaces
{
    /// <summary>Relabels the person or organisation that covers exactly the place of <paramref name="dateline"/>.</summary>
    /// <param name="entities">The document's entities; changed in place.</param>
    /// <param name="dateline">The document's dateline.</param>
    public static void Relabel(List<Entity> entities, Dateline dateline)
    {
        if (dateline.Outlet is null || !NewsOutlets.IsOutlet(dateline.Outlet)) return;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Start != dateline.Start || entity.End != dateline.End) continue;
            if (entity.Label is not (EntityLabels.Person or EntityLabels.Organization)) continue;
            // The tagger's confidence was in the other label, so none is carried over.
            entities[i] = entity.WithLabel(EntityLabels.Location) with { Confidence = null };
        }
    }

    /// <summary>
    /// Adds a location for the place of <paramref name="dateline"/> when no entity overlaps it, the dateline has a known
    /// outlet, the place covers whole tokens, and the document has a person, organisation or location already (so an
    /// entity recognizer ran: a pipeline without one gets no names from here).
    /// </summary>
    /// <param name="entities">The document's entities; changed in place.</param>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="dateline">The document's dateline.</param>
    public static void AddMissing(List<Entity> entities, ReadOnlySpan<Token> tokens, Dateline dateline)
    {
        if (dateline.Outlet is null || !NewsOutlets.IsOutlet(dateline.Outlet)) return;
        bool hasNames = false;
        int insertAt = entities.Count;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Start < dateline.End && entity.End > dateline.Start) return;
            if (entity.Label is EntityLabels.Person or EntityLabels.Organization or EntityLabels.Location) hasNames = true;
            if (insertAt == entities.Count && entity.Start >= dateline.End) insertAt = i;
        }

        if (!hasNames) return;
        int first = -1;
        for (int k = 0; k < tokens.Length && tokens[k].Start < dateline.End; k++)
        {
            if (tokens[k].Start == dateline.Start) first = k;
            if (first >= 0 && tokens[k].End == dateline.End)
            {
                entities.Insert(insertAt, new Entity(dateline.Place, EntityLabels.Location, dateline.Start, dateline.End) { TokenStart = first, TokenEnd = k + 1 });
                return;
            }
        }
    }
}
