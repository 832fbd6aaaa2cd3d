namespace IndoNews.NLP.Stemming;

/// <summary>placeholder</summary>
public sealed class RootLemmatizer : ILemmatizer
{
    /// <summary>placeholder</summary>
    public static RootLemmatizer Default { get; } = new();

    /// <inheritdoc/>
    public string Lemmatize(ReadOnlySpan<Token> tokens, int index) => tokens[index].Text.ToLowerInvariant();
}
