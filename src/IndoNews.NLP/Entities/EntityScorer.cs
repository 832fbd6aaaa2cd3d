namespace IndoNews.NLP.Entities;

/// <summary>
/// Entity-level exact-match scoring with conlleval's definitions: a chunk starts at B-X, or at I-X
/// after a tag of another label, and ends before the first tag that does not continue it; a predicted
/// chunk counts only when its start, end and label equal a gold chunk's.
/// </summary>
internal sealed class EntityScorer
{
    private readonly Dictionary<string, (int Gold, int Predicted, int Correct)> _counts = new(StringComparer.Ordinal);

    /// <summary>Adds one sentence.</summary>
    public void Add(ReadOnlySpan<byte> gold, ReadOnlySpan<byte> predicted)
    {
        if (gold.Length != predicted.Length) throw new ArgumentException("Gold and predicted tag counts differ.");
        var goldChunks = Chunks(gold);
        var predictedChunks = Chunks(predicted);
        foreach (var c in goldChunks) Bump(c.Label, 1, 0, 0);
        foreach (var c in predictedChunks) Bump(c.Label, 0, 1, goldChunks.Contains(c) ? 1 : 0);
    }

    private void Bump(string label, int gold, int predicted, int correct)
    {
        _counts.TryGetValue(label, out var v);
        _counts[label] = (v.Gold + gold, v.Predicted + predicted, v.Correct + correct);
    }

    /// <summary>The chunks of a tag sequence as (start, end exclusive, label).</summary>
    public static HashSet<(int Start, int End, string Label)> Chunks(ReadOnlySpan<byte> tags)
    {
        var chunks = new HashSet<(int, int, string)>();
        int start = -1;
        for (int i = 0; i <= tags.Length; i++)
        {
            int tag = i < tags.Length ? tags[i] : BioTags.Outside;
            bool continues = start >= 0 && BioTags.IsInside(tag) && BioTags.Label(tag) == BioTags.Label(tags[start]);
            if (continues) continue;
            if (start >= 0) chunks.Add((start, i, BioTags.Label(tags[start])));
            start = tag == BioTags.Outside ? -1 : i;
        }

        return chunks;
    }

    /// <summary>Labels seen in gold or predictions, sorted.</summary>
    public IEnumerable<string> Labels => _counts.Keys.Order(StringComparer.Ordinal);

    /// <summary>Precision, recall and F1 (percent) of one label, or of all labels (micro-average) when null.</summary>
    public (double Precision, double Recall, double F1, int Gold, int Predicted, int Correct) Score(string? label = null)
    {
        int g = 0, p = 0, c = 0;
        foreach (var (key, v) in _counts)
        {
            if (label is not null && key != label) continue;
            g += v.Gold;
            p += v.Predicted;
            c += v.Correct;
        }

        double precision = p == 0 ? 0 : 100.0 * c / p;
        double recall = g == 0 ? 0 : 100.0 * c / g;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1, g, p, c);
    }
}
