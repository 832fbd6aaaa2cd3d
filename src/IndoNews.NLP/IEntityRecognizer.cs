namespace IndoNews.NLP;

/// <summary>Finds entities in a document and adds them to <see cref="DocumentBuilder.Entities"/>. Implementations must be thread-safe.</summary>
public interface IEntityRecognizer
{
    /// <summary>Adds the entities found in <paramref name="document"/>.</summary>
    /// <param name="document">The document, with tokens, sentences and lemmas already set.</param>
    void Recognize(DocumentBuilder document);
}
