using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Cli;

/// <summary>Builds the pipeline a command asks for from its options; the one place the CLI composes components.</summary>
internal static class CliPipelines
{
    public static Pipeline Create(string lemmaStyle, bool news, TokenizationStyle tokenStyle = TokenizationStyle.News)
    {
        _ = news;
        var builder = Pipeline.CreateDefaultBuilder().UseTokenizer(new NewsTokenizer(tokenStyle));
        if (lemmaStyle == "root") builder.UseLemmatizer(Stemming.LemmaStyle.Root);
        return builder.Build();
    }
}
