namespace IndoNews.NLP.Benchmarks;

/// <summary>Finds the shared corpora (../shared next to the repository, or the folder in INDONEWS_SHARED).</summary>
public static class BenchmarkData
{
    public const string IndoSumArticles = "data/corpus/indosum/articles.txt";

    /// <summary>Sastrawi's dictionary (CC BY-NC-SA): read in place, never copied into the repository.</summary>
    public const string SastrawiKataDasar = "data/sastrawi/kata-dasar.txt";

    public static bool TryFind(string relativePath, out string path)
    {
        string? shared = Environment.GetEnvironmentVariable("INDONEWS_SHARED");
        if (!string.IsNullOrEmpty(shared))
        {
            path = Path.Combine(shared, relativePath);
            return File.Exists(path);
        }

        // BenchmarkDotNet runs a generated copy of this project below bin/, so walk up to the repository.
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IndoNews.NLP.sln")))
            {
                path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", relativePath));
                return File.Exists(path);
            }

            dir = dir.Parent;
        }

        path = relativePath;
        return false;
    }

    /// <summary>The IndoSum articles, one per line.</summary>
    public static string[] LoadArticles()
    {
        if (!TryFind(IndoSumArticles, out string path)) throw new FileNotFoundException("IndoSum corpus not found.", path);
        return File.ReadAllLines(path).Where(line => line.Length > 0).ToArray();
    }

    /// <summary>The first <paramref name="count"/> articles (all when there are fewer).</summary>
    public static string[] LoadArticles(int count) => LoadArticles().Take(count).ToArray();

    /// <summary>Articles joined by blank lines, repeated as needed, cut at a space to about <paramref name="chars"/> characters.</summary>
    public static string LoadText(int chars)
    {
        var articles = LoadArticles();
        var text = new System.Text.StringBuilder(chars + 8192);
        for (int i = 0; text.Length < chars; i++)
        {
            if (text.Length > 0) text.Append("\n\n");
            text.Append(articles[i % articles.Length]);
        }

        int cut = Math.Min(chars, text.Length);
        while (cut > 0 && cut < text.Length && !char.IsWhiteSpace(text[cut])) cut--;
        return text.ToString(0, cut > 0 ? cut : Math.Min(chars, text.Length));
    }
}
