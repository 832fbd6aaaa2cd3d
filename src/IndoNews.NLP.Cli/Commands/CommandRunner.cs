using System.CommandLine;

namespace IndoNews.NLP.Cli.Commands;

/// <summary>Runs a command body and turns failures into one line on standard error and an exit code.</summary>
internal static class CommandRunner
{
    public static void SetAction(Command command, Func<ParseResult, CancellationToken, int> body)
    {
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(() => body(parseResult, cancellationToken))));
    }

    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliException e)
        {
            Console.Error.WriteLine("indonews: " + e.Message);
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("indonews: cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            Console.Error.WriteLine("indonews: " + e.Message);
            return ExitCodes.InvalidInput;
        }
    }

    /// <summary>Progress on standard error, only when it is a terminal.</summary>
    public static void Progress(string message)
    {
        if (!Console.IsErrorRedirected) Console.Error.Write("\r" + message);
    }

    public static void EndProgress()
    {
        if (!Console.IsErrorRedirected) Console.Error.WriteLine();
    }
}
