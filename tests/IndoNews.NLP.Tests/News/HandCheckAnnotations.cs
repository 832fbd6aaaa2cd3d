using System.Text.Json;
using System.Text.Json.Serialization;

namespace IndoNews.NLP.Tests.News;

/// <summary>
/// Our own hand annotations of 50 IndoSum articles (5 per source, the ids with the smallest SHA-1): which
/// paragraphs (lines of the article's <c>text</c>) are boilerplate, the dateline place, and which names denote
/// one entity. Article texts are read from ../shared in place; only ids and our judgements live here.
/// </summary>
internal sealed record HandCheckArticle(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("boilerplate")] int[] Boilerplate,
    [property: JsonPropertyName("dateline")] string? Dateline,
    [property: JsonPropertyName("clusters")] HandCheckCluster[] Clusters)
{
    public static IReadOnlyList<HandCheckArticle> Load()
    {
        string path = Path.Combine(SharedData.RepoRoot, "tests", "IndoNews.NLP.Tests", "News", "Data", "indosum-news-annotations.jsonl");
        return File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<HandCheckArticle>(l)!).ToArray();
    }

    /// <summary>The texts of the annotated articles, read from ../shared/data/corpus/indosum/articles.jsonl.</summary>
    public static Dictionary<string, string> LoadTexts(IEnumerable<HandCheckArticle> articles)
    {
        var wanted = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(SharedData.Require("data/corpus/indosum/articles.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            string id = doc.RootElement.GetProperty("id").GetString()!;
            if (wanted.Contains(id)) texts[id] = doc.RootElement.GetProperty("text").GetString()!;
        }

        return texts;
    }
}

/// <summary>Names that denote one entity in one article.</summary>
internal sealed record HandCheckCluster(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("names")] string[] Names);
