using System.Buffers;

namespace IndoNews.NLP.Internal;

/// <summary>
/// A set of words of one text (a document's), each kept as its offset and length in that text instead of as a string,
/// in arrays rented from <see cref="ArrayPool{T}.Shared"/>: a rule that gathers the words of a document's names and then
/// probes tokens against them makes no string and no hash set per document. Comparison is ordinal.
/// </summary>
/// <remarks>
/// Use with <c>using</c>; <see cref="Dispose"/> gives the arrays back. Not thread-safe, and meant for one call: each
/// call makes its own set (the shared pool it rents from is thread-safe).
/// </remarks>
internal sealed class TextSpanSet : IDisposable
{
    private readonly string _text;

    // Chained hashing: per bucket, the first entry's index plus one (0 for none); per entry, the next one's plus one.
    private int[] _buckets = [];
    private int[] _next = [];
    private int[] _starts = [];
    private int[] _lengths = [];
    private uint[] _hashes = [];
    private int _bucketMask = -1;
    private int _count;

    /// <summary>An empty set of words of <paramref name="text"/>; nothing is rented before the first word.</summary>
    public TextSpanSet(string text) => _text = text;

    /// <summary>How many distinct words the set holds.</summary>
    public int Count => _count;

    /// <summary>Adds the word at <paramref name="start"/> of the text, <paramref name="length"/> characters long; true when it was new.</summary>
    public bool Add(int start, int length)
    {
        var word = _text.AsSpan(start, length);
        uint hash = SpanHash.Of(word);
        if (IndexOf(word, hash) >= 0) return false;
        if (_count == _starts.Length) Grow();
        int entry = _count++;
        _starts[entry] = start;
        _lengths[entry] = length;
        _hashes[entry] = hash;
        ref int bucket = ref _buckets[(int)hash & _bucketMask];
        _next[entry] = bucket;
        bucket = entry + 1;
        return true;
    }

    /// <summary>Adds the text of <paramref name="token"/> (a token of this set's text); true when it was new.</summary>
    public bool Add(in Token token) => Add(token.Start, token.End - token.Start);

    /// <summary>Whether the set holds <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _count > 0 && IndexOf(word, SpanHash.Of(word)) >= 0;

    /// <summary>Whether the set holds <paramref name="word"/>.</summary>
    public bool Contains(string word) => Contains(word.AsSpan());

    /// <summary>Gives the arrays back to the pool; the set is empty after.</summary>
    public void Dispose()
    {
        if (_starts.Length == 0) return;
        ArrayPool<int>.Shared.Return(_buckets);
        ArrayPool<int>.Shared.Return(_next);
        ArrayPool<int>.Shared.Return(_starts);
        ArrayPool<int>.Shared.Return(_lengths);
        ArrayPool<uint>.Shared.Return(_hashes);
        _buckets = _next = _starts = _lengths = [];
        _hashes = [];
        _bucketMask = -1;
        _count = 0;
    }

    private int IndexOf(ReadOnlySpan<char> word, uint hash)
    {
        if (_bucketMask < 0) return -1;
        for (int e = _buckets[(int)hash & _bucketMask] - 1; e >= 0; e = _next[e] - 1)
        {
            if (_hashes[e] == hash && _text.AsSpan(_starts[e], _lengths[e]).SequenceEqual(word)) return e;
        }

        return -1;
    }

    // Doubles the entries (16 at first) and rehashes them into as many buckets, a power of two.
    private void Grow()
    {
        int capacity = Math.Max(16, _count * 2);
        int[] starts = ArrayPool<int>.Shared.Rent(capacity), lengths = ArrayPool<int>.Shared.Rent(capacity);
        int[] next = ArrayPool<int>.Shared.Rent(capacity), buckets = ArrayPool<int>.Shared.Rent(capacity);
        uint[] hashes = ArrayPool<uint>.Shared.Rent(capacity);
        _starts.AsSpan(0, _count).CopyTo(starts);
        _lengths.AsSpan(0, _count).CopyTo(lengths);
        _hashes.AsSpan(0, _count).CopyTo(hashes);
        int count = _count;
        Dispose();
        _starts = starts;
        _lengths = lengths;
        _hashes = hashes;
        _next = next;
        _buckets = buckets;
        _bucketMask = capacity - 1;
        Array.Clear(_buckets, 0, capacity);
        for (int e = 0; e < count; e++)
        {
            ref int bucket = ref _buckets[(int)_hashes[e] & _bucketMask];
            _next[e] = bucket;
            bucket = e + 1;
        }

        _count = count;
    }
}
