using Microsoft.ML.Transforms;

namespace IndoNews.NLP.ML;

// Each transform is a CustomMapping whose factory carries a contract name: ML.NET saves the name
// with the model and, on load, finds the factory through ComponentCatalog.RegisterAssembly. The
// names end in a version so that a changed mapping can get a new name while old models still load.

/// <summary>Contract names of the saved mappings.</summary>
internal static class MappingContracts
{
    public const string Tokenize = "IndoNews.NLP.TokenizeIndonesian.v1";
    public const string Lemmatize = "IndoNews.NLP.LemmatizeIndonesian.v1";
    public const string LemmatizeWithoutStopwords = "IndoNews.NLP.LemmatizeIndonesianWithoutStopwords.v1";
    public const string RemoveStopwords = "IndoNews.NLP.RemoveIndonesianStopWords.v1";
    public const string ExtractEntities = "IndoNews.NLP.ExtractIndonesianEntities.v1";
}

/// <summary>Text to tokens.</summary>
[CustomMappingFactoryAttribute(MappingContracts.Tokenize)]
internal sealed class TokenizeMappingFactory : CustomMappingFactory<TextRow, TermsOutputRow>
{
    public static void Map(TextRow input, TermsOutputRow output) => output.Terms = IndonesianTextAnalysis.Tokens(input.Text);

    public override Action<TextRow, TermsOutputRow> GetMapping() => Map;
}

/// <summary>Text to lemmas.</summary>
[CustomMappingFactoryAttribute(MappingContracts.Lemmatize)]
internal sealed class LemmatizeMappingFactory : CustomMappingFactory<TextRow, TermsOutputRow>
{
    public static void Map(TextRow input, TermsOutputRow output) => output.Terms = IndonesianTextAnalysis.Lemmas(input.Text, removeStopwords: false);

    public override Action<TextRow, TermsOutputRow> GetMapping() => Map;
}

/// <summary>Text to the lemmas of its non-stopwords.</summary>
[CustomMappingFactoryAttribute(MappingContracts.LemmatizeWithoutStopwords)]
internal sealed class LemmatizeWithoutStopwordsMappingFactory : CustomMappingFactory<TextRow, TermsOutputRow>
{
    public static void Map(TextRow input, TermsOutputRow output) => output.Terms = IndonesianTextAnalysis.Lemmas(input.Text, removeStopwords: true);

    public override Action<TextRow, TermsOutputRow> GetMapping() => Map;
}

/// <summary>Vector of text to the same vector without stopwords.</summary>
[CustomMappingFactoryAttribute(MappingContracts.RemoveStopwords)]
internal sealed class RemoveStopwordsMappingFactory : CustomMappingFactory<TermsInputRow, TermMemoriesOutputRow>
{
    public static void Map(TermsInputRow input, TermMemoriesOutputRow output) => output.Terms = IndonesianTextAnalysis.WithoutStopwords(input.Terms);

    public override Action<TermsInputRow, TermMemoriesOutputRow> GetMapping() => Map;
}

/// <summary>Text to its named entities.</summary>
[CustomMappingFactoryAttribute(MappingContracts.ExtractEntities)]
internal sealed class ExtractEntitiesMappingFactory : CustomMappingFactory<TextRow, TermsOutputRow>
{
    public static void Map(TextRow input, TermsOutputRow output) => output.Terms = IndonesianTextAnalysis.Entities(input.Text);

    public override Action<TextRow, TermsOutputRow> GetMapping() => Map;
}
