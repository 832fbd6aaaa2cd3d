using System.Numerics;
using System.Runtime.CompilerServices;

namespace IndoNews.NLP.Entities;

/// <summary>
/// 64-bit hashing for feature strings without building them: words are hashed once per token
/// (FNV-1a over UTF-16 units, optionally lower-cased on the fly) and features combine those
/// hashes with a template id through a multiply-xorshift mixer.
/// </summary>
/// <remarks>The values are part of the model file format: changing them invalidates trained models.</remarks>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public const ulong Empty = Offset;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (char c in text) h = (h ^ c) * Prime;
        return h;
    }

    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (char c in text) h = (h ^ char.ToLowerInvariant(c)) * Prime;
        return h;
    }

    /// <summary>Mixes a template id with one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(uint template, ulong a) => Finish((a + 0x9E3779B97F4A7C15UL * (template + 1)) ^ (template * 0xC2B2AE3D27D4EB4FUL));

    /// <summary>Mixes a template id with two values (order matters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(uint template, ulong a, ulong b) => Combine(template, BitOperations.RotateLeft(a, 23) ^ (b * 0x94D049BB133111EBUL));

    /// <summary>Mixes a template id with three values (order matters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(uint template, ulong a, ulong b, ulong c) => Combine(template, BitOperations.RotateLeft(a, 41) ^ BitOperations.RotateLeft(b * 0x94D049BB133111EBUL, 17) ^ (c * 0xBF58476D1CE4E5B9UL));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
