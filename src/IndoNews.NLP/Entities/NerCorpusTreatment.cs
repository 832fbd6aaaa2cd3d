namespace IndoNews.NLP.Entities;

/// <summary>
/// What the trainer learns from each corpus, decided on dev results (see data/ner/SOURCE.md):
/// which corpora are used, with what weight, which of their labels are trusted, and which case-changed
/// copies of their sentences are added so that one model handles mixed-case, lower-case and all-caps text.
/// </summary>
internal sealed class NerCorpusTreatment
{
    /// <summary>Corpus weights; a corpus not listed is not trained on.</summary>
    public Dictionary<string, float> Weights { get; init; } = new(StringComparer.Ordinal)
    {
        ["idner"] = 1f,
        ["nergrit"] = 1f,
        ["nerugm"] = 1f,
        ["nerp"] = 1f,
    };

    /// <summary>Share (0-1) of mixed-case sentences that also train as an all-caps copy.</summary>
    public double UpperCopyShare { get; init; } = 0.1;

    /// <summary>Share (0-1) of mixed-case sentences that also train as a lower-case copy.</summary>
    public double LowerCopyShare { get; init; }

    /// <summary>Weight of the case-changed copies relative to their corpus.</summary>
    public float CopyWeight { get; init; } = 0.5f;

    public bool Uses(string corpus) => Weights.ContainsKey(corpus);

    /// <summary>The training examples one corpus sentence gives.</summary>
    public IEnumerable<NerTrainingExample> Apply(string corpus, NerSentence sentence)
    {
        float weight = Weights[corpus];
        yield return new NerTrainingExample(sentence, null, weight, corpus);
        if (corpus == "nerp") yield break; // already lower-case
        ulong pick = FeatureHash.Combine(77, FeatureHash.Of(SentenceKey.Of(sentence.Tokens)));
        double u = (pick >> 11) * (1.0 / (1UL << 53));
        if (u < UpperCopyShare)
        {
            yield return new NerTrainingExample(sentence with { Tokens = [.. sentence.Tokens.Select(t => t.ToUpperInvariant())] }, null, weight * CopyWeight, corpus + "+upper");
        }
        else if (u < UpperCopyShare + LowerCopyShare)
        {
            yield return new NerTrainingExample(sentence with { Tokens = [.. sentence.Tokens.Select(t => t.ToLowerInvariant())] }, null, weight * CopyWeight, corpus + "+lower");
        }
    }
}
