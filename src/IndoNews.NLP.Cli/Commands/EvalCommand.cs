using System.CommandLine;

namespace IndoNews.NLP.Cli.Commands;

/// <summary><c>indonews eval</c>: scores the library against gold data; one subcommand per task.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Evaluate against gold data (ud, stem, lemma, ner).");
        foreach (var sub in Subcommands())
        {
            command.Subcommands.Add(sub);
        }

        return command;
    }

    private static IEnumerable<Command> Subcommands()
    {
        yield return EvalUdCommand.Create();
        yield return EvalStemCommand.Create();
        yield return EvalLemmaCommand.Create();
        yield return EvalNerCommand.Create();
    }
}
