using System.Text;

namespace IndoNews.NLP.Cli.IO;

/// <summary>Opens a command's input: a file, or standard input for <c>-</c> or no file.</summary>
internal static class CliInput
{
    public static bool IsStdin(string? path) => string.IsNullOrEmpty(path) || path == "-";

    public static string DisplayName(string? path) => IsStdin(path) ? "<stdin>" : path!;

    public static Stream Open(string? path)
    {
        if (IsStdin(path)) return Console.OpenStandardInput();
        if (Directory.Exists(path)) throw new CliException($"{path}: is a folder, not a file.");
        if (!File.Exists(path)) throw new CliException($"{path}: no such file.");
        try
        {
            return new FileStream(path!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"{path}: cannot read: {e.Message}");
        }
    }

    public static Utf8LineReader OpenLines(string? path, bool lenient) => new(Open(path), DisplayName(path), lenient);

    /// <summary>Reads the whole input as text, strictly validated UTF-8 (a BOM is accepted).</summary>
    public static string ReadAllText(string? path, bool lenient, out long replaced)
    {
        using var reader = OpenLines(path, lenient);
        // Line breaks are kept as read, so offsets point into the file's own text (CRLF included).
        var sb = new StringBuilder();
        foreach (var line in reader.ReadLines())
        {
            sb.Append(line.Text).Append(line.LineBreak);
        }

        replaced = reader.ReplacedSequences;
        return sb.ToString();
    }
}
