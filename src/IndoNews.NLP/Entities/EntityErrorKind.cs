namespace IndoNews.NLP.Entities;

/// <summary>How a system's entity chunks differ from the gold ones (the usual NER error taxonomy).</summary>
internal enum EntityErrorKind
{
    /// <summary>A gold chunk that no predicted chunk overlaps.</summary>
    Missed,

    /// <summary>A predicted chunk that overlaps no gold chunk.</summary>
    Spurious,

    /// <summary>A gold chunk predicted with the same extent but another label.</summary>
    Label,

    /// <summary>A gold chunk overlapped by predicted chunks of other extents (too long, too short, split or merged).</summary>
    Boundary,
}
