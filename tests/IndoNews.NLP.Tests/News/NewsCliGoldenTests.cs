using System.Text.Json;
using System.Text.Json.Nodes;
using IndoNews.NLP.Tests.Cli;

namespace IndoNews.NLP.Tests.News;

/// <summary>
/// The news fields of <c>indonews analyze --format json --published</c> (CLI contract, "News fields"), as a golden file.
/// Tokens and sentences are left out: other components own them. Regenerate with
/// <c>UPDATE_GOLDEN=1 dotnet test --filter NewsCliGoldenTests</c> and review the diff.
/// </summary>
public class NewsCliGoldenTests
{
    private const string Article =
        "JAKARTA (ANTARA News) - Komisi Pemberantasan Korupsi (KPK) menahan Bupati Bogor\n" +
        "pada Senin (3/7) pukul 10.30 WIB. Kerugian negara ditaksir Rp 1,5 triliun, atau\n" +
        "30 persen dari anggaran 2016.\n" +
        "\n" +
        "Juru bicara KPK Febri Diansyah mengatakan penahanan berlangsung 20 hari.\n" +
        "Juru bicara KPK Febri Diansyah mengatakan penahanan berlangsung 20 hari.\n" +
        "Baca juga: KPK Periksa Tiga Saksi Kasus Suap\n" +
        "(ant)\n";

    private static readonly string GoldenPath = Path.Combine(SharedData.RepoRoot, "tests", "IndoNews.NLP.Tests", "News", "Golden", "analyze-news.json");

    [Fact]
    public void Analyze_json_news_fields_match_the_golden_file()
    {
        using var cli = new CliProcess();
        cli.WriteFile("berita.txt", Article);
        var result = cli.Run(["analyze", "--format", "json", "--published", "2017-07-04", "berita.txt", "-o", "out.json"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var root = JsonNode.Parse(File.ReadAllText(cli.PathOf("out.json")))!.AsObject();
        string actual = NewsFields(root).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(GoldenPath, actual);
        Assert.Equal(File.ReadAllText(GoldenPath), actual);
    }

    [Fact]
    public void No_news_leaves_out_paragraphs_dateline_and_clusters()
    {
        using var cli = new CliProcess();
        cli.WriteFile("berita.txt", Article);
        var result = cli.Run(["analyze", "--format", "json", "--no-news", "berita.txt"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var root = JsonNode.Parse(result.StdoutText)!.AsObject();
        Assert.False(root.ContainsKey("paragraphs"));
        Assert.False(root.ContainsKey("dateline"));
        Assert.False(root.ContainsKey("clusters"));
        Assert.Contains(root["entities"]!.AsArray(), e => (string?)e!["label"] == "MONEY");
    }

    // The contract's news fields, with cluster mentions and value entities shown by text so the file reads on its own.
    private static JsonObject NewsFields(JsonObject root)
    {
        string text = (string)root["text"]!;
        var entities = root["entities"]!.AsArray();
        var values = new JsonArray();
        foreach (var e in entities)
        {
            string label = (string)e!["label"]!;
            if (label is "PER" or "LOC" or "ORG") continue;
            values.Add(e.DeepClone());
        }

        var clusters = new JsonArray();
        foreach (var c in root["clusters"]!.AsArray())
        {
            var mentions = new JsonArray();
            foreach (var m in c!["mentions"]!.AsArray())
            {
                var e = entities[(int)m!]!;
                mentions.Add($"{(string)e["text"]!} @{(int)e["start"]!}");
            }

            clusters.Add(new JsonObject { ["canonical"] = c["canonical"]!.DeepClone(), ["label"] = c["label"]!.DeepClone(), ["mentions"] = mentions });
        }

        var paragraphs = new JsonArray();
        foreach (var p in root["paragraphs"]!.AsArray())
        {
            var copy = p!.DeepClone().AsObject();
            int start = (int)p["start"]!, end = (int)p["end"]!;
            copy["text"] = text[start..Math.Min(end, start + 40)];
            paragraphs.Add(copy);
        }

        return new JsonObject
        {
            ["paragraphs"] = paragraphs,
            ["dateline"] = root["dateline"]?.DeepClone(),
            ["values"] = values,
            ["clusters"] = clusters,
        };
    }
}
