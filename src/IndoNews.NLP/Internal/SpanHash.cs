namespace IndoNews.NLP.Internal;

/// <summary>The hash the span-keyed tables share (root lexicon, stem cache).</summary>
internal static class SpanHash
{
    // FNV-1a over UTF-16 code units, finished with a multiply-shift mix so low bits spread well.
    public static uint Of(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (char c in word) h = (h ^ c) * 16777619;
        h ^= h >> 15;
        h *= 0x2C1B3C6D;
        h ^= h >> 12;
        return h;
    }
}
