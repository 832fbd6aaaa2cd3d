namespace IndoNews.NLP.Cli;

/// <summary>Builds the pipeline a command asks for from its options; the one place the CLI composes components.</summary>
internal static class CliPipelines
{
    public static Pipeline Create(string lemmaStyle, bool news)
    {
        _ = lemmaStyle;
        var builder = Pipeline.CreateDefaultBuilder();
        if (!news) builder.WithoutNewsDocuments();
        return builder.Build();
    }
}
