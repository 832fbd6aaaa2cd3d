namespace IndoNews.NLP.Entities;

/// <summary>Per-token working arrays of the feature extractor, reused across the sentences of one call.</summary>
internal sealed class FeatureScratch
{
    public ulong[] Word = [];
    public ulong[] Lower = [];
    public ulong[] Shape = [];
    public ulong[] ShortShape = [];
    public ulong[] Prefix2 = [];
    public ulong[] Prefix3 = [];
    public ulong[] Prefix4 = [];
    public ulong[] Suffix2 = [];
    public ulong[] Suffix3 = [];
    public ulong[] Suffix4 = [];
    public uint[] Profile = [];
    public uint[] Brown = [];
    public byte[] Case = [];
    public byte[] GazInside = [];
    public byte[] GazBegin = [];
    public byte[] GazEnd = [];

    public void Ensure(int count)
    {
        if (Word.Length >= count) return;
        int n = Math.Max(count, Math.Max(64, Word.Length * 2));
        Word = new ulong[n];
        Lower = new ulong[n];
        Shape = new ulong[n];
        ShortShape = new ulong[n];
        Prefix2 = new ulong[n];
        Prefix3 = new ulong[n];
        Prefix4 = new ulong[n];
        Suffix2 = new ulong[n];
        Suffix3 = new ulong[n];
        Suffix4 = new ulong[n];
        Profile = new uint[n];
        Brown = new uint[n];
        Case = new byte[n];
        GazInside = new byte[n];
        GazBegin = new byte[n];
        GazEnd = new byte[n];
    }
}
