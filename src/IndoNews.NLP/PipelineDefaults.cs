namespace IndoNews.NLP;

/// <summary>The one place that says what the default pipeline holds beyond tokens and sentences.</summary>
internal static class PipelineDefaults
{
    internal static PipelineBuilder Configure(PipelineBuilder builder)
    {
        // Components register here as they land: lemmatizer, stopwords, entity recognizers, news stage.
        builder.UseLemmatizer(Stemming.LemmaStyle.Root);
        return builder;
    }
}
