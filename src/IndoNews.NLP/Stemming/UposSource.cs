namespace IndoNews.NLP.Stemming;

/// <summary>
/// Gives the universal part of speech (UPOS, e.g. <c>NOUN</c>, <c>ADJ</c>) of <c>tokens[index]</c>, or null when it
/// cannot tell. Must be thread-safe.
/// </summary>
/// <param name="tokens">The document's tokens.</param>
/// <param name="index">The token to tag.</param>
internal delegate string? UposSource(ReadOnlySpan<Token> tokens, int index);
