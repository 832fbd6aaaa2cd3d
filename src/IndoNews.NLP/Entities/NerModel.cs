using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A trained linear-chain tagger: a hashed weight table (one row of <see cref="BioTags.Stride"/>
/// floats per feature id), tag-transition and start scores, and the lexicon its features read.
/// </summary>
/// <remarks>Immutable after construction and safe to share between threads.</remarks>
internal sealed class NerModel
{
    public NerModel(NerFeatureExtractor extractor, float[] weights, float[] transitions, float[] starts, NerModelInfo info)
    {
        if (weights.Length != (1 << extractor.HashBits) * BioTags.Stride) throw new ArgumentException("Weight table size does not match the hash bits.", nameof(weights));
        if (transitions.Length != BioTags.Stride * BioTags.Stride || starts.Length != BioTags.Stride) throw new ArgumentException("Transition tables have the wrong size.");
        Extractor = extractor;
        Weights = weights;
        Transitions = transitions;
        Starts = starts;
        Info = info;
    }

    public NerFeatureExtractor Extractor { get; }

    public float[] Weights { get; }

    public float[] Transitions { get; }

    public float[] Starts { get; }

    /// <summary>How the model was trained.</summary>
    public NerModelInfo Info { get; }

    /// <summary>Tags one sentence.</summary>
    /// <param name="sentence">The tokens.</param>
    /// <param name="state">Reusable working memory (one per thread or call).</param>
    /// <param name="tags">Receives a <see cref="BioTags"/> id per token.</param>
    public void Tag(TokenSpans sentence, TaggerState state, Span<byte> tags) => Tag(sentence, state, default, tags);

    /// <summary>Tags one sentence with only the tags <paramref name="allowed"/> lets each token have.</summary>
    /// <param name="sentence">The tokens.</param>
    /// <param name="state">Reusable working memory (one per thread or call).</param>
    /// <param name="allowed">A bit mask of allowed tags per token (bit t = tag t), or empty for all.</param>
    /// <param name="tags">Receives a <see cref="BioTags"/> id per token.</param>
    public void Tag(TokenSpans sentence, TaggerState state, ReadOnlySpan<byte> allowed, Span<byte> tags)
    {
        int n = sentence.Count;
        if (n == 0) return;
        Extractor.Extract(sentence, state.Scratch, state.Features);
        Span<float> emissions = state.Emissions(n);
        ComputeEmissions(Weights, state.Features, emissions);
        ViterbiDecoder.Decode(emissions, Transitions, Starts, allowed, tags);
    }

    /// <summary>Sums the weight rows of each token's features into its tag scores.</summary>
    public static void ComputeEmissions(float[] weights, FeatureBuffer features, Span<float> emissions)
    {
        ref float w = ref MemoryMarshal.GetArrayDataReference(weights);
        for (int i = 0; i < features.TokenCount; i++)
        {
            ReadOnlySpan<int> ids = features.Token(i);
            if (Vector256.IsHardwareAccelerated)
            {
                Vector256<float> sum = Vector256<float>.Zero;
                foreach (int id in ids)
                {
                    sum += Vector256.LoadUnsafe(ref w, (nuint)id * BioTags.Stride);
                }

                sum.StoreUnsafe(ref MemoryMarshal.GetReference(emissions), (nuint)i * BioTags.Stride);
            }
            else
            {
                Span<float> row = emissions.Slice(i * BioTags.Stride, BioTags.Stride);
                row.Clear();
                foreach (int id in ids)
                {
                    int o = id * BioTags.Stride;
                    for (int t = 0; t < BioTags.Stride; t++) row[t] += Unsafe.Add(ref w, o + t);
                }
            }
        }
    }
}
