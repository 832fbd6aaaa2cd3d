using System.Globalization;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Trains a <see cref="NerModel"/> with the averaged structured perceptron: decode each sentence with
/// the current weights (BIO-constrained Viterbi), and where the best path differs from the gold path
/// add the gold features and subtract the predicted ones. With a <see cref="NerTrainingOptions.Margin"/>
/// above 0, decoding in training is cost-augmented: every tag other than the target's gets that bonus, so
/// updates go on until the target path wins by a margin per token (a large-margin perceptron). Partly labelled sentences learn toward the
/// best path inside their allowed tags. The averaged weights are kept through the running sum trick
/// (<c>avg = w − u / c</c>), and after every epoch they are scored on the dev sets; the epoch with the
/// best mean dev F1 is returned. With <see cref="NerTrainingAlgorithm.Crf"/> each run is trained by
/// <see cref="NerCrfTrainer"/> instead; the runs are averaged and the epoch chosen the same way.
/// </summary>
internal sealed class NerTrainer(NerFeatureExtractor extractor, NerTrainingOptions options)
{
    /// <summary>Trains a model.</summary>
    /// <param name="training">Training sentences.</param>
    /// <param name="dev">Dev sets by name, for choosing the epoch.</param>
    /// <param name="description">Provenance text stored in the model.</param>
    /// <returns>The best model and the per-set dev F1 of its epoch.</returns>
    public (NerModel Model, IReadOnlyDictionary<string, double> DevF1) Train(IReadOnlyList<NerTrainingExample> training, IReadOnlyDictionary<string, List<NerSentence>> dev, string description)
    {
        var prepared = PrepareTraining(training);
        var devPrepared = dev.ToDictionary(kv => kv.Key, kv => kv.Value.Select(s => Prepare(extractor, s, null, 1)).ToArray());
        if (options.Seeds <= 1) return TrainOne(prepared, devPrepared, options.Seed, description);

        // Several runs that differ only in their shuffling seed, averaged weight by weight: a cheap
        // ensemble that smooths the run-to-run variance of the perceptron.
        var models = new List<NerModel>();
        for (int k = 0; k < options.Seeds; k++)
        {
            models.Add(TrainOne(prepared, devPrepared, options.Seed + k, description).Model);
        }

        var averaged = new NerModel(
            extractor,
            Mean(models.Select(m => m.Weights)),
            Mean(models.Select(m => m.Transitions)),
            Mean(models.Select(m => m.Starts)),
            new NerModelInfo(description, options.Seed, (int)Math.Round(models.Average(m => m.Info.Epochs))));
        var scores = devPrepared.ToDictionary(kv => kv.Key, kv => Evaluate(averaged, kv.Value));
        options.Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"average of {models.Count} runs: dev F1 {string.Join(", ", scores.Select(s => $"{s.Key} {s.Value:F2}"))}; mean {scores.Values.DefaultIfEmpty(0).Average():F2}"));
        return (averaged, scores);
    }

    private static float[] Mean(IEnumerable<float[]> arrays)
    {
        float[]? sum = null;
        int count = 0;
        foreach (float[] a in arrays)
        {
            sum ??= new float[a.Length];
            for (int i = 0; i < a.Length; i++) sum[i] += a[i];
            count++;
        }

        for (int i = 0; i < sum!.Length; i++) sum[i] /= count;
        return sum;
    }

    private (NerModel Model, IReadOnlyDictionary<string, double> DevF1) TrainOne(NerPreparedSentence[] prepared, Dictionary<string, NerPreparedSentence[]> devPrepared, int seed, string description)
    {
        if (options.Algorithm == NerTrainingAlgorithm.Crf) return new NerCrfTrainer(extractor, options).TrainOne(prepared, devPrepared, seed, description);

        int rows = 1 << extractor.HashBits;
        const int S = BioTags.Stride;
        float[] w = new float[rows * S];
        double[] u = new double[rows * S];
        float[] trans = new float[S * S];
        double[] transU = new double[S * S];
        float[] starts = new float[S];
        double[] startsU = new double[S];
        long c = 1;
        var rng = new SplitMix64((ulong)seed);
        int[] order = Enumerable.Range(0, prepared.Length).ToArray();
        var emissions = new float[256 * S];
        var predicted = new byte[256];
        var target = new byte[256];
        var choice = new NerEpochChoice(devPrepared);

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            int mistakes = 0;
            foreach (int index in order)
            {
                var ex = prepared[index];
                int n = ex.Gold.Length;
                if (emissions.Length < n * S) { emissions = new float[n * 2 * S]; predicted = new byte[n * 2]; target = new byte[n * 2]; }
                var em = emissions.AsSpan(0, n * S);
                Emissions(w, ex, em);
                var gold = target.AsSpan(0, n);
                if (ex.Allowed is null) ex.Gold.CopyTo(gold);
                else ViterbiDecoder.Decode(em, trans, starts, ex.Allowed, gold);
                AddMargin(em, gold, options.Margin);
                var pred = predicted.AsSpan(0, n);
                ViterbiDecoder.Decode(em, trans, starts, default, pred);

                if (!pred.SequenceEqual(gold))
                {
                    mistakes++;
                    float step = ex.Weight;
                    for (int i = 0; i < n; i++)
                    {
                        int g = gold[i], p = pred[i];
                        if (g != p)
                        {
                            for (int k = ex.Offsets[i]; k < ex.Offsets[i + 1]; k++)
                            {
                                int row = ex.Ids[k] * S;
                                w[row + g] += step; u[row + g] += c * step;
                                w[row + p] -= step; u[row + p] -= c * step;
                            }
                        }

                        if (i == 0)
                        {
                            if (g != p) { starts[g] += step; startsU[g] += c * step; starts[p] -= step; startsU[p] -= c * step; }
                        }
                        else if (g != p || gold[i - 1] != pred[i - 1])
                        {
                            int gt = gold[i - 1] * S + g, pt = pred[i - 1] * S + p;
                            trans[gt] += step; transU[gt] += c * step;
                            trans[pt] -= step; transU[pt] -= c * step;
                        }
                    }
                }

                c++;
            }

            var model = new NerModel(extractor, Average(w, u, c), Average(trans, transU, c), Average(starts, startsU, c), new NerModelInfo(description, seed, epoch));
            string dev = choice.Offer(model, epoch);
            options.Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"seed {seed} epoch {epoch}: {mistakes} sentences wrong of {prepared.Length}; {dev}"));
        }

        return choice.Best();
    }

    /// <summary>The training sentences with their features; with a <see cref="NerTrainingOptions.GazetteerDropout"/>, that
    /// share of them (drawn once from the seed) without the gazetteer features, and with a
    /// <see cref="NerTrainingOptions.GazetteerMatchDropout"/>, single matches of the others without them (only the
    /// categories of <see cref="NerTrainingOptions.GazetteerDropoutCategories"/> in both cases).</summary>
    internal NerPreparedSentence[] PrepareTraining(IReadOnlyList<NerTrainingExample> training)
    {
        double dropout = options.GazetteerDropout, matchDropout = options.GazetteerMatchDropout;
        if (dropout <= 0 && matchDropout <= 0) return [.. training.Select(e => Prepare(extractor, e.Sentence, e.Allowed, e.Weight))];
        byte categories = options.GazetteerDropoutCategories;
        var random = new SplitMix64(0x6A2E_77D1UL ^ (ulong)options.Seed);
        var wholeSentence = new GazetteerMatchDropout(1, categories, 0);
        var matches = matchDropout > 0 ? new GazetteerMatchDropout(matchDropout, categories, 0x51D3_A0C7UL ^ (ulong)options.Seed) : null;
        var prepared = new NerPreparedSentence[training.Count];
        for (int i = 0; i < prepared.Length; i++)
        {
            bool drop = dropout > 0 && (random.Next() >> 11) * (1.0 / (1UL << 53)) < dropout;
            var e = training[i];
            prepared[i] = Prepare(extractor, e.Sentence, e.Allowed, e.Weight, drop ? wholeSentence : matches);
        }

        return prepared;
    }

    private static NerPreparedSentence Prepare(NerFeatureExtractor extractor, NerSentence sentence, byte[]? allowed, float weight, GazetteerMatchDropout? dropout = null)
    {
        int n = sentence.Tokens.Length;
        var starts = new int[n];
        var ends = new int[n];
        string text = TokenSpans.Join(sentence.Tokens, starts, ends);
        var buffer = new FeatureBuffer();
        extractor.Extract(new TokenSpans(text, starts, ends), new FeatureScratch(), buffer, dropout);
        var (ids, offsets) = buffer.Snapshot();
        return new NerPreparedSentence(ids, offsets, sentence.Tags, allowed, weight);
    }

    /// <summary>Cost augmentation: raises the score of every tag but the target's by <paramref name="margin"/>.</summary>
    private static void AddMargin(Span<float> em, ReadOnlySpan<byte> target, float margin)
    {
        if (margin == 0) return;
        const int S = BioTags.Stride;
        for (int i = 0; i < target.Length; i++)
        {
            for (int t = 0; t < BioTags.Count; t++)
            {
                if (t != target[i]) em[i * S + t] += margin;
            }
        }
    }

    /// <summary>Sums the weight rows of each token's features of <paramref name="ex"/> into its tag scores.</summary>
    internal static void Emissions(float[] w, NerPreparedSentence ex, Span<float> em)
    {
        const int S = BioTags.Stride;
        em.Clear();
        for (int i = 0; i < ex.Gold.Length; i++)
        {
            var row = em.Slice(i * S, S);
            for (int k = ex.Offsets[i]; k < ex.Offsets[i + 1]; k++)
            {
                var weights = w.AsSpan(ex.Ids[k] * S, S);
                for (int t = 0; t < BioTags.Count; t++) row[t] += weights[t];
            }
        }
    }

    private static float[] Average(float[] w, double[] u, long c)
    {
        var avg = new float[w.Length];
        for (int i = 0; i < w.Length; i++) avg[i] = (float)(w[i] - u[i] / c);
        return avg;
    }

    /// <summary>Entity-level micro-F1 of <paramref name="model"/>'s Viterbi tags on <paramref name="sentences"/>.</summary>
    internal static double Evaluate(NerModel model, NerPreparedSentence[] sentences)
    {
        var scorer = new EntityScorer();
        var em = new float[256 * BioTags.Stride];
        foreach (var s in sentences)
        {
            int n = s.Gold.Length;
            if (em.Length < n * BioTags.Stride) em = new float[n * 2 * BioTags.Stride];
            var span = em.AsSpan(0, n * BioTags.Stride);
            Emissions(model.Weights, s, span);
            var tags = new byte[n];
            ViterbiDecoder.Decode(span, model.Transitions, model.Starts, default, tags);
            scorer.Add(s.Gold, tags);
        }

        return scorer.Score().F1;
    }
}
