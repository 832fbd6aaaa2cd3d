namespace IndoNews.NLP.Stopwords;

/// <summary>
/// A frozen open-addressing set of words looked up by span, ignoring case. FrozenSet's span lookup
/// needs .NET 9, and the core also targets .NET 8, so this small table does the job on both.
/// </summary>
internal sealed class IgnoreCaseWordSet
{
    private readonly string?[] _slots;
    private readonly int _mask;

    public IgnoreCaseWordSet(IEnumerable<string> words)
    {
        // Words are stored as given: lower-casing first could change how OrdinalIgnoreCase matches them.
        var distinct = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        Words = [.. distinct.Order(StringComparer.Ordinal)];
        int capacity = 8;
        while (capacity < distinct.Count * 2) capacity <<= 1;
        _slots = new string?[capacity];
        _mask = capacity - 1;
        foreach (string word in Words)
        {
            int slot = Hash(word) & _mask;
            while (_slots[slot] is not null) slot = (slot + 1) & _mask;
            _slots[slot] = word;
        }
    }

    public int Count => Words.Length;

    public string[] Words { get; }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        int slot = Hash(word) & _mask;
        while (_slots[slot] is { } candidate)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase)) return true;
            slot = (slot + 1) & _mask;
        }

        return false;
    }

    private static int Hash(ReadOnlySpan<char> word) => string.GetHashCode(word, StringComparison.OrdinalIgnoreCase);
}
