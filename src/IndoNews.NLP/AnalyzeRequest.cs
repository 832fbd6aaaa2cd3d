namespace IndoNews.NLP;

/// <summary>
/// One text to analyse with its own options, for the batch methods
/// (<see cref="Pipeline.ProcessMany(IEnumerable{AnalyzeRequest}, int, CancellationToken)"/> and the others): each news
/// article of a corpus carries its own publication date.
/// </summary>
/// <param name="Text">The text.</param>
/// <param name="Options">The options for this text (such as <see cref="AnalyzeOptions.PublishedAt"/>), or null for the defaults.</param>
/// <example>
/// <code>
/// var requests = articles.Select(a => new AnalyzeRequest(a.Body, new AnalyzeOptions { PublishedAt = a.Date }));
/// foreach (Document doc in pipeline.ProcessMany(requests, maxDegreeOfParallelism: 4)) { /* in input order */ }
/// </code>
/// </example>
public sealed record AnalyzeRequest(string Text, AnalyzeOptions? Options = null);
