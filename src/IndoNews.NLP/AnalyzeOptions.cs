namespace IndoNews.NLP;

/// <summary>Options for one call to <see cref="Pipeline.Process(string, AnalyzeOptions?)"/>.</summary>
public sealed record AnalyzeOptions
{
    /// <summary>The options used when none are given.</summary>
    public static AnalyzeOptions Default { get; } = new();

    /// <summary>
    /// When the text was published. Relative dates (<c>Sabtu (2/7)</c>, <c>kemarin</c>) are resolved
    /// against it; without it they keep no normalised value.
    /// </summary>
    public DateOnly? PublishedAt { get; init; }
}
