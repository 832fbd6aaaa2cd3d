using System.Runtime.CompilerServices;

namespace IndoNews.NLP;

/// <summary>
/// Runs a function over a sequence on the thread pool, at most <c>degree</c> items at once, and yields
/// the results in input order. Memory stays bounded: at most <c>2 × degree</c> items are in flight.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>The most items run at once, whatever is asked: more threads than this only cost memory.</summary>
    public const int MaxDegree = 4096;

    public static IEnumerable<TResult> Run<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> work, int degree, CancellationToken cancellationToken)
    {
        degree = Math.Clamp(degree, 1, MaxDegree);
        int window = degree * 2;
        var inFlight = new Queue<Task<TResult>>(Math.Min(window, 64));
        // Not disposed: tasks still running after an abandoned enumeration release it later.
        var gate = new SemaphoreSlim(degree);
        foreach (var item in source)
        {
            cancellationToken.ThrowIfCancellationRequested();
            inFlight.Enqueue(Start(item, work, gate, cancellationToken));
            if (inFlight.Count >= window) yield return Next(inFlight, cancellationToken);
        }

        while (inFlight.Count > 0) yield return Next(inFlight, cancellationToken);
    }

    public static async IAsyncEnumerable<TResult> RunAsync<TSource, TResult>(IAsyncEnumerable<TSource> source, Func<TSource, TResult> work, int degree, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        degree = Math.Clamp(degree, 1, MaxDegree);
        int window = degree * 2;
        var inFlight = new Queue<Task<TResult>>(Math.Min(window, 64));
        // Not disposed: tasks still running after an abandoned enumeration release it later.
        var gate = new SemaphoreSlim(degree);
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            inFlight.Enqueue(Start(item, work, gate, cancellationToken));
            if (inFlight.Count >= window) yield return await NextAsync(inFlight, cancellationToken).ConfigureAwait(false);
        }

        while (inFlight.Count > 0) yield return await NextAsync(inFlight, cancellationToken).ConfigureAwait(false);
    }

    // The oldest item's result. Cancellation ends the wait at once, even while that item is still running (one long
    // document must not hold the caller up): the items in flight then finish on the pool and are dropped. Nothing is
    // returned once cancellation has been requested, and a failed item throws its own exception.
    private static TResult Next<TResult>(Queue<Task<TResult>> inFlight, CancellationToken cancellationToken)
    {
        var result = inFlight.Dequeue().WaitAsync(cancellationToken).GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();
        return result;
    }

    private static async Task<TResult> NextAsync<TResult>(Queue<Task<TResult>> inFlight, CancellationToken cancellationToken)
    {
        var result = await inFlight.Dequeue().WaitAsync(cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return result;
    }

    private static Task<TResult> Start<TSource, TResult>(TSource item, Func<TSource, TResult> work, SemaphoreSlim gate, CancellationToken cancellationToken)
        => Task.Run(
            async () =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return work(item);
                }
                finally
                {
                    gate.Release();
                }
            },
            cancellationToken);
}
