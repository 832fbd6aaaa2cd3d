namespace IndoNews.NLP.Entities;

/// <summary>
/// A small seeded random generator (SplitMix64), so training shuffles identically on every .NET
/// version and platform, which <see cref="Random"/> does not promise.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, <paramref name="bound"/>).</summary>
    public int NextInt(int bound) => (int)(Next() % (ulong)bound);

    /// <summary>Fisher–Yates shuffle.</summary>
    public void Shuffle(Span<int> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
