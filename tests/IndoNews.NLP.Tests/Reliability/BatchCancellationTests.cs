using System.Diagnostics;

namespace IndoNews.NLP.Tests.Reliability;

/// <summary>
/// The batch API honours cancellation: it stops promptly (within the documents already in flight),
/// does not pull further input after it is cancelled, and keeps memory bounded by its window.
/// </summary>
public class BatchCancellationTests
{
    private const string Article = "Menteri Luar Negeri Rusia Sergei Lavrov bertemu John Kerry di Moskow, Sabtu (2/7). Bukunya hilang di Jakarta. ";

    [Fact]
    public void ProcessMany_stops_pulling_input_once_cancelled()
    {
        using var cts = new CancellationTokenSource();
        int pulled = 0;
        int seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in Pipeline.Default.ProcessMany(Endless(), maxDegreeOfParallelism: 4, cancellationToken: cts.Token))
            {
                if (++seen == 20) cts.Cancel();
            }
        });
        Assert.Equal(20, seen);
        // The window is 2 × degree items; nothing beyond it may be read after cancellation.
        Assert.InRange(pulled, 20, 20 + (2 * 4) + 1);

        IEnumerable<string> Endless()
        {
            while (true)
            {
                Interlocked.Increment(ref pulled);
                yield return Article;
            }
        }
    }

    [Fact]
    public void ProcessMany_cancelled_before_it_starts_processes_nothing()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        int pulled = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => Pipeline.Default.ProcessMany(Texts(), cancellationToken: cts.Token).ToList());
        Assert.True(pulled <= 1, $"pulled {pulled}");

        IEnumerable<string> Texts()
        {
            for (int i = 0; i < 1000; i++)
            {
                pulled++;
                yield return Article;
            }
        }
    }

    [Fact]
    public async Task ProcessManyAsync_stops_within_the_documents_in_flight_when_cancelled_mid_stream()
    {
        using var cts = new CancellationTokenSource();
        string big = string.Concat(Enumerable.Repeat(Article, 2000)); // about 230 KB per document
        var clock = new Stopwatch();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Pipeline.Default.ProcessManyAsync(Repeat(big), maxDegreeOfParallelism: 2, cancellationToken: cts.Token))
            {
                if (++seen == 2)
                {
                    clock.Start();
                    await cts.CancelAsync();
                }
            }
        });
        clock.Stop();
        Assert.Equal(2, seen);
        // At most the window of in-flight documents finishes after cancellation; a generous bound on a loaded machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");

        static async IAsyncEnumerable<string> Repeat(string text)
        {
            for (int i = 0; i < 10_000; i++)
            {
                await Task.Yield();
                yield return text;
            }
        }
    }
}
