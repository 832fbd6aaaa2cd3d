using IndoNews.NLP.Entities;
using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tagging;

/// <summary>
/// Trains a sequence <see cref="UposTagger"/>: an averaged structured perceptron over <see cref="UposFeatures"/> with
/// tag-transition and sentence-start scores, decoded with Viterbi (<see cref="UposSequenceDecoder"/>). Sentences are cut
/// where <see cref="UdLemmatizer.IsSentenceInitial"/> starts one, as the tagger cuts them when tagging. Fixed epochs and a
/// seeded shuffle, so the same data gives the same model on every platform.
/// </summary>
internal static class UposSequenceTrainer
{
    /// <summary>Learns a sequence tagger that follows the conventions of <paramref name="domain"/>.</summary>
    /// <param name="sentences">Training sentences.</param>
    /// <param name="domain">The treebank whose conventions the tagger follows.</param>
    /// <param name="epochs">Passes over the data.</param>
    /// <param name="minWeight">Averaged feature weights under this magnitude are dropped (transitions are all kept).</param>
    /// <param name="profiles">Word profiles for the features (<see cref="UposFeatures"/>), or null for none.</param>
    public static UposTagger Train(IReadOnlyList<UposTrainer.Sentence> sentences, int domain, int epochs = 10, float minWeight = 0.5f, WordProfiles? profiles = null)
    {
        var tags = sentences.SelectMany(s => s.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        int width = tags.Count;

        // Each sentence piece's token features and gold tags, extracted once.
        var examples = new List<(ulong[][] Features, int[] Gold)>();
        Span<ulong> buffer = stackalloc ulong[UposFeatures.MaxCount];
        foreach (var sentence in sentences)
        {
            int start = 0;
            for (int end = 1; end <= sentence.Tokens.Length; end++)
            {
                if (end < sentence.Tokens.Length && !UdLemmatizer.IsSentenceInitial(sentence.Tokens, end)) continue;
                var features = new ulong[end - start][];
                var gold = new int[end - start];
                for (int i = start; i < end; i++)
                {
                    int n = UposFeatures.Extract(sentence.Tokens, i, sentence.Domain, buffer, profiles);
                    features[i - start] = buffer[..n].ToArray();
                    gold[i - start] = tagIndex[sentence.Tags[i]];
                }

                examples.Add((features, gold));
                start = end;
            }
        }

        // w: current weights; u: the same updates scaled by the step they happened at; the average is w - u / c.
        var w = new Dictionary<ulong, float[]>();
        var u = new Dictionary<ulong, double[]>();
        var transitions = new float[width * width];
        var transitionsU = new double[width * width];
        var starts = new float[width];
        var startsU = new double[width];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new SplitMix64(0x55504F53);
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int e in order)
            {
                var (features, gold) = examples[e];
                int n = gold.Length;
                var emissions = new float[n * width];
                for (int i = 0; i < n; i++)
                {
                    foreach (ulong f in features[i])
                    {
                        if (!w.TryGetValue(f, out var row)) continue;
                        for (int t = 0; t < width; t++) emissions[i * width + t] += row[t];
                    }
                }

                var guess = new int[n];
                UposSequenceDecoder.Decode(emissions, transitions, starts, width, guess);
                for (int i = 0; i < n; i++)
                {
                    if (guess[i] != gold[i])
                    {
                        foreach (ulong f in features[i])
                        {
                            if (!w.TryGetValue(f, out var row))
                            {
                                w[f] = row = new float[width];
                                u[f] = new double[width];
                            }

                            var scaled = u[f];
                            row[gold[i]] += 1;
                            row[guess[i]] -= 1;
                            scaled[gold[i]] += step;
                            scaled[guess[i]] -= step;
                        }
                    }

                    int goldPair = i == 0 ? -1 : gold[i - 1] * width + gold[i];
                    int guessPair = i == 0 ? -1 : guess[i - 1] * width + guess[i];
                    if (i == 0 && gold[0] != guess[0])
                    {
                        starts[gold[0]] += 1;
                        starts[guess[0]] -= 1;
                        startsU[gold[0]] += step;
                        startsU[guess[0]] -= step;
                    }
                    else if (goldPair != guessPair)
                    {
                        transitions[goldPair] += 1;
                        transitions[guessPair] -= 1;
                        transitionsU[goldPair] += step;
                        transitionsU[guessPair] -= step;
                    }
                }

                step++;
            }
        }

        var averaged = AveragedWeights.Average(w, u, width, step, minWeight);

        var averagedTransitions = new float[width * width];
        for (int k = 0; k < averagedTransitions.Length; k++) averagedTransitions[k] = (float)(transitions[k] - transitionsU[k] / step);
        var averagedStarts = new float[width];
        for (int t = 0; t < width; t++) averagedStarts[t] = (float)(starts[t] - startsU[t] / step);
        return new UposTagger(tags, averaged, domain, averagedTransitions, averagedStarts, profiles);
    }
}
