using System.Buffers;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A document's entities ordered by their first token, so that a rule looking at the spans near one token reads only
/// those: a scan of every entity for each match is quadratic in a long text full of matches (docs/reliability.md).
/// </summary>
/// <remarks>A snapshot: build it after the last change to the entity list that the rule must see. Entities without
/// token indexes (<see cref="Entity.TokenStart"/> below 0) are in no range and cross no token. Its arrays are rented from
/// <see cref="ArrayPool{T}.Shared"/>: dispose of it at the end of the rule's call.</remarks>
internal sealed class EntityStartIndex : IDisposable
{
    private int[] _starts;
    private int[] _indices;

    // _crossing[t]: how many entities hold both token t - 1 and token t.
    private int[] _crossing;

    /// <summary>Indexes <paramref name="entities"/> of a document of <paramref name="tokenCount"/> tokens.</summary>
    public EntityStartIndex(List<Entity> entities, int tokenCount)
    {
        Count = entities.Count;
        _starts = ArrayPool<int>.Shared.Rent(Count);
        _indices = ArrayPool<int>.Shared.Rent(Count);
        _crossing = ArrayPool<int>.Shared.Rent(tokenCount + 1);
        Array.Clear(_crossing, 0, tokenCount + 1);
        for (int i = 0; i < Count; i++)
        {
            var entity = entities[i];
            _starts[i] = entity.TokenStart;
            _indices[i] = i;
            if (entity.TokenStart < 0 || entity.TokenEnd <= entity.TokenStart + 1) continue;
            _crossing[Math.Min(entity.TokenStart + 1, tokenCount)]++;
            _crossing[Math.Min(entity.TokenEnd, tokenCount)]--;
        }

        for (int t = 1; t <= tokenCount; t++) _crossing[t] += _crossing[t - 1];
        Array.Sort(_starts, _indices, 0, Count);
    }

    /// <summary>Number of entities indexed.</summary>
    public int Count { get; }

    /// <summary>Whether an entity starts before token <paramref name="t"/> and holds it.</summary>
    public bool Crosses(int t) => _crossing[t] > 0;

    /// <summary>The first position, in start order, of an entity that starts at token <paramref name="from"/> or after it
    /// (<see cref="Count"/> when none does).</summary>
    public int FirstStartingAt(int from)
    {
        int first = Array.BinarySearch(_starts, 0, Count, from);
        if (first < 0) return ~first;
        while (first > 0 && _starts[first - 1] == from) first--;
        return first;
    }

    /// <summary>The first token of the entity at <paramref name="position"/> in start order.</summary>
    public int StartAt(int position) => _starts[position];

    /// <summary>The index in the entity list of the entity at <paramref name="position"/> in start order.</summary>
    public int EntityAt(int position) => _indices[position];

    /// <summary>Gives the arrays back to the pool; the index is not to be read after.</summary>
    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_starts);
        ArrayPool<int>.Shared.Return(_indices);
        ArrayPool<int>.Shared.Return(_crossing);
        _starts = _indices = _crossing = [];
    }
}
