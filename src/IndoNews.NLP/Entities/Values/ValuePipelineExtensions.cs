using IndoNews.NLP.Entities.Values;

namespace IndoNews.NLP;

/// <summary>Adds the rule-based value recognizer to a pipeline.</summary>
public static class ValuePipelineExtensions
{
    /// <summary>Adds <see cref="ValueEntityRecognizer"/>: DATE, TIME, MONEY, PERCENT and QUANTITY with normalised values.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static PipelineBuilder UseValueEntities(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEntityRecognizer(ValueEntityRecognizer.Default);
    }
}
