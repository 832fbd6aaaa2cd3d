using System.CommandLine;

namespace IndoNews.NLP.Cli.Commands;

/// <summary>Runs a command body and turns failures into one line on standard error and an exit code.</summary>
internal static class CommandRunner
{
    public static void SetAction(Command command, Func<ParseResult, CancellationToken, int> body)
    {
        command.SetAction((parseResult, cancellationToken) =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, CliCancellation.Token);
            return Task.FromResult(Run(() => body(parseResult, linked.Token)));
        });
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
        catch (Exception e) when (Unwrap(e) is InvalidDataException or FormatException or IOException or UnauthorizedAccessException)
        {
            // Unreadable input, and missing or corrupt data files (models, lexicons): the message names the file.
            Console.Error.WriteLine("indonews: " + Unwrap(e).Message);
            return ExitCodes.InvalidInput;
        }
        catch (Exception e)
        {
            // A bug, not bad input: one line and a distinct exit code instead of a stack trace.
            var inner = Unwrap(e);
            Console.Error.WriteLine($"indonews: internal error: {inner.GetType().Name}: {inner.Message} (set {DebugVariable}=1 for the stack trace; please report it with the input).");
            if (Environment.GetEnvironmentVariable(DebugVariable) == "1") Console.Error.WriteLine(e);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Set to 1 to print the stack trace of an internal error.</summary>
    public const string DebugVariable = "INDONEWS_DEBUG";

    // Lazily loaded components surface their load errors wrapped in these.
    private static Exception Unwrap(Exception e)
    {
        while (e is TypeInitializationException or System.Reflection.TargetInvocationException or AggregateException && e.InnerException is not null)
        {
            e = e.InnerException!;
        }

        return e;
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
