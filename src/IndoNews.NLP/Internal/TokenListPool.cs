using System.Collections.Concurrent;

namespace IndoNews.NLP.Internal;

/// <summary>
/// Token lists that a pipeline tokenizes into, one per document being analysed, and takes back once the document has
/// copied its tokens. A list's array grows to fit the longest document it held and is then reused, so a document
/// allocates only its exact-sized token array instead of a list that doubled its way up from an estimate.
/// </summary>
/// <remarks>Thread-safe. A list that held a huge document goes back to the garbage collector, and the pool keeps a few
/// lists per processor at most.</remarks>
internal sealed class TokenListPool
{
    /// <summary>Lists that grew beyond this many tokens are not kept (about 2.6 MB of tokens).</summary>
    internal const int MaxPooledTokens = 1 << 16;

    private readonly ConcurrentBag<TokenList> _lists = [];
    private int _count; // ConcurrentBag.Count takes every lock; this count is enough to bound the pool

    /// <summary>An empty list: a pooled one, or a new one sized for a text of <paramref name="textLength"/> characters.</summary>
    public TokenList Rent(int textLength)
    {
        if (_lists.TryTake(out var list))
        {
            Interlocked.Decrement(ref _count);
            return list;
        }

        return new TokenList(DocumentBuilder.EstimateTokens(textLength));
    }

    /// <summary>Empties <paramref name="list"/> and keeps it for a later document, unless it is huge or the pool is full.</summary>
    public void Return(TokenList list)
    {
        if (list.Capacity > MaxPooledTokens || Volatile.Read(ref _count) >= 4 * Environment.ProcessorCount) return;
        list.Clear(); // drops the references to the text and lemmas
        _lists.Add(list);
        Interlocked.Increment(ref _count);
    }
}
