namespace IndoNews.NLP;

/// <summary>Options for one call to <see cref="Pipeline.Process(string, AnalyzeOptions?)"/>.</summary>
public sealed record AnalyzeOptions
{
    /// <summary>The options used when none are given.</summary>
    public static AnalyzeOptions Default { get; } = new();

    /// <summary>
    /// When the text was published. Relative dates (<c>Sabtu (2/7)</c>, <c>kemarin</c>) are resolved
    /// against it; without it they keep no normalised value.
    /// </summary>
    public DateOnly? PublishedAt { get; init; }

    /// <summary>
    /// When <see cref="PublishedAt"/> is null, read the reference date from the text: the first weekday written with
    /// a full date, year included, that agrees with it (<c>Kamis (18/8/2016)</c>, <c>Senin, 20 Februari 2017</c>),
    /// within the first 1,500 characters (the dateline and lead paragraphs), preferring one after a comma, where the
    /// reporting day is written (<c>kata Henry di Jakarta, Kamis (18/8/2016)</c>), to an event after <c>pada</c>. A given <see cref="PublishedAt"/> always
    /// wins. Failing one, a weekday with day and month only (<c>Minggu (21/8)</c>) is used when the text settles its year: the
    /// latest year it writes or the year after, within a year of a date it writes with month and year. Without either
    /// the document is analysed as with no date: relative dates keep no value. A day announced as coming (<c>dijadwalkan
    /// berlangsung … Selasa (13/6)</c>, <c>Rabu (14/12/2016) besok</c>) is never used, one after <c>akan</c> only as a last resort.
    /// </summary>
    /// <remarks>
    /// Such a mention is usually the day of the reported event, which in news is the day of publication or up to
    /// three days before it (on IndoSum, 0 to 3 days before the date in the article's address in 84 of the 90 first-half articles that have both), so
    /// <c>kemarin</c> and bare weekdays may come out a day or two early; for a corpus of mixed dates it is still far closer
    /// than one date for all. <see cref="Document.ReferenceDate"/> tells which date was used.
    /// </remarks>
    public bool InferPublishedFromText { get; init; }
}
