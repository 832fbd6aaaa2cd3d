using System.CommandLine;
using IndoNews.NLP.Cli.Commands;

namespace IndoNews.NLP.Tests.Entities;

/// <summary>
/// <c>indonews train ner</c> with its default recipe (only the paths given, since the test does not run from the
/// repository root) rebuilds the shipped model byte for byte, as data/ner/SOURCE.md and the README promise.
/// About half a minute of training on an idle 2-core machine.
/// </summary>
public class ShippedModelRebuildTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("indonews-rebuild-").FullName;

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Train_ner_with_its_defaults_rebuilds_the_shipped_model()
    {
        string data = SharedData.Require("data/ner");
        string corpus = SharedData.Require("data/corpus/indosum/articles.tokenized.jsonl");
        string output = Path.Combine(_dir, "ner-model.bin");
        var error = Console.Error;
        Console.SetError(TextWriter.Null); // the trainer's progress
        int exit;
        try
        {
            exit = TrainCommand.Create().Parse(["ner", "--data", data, "--corpus", corpus, "--gazetteers", Path.Combine(SharedData.RepoRoot, "data", "ner", "gazetteers"), "--output", output]).Invoke();
        }
        finally
        {
            Console.SetError(error);
        }

        Assert.Equal(0, exit);
        byte[] shipped = File.ReadAllBytes(Path.Combine(SharedData.RepoRoot, "data", "ner", "ner-model.bin"));
        Assert.True(shipped.AsSpan().SequenceEqual(File.ReadAllBytes(output)), "the rebuilt model differs from data/ner/ner-model.bin");
    }
}
