using System.Text;

namespace IndoNews.NLP.Stemming;

/// <summary>
/// An immutable set of Indonesian root words (<c>kata dasar</c>), the dictionary a dictionary-based stemmer
/// checks its candidates against. Lookups take a <see cref="ReadOnlySpan{T}"/> and allocate nothing; an
/// instance is safe to share between threads.
/// </summary>
/// <remarks>
/// Entries are taken as written, after trimming white space (so CRLF files work); empty lines are
/// skipped. Lookups are ordinal and case-sensitive, as in Sastrawi: the stemmers lower-case their input,
/// so a list of lower-case roots is what they expect.
/// </remarks>
public sealed class RootLexicon
{
    /// <summary>Path of the shipped default lexicon, relative to the data folder.</summary>
    internal const string DefaultDataFile = "stemming/root-words.txt";

    private static readonly RetryingLazy<RootLexicon> DefaultLexicon = new(
        () => FromFile(DataFiles.Resolve(DefaultDataFile)));

    // All entries' characters end to end in _chars. The hash table is open addressing (linear probing, at most
    // half full) in two parallel arrays: a probe reads only _hashes (4 bytes a slot: 256 KB for the shipped
    // list, within a core's L2 cache, where slots of 12 bytes overflowed it and made most lookups of a word
    // list a cache miss), and only a hash match reads the entry's place in _chars. A stored hash has its top
    // bit set, so 0 marks an empty slot.
    private readonly char[] _chars;
    private readonly uint[] _hashes;
    private readonly Entry[] _entries;

    // For each pair of leading letters a-z, a bit per length 1-63 that some entry has: most candidates
    // the stemmers try are not roots, and this small table (5 KB, stays in cache) turns many of them
    // away before any hashing.
    private readonly ulong[] _lengthsByStart = new ulong[27 * 27];
    private readonly int _mask;
    private readonly int _maxLength;

    private RootLexicon(List<string> words)
    {
        int total = 0;
        foreach (string w in words) total += w.Length;
        _chars = new char[total];
        int size = 16;
        while (size < words.Count * 2) size <<= 1;
        _hashes = new uint[size];
        _entries = new Entry[size];
        _mask = size - 1;

        int pos = 0;
        int count = 0;
        foreach (string w in words)
        {
            uint hash = Hash(w);
            if (Find(w, hash) >= 0) continue;
            w.CopyTo(_chars.AsSpan(pos));
            int slot = (int)hash & _mask;
            while (_hashes[slot] != 0) slot = (slot + 1) & _mask;
            _hashes[slot] = hash;
            _entries[slot] = new Entry(pos, w.Length);
            _lengthsByStart[StartIndex(w)] |= LengthBit(w.Length);
            pos += w.Length;
            count++;
            if (w.Length > _maxLength) _maxLength = w.Length;
        }

        Count = count;
    }

    /// <summary>
    /// The root-word list shipped with the package (<c>indonews-data/stemming/root-words.txt</c>, built from
    /// the roots of the hunspell-id dictionary, LGPL-3.0), loaded on first use.
    /// </summary>
    /// <exception cref="FileNotFoundException">The shipped data file is missing.</exception>
    public static RootLexicon Default => DefaultLexicon.Value;

    /// <summary>Number of distinct entries.</summary>
    public int Count { get; }

    /// <summary>Loads a root-word list: one word per line, UTF-8.</summary>
    /// <param name="path">The file, e.g. Sastrawi's <c>kata-dasar.txt</c>.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not valid UTF-8 text, or holds no words.</exception>
    public static RootLexicon FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lexicon = FromWords(ReadTextLines(path, "Root-word list"));

        // An empty list would leave every word unstemmed without a word of warning: almost always a wrong file.
        if (lexicon.Count == 0) throw new InvalidDataException($"Root-word list '{path}' holds no words (one root per line expected).");
        return lexicon;
    }

    /// <summary>The lines of a word-list file, checked to be UTF-8 text without NUL characters.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file is, for the error messages ("Root-word list").</param>
    /// <returns>The lines.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not valid UTF-8 text.</exception>
    internal static List<string> ReadTextLines(string path, string what)
    {
        DataFiles.RequireFile(path, what);
        byte[] bytes = File.ReadAllBytes(path);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        // Decoded line by line, so that a bad byte is reported with its line and offset like every other input.
        int start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var lines = new List<string>(32_768);
        for (int number = 1; start < bytes.Length; number++)
        {
            int length = bytes.AsSpan(start).IndexOf((byte)'\n');
            if (length < 0) length = bytes.Length - start;
            var line = bytes.AsSpan(start, length);
            string text;
            try
            {
                text = encoding.GetString(line);
            }
            catch (DecoderFallbackException e)
            {
                throw new InvalidDataException($"{what} '{path}' is not valid UTF-8: line {number}, byte {start + Math.Max(e.Index, 0)}.", e);
            }

            if (text.Contains('\0')) throw new InvalidDataException($"{what} '{path}' contains NUL characters (line {number}); it does not look like a text file.");
            lines.Add(text.EndsWith('\r') ? text[..^1] : text);

            start += length + 1;
        }

        return lines;
    }

    /// <summary>Builds a lexicon from words in memory.</summary>
    /// <param name="words">The root words; null entries, blank entries and duplicates are skipped.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    public static RootLexicon FromWords(IEnumerable<string?> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var list = new List<string>();
        foreach (string? word in words)
        {
            if (word is null) continue;
            string trimmed = word.Trim();
            if (trimmed.Length > 0) list.Add(trimmed);
        }

        return new RootLexicon(list);
    }

    /// <summary>True when <paramref name="word"/> is an entry (ordinal comparison).</summary>
    /// <param name="word">The word.</param>
    /// <returns>Whether the lexicon holds it.</returns>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > _maxLength || (_lengthsByStart[StartIndex(word)] & LengthBit(word.Length)) == 0) return false;
        return Find(word, Hash(word)) >= 0;
    }

    /// <summary>True when <paramref name="word"/> is an entry (ordinal comparison).</summary>
    /// <param name="word">The word; null gives false.</param>
    /// <returns>Whether the lexicon holds it.</returns>
    public bool Contains(string? word) => word is not null && Contains(word.AsSpan());

    /// <summary>The entries, in the order they were first given.</summary>
    /// <returns>The words.</returns>
    public IEnumerable<string> Words()
    {
        var entries = _entries.Where(e => e.Length != 0).OrderBy(e => e.Start).ToArray();
        foreach (var entry in entries)
        {
            yield return new string(_chars, entry.Start, entry.Length);
        }
    }

    private int Find(ReadOnlySpan<char> word, uint hash)
    {
        var hashes = _hashes;
        int index = (int)hash & _mask;
        while (true)
        {
            uint stored = hashes[index];
            if (stored == 0) return -1;
            if (stored == hash)
            {
                var entry = _entries[index];
                if (entry.Length == word.Length && word.SequenceEqual(_chars.AsSpan(entry.Start, entry.Length))) return entry.Start;
            }

            index = (index + 1) & _mask;
        }
    }

    private static uint Hash(ReadOnlySpan<char> word) => Internal.SpanHash.Of(word) | 0x8000_0000u;

    // Letters a-z are 1-26, anything else (and a missing second character) 0.
    private static int StartIndex(ReadOnlySpan<char> word)
    {
        int first = (uint)(word[0] - 'a') <= 'z' - 'a' ? word[0] - 'a' + 1 : 0;
        int second = word.Length > 1 && (uint)(word[1] - 'a') <= 'z' - 'a' ? word[1] - 'a' + 1 : 0;
        return (first * 27) + second;
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private readonly record struct Entry(int Start, int Length);
}
