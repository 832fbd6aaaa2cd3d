using System.Collections.Frozen;
using System.Buffers;
using System.Text;

namespace IndoNews.NLP.News;

/// <summary>
/// Names that denote the same entity (<c>KPK</c> ↔ <c>Komisi Pemberantasan Korupsi</c>, <c>AS</c> ↔ <c>Amerika Serikat</c>),
/// used by the news stage to link mentions within a document. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <see cref="Default"/> is the shipped list <c>indonews-data/news/aliases.tsv</c> (CC0), loaded once on first use.
/// The file has one entity per line, <c>LABEL&lt;TAB&gt;canonical&lt;TAB&gt;alias|alias</c>; <c>#</c> starts a comment.
/// Names compare case-insensitively with white space collapsed. The list links only names that occur in the
/// same document; it never puts a name into a document.
/// </remarks>
public sealed class AliasList
{
    private static readonly RetryingLazy<AliasList> DefaultList = new(() => Load(DataFiles.Resolve("news/aliases.tsv")));

    private readonly FrozenDictionary<string, int> _byName;

    /// <summary>Creates a list from entries.</summary>
    /// <param name="entries">The entries.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">A name belongs to two entries, or an entry is null, has no canonical name or label, or has null aliases.</exception>
    public AliasList(IEnumerable<AliasEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);

        // Copied, aliases included, so that the caller changing an entry's list later cannot make the
        // listing and the lookup disagree.
        var copied = new List<AliasEntry>();
        foreach (var given in entries)
        {
            int index = copied.Count;
            if (given is null) throw new ArgumentException($"Alias list entry {index} is null.", nameof(entries));
            if (string.IsNullOrWhiteSpace(given.Canonical) || string.IsNullOrWhiteSpace(given.Label))
            {
                throw new ArgumentException($"Alias list entry {index} has no canonical name or no label.", nameof(entries));
            }

            if (given.Aliases is null) throw new ArgumentException($"Alias list entry {index} ('{given.Canonical}') has null aliases.", nameof(entries));
            copied.Add(given with { Aliases = Array.AsReadOnly(given.Aliases.ToArray()) });
        }

        Entries = copied.AsReadOnly();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Entries.Count; i++)
        {
            var entry = Entries[i];
            foreach (var name in entry.Aliases.Prepend(entry.Canonical))
            {
                string key = Key(name);
                if (key.Length == 0) throw new ArgumentException($"Alias list entry '{entry.Canonical}' has an empty name.", nameof(entries));
                if (byName.TryGetValue(key, out int other) && other != i)
                {
                    throw new ArgumentException($"The name '{name}' belongs to both '{Entries[other].Canonical}' and '{entry.Canonical}'.", nameof(entries));
                }

                byName[key] = i;
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The shipped list, loaded on first use.</summary>
    /// <exception cref="FileNotFoundException">The data file is missing.</exception>
    public static AliasList Default => DefaultList.Value;

    /// <summary>A list with no entries: only names written out in the text are linked.</summary>
    public static AliasList Empty { get; } = new([]);

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<AliasEntry> Entries { get; }

    /// <summary>Loads a list from a file in the format described on <see cref="AliasList"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A line is malformed or not UTF-8; the message names the file and line.</exception>
    public static AliasList Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        DataFiles.RequireFile(path, "Alias list");

        // Strict UTF-8: a damaged byte would otherwise become U+FFFD inside an alias, silently.
        using var reader = new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        return Parse(reader, path);
    }

    /// <summary>Reads a list in the format described on <see cref="AliasList"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <returns>The list.</returns>
    /// <exception cref="FormatException">A line is malformed or a name belongs to two entries.</exception>
    public static AliasList Parse(TextReader reader, string sourceName = "aliases")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<AliasEntry>();
        int lineNumber = 0;
        while (ReadLine(reader, sourceName, lineNumber + 1) is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[0].Trim().Length == 0 || fields[1].Trim().Length == 0)
            {
                throw new FormatException($"{sourceName}:{lineNumber}: expected LABEL<TAB>canonical<TAB>alias|alias.");
            }

            var aliases = fields[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            entries.Add(new AliasEntry(fields[0].Trim(), fields[1].Trim(), aliases));
        }

        try
        {
            return new AliasList(entries);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"{sourceName}: {e.Message}", e);
        }
    }

    private static string? ReadLine(TextReader reader, string sourceName, int lineNumber)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (DecoderFallbackException e)
        {
            // The reader decodes a buffer ahead, so the bad byte is on this line or a later one.
            throw new FormatException($"{sourceName}: not valid UTF-8 at line {lineNumber} or after it: {e.Message}", e);
        }
    }

    /// <summary>Finds the entry a name belongs to, as canonical name or alias.</summary>
    /// <param name="name">The name, in any case and spacing.</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetEntry(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AliasEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_byName.TryGetValue(Key(name), out int index))
        {
            entry = Entries[index];
            return true;
        }

        entry = null;
        return false;
    }

    /// <summary>The index of the entry a name belongs to, or -1.</summary>
    internal int IndexOf(string key) => _byName.TryGetValue(key, out int index) ? index : -1;

    /// <summary>The comparison key of a name: lower case, white space collapsed to single spaces.</summary>
    internal static string Key(string name)
    {
        // Runs for every mention of every document: one pass into a stack buffer (a rented one for a huge name), one
        // string out. The key is never longer than the name: a space is written only for white space dropped before it.
        char[]? rented = null;
        Span<char> buffer = name.Length <= 128 ? stackalloc char[128] : (rented = ArrayPool<char>.Shared.Rent(name.Length));
        int n = 0;
        bool space = false;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space) buffer[n++] = ' ';
            space = false;
            buffer[n++] = char.ToLowerInvariant(c);
        }

        string key = new(buffer[..n]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return key;
    }
}
