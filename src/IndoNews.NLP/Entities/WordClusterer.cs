using System.Runtime.Intrinsics;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Groups the frequent words of an unlabelled corpus by the company they keep: each word gets a
/// vector of counts of its left and right neighbours (among the most frequent context words),
/// log-scaled, randomly projected to a few dozen dimensions and normalised; k-means then clusters the
/// vectors. Words in one cluster (given names, cities, ministries) behave alike, which tells the
/// tagger about names it never saw labelled. Deterministic for a seed.
/// </summary>
internal sealed class WordClusterer
{
    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
    private readonly List<int[]> _sentences = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>Adds one sentence (words are lower-cased).</summary>
    public void AddSentence(IReadOnlyList<string> tokens)
    {
        var ids = new int[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            string w = tokens[i].ToLowerInvariant();
            if (!_ids.TryGetValue(w, out int id))
            {
                id = _ids.Count;
                _ids[w] = id;
            }

            ids[i] = id;
            _frequency[w] = _frequency.GetValueOrDefault(w) + 1;
        }

        _sentences.Add(ids);
    }

    /// <summary>Clusters the <paramref name="words"/> most frequent words, once for each count in <paramref name="clusterCounts"/>.</summary>
    /// <returns>Per clustering: cluster id (1-based) per lower-case word.</returns>
    public Dictionary<string, int>[] Cluster(int words, int contextWords, int dimensions, int iterations, int seed, params int[] clusterCounts)
    {
        var byFrequency = _frequency.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToArray();
        int n = Math.Min(words, byFrequency.Length);
        var row = new Dictionary<int, int>();
        for (int i = 0; i < n; i++) row[_ids[byFrequency[i].Key]] = i;
        var context = new Dictionary<int, int>();
        for (int i = 0; i < Math.Min(contextWords, byFrequency.Length); i++) context[_ids[byFrequency[i].Key]] = i;
        int c = context.Count;

        // Sparse co-occurrence counts: left neighbours in [0, c), right neighbours in [c, 2c).
        var counts = new Dictionary<int, float>[n];
        for (int i = 0; i < n; i++) counts[i] = [];
        foreach (int[] s in _sentences)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (!row.TryGetValue(s[i], out int r)) continue;
                if (i > 0 && context.TryGetValue(s[i - 1], out int l)) counts[r][l] = counts[r].GetValueOrDefault(l) + 1;
                if (i + 1 < s.Length && context.TryGetValue(s[i + 1], out int rr)) counts[r][c + rr] = counts[r].GetValueOrDefault(c + rr) + 1;
            }
        }

        // Random projection with a seeded generator (±1 entries).
        var rng = new SplitMix64((ulong)seed);
        var projection = new float[2 * c * dimensions];
        for (int i = 0; i < projection.Length; i++) projection[i] = (rng.Next() & 1) == 0 ? 1f : -1f;
        var vectors = new float[n * dimensions];
        for (int r = 0; r < n; r++)
        {
            var v = vectors.AsSpan(r * dimensions, dimensions);
            foreach (var (feature, count) in counts[r])
            {
                float x = MathF.Log(1 + count);
                var p = projection.AsSpan(feature * dimensions, dimensions);
                for (int d = 0; d < dimensions; d++) v[d] += x * p[d];
            }

            Normalize(v);
        }

        return [.. clusterCounts.Select(k => KMeans(vectors, n, dimensions, k, iterations, byFrequency))];
    }

    /// <summary>Spherical k-means over the unit vectors, seeded with words evenly spaced in frequency order.</summary>
    private static Dictionary<string, int> KMeans(float[] vectors, int n, int dimensions, int clusters, int iterations, KeyValuePair<string, int>[] byFrequency)
    {
        var centroids = new float[clusters * dimensions];
        for (int k = 0; k < clusters; k++)
        {
            int seedRow = (int)((long)k * n / clusters);
            vectors.AsSpan(seedRow * dimensions, dimensions).CopyTo(centroids.AsSpan(k * dimensions));
        }

        var assignment = new int[n];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            for (int r = 0; r < n; r++)
            {
                var v = vectors.AsSpan(r * dimensions, dimensions);
                int best = 0;
                float bestDot = float.NegativeInfinity;
                for (int k = 0; k < clusters; k++)
                {
                    float dot = Dot(v, centroids.AsSpan(k * dimensions, dimensions));
                    if (dot > bestDot) { bestDot = dot; best = k; }
                }

                assignment[r] = best;
            }

            Array.Clear(centroids);
            for (int r = 0; r < n; r++)
            {
                var centroid = centroids.AsSpan(assignment[r] * dimensions, dimensions);
                var v = vectors.AsSpan(r * dimensions, dimensions);
                for (int d = 0; d < dimensions; d++) centroid[d] += v[d];
            }

            for (int k = 0; k < clusters; k++) Normalize(centroids.AsSpan(k * dimensions, dimensions));
        }

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++) result[byFrequency[i].Key] = assignment[i] + 1;
        return result;
    }

    // A fixed 8-lane accumulation, whatever the CPU: Vector<float> is 4 lanes on Arm64 and SSE-only machines, and a
    // different summation order there would change the rounding, the clusters and so the model's bytes. Vector256
    // lanes give the same result in hardware (AVX) and in software.
    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var acc = Vector256<float>.Zero;
        int i = 0;
        for (; i + Vector256<float>.Count <= a.Length; i += Vector256<float>.Count)
        {
            acc += Vector256.Create(a.Slice(i, Vector256<float>.Count)) * Vector256.Create(b.Slice(i, Vector256<float>.Count));
        }

        // The horizontal sum in a fixed order too: pairs within each half, then the halves.
        float sum = ((acc.GetElement(0) + acc.GetElement(1)) + (acc.GetElement(2) + acc.GetElement(3)))
            + ((acc.GetElement(4) + acc.GetElement(5)) + (acc.GetElement(6) + acc.GetElement(7)));
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static void Normalize(Span<float> v)
    {
        float norm = MathF.Sqrt(Dot(v, v));
        if (norm == 0) return;
        for (int d = 0; d < v.Length; d++) v[d] /= norm;
    }
}
