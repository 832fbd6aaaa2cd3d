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

    // Two documents of different lengths whose entity rules read names through token maps and indexes rented from the
    // shared pool (EntityOwnerMap, EntityStartIndex) or kept in step with the rule's changes (SpelledOutNames).
    private static readonly string MatchReport = string.Concat(Enumerable.Repeat(
        "Real Madrid (4-3 - 3): 1-Keylor Navas; 12-Marcelo, 2-Daniel Carvajal, 14-Casemiro, 8-Toni Kroos (16-Mateo Kovacic 114 '), "
        + "19-Luka Modric, 22-Isco (17-Lucas Vazquez 71'), 9-Karim Benzema, 7-Cristiano Ronaldo\n"
        + "Chelsea: Courtois; Azpilicueta, Cahill, Luiz; Moses, Fabregas, Kante, Alonso; Pedro (Willian 50 '), Hazard, Diego Costa (CHalobah 85').\n"
        + "Tim PS. TNI dikenakan sanksi denda. Italia menang 2-0 atas Liechtenstein di kualifikasi Piala Dunia 2018 zona Eropa di Grup G.\n\n", 40));

    private const string BusinessNews =
        "Jakarta, CNN Indonesia - - Perusahaan konstruksi pelat merah, PT PP (Persero) Tbk, memperkirakan dapat meraih kontrak baru. "
        + "Saiful Mujani Research & Consulting (SMRC) merilis hasil elektabilitas pasangan calon gubernur. "
        + "Korban kemudian melapor ke Polres Jakarta Selatan. Ketua Umum Himpunan Bank-bank Milik Negara (Himbara) Maryono melihat, "
        + "kehadiran jaringan itu menguntungkan. \"Kami siap,\" kata Maryono di Jakarta, Sabtu (2/7).";

    [Fact]
    public void Two_documents_analysed_alternately_on_eight_threads_get_their_single_threaded_results()
    {
        string[] texts = [MatchReport, BusinessNews];
        string[] expected = texts.Select(t => DocumentInvariants.Fingerprint(Pipeline.Default.Process(t))).ToArray();
        Assert.Contains(Pipeline.Default.Process(MatchReport).Entities, e => e.Text == "Luka Modric" && e.Label == EntityLabels.Person);
        Assert.Contains(Pipeline.Default.Process(BusinessNews).Entities, e => e.Text == "Saiful Mujani Research & Consulting" && e.Label == EntityLabels.Organization);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, n =>
        {
            for (int k = 0; k < 12; k++)
            {
                int i = (k + n) % 2;
                if (DocumentInvariants.Fingerprint(Pipeline.Default.Process(texts[i])) != expected[i]) failures.Add($"thread {n}, round {k}: text {i}");
            }
        });
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
