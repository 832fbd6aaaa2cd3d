using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Runtime;

namespace IndoNews.NLP.ML;

/// <summary>
/// ML.NET catalog methods for Indonesian text, on <c>mlContext.Transforms.Text</c>: tokens, lemmas,
/// stopword removal and named entities from IndoNews.NLP. Each output is a variable-length vector of
/// text, ready for <c>FeaturizeText</c>, <c>MapValueToKey</c> + <c>ProduceNgrams</c>, or
/// <c>ProduceHashedNgrams</c>.
/// </summary>
/// <example>
/// <code>
/// var mlContext = new MLContext(seed: 1);
/// // Key the label outside the saved model, so that the model scores rows that have only Text.
/// var keyed = mlContext.Transforms.Conversion.MapValueToKey("Label", "Category").Fit(trainingData).Transform(trainingData);
/// var pipeline = mlContext.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text", removeStopwords: true)
///     .Append(mlContext.Transforms.Text.FeaturizeText("Features", "Lemmas"))
///     .Append(mlContext.MulticlassClassification.Trainers.SdcaMaximumEntropy())
///     .Append(mlContext.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
/// var model = pipeline.Fit(keyed);
/// mlContext.Model.Save(model, keyed.Schema, "model.zip");
///
/// // Another process:
/// var loader = new MLContext();
/// loader.ComponentCatalog.RegisterIndonesianText();
/// var loaded = loader.Model.Load("model.zip", out _);
/// </code>
/// </example>
public static class IndonesianTextCatalog
{
    // The text catalog does not expose its environment to other assemblies, and these transforms are
    // stateless and deterministic (no seed, no training), so they are built on a private context; the
    // user's context still trains, saves and loads the whole model.
    // Built on first use, not when the type is first touched (RegisterIndonesianText needs no context).
    // Known limit: the log and cancellation of the user's context do not reach these transforms.
    private static readonly Lazy<MLContext> Host = new(() => new MLContext(seed: 0), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Splits Indonesian text into tokens with the IndoNews.NLP tokenizer (clitics such as <c>-nya</c>
    /// become their own tokens); punctuation is left out, case is kept.
    /// </summary>
    /// <param name="catalog">The text catalog, <c>mlContext.Transforms.Text</c>.</param>
    /// <param name="outputColumnName">The output column: a variable-length vector of text.</param>
    /// <param name="inputColumnName">The input text column; defaults to <paramref name="outputColumnName"/>.</param>
    /// <returns>The estimator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="outputColumnName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="outputColumnName"/> is empty.</exception>
    public static IndonesianTextEstimator TokenizeIndonesian(this TransformsCatalog.TextTransforms catalog, string outputColumnName, string? inputColumnName = null)
        => Create<TextRow, TermsOutputRow>(catalog, nameof(TokenizeIndonesian), outputColumnName, inputColumnName, false, TokenizeMappingFactory.Map, MappingContracts.Tokenize);

    /// <summary>
    /// Replaces each token of Indonesian text by its lower-cased lemma (root word, e.g.
    /// <c>pembangunan</c> → <c>bangun</c>) with the IndoNews.NLP lemmatizer; punctuation is left out.
    /// </summary>
    /// <param name="catalog">The text catalog, <c>mlContext.Transforms.Text</c>.</param>
    /// <param name="outputColumnName">The output column: a variable-length vector of text.</param>
    /// <param name="inputColumnName">The input text column; defaults to <paramref name="outputColumnName"/>.</param>
    /// <param name="removeStopwords">Also leave out stopwords. They are matched on the surface form, before lemmatising,
    /// so that a content word whose root looks like a function word (<c>dibuat</c> → <c>buat</c>) stays.</param>
    /// <returns>The estimator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="outputColumnName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="outputColumnName"/> is empty.</exception>
    public static IndonesianTextEstimator LemmatizeIndonesian(this TransformsCatalog.TextTransforms catalog, string outputColumnName, string? inputColumnName = null, bool removeStopwords = false)
        => removeStopwords
            ? Create<TextRow, TermsOutputRow>(catalog, nameof(LemmatizeIndonesian), outputColumnName, inputColumnName, false, LemmatizeWithoutStopwordsMappingFactory.Map, MappingContracts.LemmatizeWithoutStopwords)
            : Create<TextRow, TermsOutputRow>(catalog, nameof(LemmatizeIndonesian), outputColumnName, inputColumnName, false, LemmatizeMappingFactory.Map, MappingContracts.Lemmatize);

    /// <summary>
    /// Removes Indonesian stopwords (the shipped IndoNews.NLP list, case-insensitive) from a vector of
    /// text such as the output of <see cref="TokenizeIndonesian"/> or <see cref="LemmatizeIndonesian"/>;
    /// empty items are dropped as well.
    /// </summary>
    /// <param name="catalog">The text catalog, <c>mlContext.Transforms.Text</c>.</param>
    /// <param name="outputColumnName">The output column: a variable-length vector of text.</param>
    /// <param name="inputColumnName">The input column, a vector of text; defaults to <paramref name="outputColumnName"/>.</param>
    /// <returns>The estimator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="outputColumnName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="outputColumnName"/> is empty.</exception>
    public static IndonesianTextEstimator RemoveIndonesianStopWords(this TransformsCatalog.TextTransforms catalog, string outputColumnName, string? inputColumnName = null)
        => Create<TermsInputRow, TermMemoriesOutputRow>(catalog, nameof(RemoveIndonesianStopWords), outputColumnName, inputColumnName, true, RemoveStopwordsMappingFactory.Map, MappingContracts.RemoveStopwords);

    /// <summary>
    /// Finds the named entities and value mentions of Indonesian text with the default IndoNews.NLP
    /// pipeline; each becomes one item <c>LABEL:text</c> (e.g. <c>PER:Joko Widodo</c>), in text order.
    /// </summary>
    /// <param name="catalog">The text catalog, <c>mlContext.Transforms.Text</c>.</param>
    /// <param name="outputColumnName">The output column: a variable-length vector of text.</param>
    /// <param name="inputColumnName">The input text column; defaults to <paramref name="outputColumnName"/>.</param>
    /// <returns>The estimator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="outputColumnName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="outputColumnName"/> is empty.</exception>
    public static IndonesianTextEstimator ExtractIndonesianEntities(this TransformsCatalog.TextTransforms catalog, string outputColumnName, string? inputColumnName = null)
        => Create<TextRow, TermsOutputRow>(catalog, nameof(ExtractIndonesianEntities), outputColumnName, inputColumnName, false, ExtractEntitiesMappingFactory.Map, MappingContracts.ExtractEntities);

    /// <summary>
    /// Registers the IndoNews.NLP transforms with ML.NET so that <c>mlContext.Model.Load</c> can load
    /// models that contain them. Call it once per <see cref="MLContext"/> before loading; calling it again does nothing.
    /// </summary>
    /// <param name="catalog">The context's component catalog, <c>mlContext.ComponentCatalog</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static void RegisterIndonesianText(this ComponentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        catalog.RegisterAssembly(typeof(IndonesianTextCatalog).Assembly);
    }

    private static IndonesianTextEstimator Create<TSrc, TDst>(TransformsCatalog.TextTransforms catalog, string transformName, string outputColumnName, string? inputColumnName, bool inputIsVector, Action<TSrc, TDst> map, string contract)
        where TSrc : class, new()
        where TDst : class, new()
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrEmpty(outputColumnName);
        string input = string.IsNullOrEmpty(inputColumnName) ? outputColumnName : inputColumnName;
        var transforms = Host.Value.Transforms;
        var chain = new EstimatorChain<ITransformer>()
            .Append(transforms.CopyColumns(MappingColumns.Input, input))
            .Append(transforms.CustomMapping(map, contract))
            .Append(transforms.CopyColumns(outputColumnName, MappingColumns.Output))
            .Append(transforms.DropColumns(MappingColumns.Input, MappingColumns.Output));
        return new IndonesianTextEstimator(transformName, outputColumnName, input, inputIsVector, chain);
    }
}
