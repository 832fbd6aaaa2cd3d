using IndoNews.NLP.Entities;

namespace IndoNews.NLP;

// In the root namespace, like Markdig's Use* extensions, so builders find it without a using.

/// <summary>Adds the named-entity tagger to a <see cref="PipelineBuilder"/>.</summary>
public static class EntityPipelineBuilderExtensions
{
    /// <summary>Adds a <see cref="NamedEntityRecognizer"/> (people, places, organisations) after the recognizers already added.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="tagger">The tagger, or null for the shipped model.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static PipelineBuilder UseNamedEntityTagger(this PipelineBuilder builder, EntityTagger? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEntityRecognizer(tagger is null ? NamedEntityRecognizer.Default : new NamedEntityRecognizer(tagger));
    }
}
