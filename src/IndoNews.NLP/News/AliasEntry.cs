namespace IndoNews.NLP.News;

/// <summary>One entity of an <see cref="AliasList"/>: its canonical name and the other names news uses for it.</summary>
/// <param name="Label">The entity label (<c>PER</c>, <c>LOC</c>, <c>ORG</c>).</param>
/// <param name="Canonical">The full name, such as <c>Komisi Pemberantasan Korupsi</c>.</param>
/// <param name="Aliases">Acronyms and short names, such as <c>KPK</c>.</param>
public sealed record AliasEntry(string Label, string Canonical, IReadOnlyList<string> Aliases);
