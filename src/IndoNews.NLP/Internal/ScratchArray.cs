using System.Buffers;

namespace IndoNews.NLP.Internal;

/// <summary>
/// A per-call working array of <see cref="Length"/> items (one per token of a document, say), rented from
/// <see cref="ArrayPool{T}.Shared"/> and cleared, and given back by <see cref="Dispose"/>: the rules that mark tokens
/// (covered by a name, opening a sentence) no longer allocate a new array for every document.
/// </summary>
/// <remarks>
/// <see cref="Array"/> may be longer than <see cref="Length"/>; only its first <see cref="Length"/> items are cleared
/// and meant to be read. Use with <c>using</c>, and keep no reference to the array after disposal. Thread-safe as the
/// shared pool is: each call rents its own array.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal readonly struct ScratchArray<T> : IDisposable
{
    /// <summary>Rents an array of at least <paramref name="length"/> items and clears the first <paramref name="length"/>.</summary>
    public ScratchArray(int length)
    {
        Array = ArrayPool<T>.Shared.Rent(length);
        Length = length;
        System.Array.Clear(Array, 0, length);
    }

    /// <summary>The rented array; its first <see cref="Length"/> items are in use.</summary>
    public T[] Array { get; }

    /// <summary>The number of items in use.</summary>
    public int Length { get; }

    /// <summary>Gives the array back to the pool.</summary>
    public void Dispose()
    {
        if (Array is not null) ArrayPool<T>.Shared.Return(Array);
    }
}
