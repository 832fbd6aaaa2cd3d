using System.CommandLine;

namespace IndoNews.NLP.Cli.Commands;

/// <summary>Every top-level command of the tool, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return AnalyzeCommand.Create();
        yield return EvalCommand.Create();
        yield return StemCommand.Create();
        yield return TrainCommand.Create();
        yield return TagCommand.Create();
    }
}
