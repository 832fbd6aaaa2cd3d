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
/// alone.
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
            entities[i] = new Entity(entity.Text, EntityLabels.Location, entity.Start, entity.End)
            {
                TokenStart = entity.TokenStart,
                TokenEnd = entity.TokenEnd,
            };
        }
    }
}
