namespace IndoNews.NLP.Entities;

/// <summary>Working memory for tagging: reuse one per thread (or per call) so tagging allocates nothing per sentence.</summary>
internal sealed class TaggerState
{
    private float[] _emissions = new float[64 * BioTags.Stride];
    private byte[] _tags = new byte[64];
    private byte[] _allowed = new byte[64];

    public FeatureScratch Scratch { get; } = new();

    public FeatureBuffer Features { get; } = new();

    /// <summary>A tag buffer of at least <paramref name="tokens"/> bytes.</summary>
    public byte[] Tags(int tokens)
    {
        if (_tags.Length < tokens) _tags = new byte[Math.Max(tokens, _tags.Length * 2)];
        return _tags;
    }

    /// <summary>A buffer of at least <paramref name="tokens"/> bytes for the tags each token may have.</summary>
    public byte[] Allowed(int tokens)
    {
        if (_allowed.Length < tokens) _allowed = new byte[Math.Max(tokens, _allowed.Length * 2)];
        return _allowed;
    }

    public Span<float> Emissions(int tokens)
    {
        if (_emissions.Length < tokens * BioTags.Stride) _emissions = new float[Math.Max(tokens, _emissions.Length / BioTags.Stride * 2) * BioTags.Stride];
        return _emissions.AsSpan(0, tokens * BioTags.Stride);
    }
}
