namespace IndoNews.NLP.Stemming;

/// <summary>Creates the lemmatizer for each <see cref="LemmaStyle"/>.</summary>
public static class Lemmatizers
{
    /// <summary>The lemmatizer of <paramref name="style"/>, with the package's shipped data.</summary>
    /// <param name="style">The lemma style.</param>
    /// <returns>A thread-safe lemmatizer.</returns>
    /// <exception cref="NotSupportedException">The style is not available in this build.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined value.</exception>
    public static ILemmatizer Create(LemmaStyle style) => style switch
    {
        LemmaStyle.Root => RootLemmatizer.Default,
        LemmaStyle.UdGsd or LemmaStyle.UdCsui => throw new NotSupportedException($"Lemma style {style} (UD lemmas) is not available yet in this build; use LemmaStyle.Root."),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown lemma style."),
    };
}
