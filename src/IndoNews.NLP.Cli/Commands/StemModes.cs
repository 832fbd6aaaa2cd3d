using System.CommandLine;
using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Cli.Commands;

/// <summary>The options <c>stem</c> and <c>eval stem</c> share, and the word → stem function they select.</summary>
internal static class StemModes
{
    public static Option<string> Mode() => new Option<string>("--mode", "-m")
    {
        Description = "sastrawi: the Sastrawi algorithm bit for bit (with --lexicon kata-dasar.txt it equals Sastrawi; --lemma-style does not apply); lemma: our best lower-case root (the default), or a UD lemma with --lemma-style.",
        DefaultValueFactory = _ => "lemma",
    }.AcceptOnlyFromAmong("lemma", "sastrawi");

    public static Option<string?> Lexicon() => CommonOptions.FileOnly(
        new Option<string?>("--lexicon")
        {
            Description = "Root-word list file (one word per line) instead of the shipped one, e.g. Sastrawi's kata-dasar.txt; not standard input.",
        },
        "the root-word list must be a file");

    /// <summary>
    /// Refuses <c>--lemma-style</c> with <c>--mode sastrawi</c>: Sastrawi has one style, so the option would be ignored.
    /// Call it before any work, as a usage error.
    /// </summary>
    public static void CheckLemmaStyle(ParseResult parse, Option<string> mode, Option<string> lemmaStyle)
    {
        if (parse.GetValue(mode) == "sastrawi") CommonOptions.RefuseIfGiven(parse, lemmaStyle, "applies to --mode lemma, not to --mode sastrawi (Sastrawi's stems have one style).");
    }

    /// <summary>The stemming function for the options, plus a description for messages.</summary>
    public static (Func<string, string> Stem, string Description) Create(string mode, string? lexiconPath, string lemmaStyle)
    {
        string lexiconName = lexiconPath ?? "shipped root-words.txt";
        if (mode == "sastrawi")
        {
            RootLexicon lexicon = LoadLexicon(lexiconPath);
            var sastrawi = new SastrawiStemmer(lexicon);
            return (sastrawi.Stem, $"mode sastrawi, lexicon {lexiconName} ({lexicon.Count:N0} roots)");
        }

        if (lemmaStyle == "root")
        {
            // Without --lexicon, the default root stemmer: the shipped list with lemma mode's changes to it.
            var rootStemmer = RootStemmerFor(lexiconPath);
            var root = new CachedStemmer(rootStemmer);
            if (lexiconPath is null) lexiconName += " with lemma-ignored-roots.txt, lemma-added-roots.txt, lemma-k-roots.txt, lemma-an-k-roots.txt and root-affixes.txt";

            // White space around the word is not part of it (Sastrawi trims too); the caller still echoes the line as read.
            return (word => root.Stem(word.Trim()), $"mode lemma (root), lexicon {lexiconName} ({rootStemmer.Lexicon.Count:N0} roots)");
        }

        if (lexiconPath is not null) throw new CliException($"--lexicon applies to --mode sastrawi and --lemma-style root, not to --lemma-style {lemmaStyle}.", ExitCodes.Usage);
        ILemmatizer lemmatizer;
        try
        {
            lemmatizer = Lemmatizers.Create(lemmaStyle == "ud-gsd" ? LemmaStyle.UdGsd : LemmaStyle.UdCsui);
        }
        catch (NotSupportedException e)
        {
            throw new CliException(e.Message, ExitCodes.Usage);
        }

        return (word => LemmatizeWord(lemmatizer, word.Trim()), $"mode lemma ({lemmaStyle})");
    }

    /// <summary>The root stemmer of lemma mode: over the list of <c>--lexicon</c>, or the default one (the shipped list with lemma mode's changes).</summary>
    public static RootStemmer RootStemmerFor(string? lexiconPath) => lexiconPath is null ? RootStemmer.Default : new RootStemmer(LoadLexicon(lexiconPath));

    /// <summary>The root-word list of <c>--lexicon</c>, or the shipped one.</summary>
    public static RootLexicon LoadLexicon(string? path)
    {
        if (path is null) return RootLexicon.Default;
        if (Directory.Exists(path)) throw new CliException($"--lexicon {path}: is a folder, not a file.");
        try
        {
            return RootLexicon.FromFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new CliException($"--lexicon {path}: {e.Message}");
        }
    }

    // A word on its own line is one token; its lemma comes from the chosen lemmatizer.
    private static string LemmatizeWord(ILemmatizer lemmatizer, string word)
    {
        if (word.Length == 0) return string.Empty;
        ReadOnlySpan<Token> tokens = [new Token(word, 0, word.Length, TokenKind.Word)];
        return lemmatizer.Lemmatize(tokens, 0);
    }
}
