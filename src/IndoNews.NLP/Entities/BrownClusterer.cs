namespace IndoNews.NLP.Entities;

/// <summary>
/// Brown clustering (Brown et al. 1992) of the lower-cased words of an unlabelled corpus, in the windowed form of
/// Liang (2005) used by Ratinov and Roth (2009) and Turian et al. (2010): the words seen at least a minimum number of
/// times are taken in order of frequency; the most frequent <c>C + 1</c> start as clusters of their own, and at each
/// step the two clusters whose merge loses the least average mutual information between adjacent clusters
/// (class-bigram model) are merged and the next word comes in as a cluster of its own. When every word is in, the
/// remaining <c>C</c> clusters are merged the same way down to one, and that binary tree gives each cluster its bit
/// string (0 for the cluster in the lower slot of a merge, 1 for the other): words whose paths share a long prefix
/// are used alike, and shorter prefixes give coarser groups. No random choices: the same sentences give the same
/// paths, whatever the number of threads or the CPU (ties go to the pair of lowest slots, in frequency order).
/// </summary>
internal sealed class BrownClusterer
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly List<int> _counts = [];
    private readonly List<int[]> _sentences = [];

    /// <summary>Adds one sentence (its words are lower-cased). Tokens that are empty or hold white space (the corpus
    /// has some: no-break spaces, line breaks) are not words: they get no path, and no bigram spans them.</summary>
    public void AddSentence(IReadOnlyList<string> tokens)
    {
        var ids = new int[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Length == 0 || tokens[i].Any(char.IsWhiteSpace))
            {
                ids[i] = -1;
                continue;
            }

            string w = tokens[i].ToLowerInvariant();
            if (!_ids.TryGetValue(w, out int id))
            {
                id = _words.Count;
                _ids[w] = id;
                _words.Add(w);
                _counts.Add(0);
            }

            _counts[id]++;
            ids[i] = id;
        }

        _sentences.Add(ids);
    }

    /// <summary>Number of tokens added.</summary>
    public long TokenCount => _counts.Sum(c => (long)c);

    /// <summary>Clusters the words seen at least <paramref name="minCount"/> times.</summary>
    /// <param name="clusters">C: the number of clusters kept while words come in, and of leaves of the hierarchy (2 or more).</param>
    /// <param name="minCount">Words seen fewer times are left out (no path), as are their bigrams.</param>
    /// <param name="maxDegreeOfParallelism">Threads for the merge-cost sweeps (−1: one per core); the result is the same for any number.</param>
    /// <param name="progress">Called now and then with the number of words in and the number of active clusters; null for none.</param>
    public BrownClusters Cluster(int clusters, int minCount, int maxDegreeOfParallelism = -1, Action<int, int>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(clusters, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        int[] byFrequency = [.. Enumerable.Range(0, _words.Count)
            .Where(i => _counts[i] >= minCount)
            .OrderByDescending(i => _counts[i])
            .ThenBy(i => _words[i], StringComparer.Ordinal)];
        int wordCount = byFrequency.Length;
        if (wordCount == 0) return new BrownClusters(new Dictionary<string, string>(StringComparer.Ordinal), 0);
        var rank = new int[_words.Count];
        Array.Fill(rank, -1);
        for (int r = 0; r < wordCount; r++) rank[byFrequency[r]] = r;
        var bigrams = new BrownBigrams(wordCount, _sentences.Select(s => Array.ConvertAll(s, id => id < 0 ? -1 : rank[id])));

        int capacity = Math.Min(clusters + 1, wordCount);
        var window = new BrownClusterWindow(bigrams, capacity, maxDegreeOfParallelism);
        for (int w = 0; w < capacity; w++) window.Seed(w, w);
        window.Initialize();
        int next = capacity;

        // The hierarchy: leaves are the clusters left when every word is in; each later merge makes a node.
        var nodeOfSlot = new int[capacity];
        var children = new List<(int Zero, int One)>();
        var leafWords = new List<int[]>();
        bool hierarchy = false;
        StartHierarchy();
        while (window.ActiveCount > 1)
        {
            var (a, b) = window.BestPair();
            int word = next < wordCount ? next++ : -1;
            if (hierarchy)
            {
                children.Add((nodeOfSlot[a], nodeOfSlot[b]));
                nodeOfSlot[a] = leafWords.Count + children.Count - 1;
            }

            window.MergeAndAdd(a, b, word);
            StartHierarchy();
            if (progress is not null && (word >= 0 ? next % 1000 == 0 : window.ActiveCount % 100 == 0)) progress(next, window.ActiveCount);
        }

        int root = nodeOfSlot[window.ActiveSlots[0]];
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var stack = new Stack<(int Node, string Path)>();
        stack.Push((root, ""));
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            if (node < leafWords.Count)
            {
                foreach (int w in leafWords[node]) paths[_words[byFrequency[w]]] = path;
                continue;
            }

            var (zero, one) = children[node - leafWords.Count];
            stack.Push((one, path + "1"));
            stack.Push((zero, path + "0"));
        }

        return new BrownClusters(paths, leafWords.Count);

        void StartHierarchy()
        {
            if (hierarchy || next < wordCount || window.ActiveCount > clusters) return;
            hierarchy = true;
            foreach (int s in window.ActiveSlots)
            {
                nodeOfSlot[s] = leafWords.Count;
                leafWords.Add([.. window.Members(s)]);
            }
        }
    }
}
