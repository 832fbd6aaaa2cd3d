namespace IndoNews.NLP;

/// <summary>
/// Finds the shipped data files (lexicons, models, lists). They live in <c>indonews-data/</c> next to the
/// assembly; <c>INDONEWS_DATA_DIR</c> points at another copy.
/// </summary>
internal static class DataFiles
{
    public const string EnvironmentVariable = "INDONEWS_DATA_DIR";

    public static string Directory
    {
        get
        {
            string? overridden = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrEmpty(overridden)) return overridden;
            return Path.Combine(AppContext.BaseDirectory, "indonews-data");
        }
    }

    /// <summary>
    /// Throws <see cref="FileNotFoundException"/> when <paramref name="path"/> is not an existing file, so a missing
    /// folder on the way gives the documented exception too (the runtime throws DirectoryNotFoundException there).
    /// </summary>
    /// <param name="path">The file a loader was given.</param>
    /// <param name="what">What the file should hold, for the message ("Entity model").</param>
    public static void RequireFile(string path, string what)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{what} '{path}' not found.", path);
    }

    /// <summary>Full path of a shipped file, e.g. <c>stemming/roots.txt</c>.</summary>
    /// <exception cref="FileNotFoundException">The file is missing, with where it was looked for.</exception>
    public static string Resolve(string relativePath)
    {
        string path = Path.Combine(Directory, relativePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"IndoNews.NLP data file '{relativePath}' not found at '{path}'. The package copies its data to 'indonews-data/' next to the application; set {EnvironmentVariable} to use another folder.",
                path);
        }

        return path;
    }
}
