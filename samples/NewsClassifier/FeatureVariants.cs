using IndoNews.NLP.ML;
using Microsoft.ML;

namespace NewsClassifier;

/// <summary>The text-feature pipelines compared; each turns the Text column into Features.</summary>
internal static class FeatureVariants
{
    public sealed record Variant(string Name, Func<MLContext, IEstimator<ITransformer>> Features);

    public static IReadOnlyList<Variant> All { get; } =
    [
        // ML.NET's default: its own tokens, lower case, word 1-2-grams + char 3-grams, no stopword removal.
        new("ML.NET FeaturizeText (default)", ml => ml.Transforms.Text.FeaturizeText("Features", "Text")),

        // The same featurizer over IndoNews.NLP lemmas with our stopwords left out.
        new("IndoNews lemmas + stopwords -> FeaturizeText", ml =>
            ml.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text", removeStopwords: true)
                .Append(ml.Transforms.Text.FeaturizeText("Features", "Lemmas"))),

        // Our choice: both views side by side, so the model keeps the surface n-grams (names,
        // inflections) and gains the lemma n-grams without stopwords.
        new("default + IndoNews lemma features (concatenated)", ml =>
            ml.Transforms.Text.FeaturizeText("SurfaceFeatures", "Text")
                .Append(ml.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text", removeStopwords: true))
                .Append(ml.Transforms.Text.FeaturizeText("LemmaFeatures", "Lemmas"))
                .Append(ml.Transforms.Concatenate("Features", "SurfaceFeatures", "LemmaFeatures"))),
    ];
}
