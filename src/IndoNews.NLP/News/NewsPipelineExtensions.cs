using IndoNews.NLP.News;

namespace IndoNews.NLP;

/// <summary>Adds the news-document stage to a pipeline.</summary>
public static class NewsPipelineExtensions
{
    /// <summary>
    /// Adds a <see cref="NewsDocumentStage"/> (paragraphs, duplicates, boilerplate, dateline, clusters), replacing
    /// any news stage already added.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Settings, or null for the defaults.</param>
    /// <returns>The builder.</returns>
    public static PipelineBuilder UseNewsDocuments(this PipelineBuilder builder, NewsDocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.RemoveStages<NewsDocumentStage>().AddStage(options is null ? NewsDocumentStage.Default : new NewsDocumentStage(options));
    }

    /// <summary>Removes the news-document stage.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static PipelineBuilder WithoutNewsDocuments(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.RemoveStages<NewsDocumentStage>();
    }
}
