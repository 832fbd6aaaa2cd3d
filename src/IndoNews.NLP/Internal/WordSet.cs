using System.Collections.Frozen;

namespace IndoNews.NLP.Internal;

/// <summary>
/// An immutable set (ordinal, case-insensitive by default) of words that can be probed with a span, so hot paths
/// look words up without creating strings.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _set;
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#endif

    public WordSet(IEnumerable<string> words, bool ignoreCase = true)
    {
        _set = words.ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        int max = 0;
        foreach (string w in _set) max = Math.Max(max, w.Length);
        MaxLength = max;
    }

    /// <summary>Length of the longest word; longer probes are rejected without hashing.</summary>
    public int MaxLength { get; }

    public int Count => _set.Count;

    public IEnumerable<string> Words => _set;

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength || word.IsEmpty) return false;
#if NET9_0_OR_GREATER
        return _lookup.Contains(word);
#else
        // net8.0 has no span-keyed lookup on frozen sets; this target pays one string per probe.
        return _set.Contains(word.ToString());
#endif
    }

    public bool Contains(string word) => _set.Contains(word);
}
