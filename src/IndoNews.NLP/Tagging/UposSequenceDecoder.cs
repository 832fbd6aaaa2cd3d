namespace IndoNews.NLP.Tagging;

/// <summary>
/// Max-product decoding of a tag sequence under per-token scores and tag-transition scores: for every token and tag,
/// the score of the best whole-sentence path through that tag (its max-marginal). The argmax of each token's
/// max-marginals is the Viterbi path, and the gap to the runner-up is how sure the sequence model is of that token.
/// </summary>
internal static class UposSequenceDecoder
{
    /// <summary>Fills <paramref name="marginals"/> (<c>width</c> per token) with each tag's best path score.</summary>
    /// <param name="emissions">Token scores, <paramref name="width"/> per token.</param>
    /// <param name="transitions">Score of tag b after tag a at <c>a * width + b</c>.</param>
    /// <param name="starts">Score of each tag at the first token.</param>
    /// <param name="width">Number of tags.</param>
    /// <param name="marginals">Receives the max-marginals, as long as <paramref name="emissions"/>.</param>
    public static void MaxMarginals(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<float> starts, int width, Span<float> marginals)
    {
        int n = emissions.Length / width;
        if (n == 0) return;
        var forward = new float[n * width];
        var backward = new float[n * width];
        for (int t = 0; t < width; t++) forward[t] = starts[t] + emissions[t];
        for (int i = 1; i < n; i++)
        {
            for (int t = 0; t < width; t++)
            {
                float best = float.NegativeInfinity;
                for (int p = 0; p < width; p++) best = Math.Max(best, forward[(i - 1) * width + p] + transitions[p * width + t]);
                forward[i * width + t] = best + emissions[i * width + t];
            }
        }

        // backward[i, t]: the best score of the tokens after i given tag t at i (0 at the last token).
        for (int i = n - 2; i >= 0; i--)
        {
            for (int t = 0; t < width; t++)
            {
                float best = float.NegativeInfinity;
                for (int q = 0; q < width; q++) best = Math.Max(best, transitions[t * width + q] + emissions[(i + 1) * width + q] + backward[(i + 1) * width + q]);
                backward[i * width + t] = best;
            }
        }

        for (int k = 0; k < n * width; k++) marginals[k] = forward[k] + backward[k];
    }

    /// <summary>The Viterbi path: the best tag of each token (ties to the lower tag index).</summary>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<float> starts, int width, Span<int> tags)
    {
        int n = tags.Length;
        if (n == 0) return;
        var score = new float[width];
        var next = new float[width];
        var back = new int[n * width];
        for (int t = 0; t < width; t++) score[t] = starts[t] + emissions[t];
        for (int i = 1; i < n; i++)
        {
            for (int t = 0; t < width; t++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < width; p++)
                {
                    float s = score[p] + transitions[p * width + t];
                    if (s > best) { best = s; arg = p; }
                }

                next[t] = best + emissions[i * width + t];
                back[i * width + t] = arg;
            }

            (score, next) = (next, score);
        }

        int last = 0;
        for (int t = 1; t < width; t++)
        {
            if (score[t] > score[last]) last = t;
        }

        tags[n - 1] = last;
        for (int i = n - 1; i > 0; i--) tags[i - 1] = back[i * width + tags[i]];
    }
}
