using System.Collections;

namespace IndoNews.NLP;

/// <summary>
/// A growable list of <see cref="Token"/> values that pipeline stages write into; tokens are stored
/// contiguously so stages can read them as a span without copying.
/// </summary>
public sealed class TokenList : IReadOnlyList<Token>
{
    private Token[] _items;
    private int _count;

    // Set when Freeze handed _items to a document: the next change copies it first, so the document never sees it.
    private bool _shared;

    /// <summary>Creates an empty list.</summary>
    /// <param name="capacity">Initial capacity.</param>
    public TokenList(int capacity = 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _items = capacity == 0 ? [] : new Token[capacity];
    }

    /// <summary>How many tokens the list holds before its array grows.</summary>
    internal int Capacity => _items.Length;

    /// <summary>Number of tokens.</summary>
    public int Count => _count;

    /// <summary>Gets or replaces the token at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based index.</param>
    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count) ThrowIndex(index);
            return _items[index];
        }
        set
        {
            if ((uint)index >= (uint)_count) ThrowIndex(index);
            Unshare();
            _items[index] = value;
        }
    }

    /// <summary>Appends a token.</summary>
    /// <param name="token">The token.</param>
    public void Add(in Token token)
    {
        if (_count == _items.Length) Grow(token);
        else Unshare();
        _items[_count++] = token;
    }

    /// <summary>Removes every token.</summary>
    public void Clear()
    {
        Unshare();
        Array.Clear(_items, 0, _count);
        _count = 0;
    }

    /// <summary>The tokens as a read-only span.</summary>
    /// <returns>A span over the stored tokens; invalid after the next <see cref="Add"/>.</returns>
    public ReadOnlySpan<Token> AsSpan() => _items.AsSpan(0, _count);

    /// <summary>The tokens as a writable span, for stages that update tokens in place.</summary>
    /// <returns>A span over the stored tokens; invalid after the next <see cref="Add"/>.</returns>
    public Span<Token> AsWritableSpan()
    {
        Unshare();
        return _items.AsSpan(0, _count);
    }

    /// <summary>Copies the tokens into a new array of exactly <see cref="Count"/> elements.</summary>
    /// <returns>The array.</returns>
    public Token[] ToArray() => AsSpan().ToArray();

    /// <summary>
    /// The tokens for a frozen document: the stored array itself when it is at least three quarters full (the builder's
    /// estimate usually leaves it so), which saves a copy of every token per document; else an exact copy. The list stays
    /// usable: its next change copies the array first.
    /// </summary>
    internal ArraySegment<Token> Freeze()
    {
        if (_count < _items.Length - _items.Length / 4) return ToArray();
        _shared = true;
        return new ArraySegment<Token>(_items, 0, _count);
    }

    /// <inheritdoc />
    public IEnumerator<Token> GetEnumerator()
    {
        for (int i = 0; i < _count; i++) yield return _items[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Grow copies too, so a shared array needs no copy of its own there.
    private void Grow(in Token next)
    {
        Array.Resize(ref _items, GrownCapacity(_items.Length, next));
        _shared = false;
    }

    // Doubling, except for a long text filled in order: there the tokens so far tell how many the whole text holds,
    // and the array grows to that and a little more. A document of 10 million tokens then gets an array near its
    // size (which Freeze hands over without a copy), not one of 16 million grown from 8 (40 bytes a token).
    internal static int GrownCapacity(int capacity, in Token next)
    {
        int doubled = (int)Math.Min(Array.MaxLength, Math.Max(16L, capacity * 2L));
        if (capacity < ProportionalFrom || next.Source is not { } text || next.End <= 0) return doubled;
        long estimate = (long)capacity * text.Length / next.End;
        estimate += estimate / 16;

        // At least an eighth more; at most one token per character (tokens do not overlap), or doubling where that is more.
        long most = Math.Min(Array.MaxLength, Math.Max(doubled, text.Length + 16L));
        long least = Math.Min(capacity + (long)capacity / 8, most);
        return (int)Math.Clamp(estimate, least, most);
    }

    // Below this the estimate saves little and a short text's token density varies more: plain doubling.
    private const int ProportionalFrom = 1 << 16;

    private void Unshare()
    {
        if (!_shared) return;
        _items = (Token[])_items.Clone();
        _shared = false;
    }

    private static void ThrowIndex(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, "Token index out of range.");
}
