namespace IndoNews.NLP.Cli.Commands;

/// <summary>One validated <c>--min NAME=VALUE</c>: the metric's name as the command prints it, and the floor in percent.</summary>
internal sealed record MetricFloor(string Name, double Min);
