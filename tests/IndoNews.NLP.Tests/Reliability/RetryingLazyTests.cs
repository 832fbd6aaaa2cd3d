using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Reliability;

/// <summary>The shipped defaults are built once, on first use, and a failed build is not remembered.</summary>
public class RetryingLazyTests
{
    [Fact]
    public void A_failed_build_is_retried_on_the_next_use()
    {
        // As when INDONEWS_DATA_DIR points at a missing folder, then is fixed: Lazy<T> would rethrow forever.
        int calls = 0;
        var lazy = new RetryingLazy<string>(() => ++calls == 1 ? throw new FileNotFoundException("root-words.txt") : "loaded");
        Assert.Throws<FileNotFoundException>(() => lazy.Value);
        Assert.Equal("loaded", lazy.Value);
        Assert.Equal("loaded", lazy.Value);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Concurrent_first_uses_share_one_build()
    {
        int calls = 0;
        var lazy = new RetryingLazy<object>(() =>
        {
            Interlocked.Increment(ref calls);
            Thread.Sleep(50);
            return new object();
        });
        var values = new object[16];
        Parallel.For(0, values.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => values[i] = lazy.Value);
        Assert.Equal(1, calls);
        Assert.All(values, v => Assert.Same(values[0], v));
    }

    [Fact]
    public void A_given_value_is_returned_without_a_build()
        => Assert.Same(RootLexicon.Default, new RetryingLazy<RootLexicon>(RootLexicon.Default).Value);
}
