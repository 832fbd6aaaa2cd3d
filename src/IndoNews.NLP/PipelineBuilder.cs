namespace IndoNews.NLP;

/// <summary>
/// Configures a <see cref="Pipeline"/>. Start from <see cref="Pipeline.CreateBuilder"/> (tokenizer and
/// sentence splitter only) or <see cref="Pipeline.CreateDefaultBuilder"/> (everything
/// <see cref="Pipeline.Analyze(string)"/> uses), replace or add components, then call <see cref="Build"/>.
/// </summary>
/// <example>
/// <code>
/// var pipeline = Pipeline.CreateBuilder()
///     .UseLemmatizer(myLemmatizer)
///     .AddEntityRecognizer(myGazetteer)
///     .Build();
/// Document doc = pipeline.Process("Presiden Joko Widodo tiba di Bandung, Senin (3/7).");
/// </code>
/// </example>
public sealed class PipelineBuilder
{
    private readonly List<IEntityRecognizer> _recognizers = [];
    private readonly List<IPipelineStage> _stages = [];

    internal PipelineBuilder(ITokenizer tokenizer, ISentenceSplitter sentenceSplitter)
    {
        Tokenizer = tokenizer;
        SentenceSplitter = sentenceSplitter;
    }

    /// <summary>The tokenizer.</summary>
    public ITokenizer Tokenizer { get; private set; }

    /// <summary>The sentence splitter.</summary>
    public ISentenceSplitter SentenceSplitter { get; private set; }

    /// <summary>The lemmatizer, or null for none.</summary>
    public ILemmatizer? Lemmatizer { get; private set; }

    /// <summary>The stopword list, or null for none.</summary>
    public IStopwordList? Stopwords { get; private set; }

    /// <summary>The entity recognizers, in the order they run.</summary>
    public IReadOnlyList<IEntityRecognizer> EntityRecognizers => _recognizers.AsReadOnly();

    /// <summary>Further stages, in the order they run after the entity recognizers.</summary>
    public IReadOnlyList<IPipelineStage> Stages => _stages.AsReadOnly();

    /// <summary>Replaces the tokenizer.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    /// <returns>This builder.</returns>
    public PipelineBuilder UseTokenizer(ITokenizer tokenizer)
    {
        Tokenizer = tokenizer ?? throw new ArgumentNullException(nameof(tokenizer));
        return this;
    }

    /// <summary>Replaces the sentence splitter.</summary>
    /// <param name="sentenceSplitter">The sentence splitter.</param>
    /// <returns>This builder.</returns>
    public PipelineBuilder UseSentenceSplitter(ISentenceSplitter sentenceSplitter)
    {
        SentenceSplitter = sentenceSplitter ?? throw new ArgumentNullException(nameof(sentenceSplitter));
        return this;
    }

    /// <summary>Sets or removes the lemmatizer.</summary>
    /// <param name="lemmatizer">The lemmatizer, or null for none.</param>
    /// <returns>This builder.</returns>
    public PipelineBuilder UseLemmatizer(ILemmatizer? lemmatizer)
    {
        Lemmatizer = lemmatizer;
        return this;
    }

    /// <summary>Sets or removes the stopword list.</summary>
    /// <param name="stopwords">The stopword list, or null for none.</param>
    /// <returns>This builder.</returns>
    public PipelineBuilder UseStopwords(IStopwordList? stopwords)
    {
        Stopwords = stopwords;
        return this;
    }

    /// <summary>Adds an entity recognizer after those already added.</summary>
    /// <param name="recognizer">The recognizer.</param>
    /// <returns>This builder.</returns>
    public PipelineBuilder AddEntityRecognizer(IEntityRecognizer recognizer)
    {
        _recognizers.Add(recognizer ?? throw new ArgumentNullException(nameof(recognizer)));
        return this;
    }

    /// <summary>Removes every entity recognizer.</summary>
    /// <returns>This builder.</returns>
    public PipelineBuilder ClearEntityRecognizers()
    {
        _recognizers.Clear();
        return this;
    }

    /// <summary>Adds a stage that runs after the entity recognizers and the stages already added.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>This builder.</returns>
    public PipelineBuilder AddStage(IPipelineStage stage)
    {
        _stages.Add(stage ?? throw new ArgumentNullException(nameof(stage)));
        return this;
    }

    /// <summary>Removes every stage of type <typeparamref name="TStage"/>.</summary>
    /// <typeparam name="TStage">The stage type.</typeparam>
    /// <returns>This builder.</returns>
    public PipelineBuilder RemoveStages<TStage>()
        where TStage : IPipelineStage
    {
        _stages.RemoveAll(static s => s is TStage);
        return this;
    }

    /// <summary>Builds an immutable, thread-safe pipeline from the current configuration.</summary>
    /// <returns>The pipeline.</returns>
    public Pipeline Build() => new(Tokenizer, SentenceSplitter, Lemmatizer, Stopwords, [.. _recognizers], [.. _stages]);
}
