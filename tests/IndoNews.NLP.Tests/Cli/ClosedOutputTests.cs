using System.Text;
using System.Text.Json;
using IndoNews.NLP.Cli;

namespace IndoNews.NLP.Tests.Cli;

/// <summary>
/// A command whose standard output is closed by its reader stops (as <c>indonews analyze corpus.jsonl --input jsonl | head</c>
/// should) instead of analysing the rest of its input for nobody: one line on standard error, exit 1.
/// </summary>
public class ClosedOutputTests
{
    [Fact]
    public async Task Analyze_stops_when_the_reader_of_its_output_goes_away()
    {
        string article = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "samples", "berita-contoh.txt"));
        byte[] line = Encoding.UTF8.GetBytes("{\"text\":" + JsonSerializer.Serialize(article) + "}\n");
        using var cli = new CliProcess();
        using var process = cli.Start(["analyze", "--input", "jsonl", "-"]);
        var stderr = process.StandardError.ReadToEndAsync();

        // Input without end: the command can only finish by noticing that nobody reads its output.
        var feed = Task.Run(() =>
        {
            try
            {
                while (!process.HasExited) process.StandardInput.BaseStream.Write(line);
            }
            catch (IOException)
            {
                // The command has exited and closed its input.
            }
        });

        // Read the first document, then close the reading end as 'head -1' does.
        string? first = await process.StandardOutput.ReadLineAsync();
        Assert.StartsWith("{\"text\":\"BANDUNG - Gubernur Jawa Barat", first, StringComparison.Ordinal);
        process.StandardOutput.BaseStream.Close();

        bool exited = process.WaitForExit(TimeSpan.FromSeconds(30));
        if (!exited) process.Kill(entireProcessTree: true);
        await feed;
        Assert.True(exited, "indonews kept analysing after its output was closed");
        Assert.Equal(ExitCodes.InvalidInput, process.ExitCode);
        Assert.Equal("indonews: Broken pipe\n", await stderr);
    }
}
