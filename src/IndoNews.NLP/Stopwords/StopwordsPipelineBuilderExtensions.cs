namespace IndoNews.NLP.Stopwords;

/// <summary>Adds the Indonesian stopword list to a <see cref="PipelineBuilder"/>.</summary>
public static class StopwordsPipelineBuilderExtensions
{
    /// <summary>Marks tokens found in <paramref name="stopwords"/> (by default the shipped list) as <see cref="Token.IsStopword"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="stopwords">The list, or null for <see cref="IndonesianStopwords.Default"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static PipelineBuilder UseIndonesianStopwords(this PipelineBuilder builder, IndonesianStopwords? stopwords = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseStopwords(stopwords ?? IndonesianStopwords.Default);
    }
}
