namespace IndoNews.NLP.Cli;

/// <summary>The exit codes of every command, listed in <c>--help</c> and the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;
    public const int BelowFloor = 3;
    public const int Cancelled = 130;
    public const int InternalError = 70;

    public const string HelpText =
        "Exit codes: 0 success; 1 unreadable or invalid input, or a missing or corrupt model/lexicon file (file, line and byte named on standard error); " +
        "2 bad usage; 3 an evaluation fell below its --min floor; 70 internal error; 130 cancelled (Ctrl+C). " +
        "Output files are written atomically: on any error no partial file is left.";
}
