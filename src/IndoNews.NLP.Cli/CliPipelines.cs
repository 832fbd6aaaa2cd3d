using IndoNews.NLP.Segmentation;
using IndoNews.NLP.Stemming;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Cli;

/// <summary>Builds the pipeline a command asks for from its options; the one place the CLI composes components.</summary>
internal static class CliPipelines
{
    public static Pipeline Create(string lemmaStyle, bool news, TokenizationStyle tokenStyle = TokenizationStyle.News, bool splitQuotations = false)
    {
        // The GSD style follows GSD's sentence segmentation as well as its tokens.
        var sentenceStyle = tokenStyle == TokenizationStyle.UdGsd ? SentenceStyle.UdGsd : SentenceStyle.News;
        var builder = Pipeline.CreateDefaultBuilder().UseTokenizer(new NewsTokenizer(tokenStyle)).UseSentenceSplitter(new SentenceSplitter(sentenceStyle, keepQuotationsWhole: !splitQuotations));
        builder.UseLemmatizer(CreateLemmatizer(lemmaStyle));
        if (!news) builder.WithoutNewsDocuments();
        return builder.Build();
    }

    /// <summary>The lemmatizer of a <c>--lemma-style</c>.</summary>
    public static ILemmatizer CreateLemmatizer(string lemmaStyle) => LoadData(() => Lemmatizers.Create(lemmaStyle switch
    {
        "root" => LemmaStyle.Root,
        "ud-gsd" => LemmaStyle.UdGsd,
        "ud-csui" => LemmaStyle.UdCsui,
        _ => throw new CliException($"--lemma-style {lemmaStyle}: unknown style.", ExitCodes.Usage),
    }));

    /// <summary>Runs <paramref name="load"/>, turning a missing data file into a one-line error.</summary>
    public static T LoadData<T>(Func<T> load)
    {
        try
        {
            return load();
        }
        catch (FileNotFoundException e)
        {
            // Exit 1 like every other missing or corrupt data file (CommandRunner); the message says where it was looked for.
            throw new CliException(e.Message, ExitCodes.InvalidInput);
        }
    }

    /// <summary>The UD conventions of a <c>--lemma-style</c>, or null for a non-UD style.</summary>
    public static UdLemmaConventions? UdConventions(string lemmaStyle) => lemmaStyle switch
    {
        "ud-gsd" => UdLemmaConventions.Gsd,
        "ud-csui" => UdLemmaConventions.Csui,
        _ => null,
    };
}
