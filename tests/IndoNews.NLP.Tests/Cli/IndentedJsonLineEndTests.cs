using System.Text;
using IndoNews.NLP.Cli;

namespace IndoNews.NLP.Tests.Cli;

/// <summary>
/// Indented JSON (<c>analyze --format json</c>, <see cref="Document.ToJson(bool)"/>) ends its lines with <c>\n</c> on
/// every OS, as the CLI contract says; the indented writer's own default is Environment.NewLine. A carriage return of
/// the text is written as the escape <c>\r</c>, so no raw CR byte may appear anywhere.
/// </summary>
public class IndentedJsonLineEndTests
{
    // Windows line ends inside the article: the text keeps them, the JSON escapes them.
    private const string Article = "JAKARTA - Presiden Joko Widodo meresmikan Bendungan Karian di Lebak, Banten, Kamis (14/3).\r\nBiayanya Rp 2,1 triliun.\r\n";

    [Fact]
    public void The_indented_options_say_LF()
    {
        Assert.Equal("\n", DocumentJson.Indented.NewLine);
    }

    [Fact]
    public void ToJson_and_WriteJson_indented_have_no_carriage_return_and_keep_the_text_exact()
    {
        var document = Pipeline.Analyze(Article, new AnalyzeOptions { PublishedAt = new DateOnly(2019, 3, 15) });
        string json = document.ToJson(indented: true);
        Assert.DoesNotContain('\r', json);
        Assert.Contains("\n  \"sentences\": [", json, StringComparison.Ordinal);
        Assert.Contains("Kamis (14/3).\\r\\nBiayanya", json, StringComparison.Ordinal);

        var stream = new MemoryStream();
        document.WriteJson(stream, indented: true);
        byte[] bytes = stream.ToArray();
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal(json, Encoding.UTF8.GetString(bytes));
        using var parsed = System.Text.Json.JsonDocument.Parse(bytes);
        Assert.Equal(Article, parsed.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Analyze_format_json_writes_no_carriage_return()
    {
        using var cli = new CliProcess();
        cli.WriteFile("berita.txt", Article);
        var result = cli.Run(["analyze", "--format", "json", "--published", "2019-03-15", "berita.txt"]);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.DoesNotContain((byte)'\r', result.Stdout);
        Assert.Contains("\n  \"tokens\": [\n", result.StdoutText, StringComparison.Ordinal);
    }

    // What .NET 8 (no JsonSerializerOptions.NewLine) writes through: the CRLF of the indented writer on Windows
    // becomes LF, in whatever pieces the serializer writes, and the escaped \r\n of the text is kept.
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4096)]
    public void The_net8_filter_drops_only_raw_carriage_returns(int piece)
    {
        byte[] crlfJson = Encoding.UTF8.GetBytes("{\r\n  \"text\": \"Kamis (14/3).\\r\\nBiayanya Rp 2,1 triliun.\",\r\n  \"entities\": []\r\n}");
        var output = new MemoryStream();
        using (var filter = new CarriageReturnDroppingStream(output))
        {
            for (int i = 0; i < crlfJson.Length; i += piece) filter.Write(crlfJson, i, Math.Min(piece, crlfJson.Length - i));
            filter.WriteByte((byte)'\r');
            filter.WriteByte((byte)'\n');
        }

        Assert.Equal("{\n  \"text\": \"Kamis (14/3).\\r\\nBiayanya Rp 2,1 triliun.\",\n  \"entities\": []\n}\n", Encoding.UTF8.GetString(output.ToArray()));
    }
}
