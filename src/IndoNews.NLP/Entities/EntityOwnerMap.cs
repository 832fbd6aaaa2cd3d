using System.Buffers;

namespace IndoNews.NLP.Entities;

/// <summary>
/// One rule call's map of each token of a document to the entity that covers it (<see cref="EntityOwners"/>), in an array
/// rented from <see cref="ArrayPool{T}.Shared"/> and given back by <see cref="Dispose"/>: the rules that read names by
/// token share the pool's arrays instead of allocating one of the document's length each (six of 38 MB for a 57 MB text).
/// </summary>
/// <remarks>
/// Use with <c>using</c>, one per call, and keep no span of it after disposal. The spans it returns are exactly as long as
/// the document has tokens, so a read past the last token fails as it did on an array of that length. Thread-safe as the
/// shared pool is: each call rents its own array.
/// </remarks>
internal readonly struct EntityOwnerMap : IDisposable
{
    private readonly int[] _array;
    private readonly List<Entity> _entities;

    /// <summary>Rents a map of <paramref name="tokenCount"/> tokens to <paramref name="entities"/>; nothing is filled in yet.</summary>
    public EntityOwnerMap(List<Entity> entities, int tokenCount)
    {
        _entities = entities;
        _array = ArrayPool<int>.Shared.Rent(tokenCount);
        Length = tokenCount;
    }

    /// <summary>The number of tokens mapped.</summary>
    public int Length { get; }

    /// <summary>The map as last filled (and as the caller changed it since).</summary>
    public Span<int> Map => _array.AsSpan(0, Length);

    /// <summary>
    /// Maps the entities as they are now, each token to the index of an entity that covers it (the last in list order
    /// where spans overlap) or -1, as <see cref="EntityOwners.Fill"/>; returns <see cref="Map"/>.
    /// </summary>
    public Span<int> Fill()
    {
        var owner = Map;
        EntityOwners.Fill(_entities, owner);
        return owner;
    }

    /// <summary>
    /// Maps the entities as they are now, each token to the index of the first entity in list order that covers it or
    /// -1, as <see cref="EntityOwners.FillFirst"/>; returns <see cref="Map"/>.
    /// </summary>
    public Span<int> FillFirst()
    {
        var owner = Map;
        EntityOwners.FillFirst(_entities, owner);
        return owner;
    }

    /// <summary>Gives the array back to the pool.</summary>
    public void Dispose()
    {
        if (_array is not null) ArrayPool<int>.Shared.Return(_array);
    }
}
