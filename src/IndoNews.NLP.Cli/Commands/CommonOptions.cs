using System.CommandLine;
using IndoNews.NLP.Cli.IO;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Cli.Commands;

/// <summary>Options shared by several commands, so that they read the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>
    /// The optional input file. A token starting with '-' (other than '-' itself) that is no option of the
    /// command would otherwise be taken as a file name; it is a usage error instead.
    /// </summary>
    public static Argument<string?> InputFile(string description = "Input file; '-' or none reads standard input.")
    {
        var argument = new Argument<string?>("file")
        {
            Description = description,
            Arity = ArgumentArity.ZeroOrOne,
        };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"unrecognised option '{token.Value}' (a file whose name starts with '-' can be given as ./{token.Value}).");
                }
            }
        });
        return argument;
    }

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write the result to this file (atomically) instead of standard output.",
    };

    /// <summary>
    /// Refuses '-' (exit 2, before any work) for a path option that must name a file or folder: a lexicon, a model, a
    /// corpus read twice. Without this, '-' was looked up as a file named '-' and reported "not found".
    /// </summary>
    /// <param name="option">The option.</param>
    /// <param name="why">What the path must be, and where it helps why, e.g. "the root-word list must be a file".</param>
    /// <param name="output">Whether the option names an output, for which '-' would be standard output.</param>
    /// <returns>The option.</returns>
    public static TOption FileOnly<TOption>(TOption option, string why, bool output = false)
        where TOption : Option
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => t.Value == "-"))
            {
                result.AddError($"{option.Name}: standard {(output ? "output" : "input")} ('-') is not accepted: {why}");
            }
        });
        return option;
    }

    public static Option<bool> Lenient() => new("--lenient")
    {
        Description = "Replace invalid UTF-8 with U+FFFD (and report how many) instead of failing.",
    };

    public static Option<string> LemmaStyle() => new Option<string>("--lemma-style")
    {
        Description = "Lemma style: root (Sastrawi-style roots, the default), ud-gsd or ud-csui (Universal Dependencies lemmas).",
        DefaultValueFactory = _ => "root",
    }.AcceptOnlyFromAmong("root", "ud-gsd", "ud-csui");

    public static Option<string> TokenStyle() => new Option<string>("--token-style")
    {
        Description = "Token and sentence conventions where treebanks differ: news (as UD CSUI, the default) or ud-gsd (as UD GSD: abbreviation periods split, 'lainnya' whole, no sentence end after a short capitalised word).",
        DefaultValueFactory = _ => "news",
    }.AcceptOnlyFromAmong("news", "ud-gsd");

    /// <summary>
    /// True when the user gave <paramref name="option"/> on the command line, false when it only has its default:
    /// an option that does not apply to the chosen mode is refused only when it was asked for.
    /// </summary>
    public static bool IsGiven(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

    /// <summary>
    /// Refuses (exit 2) an option that was given but does not apply with the other options chosen, rather than
    /// ignoring it silently; <paramref name="reason"/> says what it applies to, e.g. "applies to --mode lemma, not to --mode sastrawi".
    /// </summary>
    public static void RefuseIfGiven(ParseResult parse, Option option, string reason)
    {
        if (IsGiven(parse, option)) throw new CliException($"{option.Name} {reason}", ExitCodes.Usage);
    }

    /// <summary>
    /// Refuses (exit 2) standard input ('-') given to more than one input of a command: the first reader takes all
    /// of it and the next one would read nothing, which showed up as a misleading mismatch or an empty result.
    /// </summary>
    public static void RefuseStdinTwice(params (string Name, IEnumerable<string?> Paths)[] inputs)
    {
        var readers = inputs.SelectMany(input => input.Paths.Where(p => p == "-").Select(_ => input.Name)).ToList();
        if (readers.Count < 2) return;
        var names = readers.Distinct(StringComparer.Ordinal).ToList();
        string given = names.Count == 1 ? $"{names[0]} {readers.Count} times" : string.Join(" and to ", names);
        throw new CliException($"standard input ('-') is given to {given}, but it can be read only once: give all but one of them as files.", ExitCodes.Usage);
    }

    /// <summary>
    /// Refuses (exit 2) an output file named twice, or an output that is one of its inputs (also through a symbolic link): the second
    /// write replaced the first report without a word, or the report replaced the gold file it was scored on.
    /// Standard output ('-') and options not given are skipped.
    /// </summary>
    public static void RefuseSameFile((string Name, string? Path)[] outputs, (string Name, string? Path)[] inputs)
    {
        var given = outputs.Where(o => !CliInput.IsStdin(o.Path)).ToList();
        for (int i = 0; i < given.Count; i++)
        {
            // Compared with links followed, as the output is written onto the file its link ends at.
            string full = AtomicOutput.FollowLinks(Path.GetFullPath(given[i].Path!), given[i].Path!);
            foreach (var other in given.Skip(i + 1).Concat(inputs.Where(x => !CliInput.IsStdin(x.Path))))
            {
                if (string.Equals(full, AtomicOutput.FollowLinks(Path.GetFullPath(other.Path!), other.Path!), StringComparison.Ordinal))
                {
                    throw new CliException($"{given[i].Name} and {other.Name} name the same file '{given[i].Path}': give {given[i].Name} a file of its own.", ExitCodes.Usage);
                }
            }
        }
    }

    /// <summary>The tokenization style of a <c>--token-style</c> value.</summary>
    public static TokenizationStyle ParseTokenStyle(string? value) => value == "ud-gsd" ? TokenizationStyle.UdGsd : TokenizationStyle.News;
}
