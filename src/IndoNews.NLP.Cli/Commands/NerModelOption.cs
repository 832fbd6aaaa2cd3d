using System.CommandLine;
using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Cli.Commands;

/// <summary>The <c>--model</c> option of <c>tag</c> and <c>eval ner</c>: a model file instead of the shipped one.</summary>
internal static class NerModelOption
{
    public static Option<string?> Create() => CommonOptions.FileOnly(
        new Option<string?>("--model")
        {
            Description = "Entity model file (from 'indonews train ner'); default: the shipped model.",
        },
        "the entity model must be a file");

    public static EntityTagger Load(string? path)
    {
        if (path is not null && Directory.Exists(path)) throw new CliException($"--model {path}: is a folder, not a file.");
        try
        {
            return path is null ? EntityTagger.Default : EntityTagger.Load(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException(path is null ? e.Message : $"--model {path}: entity model file not found.");
        }
        catch (InvalidDataException e)
        {
            throw new CliException(path is null ? e.Message : e.Message.StartsWith(path, StringComparison.Ordinal) ? $"--model {e.Message}" : $"--model {path}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read the model: {e.Message}");
        }
    }
}
