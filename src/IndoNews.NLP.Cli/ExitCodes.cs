using System.CommandLine;

namespace IndoNews.NLP.Cli;

/// <summary>The exit codes of every command; each command's <c>--help</c> ends with those it can give (<see cref="For"/>).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;
    public const int BelowFloor = 3;
    public const int Cancelled = 130;
    public const int InternalError = 70;

    /// <summary>
    /// The exit codes <paramref name="command"/> can give, with their meaning, for the last section of its help. Exit 3
    /// comes only from a <c>--min</c> floor, so it is named only for a command that has one or leads to one (<c>eval</c>).
    /// </summary>
    public static IReadOnlyList<(int Code, string Meaning)> For(Command command)
    {
        var codes = new List<(int, string)>
        {
            (Success, "success"),
            (InvalidInput, "unreadable or invalid input, or a missing or corrupt model or lexicon (named on standard error)"),
            (Usage, "bad usage"),
        };
        if (HasFloor(command)) codes.Add((BelowFloor, command is RootCommand ? "an eval figure below its --min floor" : "a figure below its --min floor"));
        codes.Add((InternalError, "internal error"));
        codes.Add((Cancelled, "cancelled (Ctrl+C)"));
        return codes;
    }

    // The command itself has a --min option, or one of the commands under it does.
    private static bool HasFloor(Command command)
        => command.Options.Any(o => o.Name == "--min") || command.Subcommands.Any(HasFloor);
}
