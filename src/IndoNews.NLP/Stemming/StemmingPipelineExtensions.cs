using IndoNews.NLP.Stemming;

namespace IndoNews.NLP;

/// <summary>Builder extensions that plug the stemming components into a <see cref="PipelineBuilder"/>.</summary>
public static class StemmingPipelineExtensions
{
    /// <summary>Uses the lemmatizer of <paramref name="style"/> with the package's shipped data.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="style">The lemma style; <see cref="LemmaStyle.Root"/> is the default pipeline's.</param>
    /// <returns>The builder.</returns>
    public static PipelineBuilder UseLemmatizer(this PipelineBuilder builder, LemmaStyle style)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseLemmatizer(Lemmatizers.Create(style));
    }

    /// <summary>Uses root lemmas from a <see cref="RootStemmer"/> over the given root-word list.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="lexicon">The root words, e.g. <see cref="RootLexicon.FromFile"/> of your own list.</param>
    /// <returns>The builder.</returns>
    public static PipelineBuilder UseRootLemmatizer(this PipelineBuilder builder, RootLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseLemmatizer(new RootLemmatizer(new RootStemmer(lexicon)));
    }
}
