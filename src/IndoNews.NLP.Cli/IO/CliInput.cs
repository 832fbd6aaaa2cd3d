using System.Text;

namespace IndoNews.NLP.Cli.IO;

/// <summary>Opens a command's input: a file, or standard input for <c>-</c> or no file.</summary>
internal static class CliInput
{
    public static bool IsStdin(string? path) => string.IsNullOrEmpty(path) || path == "-";

    public static string DisplayName(string? path) => IsStdin(path) ? "<stdin>" : path!;

    /// <summary>Tells, on standard error, how many invalid UTF-8 sequences --lenient replaced in a file (nothing when none).</summary>
    public static void WarnReplaced(long replaced, string displayName)
    {
        if (replaced > 0) Console.Error.WriteLine($"indonews: warning: replaced {replaced} invalid UTF-8 sequence(s) in {displayName}.");
    }

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

    /// <summary>Lines of the input, for a command with <c>--lenient</c> (its error on invalid UTF-8 suggests the option).</summary>
    public static Utf8LineReader OpenLines(string? path, bool lenient) => new(Open(path), DisplayName(path), lenient);

    /// <summary>Lines of the input, strictly validated UTF-8, for a command without <c>--lenient</c>.</summary>
    public static Utf8LineReader OpenLinesStrict(string? path) => new(Open(path), DisplayName(path), lenient: false, lenientOption: false);

    /// <summary>Reads the whole input as text (a BOM is accepted), for a command with <c>--lenient</c>.</summary>
    public static string ReadAllText(string? path, bool lenient, out long replaced) => ReadAllText(OpenLines(path, lenient), out replaced);

    /// <summary>Reads the whole input as strictly validated UTF-8 text, for a command without <c>--lenient</c>.</summary>
    public static string ReadAllTextStrict(string? path) => ReadAllText(OpenLinesStrict(path), out _);

    private static string ReadAllText(Utf8LineReader lines, out long replaced)
    {
        using var reader = lines;
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
