using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

public class CachedStemmerTests
{
    [Fact]
    public void Gives_the_inner_stemmers_answers()
    {
        var inner = SastrawiStemmer.FromWords(["main", "bangun"]);
        var cached = new CachedStemmer(inner, capacity: 64);
        foreach (string w in new[] { "mempermainkan", "pembangunan", "mempermainkan", "Pembangunan", "xyz" })
        {
            Assert.Equal(inner.Stem(w), cached.Stem(w));
        }
    }

    [Fact]
    public void Stays_bounded_and_correct_when_many_more_words_pass_than_fit()
    {
        var counting = new CountingStemmer();
        var cached = new CachedStemmer(counting, capacity: 16);
        Assert.Equal(16, cached.Capacity);
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < 1000; i++)
            {
                Assert.Equal("w" + i + "!", cached.Stem("w" + i));
            }
        }

        // Each word is computed again in each round (16 slots cannot hold 1000 words), so nothing grew.
        Assert.True(counting.Calls >= 2900, $"calls {counting.Calls}");
    }

    [Fact]
    public void Words_longer_than_any_word_are_stemmed_but_not_kept()
    {
        var counting = new CountingStemmer();
        var cached = new CachedStemmer(counting, capacity: 64);
        string junk = new('q', CachedStemmer.MaxCachedLength + 1);
        Assert.Equal(junk + "!", cached.Stem(junk));
        Assert.Equal(junk + "!", cached.Stem(junk.AsSpan()));
        Assert.Equal(2, counting.Calls); // computed each time: a base64 run in a scraped page must not pin a slot
        cached.Stem("kata");
        cached.Stem("kata");
        Assert.Equal(3, counting.Calls);
    }

    [Fact]
    public void A_hit_returns_the_stored_string_and_allocates_nothing()
    {
        var cached = new CachedStemmer(SastrawiStemmer.FromWords(["main"]));
        string first = cached.Stem("mempermainkan".AsSpan());
        long before = GC.GetAllocatedBytesForCurrentThread();
        string second = cached.Stem("mempermainkan".AsSpan());
        Span<char> destination = stackalloc char[16];
        Assert.True(cached.TryStem("mempermainkan", destination, out int written));
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.Same(first, second);
        Assert.Equal("main", destination[..written].ToString());
    }

    [Fact]
    public void The_span_path_is_reachable_through_the_interface()
    {
        // Through IStemmer the shipped stemmers keep their allocation-free path on a hit.
        IStemmer cached = new CachedStemmer(SastrawiStemmer.FromWords(["main"]));
        Span<char> destination = stackalloc char[16];
        Assert.True(cached.TryStem("mempermainkan", destination, out int written));
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(cached.TryStem("mempermainkan", destination, out written));
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.Equal("main", destination[..written].ToString());

        // A stemmer with only Stem(string) gets the default, which also refuses a short destination.
        IStemmer upper = new UpperCaseStemmer();
        Assert.True(upper.TryStem("buku", destination, out written));
        Assert.Equal("BUKU", destination[..written].ToString());
        Assert.False(upper.TryStem("buku", destination[..3], out written));
        Assert.Equal(0, written);
    }

    private sealed class UpperCaseStemmer : IStemmer
    {
        public string Stem(string word) => word.ToUpperInvariant();
    }

    [Fact]
    public void Many_threads_get_identical_answers()
    {
        var pairs = StemmingData.ReadPairs(StemmingData.ReferenceDev);
        var plain = StemmingData.Sastrawi(StemmingData.KataDasar);
        var cached = new CachedStemmer(plain, capacity: 4096); // smaller than the word list: constant eviction races
        var words = pairs.Select(p => p.Word).ToArray();
        var results = new string[8][];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            var mine = new string[words.Length];
            for (int k = 0; k < words.Length; k++)
            {
                int i = (k * 7919 + t * 104729) % words.Length; // each thread its own order
                mine[i] = t % 2 == 0 ? cached.Stem(words[i]) : cached.Stem(words[i].AsSpan());
            }

            results[t] = mine;
        });
        for (int t = 0; t < 8; t++)
        {
            for (int i = 0; i < words.Length; i++)
            {
                Assert.Equal(pairs[i].Stem, results[t][i]);
            }
        }
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => new CachedStemmer(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CachedStemmer(SastrawiStemmer.FromWords([]), 0));
        Assert.Throws<ArgumentNullException>(() => new CachedStemmer(SastrawiStemmer.FromWords([])).Stem((string)null!));
    }

    private sealed class CountingStemmer : IStemmer
    {
        private int _calls;

        public int Calls => _calls;

        public string Stem(string word)
        {
            Interlocked.Increment(ref _calls);
            return word + "!";
        }
    }
}
