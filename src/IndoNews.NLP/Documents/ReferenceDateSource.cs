namespace IndoNews.NLP;

/// <summary>Where a document's <see cref="ReferenceDate"/> came from.</summary>
public enum ReferenceDateSource
{
    /// <summary>The caller gave it: <see cref="AnalyzeOptions.PublishedAt"/> (CLI <c>--published</c> or <c>--published-field</c>).</summary>
    Given,

    /// <summary>It was read from the text itself (<see cref="AnalyzeOptions.InferPublishedFromText"/>, CLI <c>--published text</c>).</summary>
    Text,
}
