namespace IndoNews.NLP.Entities;

/// <summary>The feature ids (weight-table rows) of each token of one sentence; reused across sentences to avoid allocation.</summary>
internal sealed class FeatureBuffer
{
    private int[] _ids = new int[1024];
    private int[] _offsets = new int[65];

    /// <summary>Number of tokens.</summary>
    public int TokenCount { get; private set; }

    public void Reset(int tokenCount)
    {
        if (_offsets.Length < tokenCount + 1) _offsets = new int[Math.Max(tokenCount + 1, _offsets.Length * 2)];
        TokenCount = tokenCount;
        _offsets[0] = 0;
        Count = 0;
    }

    /// <summary>Total number of ids written.</summary>
    public int Count { get; private set; }

    public void Add(int id)
    {
        if (Count == _ids.Length) Array.Resize(ref _ids, _ids.Length * 2);
        _ids[Count++] = id;
    }

    /// <summary>Closes the features of token <paramref name="token"/>.</summary>
    public void EndToken(int token) => _offsets[token + 1] = Count;

    /// <summary>The feature ids of token <paramref name="token"/>.</summary>
    public ReadOnlySpan<int> Token(int token) => _ids.AsSpan(_offsets[token], _offsets[token + 1] - _offsets[token]);

    /// <summary>Copies the features into compact arrays (for training, which keeps every sentence).</summary>
    public (int[] Ids, int[] Offsets) Snapshot() => (_ids.AsSpan(0, Count).ToArray(), _offsets.AsSpan(0, TokenCount + 1).ToArray());
}
