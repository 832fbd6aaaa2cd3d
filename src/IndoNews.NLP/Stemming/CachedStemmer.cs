using System.Runtime.CompilerServices;

namespace IndoNews.NLP.Stemming;

/// <summary>
/// Remembers the stems another <see cref="IStemmer"/> gives, in a bounded, lock-free, thread-safe cache.
/// A hit allocates nothing and returns the stored string; when the cache is full a new word replaces an
/// older one that shares its slot, so memory stays bounded however many distinct words pass through.
/// </summary>
/// <remarks>
/// Stemming is a pure function of the word, so a cache changes speed, never answers: many threads may
/// stem at once and each gets exactly what the inner stemmer would give. Keys are the words as given
/// (case-sensitive).
/// </remarks>
/// <example>
/// <code>
/// IStemmer stemmer = new CachedStemmer(RootStemmer.Default, capacity: 100_000);
/// string root = stemmer.Stem("pembangunan"); // "bangun"
/// </code>
/// </example>
public sealed class CachedStemmer : IStemmer
{
    /// <summary>The capacity used when none is given: 131,072 words (a cached word costs about 85 bytes with its strings).</summary>
    /// <remarks>Words share slots by hash, so a cache holds a working set comfortably only at about half its
    /// capacity: warm, 50,000 distinct IndoSum words missed 12.5% of lookups at 2^16 and 0.9% at 2^17.</remarks>
    public const int DefaultCapacity = 1 << 17;

    private readonly Entry?[] _slots;
    private readonly int _mask;

    /// <summary>Wraps <paramref name="inner"/> with a cache of at most <paramref name="capacity"/> words.</summary>
    /// <param name="inner">The stemmer whose answers are cached; it must be thread-safe (as every <see cref="IStemmer"/> is).</param>
    /// <param name="capacity">Most words kept (rounded up to a power of two, at least 16, at most 2^24); keep it well above the number of distinct words you expect, as words compete for slots by hash.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is not positive or above 2^24.</exception>
    public CachedStemmer(IStemmer inner, int capacity = DefaultCapacity)
    {
        Inner = inner ?? throw new ArgumentNullException(nameof(inner));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, 1 << 24);
        int size = 16;
        while (size < capacity) size <<= 1;
        _slots = new Entry?[size];
        _mask = size - 1;
    }

    /// <summary>The stemmer whose answers are cached.</summary>
    public IStemmer Inner { get; }

    /// <summary>The most words the cache holds.</summary>
    public int Capacity => _slots.Length;

    /// <summary>Returns the stem of <paramref name="word"/>, from the cache when it is there.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The stem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length > MaxCachedLength) return Inner.Stem(word);
        uint hash = Hash(word);
        return Find(word, hash)?.Value ?? Add(word, hash);
    }

    /// <summary>Returns the stem of <paramref name="word"/>; allocates nothing when the word is cached.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The stem.</returns>
    public string Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxCachedLength) return Inner.Stem(word.ToString());
        uint hash = Hash(word);
        return Find(word, hash)?.Value ?? Add(word.ToString(), hash);
    }

    /// <summary>Writes the stem of <paramref name="word"/> to <paramref name="destination"/>; allocates nothing when the word is cached.</summary>
    /// <param name="word">The word.</param>
    /// <param name="destination">Where the stem goes.</param>
    /// <param name="charsWritten">Characters written.</param>
    /// <returns>False (and nothing written) when <paramref name="destination"/> is too short.</returns>
    public bool TryStem(ReadOnlySpan<char> word, Span<char> destination, out int charsWritten)
    {
        string stem = Stem(word);
        if (stem.Length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        stem.CopyTo(destination);
        charsWritten = stem.Length;
        return true;
    }

    /// <summary>Longer words are stemmed but not cached: no Indonesian word comes close, and junk such as base64
    /// runs in scraped pages would otherwise keep megabytes per slot alive for the life of the cache.</summary>
    public const int MaxCachedLength = RootStemmer.MaxWordLength;

    // Up to Ways consecutive slots hold the words whose hash starts at the same slot.
    private const int Ways = 4;

    private Entry? Find(ReadOnlySpan<char> word, uint hash)
    {
        var slots = _slots;
        int slot = (int)hash & _mask;
        for (int i = 0; i < Ways; i++)
        {
            var entry = Volatile.Read(ref slots[(slot + i) & _mask]);
            if (entry is null) return null;
            if (entry.Hash == hash && word.SequenceEqual(entry.Key)) return entry;
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private string Add(string word, uint hash)
    {
        string stem = Inner.Stem(word);
        if (stem == word) stem = word; // share one string when the word is its own stem
        var entry = new Entry(word, stem, hash);
        int home = (int)hash & _mask;
        // The first free slot of the group; when all are taken, the one picked by the hash's high bits
        // is replaced. Racing writers may overwrite each other; any entry that lands is correct.
        int target = (home + (int)(hash >> 30)) & _mask;
        for (int i = 0; i < Ways; i++)
        {
            if (Volatile.Read(ref _slots[(home + i) & _mask]) is null)
            {
                target = (home + i) & _mask;
                break;
            }
        }

        Volatile.Write(ref _slots[target], entry);
        return stem;
    }

    private static uint Hash(ReadOnlySpan<char> word) => Internal.SpanHash.Of(word);

    private sealed class Entry(string key, string value, uint hash)
    {
        public string Key { get; } = key;

        public string Value { get; } = value;

        public uint Hash { get; } = hash;
    }
}
