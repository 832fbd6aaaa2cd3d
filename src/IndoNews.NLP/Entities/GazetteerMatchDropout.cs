namespace IndoNews.NLP.Entities;

/// <summary>
/// A training-time dropout of single gazetteer matches: each occurrence of a listed phrase in a sentence loses its
/// categories among <see cref="Categories"/> with probability <see cref="Share"/>, drawn from a seeded stream, so the
/// model also learns names whose list entry is missing while the other names of the sentence keep theirs. Only the
/// trainer uses it (<see cref="NerTrainingOptions.GazetteerMatchDropout"/>); tagging never drops a match.
/// </summary>
/// <remarks>Holds a random stream that every decision advances: not thread-safe, and the same seed gives the same
/// decisions only when the matches are offered in the same order.</remarks>
internal sealed class GazetteerMatchDropout
{
    private SplitMix64 _random;

    /// <summary>Creates a dropout.</summary>
    /// <param name="share">Probability (0 to 1) that a match loses its <paramref name="categories"/>.</param>
    /// <param name="categories">Bit mask (<c>1 &lt;&lt; </c><see cref="GazetteerCategory"/>) of the categories that may be dropped; <see cref="AllCategories"/> for every list.</param>
    /// <param name="seed">Seed of the random stream.</param>
    public GazetteerMatchDropout(double share, byte categories, ulong seed)
    {
        if (share is not (>= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(share));
        Share = share;
        Categories = categories;
        _random = new SplitMix64(seed);
    }

    /// <summary>The mask of every category.</summary>
    public const byte AllCategories = 0xFF;

    /// <summary>Probability that a match loses its droppable categories.</summary>
    public double Share { get; }

    /// <summary>Bit mask of the categories that may be dropped.</summary>
    public byte Categories { get; }

    /// <summary>The categories one match of a phrase listed under <paramref name="matched"/> keeps; a match with no
    /// droppable category keeps them all and draws no random number.</summary>
    public byte Keep(byte matched)
    {
        if ((matched & Categories) == 0) return matched;
        bool drop = (_random.Next() >> 11) * (1.0 / (1UL << 53)) < Share;
        return drop ? (byte)(matched & ~Categories) : matched;
    }
}
