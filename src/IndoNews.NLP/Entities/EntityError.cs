namespace IndoNews.NLP.Entities;

/// <summary>One difference between gold and predicted entity chunks in a sentence.</summary>
/// <param name="Kind">What kind of error it is.</param>
/// <param name="Gold">The gold chunk (start, end exclusive, label); null for <see cref="EntityErrorKind.Spurious"/>.</param>
/// <param name="Predicted">The predicted chunks that overlap it (for a spurious error, the chunk itself).</param>
internal sealed record EntityError(EntityErrorKind Kind, (int Start, int End, string Label)? Gold, IReadOnlyList<(int Start, int End, string Label)> Predicted)
{
    /// <summary>Classifies the differences of one sentence; chunks as <see cref="EntityScorer.Chunks"/> reads them.</summary>
    public static List<EntityError> Find(ReadOnlySpan<byte> gold, ReadOnlySpan<byte> predicted)
    {
        if (gold.Length != predicted.Length) throw new ArgumentException("Gold and predicted tag counts differ.");
        var goldChunks = EntityScorer.Chunks(gold);
        var predictedChunks = EntityScorer.Chunks(predicted);
        var errors = new List<EntityError>();
        foreach (var g in goldChunks.Where(c => !predictedChunks.Contains(c)).OrderBy(c => c.Start))
        {
            var overlapping = predictedChunks.Where(p => Overlap(p, g)).OrderBy(p => p.Start).ToList();
            var kind = overlapping.Count == 0 ? EntityErrorKind.Missed
                : overlapping.Any(p => p.Start == g.Start && p.End == g.End) ? EntityErrorKind.Label
                : EntityErrorKind.Boundary;
            errors.Add(new EntityError(kind, g, overlapping));
        }

        foreach (var p in predictedChunks.Where(c => !goldChunks.Any(g => Overlap(c, g))).OrderBy(c => c.Start))
        {
            errors.Add(new EntityError(EntityErrorKind.Spurious, null, [p]));
        }

        return errors;
    }

    private static bool Overlap((int Start, int End, string Label) a, (int Start, int End, string Label) b) => a.Start < b.End && b.Start < a.End;
}
