using System.CommandLine;

namespace IndoNews.NLP.Cli.Commands;

/// <summary>Options shared by several commands, so that they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string?> InputFile(string description = "Input file; '-' or none reads standard input.") => new("file")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write the result to this file (atomically) instead of standard output.",
    };

    public static Option<bool> Lenient() => new("--lenient")
    {
        Description = "Replace invalid UTF-8 with U+FFFD (and report how many) instead of failing.",
    };

    public static Option<string> LemmaStyle() => new Option<string>("--lemma-style")
    {
        Description = "Lemma style: root (Sastrawi-style roots, the default), ud-gsd or ud-csui (Universal Dependencies lemmas).",
        DefaultValueFactory = _ => "root",
    }.AcceptOnlyFromAmong("root", "ud-gsd", "ud-csui");
}
