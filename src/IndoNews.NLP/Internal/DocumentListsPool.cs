using System.Collections.Concurrent;

namespace IndoNews.NLP.Internal;

/// <summary>
/// The lists that a pipeline's document builders fill in, one set per document being analysed, taken back once the
/// document has copied them. A set's lists grow to fit the longest document they held and are then reused, so a document
/// allocates only its own exact-sized arrays instead of lists that doubled their way up for each text.
/// </summary>
/// <remarks>Thread-safe. A set that held a huge document goes back to the garbage collector, and the pool keeps a few
/// sets per processor at most.</remarks>
internal sealed class DocumentListsPool
{
    /// <summary>Sets with a list grown beyond this many items are not kept (the tokens of about 2.6 MB).</summary>
    internal const int MaxPooledItems = 1 << 16;

    private readonly ConcurrentBag<DocumentLists> _sets = [];
    private int _count; // ConcurrentBag.Count takes every lock; this count is enough to bound the pool

    /// <summary>Empty lists: a pooled set, or a new one sized for a text of <paramref name="textLength"/> characters.</summary>
    public DocumentLists Rent(int textLength)
    {
        if (_sets.TryTake(out var lists))
        {
            Interlocked.Decrement(ref _count);
            return lists;
        }

        return new DocumentLists(DocumentBuilder.EstimateTokens(textLength));
    }

    /// <summary>Empties <paramref name="lists"/> and keeps them for a later document, unless one is huge or the pool is full.</summary>
    public void Return(DocumentLists lists)
    {
        if (lists.LargestCapacity > MaxPooledItems || Volatile.Read(ref _count) >= 4 * Environment.ProcessorCount) return;
        lists.Clear();
        _sets.Add(lists);
        Interlocked.Increment(ref _count);
    }
}
