namespace IndoNews.NLP;

/// <summary>A paragraph of a news document, as found by the news stage.</summary>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="End">UTF-16 offset one past the last character.</param>
/// <param name="DuplicateOf">Index of the earlier paragraph this one repeats, or null.</param>
/// <param name="IsBoilerplate">True for source lines, share widgets, comment boxes and the like.</param>
public readonly record struct Paragraph(int Start, int End, int? DuplicateOf, bool IsBoilerplate);
