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
    public static string ReadAllText(string? path, bool lenient, out long replaced) => ReadAllText(path, lenient, lenientOption: true, out replaced);

    /// <summary>Reads the whole input as strictly validated UTF-8 text, for a command without <c>--lenient</c>.</summary>
    public static string ReadAllTextStrict(string? path) => ReadAllText(path, lenient: false, lenientOption: false, out _);

    // Line breaks are kept as read, so offsets point into the file's own text (CRLF included). A file is read twice: once
    // through the line reader to check it and measure its text, once to copy the text into a string of that length. A
    // StringBuilder held the text twice at its end (its chunks and the string made of them).
    private static string ReadAllText(string? path, bool lenient, bool lenientOption, out long replaced)
    {
        string name = DisplayName(path);
        using var stream = Open(path);
        if (!stream.CanSeek) return Concatenate(new Utf8LineReader(stream, name, lenient, lenientOption), out replaced);

        long length = 0;
        using (var lines = new Utf8LineReader(stream, name, lenient, lenientOption))
        {
            while (lines.TryReadLine(out var line)) length += line.Text.Length + line.LineBreak.Length;
            replaced = lines.ReplacedSequences;
        }

        stream.Position = 0;
        var again = new Utf8LineReader(stream, name, lenient, lenientOption);
        if (length > Array.MaxLength) return Concatenate(again, out _); // fails as it always did: no string holds it

        string text = string.Create((int)length, again, static (chars, lines) =>
        {
            using var reader = lines;
            int at = 0;
            while (reader.TryReadLine(out var line))
            {
                if (at + line.Text.Length + line.LineBreak.Length > chars.Length) throw FileChanged(reader);
                line.Text.CopyTo(chars[at..]);
                at += line.Text.Length;
                line.LineBreak.CopyTo(chars[at..]);
                at += line.LineBreak.Length;
            }

            if (at != chars.Length) throw FileChanged(reader);
        });
        return text;
    }

    private static CliException FileChanged(Utf8LineReader reader) => new($"{reader.SourceName}: the file changed while it was read.");

    // The whole input through a StringBuilder: standard input, which is read once.
    private static string Concatenate(Utf8LineReader lines, out long replaced)
    {
        using var reader = lines;
        var sb = new StringBuilder();
        foreach (var line in reader.ReadLines())
        {
            sb.Append(line.Text).Append(line.LineBreak);
        }

        replaced = reader.ReplacedSequences;
        return sb.ToString();
    }
}
