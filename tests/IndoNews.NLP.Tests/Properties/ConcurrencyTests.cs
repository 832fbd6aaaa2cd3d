using FsCheck;
using FsCheck.Fluent;

namespace IndoNews.NLP.Tests.Properties;

/// <summary>
/// The same input gives the same Document on 16 threads at once: lazily loaded resources, caches and
/// pooled buffers must not leak state between concurrent analyses.
/// </summary>
public class ConcurrencyTests
{
    private static string[] SampleTexts(int count, int seed)
    {
        var texts = NewsTextGenerators.NewsTextGen().Sample(50, new Rnd((ulong)seed), count).Select(t => t.Value).ToList();
        texts.Add(SampleArticle);
        return [.. texts];
    }

    private const string SampleArticle =
        "MOSKOW - Menteri Luar Negeri Rusia Sergei Lavrov menuduh Amerika Serikat (AS) tidak serius. " +
        "Lavrov bertemu John Kerry di Moskow, Sabtu (2/7), membahas Suriah dan Bashar al-Assad.\n\n" +
        "Hubungan Rusia-Amerika memburuk sejak 2014; nilai perdagangan turun 30 persen menjadi Rp5 miliar. Bukunya dibacakan.";

    [Fact]
    public void Sixteen_threads_at_once_get_the_documents_a_single_thread_gets()
    {
        string[] texts = SampleTexts(120, 20261127);
        string[] expected = texts.Select(t => DocumentInvariants.Fingerprint(Pipeline.Default.Process(t))).ToArray();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var start = new Barrier(16);
        var threads = Enumerable.Range(0, 16).Select(n => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                for (int round = 0; round < 3; round++)
                {
                    // Each thread walks the texts from a different point so different texts overlap in time.
                    for (int k = 0; k < texts.Length; k++)
                    {
                        int i = (k + n * 7 + round * 3) % texts.Length;
                        var document = Pipeline.Default.Process(texts[i]);
                        if (DocumentInvariants.Fingerprint(document) != expected[i]) failures.Add($"thread {n}: text {i} {NewsText.Escape(texts[i])}");
                    }
                }
            }
            catch (Exception e)
            {
                failures.Add($"thread {n}: {e}");
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(failures);
    }

    [Fact]
    public void A_fresh_default_pipeline_warmed_up_by_16_threads_at_once_is_deterministic()
    {
        // The first use of each component loads its data; 16 threads race for it here.
        string[] texts = SampleTexts(16, 42);
        var pipeline = Pipeline.CreateDefaultBuilder().Build();
        var results = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => results[i] = DocumentInvariants.Fingerprint(pipeline.Process(texts[i])));
        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(DocumentInvariants.Fingerprint(Pipeline.Default.Process(texts[i])), results[i]);
        }
    }

    [Fact]
    public async Task ProcessMany_and_ProcessManyAsync_with_16_workers_match_one_by_one_analysis()
    {
        string[] texts = SampleTexts(200, 7);
        string[] expected = texts.Select(t => DocumentInvariants.Fingerprint(Pipeline.Default.Process(t))).ToArray();
        Assert.Equal(expected, Pipeline.Default.ProcessMany(texts, maxDegreeOfParallelism: 16).Select(DocumentInvariants.Fingerprint).ToArray());

        var asyncResults = new List<string>();
        await foreach (var document in Pipeline.Default.ProcessManyAsync(texts.ToAsyncEnumerable(), maxDegreeOfParallelism: 16, cancellationToken: TestContext.Current.CancellationToken))
        {
            asyncResults.Add(DocumentInvariants.Fingerprint(document));
        }

        Assert.Equal(expected, asyncResults);
    }
}

/// <summary>The stemmer cache under contention: a tiny capacity forces evictions while 16 threads read and write it.</summary>
public class CachedStemmerConcurrencyTests
{
    [Fact]
    public void A_small_cache_shared_by_16_threads_returns_what_the_stemmer_returns()
    {
        var inner = IndoNews.NLP.Stemming.RootStemmer.Default;
        var cache = new IndoNews.NLP.Stemming.CachedStemmer(inner, capacity: 64);
        string[] words = NewsTextGenerators.WordGen().Sample(20, new FsCheck.Rnd(11UL), 2000).Select(w => w.Value).Distinct().ToArray();
        var expected = words.ToDictionary(w => w, inner.Stem, StringComparer.Ordinal);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, n =>
        {
            for (int k = 0; k < words.Length * 3; k++)
            {
                string word = words[(k * 7 + n * 13) % words.Length];
                string stem = cache.Stem(word);
                if (stem != expected[word]) failures.Add($"{NewsText.Escape(word)}: {stem} != {expected[word]}");
            }
        });
        Assert.Empty(failures);
    }
}
