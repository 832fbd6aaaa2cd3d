namespace IndoNews.NLP.Entities;

/// <summary>One training sentence for <see cref="NerTrainer"/>.</summary>
/// <param name="Sentence">Tokens and gold tags.</param>
/// <param name="Allowed">
/// Optional per-token bit masks of acceptable tags (bit t = <see cref="BioTags"/> id t) for partly
/// labelled sentences: the trainer learns toward the best path within the masks instead of toward
/// <see cref="NerSentence.Tags"/>. Null when every tag is known.
/// </param>
/// <param name="Weight">How strongly the sentence's mistakes update the weights.</param>
/// <param name="Source">The corpus it came from, for reports.</param>
internal sealed record NerTrainingExample(NerSentence Sentence, byte[]? Allowed, float Weight, string Source);
