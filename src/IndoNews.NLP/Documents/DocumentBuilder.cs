namespace IndoNews.NLP;

/// <summary>
/// The mutable document that pipeline stages fill in, one stage after another; <see cref="Build"/>
/// freezes it into an immutable <see cref="Document"/>. Not thread-safe: one builder per analysis.
/// </summary>
public sealed class DocumentBuilder
{
    /// <summary>Creates a builder for <paramref name="text"/>.</summary>
    /// <param name="text">The text to analyse.</param>
    /// <param name="options">Per-call options, or null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public DocumentBuilder(string text, AnalyzeOptions? options = null)
        : this(text, options, new DocumentLists(EstimateTokens(text?.Length ?? 0)), copyTokens: false)
    {
    }

    /// <summary>
    /// Creates a builder that fills in <paramref name="lists"/>, empty lists the caller reuses once <see cref="Build"/>
    /// has returned: the document gets exact copies of them, never the token list's array.
    /// </summary>
    internal DocumentBuilder(string text, AnalyzeOptions? options, DocumentLists lists)
        : this(text, options, lists, copyTokens: true)
    {
    }

    private DocumentBuilder(string text, AnalyzeOptions? options, DocumentLists lists, bool copyTokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Options = options ?? AnalyzeOptions.Default;
        ReferenceDate = Options.PublishedAt is { } published ? new ReferenceDate(published, ReferenceDateSource.Given) : null;
        _lists = lists;
        _copyTokens = copyTokens;
    }

    private readonly DocumentLists _lists;

    // Set when the lists are the caller's to reuse: Build copies the tokens out of theirs.
    private readonly bool _copyTokens;

    /// <summary>About one token per five characters in Indonesian news: the first capacity of a text's token list.</summary>
    internal static int EstimateTokens(int textLength) => Math.Clamp(textLength / 5, 16, 1 << 20);

    /// <summary>The text being analysed.</summary>
    public string Text { get; }

    /// <summary>Per-call options.</summary>
    public AnalyzeOptions Options { get; }

    /// <summary>Tokens, in text order.</summary>
    public TokenList Tokens => _lists.Tokens;

    /// <summary>Sentences, in text order.</summary>
    public List<Sentence> Sentences => _lists.Sentences;

    /// <summary>Entities, in any order; <see cref="Build"/> orders them.</summary>
    public List<Entity> Entities => _lists.Entities;

    /// <summary>Paragraphs, in text order.</summary>
    public List<Paragraph> Paragraphs => _lists.Paragraphs;

    /// <summary>
    /// The date relative dates are resolved against: <see cref="AnalyzeOptions.PublishedAt"/> when given, else null until
    /// the value recogniser reads one from the text (<see cref="AnalyzeOptions.InferPublishedFromText"/>).
    /// </summary>
    public ReferenceDate? ReferenceDate { get; set; }

    /// <summary>The dateline, if any.</summary>
    public Dateline? Dateline { get; set; }

    /// <summary>Entity clusters.</summary>
    public List<EntityCluster> Clusters => _lists.Clusters;

    /// <summary>Whether the news stage ran, so that JSON always carries its fields, empty or null when it found nothing.</summary>
    internal bool HasNewsStructure { get; set; }

    /// <summary>
    /// Freezes the builder into a <see cref="Document"/>; entities are ordered by start, then by longer span first
    /// (a stable order), and the mention indices of <see cref="Clusters"/> follow them.
    /// </summary>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidOperationException">A component left a token, sentence, entity, cluster, paragraph or dateline that does not fit the text.</exception>
    public Document Build()
    {
        // Stages may change anything, so everything is checked once more before it is frozen.
        DocumentValidation.CheckTokens(Text, Tokens.AsSpan(), "A pipeline component left");
        DocumentValidation.CheckSentences(Text, Tokens.AsSpan(), Sentences);
        DocumentValidation.CheckEntities(Text, Entities);
        DocumentValidation.CheckEntityTokens(Entities, Tokens.Count);
        DocumentValidation.CheckClusters(Entities.Count, Clusters);
        DocumentValidation.CheckParagraphs(Text, Paragraphs);
        DocumentValidation.CheckDateline(Text, Dateline);
        DocumentValidation.CheckReferenceDate(Text, ReferenceDate);

        // Clusters hold indices into Entities as the stages saw it; sort a permutation and remap them.
        var order = new int[Entities.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        order.AsSpan().Sort(new EntityOrder(Entities)); // a struct comparer: no closure or delegate per document
        var entities = new Entity[order.Length];
        var newIndex = new int[order.Length];
        var tokens = Tokens.AsSpan();
        for (int i = 0; i < order.Length; i++)
        {
            entities[i] = WithTokens(Entities[order[i]], tokens);
            newIndex[order[i]] = i;
        }

        var clusters = new EntityCluster[Clusters.Count];
        for (int c = 0; c < clusters.Length; c++) clusters[c] = Clusters[c] with { Mentions = Remap(Clusters[c].Mentions, newIndex) };

        return new Document(Text, _copyTokens ? Tokens.ToArray() : Tokens.Freeze(), [.. Sentences], entities, [.. Paragraphs], Dateline, clusters)
        {
            ReferenceDate = ReferenceDate,
            HasNewsStructure = HasNewsStructure || Paragraphs.Count > 0,
        };
    }

    // A recognizer from outside may leave an entity's tokens unset (-1, -1), as Entity's constructor does; the document
    // gives it the tokens its characters touch, as this library's recognizers set them, so that every entity of a
    // document has its range. One that touches no token (only white space) keeps -1, -1.
    private static Entity WithTokens(Entity entity, ReadOnlySpan<Token> tokens)
    {
        if (entity.TokenStart != -1 || entity.TokenEnd != -1) return entity;

        // Tokens do not overlap, so their ends ascend: the first that ends after the entity's start.
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (tokens[mid].End > entity.Start) high = mid;
            else low = mid + 1;
        }

        int end = low;
        while (end < tokens.Length && tokens[end].Start < entity.End) end++;
        return end > low ? entity with { TokenStart = low, TokenEnd = end } : entity;
    }

    // Entity indices by start, longer first, then by index: a total order, so the sort's result is fully determined.
    private readonly struct EntityOrder(List<Entity> entities) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            Entity a = entities[x], b = entities[y];
            if (a.Start != b.Start) return a.Start.CompareTo(b.Start);
            return a.End != b.End ? b.End.CompareTo(a.End) : x.CompareTo(y);
        }
    }

    // A cluster's mention indices in the new entity order, ascending, in an array the cluster keeps without copying.
    private static OwnedMentions Remap(IReadOnlyList<int> mentions, int[] newIndex)
    {
        var remapped = new int[mentions.Count];
        for (int i = 0; i < remapped.Length; i++) remapped[i] = newIndex[mentions[i]];
        Array.Sort(remapped);
        return new OwnedMentions(remapped);
    }
}
