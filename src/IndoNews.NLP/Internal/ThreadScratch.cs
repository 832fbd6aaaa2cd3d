namespace IndoNews.NLP.Internal;

/// <summary>
/// One <typeparamref name="T"/> kept on each thread and reused from document to document: rules and the entity linker
/// that build dictionaries and sets for every document take them from here instead of allocating them anew.
/// </summary>
/// <remarks>
/// A pool of at most one item per thread, so thread-safe without locks. <see cref="Take"/> removes the item from the
/// thread for the length of a call, so a nested call on the same thread gets a new one; <see cref="Return"/> keeps it
/// only when <see cref="IReusableScratch.TryReset"/> emptied it and found it of ordinary size. An item not returned
/// (an exception midway) is simply left to the garbage collector.
/// </remarks>
/// <typeparam name="T">The working collections of one call.</typeparam>
internal static class ThreadScratch<T>
    where T : class, IReusableScratch, new()
{
    [ThreadStatic]
    private static T? _current;

    /// <summary>The thread's emptied item, or a new one.</summary>
    public static T Take()
    {
        var scratch = _current ?? new T();
        _current = null;
        return scratch;
    }

    /// <summary>Empties <paramref name="scratch"/> and keeps it for the thread's next call, unless it grew too large.</summary>
    public static void Return(T scratch)
    {
        if (scratch.TryReset()) _current = scratch;
    }
}
