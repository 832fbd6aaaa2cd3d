namespace IndoNews.NLP.Entities;

/// <summary>A tokenised sentence with one <see cref="BioTags"/> id per token (gold or predicted).</summary>
/// <param name="Tokens">The tokens, as given.</param>
/// <param name="Tags">The tags.</param>
internal sealed record NerSentence(string[] Tokens, byte[] Tags);
