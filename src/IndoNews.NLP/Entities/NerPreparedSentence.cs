namespace IndoNews.NLP.Entities;

/// <summary>A training or dev sentence with its features extracted once, as the trainers keep it.</summary>
/// <param name="Ids">The feature ids (weight-table rows) of all tokens, token after token.</param>
/// <param name="Offsets">Where each token's ids start in <paramref name="Ids"/>; one more entry than tokens.</param>
/// <param name="Gold">The gold <see cref="BioTags"/> id of each token.</param>
/// <param name="Allowed">Per-token bit masks of acceptable tags for partly labelled sentences, or null.</param>
/// <param name="Weight">How strongly the sentence counts in training.</param>
internal sealed record NerPreparedSentence(int[] Ids, int[] Offsets, byte[] Gold, byte[]? Allowed, float Weight);
