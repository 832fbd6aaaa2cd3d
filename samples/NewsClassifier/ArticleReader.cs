using System.Text.Json;

namespace NewsClassifier;

/// <summary>Reads the IndoSum <c>articles.jsonl</c> (fields id, source, source_url, category, text).</summary>
internal static class ArticleReader
{
    /// <summary>The categories the sample classifies; inspirasi (19 articles) is dropped.</summary>
    public static readonly string[] Categories = ["tajuk utama", "olahraga", "teknologi", "showbiz", "hiburan"];

    public static (List<Article> Articles, Dictionary<string, int> Dropped) Read(string path)
    {
        var articles = new List<Article>();
        var dropped = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            string category;
            string text;
            try
            {
                using var json = JsonDocument.Parse(line);
                category = json.RootElement.GetProperty("category").GetString() ?? string.Empty;
                text = json.RootElement.GetProperty("text").GetString() ?? string.Empty;
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not an IndoSum article line ({e.Message}).", e);
            }

            if (Array.IndexOf(Categories, category) < 0)
            {
                dropped[category] = dropped.GetValueOrDefault(category) + 1;
                continue;
            }

            articles.Add(new Article { Text = text, Category = category });
        }

        return (articles, dropped);
    }

    /// <summary>Every article, whatever its category (for the speed check over all 3,000).</summary>
    public static List<Article> ReadAllTexts(string path)
    {
        var articles = new List<Article>();
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            articles.Add(new Article { Text = json.RootElement.GetProperty("text").GetString() ?? string.Empty });
        }

        return articles;
    }

    /// <summary>The path given on the command line, or ../shared/data/corpus/indosum/articles.jsonl next to the repository.</summary>
    public static string? Locate(string? argument)
    {
        if (argument is not null) return argument;
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "IndoNews.NLP.sln")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "corpus", "indosum", "articles.jsonl"));
                }
            }
        }

        return null;
    }
}
