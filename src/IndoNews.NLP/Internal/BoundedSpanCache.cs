using System.Collections.Concurrent;

namespace IndoNews.NLP.Internal;

/// <summary>
/// A thread-safe string → string cache that can be probed with a span (no string is created on a hit) and
/// that empties itself when it reaches its limit, so memory stays bounded on an endless stream of new words.
/// </summary>
internal sealed class BoundedSpanCache
{
    private readonly ConcurrentDictionary<string, string> _entries = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
#endif
    private readonly int _limit;

    // Approximate entry count: ConcurrentDictionary.Count takes every lock, which serialised parallel misses.
    private int _count;

    public BoundedSpanCache(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _limit = limit;
#if NET9_0_OR_GREATER
        _bySpan = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    public bool TryGet(ReadOnlySpan<char> key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
#if NET9_0_OR_GREATER
        => _bySpan.TryGetValue(key, out value);
#else
        => _entries.TryGetValue(key.ToString(), out value);
#endif

    /// <summary>Longer keys are not kept (the stemmer's own limit: no word comes close), as junk runs (base64 in
    /// scraped pages) would otherwise keep megabytes per entry alive for the life of the cache.</summary>
    public const int MaxKeyLength = Stemming.RootStemmer.MaxWordLength;

    public void Add(string key, string value)
    {
        if (key.Length > MaxKeyLength) return;
        if (Volatile.Read(ref _count) >= _limit)
        {
            // Racing threads may both clear; the cache only has to stay near its limit, not exactly at it.
            _entries.Clear();
            Volatile.Write(ref _count, 0);
        }

        if (_entries.TryAdd(key, value)) Interlocked.Increment(ref _count);
    }
}
