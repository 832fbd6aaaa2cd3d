using IndoNews.NLP.News;

namespace IndoNews.NLP;

/// <summary>Questions about a document's news structure: which text is article content, and which entities count.</summary>
public static class NewsDocumentExtensions
{
    /// <summary>
    /// True when <paramref name="offset"/> lies in article content: not in a duplicate or boilerplate paragraph.
    /// Always true for a document analysed without the news stage.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="offset">A UTF-16 offset into <see cref="Document.Text"/>.</param>
    /// <returns>Whether the offset is content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative or past the end of the text.</exception>
    public static bool IsContent(this Document document, int offset)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, document.Text.Length);
        return NewsDocumentStage.IsContent(document.Paragraphs, offset);
    }

    /// <summary>The entities that lie in article content (see <see cref="IsContent"/>), in document order.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The entities.</returns>
    public static IEnumerable<Entity> ContentEntities(this Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Entities.Where(e => NewsDocumentStage.IsContent(document.Paragraphs, e.Start));
    }

    /// <summary>The entities of one cluster.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cluster">A cluster of this document.</param>
    /// <returns>The mentions, in document order.</returns>
    public static IEnumerable<Entity> GetMentions(this Document document, EntityCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(cluster);
        return cluster.Mentions.Select(i => document.Entities[i]);
    }
}
