using System.CommandLine;
using IndoNews.NLP.Cli;

var root = CliRoot.Create();

using var signals = CliCancellation.Install();
var parse = root.Parse(args);
if (parse.Errors.Count > 0 && !CliRoot.IsHelp(parse.Action))
{
    // A usage error is one line on standard error (the CLI contract), not the whole help on standard output,
    // which would end up in a redirected output file.
    // An unknown command ('indonews terjemahkan') also leaves the required command missing; name what was not understood.
    var error = parse.UnmatchedTokens.Count > 0
        ? parse.Errors.FirstOrDefault(e => e.Message.Contains($"'{parse.UnmatchedTokens[0]}'", StringComparison.Ordinal)) ?? parse.Errors[0]
        : parse.Errors[0];
    Console.Error.WriteLine($"indonews: {OneLine(error.Message)} (see '{CommandPath(parse.CommandResult.Command)} --help').");
    return ExitCodes.Usage;
}

// An empty value ('-o ""' from an unset shell variable) would otherwise mean standard input or output, or a
// file named '': refuse it before any work.
if (!CliRoot.IsHelp(parse.Action) && EmptyValue(parse.CommandResult) is { } empty)
{
    // '-' is mentioned only where it means standard input or output; '--published -' means nothing, and the paths
    // that must be files ('--lexicon -', '--model -') refuse '-' with a message of their own (CommonOptions.FileOnly).
    string hint = MeansStdio(empty) ? "give a file name ('-' is standard input or output)" : "give a value";
    Console.Error.WriteLine($"indonews: {empty}: the value is empty; {hint} (see '{CommandPath(parse.CommandResult.Command)} --help').");
    return ExitCodes.Usage;
}

// Ctrl+C is handled by CliCancellation.
return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }).ConfigureAwait(false);

// The inputs and outputs that read standard input or write standard output for '-'.
static bool MeansStdio(string name)
    => name is "the file argument" or "--output" or "--errors" or "--gold" or "--reference" or "--raw" or "--system" or "--predicted" or "--also" or "--conllu" or "--exclude";

static string OneLine(string message)
    => string.Join(' ', message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');

static string CommandPath(Command command)
{
    var names = new List<string>();
    for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
    {
        names.Add(c is RootCommand ? "indonews" : c.Name);
    }

    names.Reverse();
    return string.Join(' ', names);
}

static string? EmptyValue(System.CommandLine.Parsing.CommandResult command)
{
    foreach (var child in command.Children)
    {
        switch (child)
        {
            case System.CommandLine.Parsing.OptionResult option when option.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)):
                return option.Option.Name;
            case System.CommandLine.Parsing.ArgumentResult argument when argument.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)):
                return "the " + argument.Argument.Name + " argument";
        }
    }

    return null;
}
