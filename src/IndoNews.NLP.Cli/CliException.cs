namespace IndoNews.NLP.Cli;

/// <summary>A failure the user can act on: bad input, a missing file. Printed as one line, no stack trace.</summary>
internal sealed class CliException(string message, int exitCode = ExitCodes.InvalidInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
