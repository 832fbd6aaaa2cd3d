namespace IndoNews.NLP;

/// <summary>The one place that says what the default pipeline holds beyond tokens and sentences.</summary>
internal static class PipelineDefaults
{
    internal static PipelineBuilder Configure(PipelineBuilder builder)
    {
        // The default pipeline: tokens and sentences (from CreateBuilder), then these, in this order.
        builder.UseLemmatizer(Stemming.LemmaStyle.Root);
        builder.UseNamedEntityTagger();
        builder.UseValueEntities();
        builder.UseNewsDocuments();
        builder.UseStopwords(Stopwords.IndonesianStopwords.Default);
        return builder;
    }
}
