using System.Collections.Frozen;

namespace IndoNews.NLP.News;

/// <summary>Settings of the <see cref="NewsDocumentStage"/>. Every feature is on by default.</summary>
public sealed record NewsDocumentOptions
{
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
    /// splitter ended at a wrapped line break without final punctuation is joined with the next.
    /// </summary>
    public bool AlignSentencesWithParagraphs { get; init; } = true;

    /// <summary>Group entity mentions into <see cref="Document.Clusters"/>.</summary>
    public bool LinkEntities { get; init; } = true;

    /// <summary>
    /// Whether mentions in duplicate and boilerplate paragraphs join clusters. Off by default, so that a
    /// cluster's mention count counts each paragraph once and ignores blog widgets.
    /// </summary>
    public bool ClusterIgnoredParagraphs { get; init; }

    private readonly FrozenSet<string> _clusterLabels = FrozenSet.ToFrozenSet([EntityLabels.Person, EntityLabels.Location, EntityLabels.Organization], StringComparer.Ordinal);

    /// <summary>The labels whose mentions are clustered. The given set is copied, so changing it later changes nothing here.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlySet<string> ClusterLabels
    {
        get => _clusterLabels;
        init => _clusterLabels = (value ?? throw new ArgumentNullException(nameof(value))).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The alias list; null means <see cref="AliasList.Default"/>, loaded on first use.</summary>
    public AliasList? Aliases { get; init; }
}
