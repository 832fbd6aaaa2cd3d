namespace IndoNews.NLP.Entities;

/// <summary>
/// Forward–backward in log space over the tagger's BIO chain: the log-partition of a sentence's scores
/// over the valid BIO paths (the ones <see cref="ViterbiDecoder"/> may return: no I tag opens the sentence
/// or follows another label), optionally only over the paths inside per-token masks of allowed tags, and
/// the tag and tag-pair marginals under those paths. <see cref="NerCrfTrainer"/> learns from the
/// difference of the two: the negative log-likelihood of the target paths is
/// <c>log Z(all paths) − log Z(target paths)</c>, and its gradient is the marginals over all paths minus
/// the marginals over the target paths (a single path for a fully labelled sentence).
/// </summary>
/// <remarks>Holds working memory; use one instance per thread.</remarks>
internal sealed class LinearChainCrf
{
    private const int T = BioTags.Count;
    private const int S = BioTags.Stride;

    private double[] _alpha = new double[64 * S];
    private double[] _beta = new double[64 * S];

    /// <summary>
    /// The negative log-likelihood of the paths inside <paramref name="target"/>, and its gradient added,
    /// times <paramref name="scale"/>, to the gradient buffers.
    /// </summary>
    /// <param name="emissions">Token scores, <see cref="BioTags.Stride"/> per token.</param>
    /// <param name="transitions">Score of tag b after tag a at <c>a * Stride + b</c>.</param>
    /// <param name="starts">Score of each tag at the first token.</param>
    /// <param name="target">Per-token bit mask of the target tags (bit t = tag t), one byte per token.</param>
    /// <param name="scale">Factor of the loss and the gradient (the sentence's weight).</param>
    /// <param name="emissionGradient">Receives the gradient for each token's tag scores, <see cref="BioTags.Stride"/> per token.</param>
    /// <param name="transitionGradient">Receives the gradient for the transition scores.</param>
    /// <param name="startGradient">Receives the gradient for the start scores.</param>
    /// <returns>
    /// <paramref name="scale"/> × (log Z over all valid paths − log Z over the target paths); positive
    /// infinity, with the buffers untouched, when no valid BIO path lies inside the target masks.
    /// </returns>
    public double NegativeLogLikelihood(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<float> starts, ReadOnlySpan<byte> target, double scale, Span<double> emissionGradient, Span<double> transitionGradient, Span<double> startGradient)
    {
        int n = target.Length;
        if (n == 0) return 0;
        double logTarget = LogPartition(emissions, transitions, starts, target);
        if (double.IsNegativeInfinity(logTarget)) return double.PositiveInfinity;
        AddMarginals(emissions, transitions, n, logTarget, -scale, emissionGradient, transitionGradient, startGradient);
        double logAll = LogPartition(emissions, transitions, starts, default, n);
        AddMarginals(emissions, transitions, n, logAll, scale, emissionGradient, transitionGradient, startGradient);
        return scale * (logAll - logTarget);
    }

    /// <summary>Log of the summed exponentiated path scores over the valid BIO paths inside <paramref name="allowed"/>.</summary>
    /// <param name="emissions">Token scores, <see cref="BioTags.Stride"/> per token.</param>
    /// <param name="transitions">Score of tag b after tag a at <c>a * Stride + b</c>.</param>
    /// <param name="starts">Score of each tag at the first token.</param>
    /// <param name="allowed">Per-token bit mask of allowed tags, one byte per token.</param>
    /// <returns>log Z, or negative infinity when no valid path is allowed.</returns>
    public double LogPartition(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<float> starts, ReadOnlySpan<byte> allowed) =>
        LogPartition(emissions, transitions, starts, allowed, allowed.Length);

    private double LogPartition(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<float> starts, ReadOnlySpan<byte> allowed, int n)
    {
        if (n == 0) return 0;
        if (_alpha.Length < n * S)
        {
            _alpha = new double[n * 2 * S];
            _beta = new double[n * 2 * S];
        }

        Span<double> alpha = _alpha.AsSpan(0, n * S);
        Span<double> beta = _beta.AsSpan(0, n * S);
        Span<double> terms = stackalloc double[T];
        for (int t = 0; t < T; t++)
        {
            alpha[t] = BioTags.IsValidStart(t) && IsAllowed(allowed, 0, t) ? starts[t] + emissions[t] : double.NegativeInfinity;
        }

        for (int i = 1; i < n; i++)
        {
            for (int t = 0; t < T; t++)
            {
                if (!IsAllowed(allowed, i, t))
                {
                    alpha[i * S + t] = double.NegativeInfinity;
                    continue;
                }

                int count = 0;
                for (int p = 0; p < T; p++)
                {
                    if (BioTags.IsValidTransition(p, t)) terms[count++] = alpha[(i - 1) * S + p] + transitions[p * S + t];
                }

                alpha[i * S + t] = LogSumExp(terms[..count]) + emissions[i * S + t];
            }
        }

        for (int t = 0; t < T; t++)
        {
            beta[(n - 1) * S + t] = IsAllowed(allowed, n - 1, t) ? 0 : double.NegativeInfinity;
        }

        for (int i = n - 2; i >= 0; i--)
        {
            for (int p = 0; p < T; p++)
            {
                if (!IsAllowed(allowed, i, p))
                {
                    beta[i * S + p] = double.NegativeInfinity;
                    continue;
                }

                int count = 0;
                for (int t = 0; t < T; t++)
                {
                    if (BioTags.IsValidTransition(p, t)) terms[count++] = transitions[p * S + t] + emissions[(i + 1) * S + t] + beta[(i + 1) * S + t];
                }

                beta[i * S + p] = LogSumExp(terms[..count]);
            }
        }

        return LogSumExp(alpha.Slice((n - 1) * S, T));
    }

    /// <summary>Adds <paramref name="scale"/> × the tag and tag-pair marginals of the last <see cref="LogPartition(ReadOnlySpan{float}, ReadOnlySpan{float}, ReadOnlySpan{float}, ReadOnlySpan{byte}, int)"/>.</summary>
    private void AddMarginals(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, double logZ, double scale, Span<double> emissionGradient, Span<double> transitionGradient, Span<double> startGradient)
    {
        ReadOnlySpan<double> alpha = _alpha.AsSpan(0, n * S);
        ReadOnlySpan<double> beta = _beta.AsSpan(0, n * S);
        for (int i = 0; i < n; i++)
        {
            for (int t = 0; t < T; t++)
            {
                double a = alpha[i * S + t];
                if (double.IsNegativeInfinity(a)) continue;
                double p = scale * Math.Exp(a + beta[i * S + t] - logZ);
                emissionGradient[i * S + t] += p;
                if (i == 0) startGradient[t] += p;
            }

            if (i == 0) continue;
            for (int prev = 0; prev < T; prev++)
            {
                double a = alpha[(i - 1) * S + prev];
                if (double.IsNegativeInfinity(a)) continue;
                for (int t = 0; t < T; t++)
                {
                    if (!BioTags.IsValidTransition(prev, t)) continue;
                    double b = beta[i * S + t];
                    if (double.IsNegativeInfinity(b)) continue;
                    transitionGradient[prev * S + t] += scale * Math.Exp(a + transitions[prev * S + t] + emissions[i * S + t] + b - logZ);
                }
            }
        }
    }

    private static bool IsAllowed(ReadOnlySpan<byte> allowed, int token, int tag) => allowed.IsEmpty || (allowed[token] >> tag & 1) != 0;

    private static double LogSumExp(ReadOnlySpan<double> values)
    {
        double max = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (v > max) max = v;
        }

        if (double.IsNegativeInfinity(max)) return max;
        double sum = 0;
        foreach (double v in values) sum += Math.Exp(v - max);
        return max + Math.Log(sum);
    }
}
