namespace IndoNews.NLP.Entities;

/// <summary>
/// Finds the best tag sequence under per-token scores and tag-transition scores, allowing only valid
/// BIO sequences (an I tag continues its own label). Training also decodes with a per-token mask of
/// allowed tags, which is how partly labelled sentences are learned from.
/// </summary>
internal static class ViterbiDecoder
{
    /// <summary>Decodes the best path.</summary>
    /// <param name="emissions">Token scores, <see cref="BioTags.Stride"/> per token.</param>
    /// <param name="transitions">Score of tag b after tag a at <c>a * Stride + b</c>.</param>
    /// <param name="starts">Score of each tag at the first token.</param>
    /// <param name="allowed">Optional per-token bit mask of allowed tags (bit t = tag t); empty for all.</param>
    /// <param name="tags">Receives the best tag of each token.</param>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<float> starts, ReadOnlySpan<byte> allowed, Span<byte> tags)
    {
        int n = tags.Length;
        if (n == 0) return;
        const int T = BioTags.Count;
        const int S = BioTags.Stride;
        const float Impossible = float.NegativeInfinity;
        byte[]? rented = null;
        Span<byte> back = n * S <= 4096 ? stackalloc byte[n * S] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(n * S));
        Span<float> score = stackalloc float[S];
        Span<float> next = stackalloc float[S];
        try
        {
            for (int t = 0; t < T; t++)
            {
                bool ok = BioTags.IsValidStart(t) && (allowed.IsEmpty || (allowed[0] >> t & 1) != 0);
                score[t] = ok ? starts[t] + emissions[t] : Impossible;
            }

            for (int i = 1; i < n; i++)
            {
                for (int t = 0; t < T; t++)
                {
                    float best = Impossible;
                    int arg = 0;
                    if (allowed.IsEmpty || (allowed[i] >> t & 1) != 0)
                    {
                        for (int p = 0; p < T; p++)
                        {
                            if (!BioTags.IsValidTransition(p, t)) continue;
                            float s = score[p] + transitions[p * S + t];
                            if (s > best) { best = s; arg = p; }
                        }
                    }

                    next[t] = best + emissions[i * S + t];
                    back[i * S + t] = (byte)arg;
                }

                next.CopyTo(score);
            }

            int last = 0;
            for (int t = 1; t < T; t++)
            {
                if (score[t] > score[last]) last = t;
            }

            tags[n - 1] = (byte)last;
            for (int i = n - 1; i > 0; i--)
            {
                tags[i - 1] = back[i * S + tags[i]];
            }
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
