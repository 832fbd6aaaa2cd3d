using IndoNews.NLP.ML;
using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace NewsClassifier;

/// <summary>The text-feature pipelines compared; each turns the Text column into Features.</summary>
internal static class FeatureVariants
{
    public sealed record Variant(string Name, Func<MLContext, IEstimator<ITransformer>> Features);

    /// <summary>The variants of the report.</summary>
    public static IReadOnlyList<Variant> Main { get; } =
    [
        // ML.NET's default: its own tokens, lower case, word 1-2-grams + char 3-grams, no stopword removal.
        new("ML.NET FeaturizeText (default)", ml => ml.Transforms.Text.FeaturizeText("Features", "Text")),

        // The same featurizer over IndoNews.NLP lemmas, our stopwords left out.
        new("IndoNews lemmas + stopwords -> FeaturizeText", ml =>
            ml.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text", removeStopwords: true)
                .Append(ml.Transforms.Text.FeaturizeText("Features", "Lemmas"))),

        // Our choice: one default featurizer over the text and the lemmas together, so the model keeps
        // the surface n-grams (derivations such as pemain/permainan, which root lemmas merge) and gains
        // the lemma n-grams without stopwords.
        new("FeaturizeText over Text + IndoNews lemmas (no stopwords)", ml =>
            ml.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text", removeStopwords: true)
                .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options(), "Text", "Lemmas"))),
    ];

    /// <summary>Extra rows for <c>--ablation</c>: which of lemmas and stopwords helps or hurts.</summary>
    public static IReadOnlyList<Variant> Ablation { get; } =
    [
        new("ablation: IndoNews tokens + stopwords (no lemmas) -> FeaturizeText", ml =>
            ml.Transforms.Text.TokenizeIndonesian("Tokens", "Text")
                .Append(ml.Transforms.Text.RemoveIndonesianStopWords("Content", "Tokens"))
                .Append(ml.Transforms.Text.FeaturizeText("Features", "Content"))),
        new("ablation: IndoNews lemmas, stopwords kept -> FeaturizeText", ml =>
            ml.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text")
                .Append(ml.Transforms.Text.FeaturizeText("Features", "Lemmas"))),
    ];
}
