namespace IndoNews.NLP.Benchmarks;

/// <summary>Finds the shared corpora (../shared next to the repository, or the folder in INDONEWS_SHARED).</summary>
public static class BenchmarkData
{
    public const string IndoSumArticles = "data/corpus/indosum/articles.txt";

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
}
