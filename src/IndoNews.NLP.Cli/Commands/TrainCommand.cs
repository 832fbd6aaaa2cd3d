using System.CommandLine;

namespace IndoNews.NLP.Cli.Commands;

/// <summary><c>indonews train</c> (hidden): rebuilds the shipped models from the project's training data.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Rebuild shipped models from training data (maintainers).") { Hidden = true };
        command.Subcommands.Add(TrainLemmaCommand.Create());
        return command;
    }
}
