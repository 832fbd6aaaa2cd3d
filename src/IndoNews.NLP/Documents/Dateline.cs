namespace IndoNews.NLP;

/// <summary>A news dateline such as <c>MOSKOW -</c> or <c>Jakarta, CNN Indonesia --</c>.</summary>
/// <param name="Place">The place, as written.</param>
/// <param name="Outlet">The news outlet when the dateline names one, else null.</param>
/// <param name="Start">UTF-16 offset of the place.</param>
/// <param name="End">UTF-16 offset one past the place.</param>
public sealed record Dateline(string Place, string? Outlet, int Start, int End);
