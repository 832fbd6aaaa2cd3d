using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IndoNews.NLP.Cli;

namespace IndoNews.NLP.Tests.Cli;

/// <summary>
/// <c>analyze --input jsonl</c> with fields beside <c>text</c>: they follow the analysis as read, except those named like
/// one of its own fields, and a long document with them is streamed out as one without them is, never built as one
/// JSON string (a 57 MB document with an <c>id</c> ran out of memory that way).
/// </summary>
public class AnalyzePassThroughTests
{
    private const string Lead = "JAKARTA - Presiden Joko Widodo meresmikan Bendungan Karian di Lebak, Banten, Kamis (14/3). Biayanya Rp 2,1 triliun.";

    [Fact]
    public void Fields_follow_the_analysis_as_read_and_its_own_field_names_are_dropped()
    {
        using var cli = new CliProcess();
        string fields = ",\"id\":\"berita-1\",\"judul\":\"Jokowi resmikan \\u00e9 <Karian> \\\"bendungan\\\"\",\"tokens\":[1],\"meta\":{\"halaman\":[1,2.50],\"kosong\":null},\"paragraphs\":0";
        var plain = cli.Run(["analyze", "--input", "jsonl", "--published", "2019-03-15"], Encoding.UTF8.GetBytes("{\"text\":" + JsonSerializer.Serialize(Lead) + "}\n"));
        var withFields = cli.Run(["analyze", "--input", "jsonl", "--published", "2019-03-15"], Encoding.UTF8.GetBytes("{\"text\":" + JsonSerializer.Serialize(Lead) + fields + "}\n"));
        Assert.Equal(ExitCodes.Success, plain.ExitCode);
        Assert.Equal(ExitCodes.Success, withFields.ExitCode);
        Assert.EndsWith("}\n", plain.StdoutText, StringComparison.Ordinal);

        // The analysis unchanged, then the other fields in input order, escaped as the analysis escapes its strings.
        string expected = plain.StdoutText[..^2] + ",\"id\":\"berita-1\",\"judul\":\"Jokowi resmikan é <Karian> \\\"bendungan\\\"\",\"meta\":{\"halaman\":[1,2.50],\"kosong\":null}}\n";
        Assert.Equal(expected, withFields.StdoutText);
        Assert.Contains("{\"text\":\"Joko Widodo\",\"label\":\"PER\"", withFields.StdoutText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_document_with_fields_needs_no_more_memory_than_one_without()
    {
        // About 800 KB of IndoSum news in one document. Without fields it runs in about 160 MB; the JSON built as one
        // string, parsed again and written out took more than this 256 MB heap (exit 70, out of memory).
        string articles = SharedData.Require("data/corpus/indosum/articles.jsonl");
        string text = string.Join("\n\n", File.ReadLines(articles).Take(400).Select(l => JsonNode.Parse(l)!["text"]!.GetValue<string>()));
        using var cli = new CliProcess();
        cli.WriteFile("berita.jsonl", "{\"text\":" + JsonSerializer.Serialize(text) + ",\"id\":\"gabungan-400\"}\n");
        var result = cli.Run(
            ["analyze", "--input", "jsonl", "--no-news", "berita.jsonl", "-o", "out.jsonl"],
            environment: new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x10000000" },
            timeout: TimeSpan.FromMinutes(5));
        Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);

        var document = JsonNode.Parse(File.ReadAllText(cli.PathOf("out.jsonl")))!.AsObject();
        Assert.Equal(text, document["text"]!.GetValue<string>());
        Assert.Equal("gabungan-400", document["id"]!.GetValue<string>());
        Assert.Equal("id", document.Last().Key);
        Assert.True(document["tokens"]!.AsArray().Count > 100_000);
    }
}
