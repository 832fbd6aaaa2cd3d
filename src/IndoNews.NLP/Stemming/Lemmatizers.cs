namespace IndoNews.NLP.Stemming;

/// <summary>Creates the lemmatizer for each <see cref="LemmaStyle"/>.</summary>
public static class Lemmatizers
{
    /// <summary>The lemmatizer of <paramref name="style"/>, with the package's shipped data.</summary>
    /// <param name="style">The lemma style.</param>
    /// <returns>A thread-safe lemmatizer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined value.</exception>
    public static ILemmatizer Create(LemmaStyle style) => style switch
    {
        LemmaStyle.Root => RootLemmatizer.Default,
        LemmaStyle.UdGsd => UdLemmatizer.Gsd,
        LemmaStyle.UdCsui => UdLemmatizer.Csui,
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown lemma style."),
    };
}
