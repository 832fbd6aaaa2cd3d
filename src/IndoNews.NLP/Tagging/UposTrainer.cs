using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tagging;

/// <summary>
/// Trains a <see cref="UposTagger"/>: a multiclass averaged perceptron over <see cref="UposFeatures"/>, with a fixed
/// number of epochs and a seeded shuffle, so the same data gives the same model on every platform.
/// </summary>
internal static class UposTrainer
{
    /// <summary>One training sentence: its tokens, their gold tags, and the treebank it comes from (0 = GSD, 1 = CSUI).</summary>
    public readonly record struct Sentence(Token[] Tokens, string[] Tags, int Domain);

    /// <summary>Learns a tagger that follows the conventions of <paramref name="domain"/>.</summary>
    /// <param name="sentences">Training sentences.</param>
    /// <param name="domain">The treebank whose conventions the tagger follows.</param>
    /// <param name="epochs">Passes over the data.</param>
    /// <param name="minWeight">Averaged weights under this magnitude are dropped, and features left with none (a smaller model; GSD dev
    /// 10-fold UPOS accuracy is the same with 0.05).</param>
    /// <param name="profiles">Word profiles for the features (<see cref="UposFeatures"/>), or null for none.</param>
    public static UposTagger Train(IReadOnlyList<Sentence> sentences, int domain, int epochs = 10, float minWeight = 0.5f, WordProfiles? profiles = null)
    {
        var tags = sentences.SelectMany(s => s.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        int width = tags.Count;

        // Each token's features, extracted once.
        var examples = new List<(ulong[] Features, int Gold)>();
        Span<ulong> buffer = stackalloc ulong[UposFeatures.MaxCount];
        foreach (var sentence in sentences)
        {
            for (int i = 0; i < sentence.Tokens.Length; i++)
            {
                int n = UposFeatures.Extract(sentence.Tokens, i, sentence.Domain, buffer, profiles);
                examples.Add((buffer[..n].ToArray(), tagIndex[sentence.Tags[i]]));
            }
        }

        // w: current weights; u: the same updates scaled by the step they happened at; the average is w - u / c.
        var w = new Dictionary<ulong, float[]>();
        var u = new Dictionary<ulong, double[]>();
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new SplitMix64(0x55504F53);
        var scores = new float[width];
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int e in order)
            {
                var (features, gold) = examples[e];
                Array.Clear(scores);
                foreach (ulong f in features)
                {
                    if (!w.TryGetValue(f, out var row)) continue;
                    for (int t = 0; t < width; t++) scores[t] += row[t];
                }

                int guess = 0;
                for (int t = 1; t < width; t++)
                {
                    if (scores[t] > scores[guess]) guess = t;
                }

                if (guess != gold)
                {
                    foreach (ulong f in features)
                    {
                        if (!w.TryGetValue(f, out var row))
                        {
                            w[f] = row = new float[width];
                            u[f] = new double[width];
                        }

                        var scaled = u[f];
                        row[gold] += 1;
                        row[guess] -= 1;
                        scaled[gold] += step;
                        scaled[guess] -= step;
                    }
                }

                step++;
            }
        }

        var averaged = AveragedWeights.Average(w, u, width, step, minWeight);

        return new UposTagger(tags, averaged, domain, profiles: profiles);
    }
}
