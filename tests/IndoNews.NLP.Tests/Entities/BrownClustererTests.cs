using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

public sealed class BrownClustererTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brown-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Eaters eat food and drinkers drink drinks: saya/dia, nasi/roti, kami/mereka and kopi/teh each share every context.
    private static readonly string[][] Meals =
    [
        ["Saya", "makan", "nasi"], ["dia", "makan", "roti"], ["saya", "makan", "roti"], ["Dia", "makan", "nasi"],
        ["kami", "minum", "kopi"], ["mereka", "minum", "teh"], ["kami", "minum", "teh"], ["mereka", "minum", "kopi"],
        ["saya", "makan", "nasi"], ["kami", "minum", "kopi"],
    ];

    private static BrownClusters Cluster(IEnumerable<string[]> sentences, int clusters, int minCount = 1, int threads = 1)
    {
        var clusterer = new BrownClusterer();
        foreach (string[] s in sentences) clusterer.AddSentence(s);
        return clusterer.Cluster(clusters, minCount, threads);
    }

    private static bool Siblings(BrownClusters clusters, string a, string b)
    {
        string pa = clusters.Paths[a], pb = clusters.Paths[b];
        return pa.Length == pb.Length && pa.Length > 0 && pa[..^1] == pb[..^1] && pa[^1] != pb[^1];
    }

    [Fact]
    public void Words_in_identical_contexts_merge_first_and_become_siblings()
    {
        // Ten words, room for all: the whole agglomeration is the hierarchy.
        var clusters = Cluster(Meals, clusters: 16);
        Assert.Equal(10, clusters.ClusterCount);
        Assert.Equal(10, clusters.Paths.Count);
        Assert.Equal("saya", clusters.Paths.Keys.Single(k => k.StartsWith('s')));  // lower-cased
        Assert.True(Siblings(clusters, "saya", "dia"));
        Assert.True(Siblings(clusters, "nasi", "roti"));
        Assert.True(Siblings(clusters, "kami", "mereka"));
        Assert.True(Siblings(clusters, "kopi", "teh"));
        Assert.Equal(10, clusters.Paths.Values.Distinct().Count());
    }

    [Fact]
    public void The_window_keeps_c_clusters_whose_paths_are_the_top_of_the_hierarchy()
    {
        var clusters = Cluster(Meals, clusters: 2);
        Assert.Equal(2, clusters.ClusterCount);
        Assert.Equal(["0", "1"], clusters.Paths.Values.Distinct().Order());
        // Four clusters: each pair of interchangeable words ends in one cluster.
        var four = Cluster(Meals, clusters: 4);
        Assert.Equal(4, four.Paths.Values.Distinct().Count());
        Assert.Equal(four.Paths["nasi"], four.Paths["roti"]);
        Assert.Equal(four.Paths["kopi"], four.Paths["teh"]);
    }

    [Fact]
    public void Words_below_the_minimum_count_get_no_path()
    {
        var clusters = Cluster(Meals.Append(["saya", "\u00a0", "makan", "\n"]), clusters: 16, minCount: 3);
        Assert.True(clusters.Paths.ContainsKey("saya"));   // 4 times
        Assert.True(clusters.Paths.ContainsKey("makan"));  // 5 times
        Assert.False(clusters.Paths.ContainsKey("teh"));   // twice
        Assert.False(clusters.Paths.ContainsKey("roti"));
        Assert.DoesNotContain(clusters.Paths.Keys, w => w.Any(char.IsWhiteSpace)); // white-space tokens are no words, whatever their count
    }

    // Sentences from a seeded generator: subjects, verbs, objects and places of a few kinds, so that there is structure to find.
    private static List<string[]> GeneratedNews(int count, ulong seed)
    {
        string[] people = ["Jokowi", "Prabowo", "Anies", "Ahok", "Risma", "Ganjar", "Ridwan", "Khofifah"];
        string[] verbs = ["mengunjungi", "meninjau", "meresmikan", "mendatangi", "memantau"];
        string[] objects = ["pasar", "bendungan", "sekolah", "jembatan", "pelabuhan", "stadion"];
        string[] places = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Bekasi"];
        string[] times = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat"];
        var rng = new Random((int)seed);
        var sentences = new List<string[]>();
        for (int i = 0; i < count; i++)
        {
            string Pick(string[] words) => words[rng.Next(words.Length)];
            sentences.Add(rng.Next(3) switch
            {
                0 => [Pick(people), Pick(verbs), Pick(objects), "di", Pick(places), ",", Pick(times), "."],
                1 => ["Presiden", Pick(people), "tiba", "di", Pick(places), "pada", Pick(times), "."],
                _ => ["Warga", Pick(places), "menunggu", Pick(objects), "baru", "sejak", Pick(times), "."],
            });
        }

        return sentences;
    }

    [Fact]
    public void The_same_sentences_give_the_same_paths_whatever_the_threads()
    {
        var news = GeneratedNews(600, 7);
        var one = Cluster(news, clusters: 10, threads: 1);
        var again = Cluster(news, clusters: 10, threads: 1);
        var two = Cluster(news, clusters: 10, threads: 2);
        Assert.Equal(one.Paths.OrderBy(p => p.Key, StringComparer.Ordinal), again.Paths.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(one.Paths.OrderBy(p => p.Key, StringComparer.Ordinal), two.Paths.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(10, one.ClusterCount);

        // Words of one kind end together: the cities share a cluster, as do the weekdays, and they are not one cluster.
        Assert.Single(new[] { "jakarta", "surabaya", "bandung", "medan", "makassar", "semarang", "bekasi" }.Select(w => one.Paths[w]).Distinct());
        Assert.Single(new[] { "senin", "selasa", "rabu", "kamis", "jumat" }.Select(w => one.Paths[w]).Distinct());
        Assert.NotEqual(one.Paths["jakarta"], one.Paths["senin"]);

        // Another corpus gives other counts, so (here) other paths: the output follows the input, not a fixed seed.
        var other = Cluster(GeneratedNews(600, 8), clusters: 10);
        Assert.NotEqual(one.Paths.OrderBy(p => p.Key, StringComparer.Ordinal), other.Paths.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_merge_cost_equals_the_loss_of_mutual_information_computed_from_scratch()
    {
        // Words as ids 0..n-1 in frequency order, a window of 4 clusters plus one, stepped by hand.
        var news = GeneratedNews(300, 3);
        var vocabulary = news.SelectMany(s => s).GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var ids = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i);
        var sentences = news.Select(s => s.Select(w => ids[w]).ToArray()).ToList();
        var bigrams = new BrownBigrams(vocabulary.Count, sentences);
        const int capacity = 5;
        var window = new BrownClusterWindow(bigrams, capacity, maxDegreeOfParallelism: 2);
        for (int w = 0; w < capacity; w++) window.Seed(w, w);
        window.Initialize();
        int next = capacity, checkedPairs = 0;
        while (window.ActiveCount > 1)
        {
            var partition = window.ActiveSlots.ToArray().ToDictionary(s => s, s => window.Members(s).ToArray());
            double before = MutualInformation(bigrams, sentences, partition.Values);
            foreach (int c in partition.Keys)
            {
                foreach (int d in partition.Keys.Where(d => d > c))
                {
                    var merged = partition.Where(p => p.Key != c && p.Key != d).Select(p => p.Value).Append([.. partition[c], .. partition[d]]);
                    double expected = before - MutualInformation(bigrams, sentences, merged);
                    Assert.Equal(expected, window.Loss(c, d), 1e-6 * Math.Max(1, Math.Abs(expected)));
                    checkedPairs++;
                }
            }

            var (a, b) = window.BestPair();
            Assert.Equal(partition.Keys.SelectMany(c => partition.Keys.Where(d => d > c).Select(d => window.Loss(c, d))).Min(), window.Loss(a, b));
            window.MergeAndAdd(a, b, next < vocabulary.Count ? next++ : -1);
        }

        Assert.Equal(vocabulary.Count, window.Members(window.ActiveSlots[0]).Count);
        Assert.True(checkedPairs > 100);
    }

    // Σ n(x,y)·log(n(x,y)·N / (left(x)·right(y))) over the bigrams whose two words are in the window, with each
    // cluster's marginals those of its words over the whole corpus: the objective the window's losses are taken from.
    private static double MutualInformation(BrownBigrams bigrams, List<int[]> sentences, IEnumerable<int[]> clusters)
    {
        var clusterOf = new Dictionary<int, int>();
        int k = 0;
        var left = new List<double>();
        var right = new List<double>();
        foreach (int[] members in clusters)
        {
            foreach (int w in members) clusterOf[w] = k;
            left.Add(members.Sum(w => (double)bigrams.LeftCount[w]));
            right.Add(members.Sum(w => (double)bigrams.RightCount[w]));
            k++;
        }

        var counts = new Dictionary<(int, int), int>();
        foreach (int[] s in sentences)
        {
            for (int i = 1; i < s.Length; i++)
            {
                if (clusterOf.TryGetValue(s[i - 1], out int x) && clusterOf.TryGetValue(s[i], out int y)) counts[(x, y)] = counts.GetValueOrDefault((x, y)) + 1;
            }
        }

        double total = bigrams.Total, sum = 0;
        foreach (var ((x, y), n) in counts) sum += n * Math.Log(n * total / (left[x] * right[y]));
        return sum;
    }

    [Fact]
    public void The_portable_logarithm_agrees_with_the_platform_one()
    {
        foreach (double x in new[] { 1.0, 2, 3, 10, 1e-3, 0.5, 1.4142135623730951, 1.4142135623730954, 65535, 1_050_672, 1e300, 5e-324 })
        {
            Assert.Equal(Math.Log(x), PortableLog.Of(x), Math.Abs(Math.Log(x)) * 4e-16 + 1e-300);
        }

        Assert.Equal(0.0, PortableLog.Of(1));
        Assert.Equal(double.NegativeInfinity, PortableLog.Of(0));
        Assert.True(double.IsNaN(PortableLog.Of(-1)));
    }

    [Fact]
    public void Path_codes_keep_prefixes()
    {
        Assert.Equal(1u, BrownPath.Encode(""));
        Assert.Equal(0b101u, BrownPath.Encode("01"));
        uint code = BrownPath.Encode("0110100111");
        Assert.Equal(10, BrownPath.Length(code));
        Assert.Equal("0110", BrownPath.Decode(BrownPath.Prefix(code, 4)));
        Assert.Equal("0110100111", BrownPath.Decode(BrownPath.Prefix(code, 20)));
        Assert.Equal(0u, BrownPath.Prefix(0, 4));
        Assert.Equal(-1, BrownPath.Length(0));
        Assert.Equal(BrownPath.MaxBits, BrownPath.Length(BrownPath.Encode(new string('1', 40))));
        Assert.Throws<ArgumentException>(() => BrownPath.Encode("012"));
    }

    [Fact]
    public void A_written_clustering_reads_back_only_under_its_own_header()
    {
        var clusters = Cluster(Meals, clusters: 4);
        string path = Path.Combine(_dir, "brown.txt");
        clusters.Write(path, "# test corpus, 4 clusters");
        var read = BrownClusters.TryRead(path, "# test corpus, 4 clusters");
        Assert.NotNull(read);
        Assert.Equal(clusters.Paths.OrderBy(p => p.Key, StringComparer.Ordinal), read.Paths.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(4, read.ClusterCount);
        Assert.Null(BrownClusters.TryRead(path, "# test corpus, 8 clusters"));
        Assert.Null(BrownClusters.TryRead(Path.Combine(_dir, "none.txt"), "# test corpus, 4 clusters"));
        File.AppendAllText(path, "0x1\tsalah\n");
        Assert.Throws<InvalidDataException>(() => BrownClusters.TryRead(path, "# test corpus, 4 clusters"));
    }
}
