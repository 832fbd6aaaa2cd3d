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

    // A long document must not hold up cancellation: the enumeration throws while the document is still being analysed
    // (here held inside a recognizer until the test lets it go), and it yields nothing after cancellation.
    [Fact]
    public async Task ProcessMany_throws_on_cancellation_while_a_document_is_still_being_analysed()
    {
        var recognizer = new HeldRecognizer();
        var pipeline = Pipeline.CreateDefaultBuilder().AddEntityRecognizer(recognizer).Build();
        using var cts = new CancellationTokenSource();
        int yielded = 0;
        var run = Task.Run(() =>
        {
            foreach (var _ in pipeline.ProcessMany([Article, Article], maxDegreeOfParallelism: 1, cancellationToken: cts.Token)) yielded++;
        });
        await AssertCancelledWhileHeld(recognizer, cts, run);
        Assert.Equal(0, yielded);
    }

    [Fact]
    public async Task ProcessManyAsync_throws_on_cancellation_while_a_document_is_still_being_analysed()
    {
        var recognizer = new HeldRecognizer();
        var pipeline = Pipeline.CreateDefaultBuilder().AddEntityRecognizer(recognizer).Build();
        using var cts = new CancellationTokenSource();
        int yielded = 0;
        var run = Task.Run(async () =>
        {
            await foreach (var _ in pipeline.ProcessManyAsync(Texts(), maxDegreeOfParallelism: 1, cancellationToken: cts.Token)) yielded++;
        });
        await AssertCancelledWhileHeld(recognizer, cts, run);
        Assert.Equal(0, yielded);

        static async IAsyncEnumerable<string> Texts()
        {
            await Task.Yield();
            yield return Article;
            yield return Article;
        }
    }

    private static async Task AssertCancelledWhileHeld(HeldRecognizer recognizer, CancellationTokenSource cts, Task run)
    {
        Assert.True(recognizer.Entered.Wait(TimeSpan.FromSeconds(60)), "the recognizer was never reached");
        await cts.CancelAsync();
        bool endedWhileHeld = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20))) == run;
        recognizer.Release.Set();
        Assert.True(endedWhileHeld, "the enumeration waited for the document in flight instead of stopping at cancellation");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    // Holds the first document inside the pipeline until Release is set (at most a minute, so a failing test ends).
    // Not disposed: the document let go may still be returning from the wait when the test ends.
    private sealed class HeldRecognizer : IEntityRecognizer
    {
        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public void Recognize(DocumentBuilder document)
        {
            Entered.Set();
            Release.Wait(TimeSpan.FromMinutes(1));
        }
    }
}
