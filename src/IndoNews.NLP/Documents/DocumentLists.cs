namespace IndoNews.NLP;

/// <summary>
/// The lists a <see cref="DocumentBuilder"/> fills in: tokens, sentences, entities, paragraphs and clusters. The document
/// that <see cref="DocumentBuilder.Build"/> makes copies all of them, so a pipeline reuses one set of lists for text
/// after text (see <see cref="Internal.DocumentListsPool"/>) instead of growing new ones for each.
/// </summary>
internal sealed class DocumentLists
{
    /// <summary>Creates empty lists, the token list with room for <paramref name="tokenCapacity"/> tokens.</summary>
    public DocumentLists(int tokenCapacity) => Tokens = new TokenList(tokenCapacity);

    /// <summary>Tokens, in text order.</summary>
    public TokenList Tokens { get; }

    /// <summary>Sentences, in text order.</summary>
    public List<Sentence> Sentences { get; } = [];

    /// <summary>Entities, in any order.</summary>
    public List<Entity> Entities { get; } = [];

    /// <summary>Paragraphs, in text order.</summary>
    public List<Paragraph> Paragraphs { get; } = [];

    /// <summary>Entity clusters.</summary>
    public List<EntityCluster> Clusters { get; } = [];

    /// <summary>The most items any of the lists has room for.</summary>
    public int LargestCapacity
        => Math.Max(Math.Max(Tokens.Capacity, Sentences.Capacity), Math.Max(Entities.Capacity, Math.Max(Paragraphs.Capacity, Clusters.Capacity)));

    /// <summary>Empties every list, dropping its references to the text, lemmas and entities.</summary>
    public void Clear()
    {
        Tokens.Clear();
        Sentences.Clear();
        Entities.Clear();
        Paragraphs.Clear();
        Clusters.Clear();
    }
}
