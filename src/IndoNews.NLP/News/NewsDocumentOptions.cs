using System.Collections.Frozen;

namespace IndoNews.NLP.News;

/// <summary>Settings of the <see cref="NewsDocumentStage"/>. Every feature is on by default.</summary>
/// <remarks>Equality compares the cluster labels as sets and the alias list by reference.</remarks>
public sealed record NewsDocumentOptions
{
    // Declared before Default: static initializers run in text order, and Default's constructor reads it.
    private static readonly FrozenSet<string> DefaultClusterLabels = FrozenSet.ToFrozenSet([EntityLabels.Person, EntityLabels.Location, EntityLabels.Organization], StringComparer.Ordinal);

    /// <summary>The defaults.</summary>
    public static NewsDocumentOptions Default { get; } = new();

    /// <summary>Mark paragraphs that repeat an earlier one (<see cref="Paragraph.DuplicateOf"/>).</summary>
    public bool MarkDuplicates { get; init; } = true;

    /// <summary>Mark source lines, read-also links, comment and share widgets, copyright and closing initials (<see cref="Paragraph.IsBoilerplate"/>).</summary>
    public bool MarkBoilerplate { get; init; } = true;

    /// <summary>Read the dateline (<c>MOSKOW -</c>) into <see cref="Document.Dateline"/>.</summary>
    public bool ParseDateline { get; init; } = true;

    /// <summary>
    /// Make sentences follow paragraphs: a sentence never spans two paragraphs, and a sentence that the
    /// splitter ended at a wrapped line break without final punctuation is joined with the next. A read-also
    /// link whose headline a scraper ran into the next sentence (<c>Baca juga: … Dibongkar Untuk memberikan …</c>)
    /// ends at the headline.
    /// </summary>
    public bool AlignSentencesWithParagraphs { get; init; } = true;

    /// <summary>Group entity mentions into <see cref="Document.Clusters"/>.</summary>
    public bool LinkEntities { get; init; } = true;

    /// <summary>
    /// Whether mentions in duplicate and boilerplate paragraphs join clusters. Off by default, so that a
    /// cluster's mention count counts each paragraph once and ignores blog widgets.
    /// </summary>
    public bool ClusterIgnoredParagraphs { get; init; }

    private readonly FrozenSet<string> _clusterLabels = DefaultClusterLabels;

    /// <summary>The labels whose mentions are clustered. The given set is copied, so changing it later changes nothing here.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlySet<string> ClusterLabels
    {
        get => _clusterLabels;
        init => _clusterLabels = (value ?? throw new ArgumentNullException(nameof(value))).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The alias list; null means <see cref="AliasList.Default"/>, loaded on first use.</summary>
    public AliasList? Aliases { get; init; }

    /// <summary>Whether <paramref name="other"/> has the same settings: the same flags, the same cluster labels, the same alias list.</summary>
    /// <param name="other">The options to compare with.</param>
    /// <returns><see langword="true"/> when every setting is equal.</returns>
    public bool Equals(NewsDocumentOptions? other)
        => other is not null
            && MarkDuplicates == other.MarkDuplicates
            && MarkBoilerplate == other.MarkBoilerplate
            && ParseDateline == other.ParseDateline
            && AlignSentencesWithParagraphs == other.AlignSentencesWithParagraphs
            && LinkEntities == other.LinkEntities
            && ClusterIgnoredParagraphs == other.ClusterIgnoredParagraphs
            && _clusterLabels.SetEquals(other._clusterLabels)
            && ReferenceEquals(Aliases, other.Aliases);

    /// <summary>A hash consistent with <see cref="Equals(NewsDocumentOptions?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        int labels = 0;
        foreach (string label in _clusterLabels) labels ^= StringComparer.Ordinal.GetHashCode(label); // order-free
        return HashCode.Combine(MarkDuplicates, MarkBoilerplate, ParseDateline, AlignSentencesWithParagraphs, LinkEntities, ClusterIgnoredParagraphs, labels, Aliases is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Aliases));
    }
}
