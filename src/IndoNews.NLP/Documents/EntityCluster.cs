namespace IndoNews.NLP;

/// <summary>Mentions of one entity within a document, such as <c>Bashar al-Assad</c> and <c>Assad</c>.</summary>
/// <param name="Canonical">The fullest name among the mentions.</param>
/// <param name="Label">The entity label.</param>
/// <param name="Mentions">Indices into <see cref="Document.Entities"/>.</param>
public sealed record EntityCluster(string Canonical, string Label, IReadOnlyList<int> Mentions);
