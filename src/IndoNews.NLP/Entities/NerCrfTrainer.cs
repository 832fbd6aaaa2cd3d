using System.Globalization;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Trains the tagger's linear chain (the same hashed features, transitions and starts, the same model
/// file and Viterbi decoder as <see cref="NerTrainer"/>'s perceptron) as a conditional random field: it
/// minimises the weighted negative log-likelihood of each sentence's target paths by stochastic gradient
/// steps, one sentence at a time in a seeded shuffled order, with per-weight AdaGrad step sizes
/// (<see cref="NerTrainingOptions.LearningRate"/> / √(sum of squared gradients)). A fully labelled
/// sentence's target is its gold path; a partly labelled one's is every valid path inside its allowed
/// tags (<see cref="LinearChainCrf"/>). An optional L2 penalty (<see cref="NerTrainingOptions.L2"/>, spread
/// over the N sentences as L2 / N per step) is applied as a proximal shrink at each weight's own AdaGrad
/// rate η: <c>w ← w / (1 + η·L2 / N)</c> per step. A weight's rate changes only when it gets a gradient, so
/// the shrink of the steps that skip it is applied exactly and lazily: a weight row is brought up to date
/// only when a sentence uses it and at the end of each epoch, so a step costs the sentence's features, not
/// the table. With <see cref="NerTrainingOptions.Average"/> the model's weights are the average of the
/// weights after every step (kept lazily in the same way), as the perceptron's are. After every epoch the weights are scored
/// on the dev sets and the epoch with the best mean dev F1 is kept.
/// </summary>
internal sealed class NerCrfTrainer(NerFeatureExtractor extractor, NerTrainingOptions options)
{
    private const int T = BioTags.Count;
    private const int S = BioTags.Stride;

    /// <summary>Trains one run.</summary>
    /// <param name="prepared">Training sentences.</param>
    /// <param name="devPrepared">Dev sets by name, for choosing the epoch.</param>
    /// <param name="seed">Seed of the shuffling.</param>
    /// <param name="description">Provenance text stored in the model.</param>
    /// <returns>The model of the best epoch and its per-set dev F1.</returns>
    public (NerModel Model, IReadOnlyDictionary<string, double> DevF1) TrainOne(NerPreparedSentence[] prepared, IReadOnlyDictionary<string, NerPreparedSentence[]> devPrepared, int seed, string description)
    {
        int rows = 1 << extractor.HashBits;
        var state = new WeightState(rows, options.LearningRate, options.L2, prepared.Length, options.Average);
        var rng = new SplitMix64((ulong)seed);
        int[] order = Enumerable.Range(0, prepared.Length).ToArray();
        var work = new SentenceWork();
        var choice = new NerEpochChoice(devPrepared);

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            double loss = 0;
            int skipped = 0;
            foreach (int index in order)
            {
                double l = state.Step(prepared[index], work);
                if (double.IsPositiveInfinity(l)) skipped++;
                else loss += l;
            }

            state.BringUpToDate();
            var (weights, transitions, starts) = options.Average ? state.Averaged() : ((float[])state.Weights.Clone(), (float[])state.Transitions.Clone(), (float[])state.Starts.Clone());
            var model = new NerModel(extractor, weights, transitions, starts, new NerModelInfo(description, seed, epoch));
            string dev = choice.Offer(model, epoch);
            options.Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"seed {seed} epoch {epoch}: CRF loss {loss / Math.Max(1, prepared.Length):F4} per sentence{(skipped > 0 ? $", {skipped} sentences with no valid target path skipped" : "")}; {dev}"));
        }

        return choice.Best();
    }

    /// <summary>Per-sentence working memory, grown to the longest sentence.</summary>
    internal sealed class SentenceWork
    {
        public LinearChainCrf Crf { get; } = new();

        public float[] Emissions { get; private set; } = new float[64 * S];

        public double[] EmissionGradient { get; private set; } = new double[64 * S];

        public byte[] Target { get; private set; } = new byte[64];

        public double[] TransitionGradient { get; } = new double[S * S];

        public double[] StartGradient { get; } = new double[S];

        public void Grow(int n)
        {
            if (Target.Length >= n) return;
            Emissions = new float[n * 2 * S];
            EmissionGradient = new double[n * 2 * S];
            Target = new byte[n * 2];
        }
    }

    /// <summary>
    /// The weights being learned with their AdaGrad sums, lazy L2 shrink and running sums. Internal rather
    /// than private so that tests can check a sentence's gradient against finite differences of its loss.
    /// </summary>
    internal sealed class WeightState
    {
        private readonly float _rate;

        // L2 / N: the penalty's share of one step (0 for none).
        private readonly double _penalty;
        private readonly float[] _squares;
        private readonly float[] _transitionSquares = new float[S * S];
        private readonly float[] _startSquares = new float[S];

        // log d of each weight's L2 shrink, d = 1 / (1 + η·L2 / N), kept up to date with its sum of squares (empty without L2).
        private readonly double[] _logShrink;
        private readonly double[] _transitionLogShrink = new double[S * S];
        private readonly double[] _startLogShrink = new double[S];

        // Running sums of the weights after every step, for the averaged weights (null without averaging).
        private readonly double[]? _sums;
        private readonly double[]? _transitionSums;
        private readonly double[]? _startSums;

        // The step each row is up to date with (its shrinks applied, and its sums when averaging); the stamps and slots gather a sentence's rows once each.
        private readonly int[] _last;
        private readonly int[] _stamp;
        private readonly int[] _slot;
        private int[] _slotRows = new int[1024];
        private double[] _slotGradients = new double[1024 * S];
        private int _step;

        /// <summary>Creates zero weights.</summary>
        /// <param name="rows">Rows of the hashed weight table.</param>
        /// <param name="rate">AdaGrad base step size.</param>
        /// <param name="l2">L2 strength over the whole training set (0 for none).</param>
        /// <param name="sentences">Number of training sentences, over which the L2 penalty is spread.</param>
        /// <param name="average">Keep the running sums for <see cref="Averaged"/>.</param>
        public WeightState(int rows, float rate, float l2, int sentences, bool average = false)
        {
            _rate = rate;
            _penalty = (double)l2 / Math.Max(1, sentences);
            _logShrink = _penalty > 0 ? new double[rows * S] : [];
            Weights = new float[rows * S];
            _squares = new float[rows * S];
            _last = new int[rows];
            if (average)
            {
                _sums = new double[rows * S];
                _transitionSums = new double[S * S];
                _startSums = new double[S];
            }

            _stamp = new int[rows];
            _slot = new int[rows];
        }

        /// <summary>The current weight rows (rows a sentence has not used lately may owe shrinks until <see cref="BringUpToDate"/>).</summary>
        public float[] Weights { get; }

        /// <summary>The current transition scores.</summary>
        public float[] Transitions { get; } = new float[S * S];

        /// <summary>The current start scores.</summary>
        public float[] Starts { get; } = new float[S];

        /// <summary>One stochastic step on <paramref name="sentence"/>.</summary>
        /// <returns>The sentence's weighted loss before the step; positive infinity when it has no valid target path (no step).</returns>
        public double Step(NerPreparedSentence sentence, SentenceWork work)
        {
            _step++;

            // Gather the sentence's rows once each (a feature that several tokens share gets one AdaGrad step)
            // and bring them up to date: the decay of the steps they missed and of this one, and their sums.
            int slots = 0;
            foreach (int id in sentence.Ids)
            {
                if (_stamp[id] == _step) continue;
                _stamp[id] = _step;
                if (slots == _slotRows.Length)
                {
                    Array.Resize(ref _slotRows, slots * 2);
                    Array.Resize(ref _slotGradients, slots * 2 * S);
                }

                _slot[id] = slots;
                _slotRows[slots] = id;
                _slotGradients.AsSpan(slots * S, S).Clear();
                slots++;
                CatchUp(id, _step - 1);
                if (_penalty > 0) Shrink(Weights.AsSpan(id * S, T), _logShrink.AsSpan(id * S, T), 1, null);
            }

            if (_penalty > 0)
            {
                Shrink(Transitions, _transitionLogShrink, 1, null);
                Shrink(Starts, _startLogShrink, 1, null);
            }

            double loss = Gradient(sentence, work);
            if (!double.IsPositiveInfinity(loss))
            {
                int n = sentence.Gold.Length;
                for (int i = 0; i < n; i++)
                {
                    ReadOnlySpan<double> g = work.EmissionGradient.AsSpan(i * S, S);
                    for (int k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
                    {
                        var sum = _slotGradients.AsSpan(_slot[sentence.Ids[k]] * S, S);
                        for (int t = 0; t < T; t++) sum[t] += g[t];
                    }
                }

                for (int s = 0; s < slots; s++)
                {
                    int o = _slotRows[s] * S;
                    Update(Weights.AsSpan(o, T), _squares.AsSpan(o, T), _penalty > 0 ? _logShrink.AsSpan(o, T) : default, _slotGradients.AsSpan(s * S, T));
                }

                Update(Transitions, _transitionSquares, _transitionLogShrink, work.TransitionGradient);
                Update(Starts, _startSquares, _startLogShrink, work.StartGradient);
            }

            // The rows now hold their weights after this step.
            for (int s = 0; s < slots; s++)
            {
                int row = _slotRows[s];
                _last[row] = _step;
                if (_sums is not null) Add(_sums.AsSpan(row * S, T), Weights.AsSpan(row * S, T));
            }

            if (_transitionSums is not null)
            {
                Add(_transitionSums, Transitions);
                Add(_startSums!, Starts);
            }

            return loss;
        }

        /// <summary>
        /// The weighted loss of <paramref name="sentence"/> under the current weights, with its gradient in
        /// <paramref name="work"/> (per token and tag, transitions, starts); no step is taken.
        /// </summary>
        public double Gradient(NerPreparedSentence sentence, SentenceWork work)
        {
            int n = sentence.Gold.Length;
            work.Grow(n);
            var em = work.Emissions.AsSpan(0, n * S);
            NerTrainer.Emissions(Weights, sentence, em);
            var target = work.Target.AsSpan(0, n);
            if (sentence.Allowed is null)
            {
                for (int i = 0; i < n; i++) target[i] = (byte)(1 << sentence.Gold[i]);
            }
            else
            {
                sentence.Allowed.CopyTo(target);
            }

            var emGrad = work.EmissionGradient.AsSpan(0, n * S);
            emGrad.Clear();
            Array.Clear(work.TransitionGradient);
            Array.Clear(work.StartGradient);
            return work.Crf.NegativeLogLikelihood(em, Transitions, Starts, target, sentence.Weight, emGrad, work.TransitionGradient, work.StartGradient);
        }

        /// <summary>Brings every row up to date with the last step, so the table (and its sums) are exact.</summary>
        public void BringUpToDate()
        {
            for (int row = 0; row < _last.Length; row++) CatchUp(row, _step);
        }

        /// <summary>
        /// The averages of the weights after each step so far (<see cref="BringUpToDate"/> first); Polyak averaging,
        /// the counterpart of the perceptron's averaged weights.
        /// </summary>
        public (float[] Weights, float[] Transitions, float[] Starts) Averaged()
        {
            if (_sums is null) throw new InvalidOperationException("The weights are not being averaged.");
            return (Divide(_sums, _step), Divide(_transitionSums!, _step), Divide(_startSums!, _step));
        }

        private static float[] Divide(double[] sums, int count)
        {
            var result = new float[sums.Length];
            for (int i = 0; i < sums.Length; i++) result[i] = (float)(sums[i] / Math.Max(1, count));
            return result;
        }

        /// <summary>
        /// Brings a row untouched since step <c>last</c> up to step <paramref name="step"/>: its weights shrink once per
        /// missed step, and its sums get the weights of each of those steps.
        /// </summary>
        private void CatchUp(int row, int step)
        {
            int missed = step - _last[row];
            if (missed <= 0) return;
            _last[row] = step;
            var sums = _sums is null ? Span<double>.Empty : _sums.AsSpan(row * S, T);
            if (_penalty > 0) Shrink(Weights.AsSpan(row * S, T), _logShrink.AsSpan(row * S, T), missed, sums);
            else if (!sums.IsEmpty) Add(sums, Weights.AsSpan(row * S, T), missed);
        }

        /// <summary>
        /// Applies <paramref name="steps"/> proximal L2 shrinks, each by <c>d = 1 / (1 + η·L2 / N)</c> at the weight's
        /// AdaGrad rate η; when <paramref name="sums"/> is given, it gets the weights after each of those steps
        /// (<c>w·(d + d² + … + d^steps)</c>).
        /// </summary>
        private static void Shrink(Span<float> weights, ReadOnlySpan<double> logShrink, int steps, Span<double> sums)
        {
            for (int t = 0; t < weights.Length; t++)
            {
                double w = weights[t];
                if (w == 0) continue;

                // A weight is not 0 only after a gradient, which set its shrink.
                double logD = logShrink[t];
                double dk = Math.Exp(steps * logD);
                if (!sums.IsEmpty)
                {
                    double d = Math.Exp(logD);
                    sums[t] += w * (d < 1 ? d * (1 - dk) / (1 - d) : steps);
                }

                weights[t] = (float)(w * dk);
            }
        }

        private static void Add(Span<double> sums, ReadOnlySpan<float> weights, int times = 1)
        {
            for (int t = 0; t < weights.Length; t++) sums[t] += (double)weights[t] * times;
        }

        /// <summary>An AdaGrad step; with L2, also the new shrink of each weight whose rate changed.</summary>
        private void Update(Span<float> weights, Span<float> squares, Span<double> logShrink, ReadOnlySpan<double> gradient)
        {
            for (int t = 0; t < weights.Length; t++)
            {
                double g = gradient[t];
                if (g == 0) continue;
                float sq = squares[t] += (float)(g * g);
                if (sq <= 0) continue;
                double root = Math.Sqrt(sq);
                weights[t] -= (float)(_rate * g / root);
                if (_penalty > 0) logShrink[t] = -Math.Log(1 + _rate * _penalty / root);
            }
        }
    }
}
