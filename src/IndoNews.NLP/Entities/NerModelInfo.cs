namespace IndoNews.NLP.Entities;

/// <summary>Provenance of a trained model, stored in its file header.</summary>
/// <param name="Description">Free text: training sets, options, scores on dev splits.</param>
/// <param name="Seed">The random seed used in training.</param>
/// <param name="Epochs">Training epochs of the stored (averaged) weights.</param>
internal sealed record NerModelInfo(string Description, int Seed, int Epochs);
