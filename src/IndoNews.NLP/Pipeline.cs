using System.Runtime.CompilerServices;
using IndoNews.NLP.Segmentation;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP;

/// <summary>
/// Analyses Indonesian text: tokens, sentences, lemmas, entities and news structure.
/// <see cref="Analyze(string)"/> uses a default pipeline built once, on first use; build your own with
/// <see cref="CreateBuilder"/> or <see cref="CreateDefaultBuilder"/>. A pipeline is immutable and safe to
/// use from many threads at once.
/// </summary>
/// <example>
/// <code>
/// Document doc = Pipeline.Analyze("MOSKOW - Menteri Luar Negeri Rusia Sergei Lavrov bertemu John Kerry.");
/// foreach (Entity e in doc.Entities) Console.WriteLine($"{e.Label} {e.Text} [{e.Start}..{e.End})");
/// </code>
/// </example>
public sealed class Pipeline
{
    private static readonly RetryingLazy<Pipeline> DefaultPipeline = new(() => CreateDefaultBuilder().Build());

    private readonly ITokenizer _tokenizer;
    private readonly ISentenceSplitter _sentenceSplitter;
    private readonly ILemmatizer? _lemmatizer;
    private readonly IStopwordList? _stopwords;
    private readonly IEntityRecognizer[] _recognizers;
    private readonly IPipelineStage[] _stages;

    // Lists reused from document to document; null where a component from outside this library could keep a builder's
    // lists past its document (a stage holding the builder), which must then stay as they were.
    private readonly Internal.DocumentListsPool? _lists;

    internal Pipeline(ITokenizer tokenizer, ISentenceSplitter sentenceSplitter, ILemmatizer? lemmatizer, IStopwordList? stopwords, IEntityRecognizer[] recognizers, IPipelineStage[] stages)
    {
        _tokenizer = tokenizer;
        _sentenceSplitter = sentenceSplitter;
        _lemmatizer = lemmatizer;
        _stopwords = stopwords;
        _recognizers = recognizers;
        _stages = stages;
        object?[] components = [tokenizer, sentenceSplitter, lemmatizer, stopwords, .. recognizers, .. stages];
        if (components.All(c => c is null || c.GetType().Assembly == typeof(Pipeline).Assembly)) _lists = new Internal.DocumentListsPool();
    }

    /// <summary>The default pipeline, built on first use.</summary>
    public static Pipeline Default => DefaultPipeline.Value;

    /// <summary>A builder with the default tokenizer and sentence splitter and nothing else.</summary>
    /// <returns>The builder.</returns>
    public static PipelineBuilder CreateBuilder() => new(NewsTokenizer.Default, SentenceSplitter.Default);

    /// <summary>A builder with every component of <see cref="Default"/>, to adjust before building.</summary>
    /// <returns>The builder.</returns>
    public static PipelineBuilder CreateDefaultBuilder() => PipelineDefaults.Configure(CreateBuilder());

    /// <summary>Analyses <paramref name="text"/> with the default pipeline.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The analysed document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Document Analyze(string text) => Default.Process(text);

    /// <summary>Analyses <paramref name="text"/> with the default pipeline.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">Per-call options such as the publication date.</param>
    /// <returns>The analysed document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Document Analyze(string text, AnalyzeOptions options) => Default.Process(text, options);

    /// <summary>Analyses many texts with the default pipeline, in parallel, yielding documents in input order.</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="maxDegreeOfParallelism">Texts analysed at once; defaults to the processor count; values above 4,096 count as 4,096.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The documents, lazily, in input order.</returns>
    public static IEnumerable<Document> AnalyzeMany(IEnumerable<string> texts, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
        => Default.ProcessMany(texts, null, maxDegreeOfParallelism, cancellationToken);

    /// <summary>Analyses a stream of texts with the default pipeline, in parallel, yielding documents in input order.</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="maxDegreeOfParallelism">Texts analysed at once; defaults to the processor count; values above 4,096 count as 4,096.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The documents, in input order.</returns>
    public static IAsyncEnumerable<Document> AnalyzeManyAsync(IAsyncEnumerable<string> texts, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
        => Default.ProcessManyAsync(texts, null, maxDegreeOfParallelism, cancellationToken);

    /// <summary>Analyses many texts, each with its own options, with the default pipeline, in parallel, yielding documents in input order.</summary>
    /// <param name="requests">The texts with their options (such as each article's publication date).</param>
    /// <param name="maxDegreeOfParallelism">Texts analysed at once; defaults to the processor count; values above 4,096 count as 4,096.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The documents, lazily, in input order.</returns>
    public static IEnumerable<Document> AnalyzeMany(IEnumerable<AnalyzeRequest> requests, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
        => Default.ProcessMany(requests, maxDegreeOfParallelism, cancellationToken);

    /// <summary>Analyses a stream of texts, each with its own options, with the default pipeline, in parallel, yielding documents in input order.</summary>
    /// <param name="requests">The texts with their options (such as each article's publication date).</param>
    /// <param name="maxDegreeOfParallelism">Texts analysed at once; defaults to the processor count; values above 4,096 count as 4,096.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The documents, in input order.</returns>
    public static IAsyncEnumerable<Document> AnalyzeManyAsync(IAsyncEnumerable<AnalyzeRequest> requests, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
        => Default.ProcessManyAsync(requests, maxDegreeOfParallelism, cancellationToken);

    /// <summary>Analyses <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">Per-call options, or null for the defaults.</param>
    /// <returns>The analysed document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Document Process(string text, AnalyzeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Built in pooled lists where every component is this library's: the document gets exact copies, and the lists
        // go back for the next text.
        // A text whose lists would be too large to go back skips the pool: its builder grows lists of its own and hands
        // the token array to the document (TokenList.Freeze) instead of copying it out of a rented one.
        var lists = DocumentBuilder.EstimateTokens(text.Length) <= Internal.DocumentListsPool.MaxPooledItems ? _lists?.Rent(text.Length) : null;
        var document = lists is null ? new DocumentBuilder(text, options) : new DocumentBuilder(text, options, lists);
        _tokenizer.Tokenize(text, document.Tokens);
        DocumentValidation.CheckTokens(text, document.Tokens.AsSpan());
        _sentenceSplitter.Split(text, document.Tokens.AsSpan(), document.Sentences);
        DocumentValidation.CheckSentences(text, document.Tokens.AsSpan(), document.Sentences);
        if (_lemmatizer is not null || _stopwords is not null)
        {
            AnnotateTokens(document.Tokens.AsWritableSpan());
        }

        // Checked after each component, so a faulty custom one is named before a later stage trips over its output.
        foreach (var recognizer in _recognizers)
        {
            recognizer.Recognize(document);
            DocumentValidation.CheckEntities(text, document.Entities, $"the entity recognizer {recognizer.GetType().Name}");
        }

        // Roots of names are the names themselves (Nolan is not nol + -an); only the recognizers know them.
        if (_lemmatizer is Stemming.RootLemmatizer && _recognizers.Length > 0) Stemming.NameRootLemmas.Apply(document);

        foreach (var stage in _stages)
        {
            stage.Process(document);
            DocumentValidation.CheckEntities(text, document.Entities, $"the stage {stage.GetType().Name}");
        }

        var built = document.Build();
        if (lists is not null) _lists!.Return(lists);
        return built;
    }

    /// <summary>Analyses many texts in parallel, yielding documents in input order with bounded memory.</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="options">Per-call options for every text, or null.</param>
    /// <param name="maxDegreeOfParallelism">Texts analysed at once; 0 means the processor count; values above 4,096 count as 4,096.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The documents, lazily, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    public IEnumerable<Document> ProcessMany(IEnumerable<string> texts, AnalyzeOptions? options = null, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
        => RunMany(texts, text => Process(text, options), maxDegreeOfParallelism, cancellationToken);

    /// <summary>Analyses many texts, each with its own options, in parallel, yielding documents in input order with bounded memory.</summary>
    /// <param name="requests">The texts with their options (such as each article's publication date).</param>
    /// <param name="maxDegreeOfParallelism">Texts analysed at once; 0 means the processor count; values above 4,096 count as 4,096.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The documents, lazily, in input order: the n-th for the n-th request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> is null; a null request or text throws when the enumeration reaches it.</exception>
    public IEnumerable<Document> ProcessMany(IEnumerable<AnalyzeRequest> requests, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
        => RunMany(requests, ProcessRequest, maxDegreeOfParallelism, cancellationToken);

    /// <summary>Analyses a stream of texts in parallel, yielding documents in input order with bounded memory.</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="options">Per-call options for every text, or null.</param>
    /// <param name="maxDegreeOfParallelism">Texts analysed at once; 0 means the processor count; values above 4,096 count as 4,096.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The documents, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    public IAsyncEnumerable<Document> ProcessManyAsync(IAsyncEnumerable<string> texts, AnalyzeOptions? options = null, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
        => RunManyAsync(texts, text => Process(text, options), maxDegreeOfParallelism, cancellationToken);

    /// <summary>Analyses a stream of texts, each with its own options, in parallel, yielding documents in input order with bounded memory.</summary>
    /// <param name="requests">The texts with their options (such as each article's publication date).</param>
    /// <param name="maxDegreeOfParallelism">Texts analysed at once; 0 means the processor count; values above 4,096 count as 4,096.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The documents, in input order: the n-th for the n-th request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> is null; a null request or text throws when the enumeration reaches it.</exception>
    public IAsyncEnumerable<Document> ProcessManyAsync(IAsyncEnumerable<AnalyzeRequest> requests, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
        => RunManyAsync(requests, ProcessRequest, maxDegreeOfParallelism, cancellationToken);

    // One request of a batch.
    private Document ProcessRequest(AnalyzeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Process(request.Text, request.Options);
    }

    // What every batch method shares: its checks, the degree and the ordered, bounded run.
    private static IEnumerable<Document> RunMany<T>(IEnumerable<T> items, Func<T, Document> process, int maxDegreeOfParallelism, CancellationToken cancellationToken, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(items))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDegreeOfParallelism);
        return OrderedParallel.Run(items, process, Degree(maxDegreeOfParallelism), cancellationToken);
    }

    private static IAsyncEnumerable<Document> RunManyAsync<T>(IAsyncEnumerable<T> items, Func<T, Document> process, int maxDegreeOfParallelism, CancellationToken cancellationToken, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(items))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDegreeOfParallelism);
        return OrderedParallel.RunAsync(items, process, Degree(maxDegreeOfParallelism), cancellationToken);
    }

    private static int Degree(int requested) => requested == 0 ? Environment.ProcessorCount : requested;

    private void AnnotateTokens(Span<Token> tokens)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (_lemmatizer is not null)
            {
                // Null is reserved for "no lemmatizer"; a lemmatizer that returns it breaks that contract.
                token = token.WithLemma(_lemmatizer.Lemmatize(tokens, i)
                    ?? throw new InvalidOperationException($"The lemmatizer {_lemmatizer.GetType().Name} returned null for token {i} ('{token.Text}'); return the word itself when it has no lemma."));
            }

            if (_stopwords is not null && _stopwords.Contains(token.Span))
            {
                token = token.WithStopword(true);
            }

            tokens[i] = token;
        }
    }
}
