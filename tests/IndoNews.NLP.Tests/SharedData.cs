namespace IndoNews.NLP.Tests;

/// <summary>
/// Finds the read-only shared material (../shared next to the repository). Outside users have none, so
/// tests that need it skip with a message; under CI (CI=true) a missing ../shared fails instead.
/// </summary>
internal static class SharedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Root { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Path of a file under ../shared; skips the test (or fails under CI) when it is missing.</summary>
    public static string Require(string relativePath)
    {
        string path = Path.Combine(Root, relativePath);
        if (File.Exists(path) || Directory.Exists(path))
        {
            return path;
        }

        string message = $"Shared data not found: {path}. These tests need the project's ../shared folder.";
        if (IsCi)
        {
            Assert.Fail(message + " Under CI it must be present.");
        }

        Assert.Skip(message);
        return path;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IndoNews.NLP.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (IndoNews.NLP.sln) above " + AppContext.BaseDirectory);
    }
}
