namespace IndoNews.NLP;

/// <summary>
/// A step that runs after the built-in components (tokens, sentences, lemmas, entities) and may read
/// or change anything in the document. Implementations must be thread-safe.
/// </summary>
public interface IPipelineStage
{
    /// <summary>Processes the document.</summary>
    /// <param name="document">The document so far.</param>
    void Process(DocumentBuilder document);
}
