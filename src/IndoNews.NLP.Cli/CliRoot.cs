using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using IndoNews.NLP.Cli.Commands;

namespace IndoNews.NLP.Cli;

/// <summary>The <c>indonews</c> root command with every command under it and the help they share.</summary>
internal static class CliRoot
{
    public static RootCommand Create()
    {
        var root = new RootCommand("indonews: Indonesian NLP for news text (tokens, sentences, lemmas, entities).");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        // The exit codes close each command's help, after its options, instead of being part of its description:
        // a description is repeated in the parent's list of commands, and each command names only its own codes.
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction action) help.Action = new HelpWithExitCodes(action);
        }

        return root;
    }

    /// <summary>Whether <paramref name="action"/> shows help (and so runs despite parse errors).</summary>
    public static bool IsHelp(CommandLineAction? action) => action is HelpAction or HelpWithExitCodes;

    // The usual help, then the exit codes of the command it describes.
    private sealed class HelpWithExitCodes(HelpAction help) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            int result = help.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            var command = parseResult.CommandResult.Command;
            output.WriteLine("Exit codes:");
            foreach (var (code, meaning) in ExitCodes.For(command))
            {
                output.WriteLine($"  {code,-5}{meaning}");
            }

            // Said once, in the tool's own help.
            if (command is RootCommand) output.WriteLine("  On any error no partial output file is left.");
            output.WriteLine();
            return result;
        }
    }
}
