namespace IndoNews.NLP;

/// <summary>
/// The date that a document's relative dates (<c>Sabtu (2/7)</c>, <c>kemarin</c>, a bare <c>Kamis</c>) were resolved
/// against: the publication date given by the caller, or one read from the text.
/// </summary>
/// <param name="Date">The reference day.</param>
/// <param name="Source">Whether it was given or read from the text.</param>
/// <param name="Start">For a date read from the text, the UTF-16 offset of the mention it was read from (such as <c>Kamis (18/8/2016)</c>); -1 for a given date.</param>
/// <param name="End">For a date read from the text, the offset one past that mention; -1 for a given date.</param>
public sealed record ReferenceDate(DateOnly Date, ReferenceDateSource Source, int Start = -1, int End = -1)
{
    /// <summary>Whether the date was read from the text rather than given.</summary>
    public bool IsInferred => Source == ReferenceDateSource.Text;
}
