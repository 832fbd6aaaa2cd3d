using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A compass direction written with a capital before a place that it does not name: <c>di Selatan Danau Toba</c>,
/// <c>di Utara Jakarta</c> mean south of the lake and north of Jakarta, so the place is <c>Danau Toba</c>,
/// <c>Jakarta</c>. A direction after a place is part of its name (<c>Jakarta Utara</c>, <c>Sulawesi Selatan</c>), and
/// so is one that opens a listed place (<c>Timur Tengah</c>).
/// </summary>
internal static class LeadingDirections
{
    private static readonly WordSet Directions = new WordSet(["Utara", "Selatan", "Timur", "Barat", "Tenggara"], ignoreCase: false);

    // The second word of a compound direction: Barat Daya, Timur Laut, Barat Laut.
    private static readonly WordSet Compounds = new WordSet(["Daya", "Laut"], ignoreCase: false);

    /// <summary>
    /// How many words at the start of the place <paramref name="first"/>..<paramref name="last"/> are a direction before
    /// it (1 for <c>Selatan</c>, 2 for <c>Barat Daya</c>), or 0 when none is or the direction starts a listed place.
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="parts">The sentence's parts.</param>
    /// <param name="first">The place's first part.</param>
    /// <param name="last">The place's last part.</param>
    /// <param name="gazetteer">The listed places and countries.</param>
    public static int Count(string text, SubTokenList parts, int first, int last, Gazetteer gazetteer)
    {
        if (last <= first || !Directions.Contains(Word(text, parts, first))) return 0;
        const byte places = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place;
        int length = Math.Min(last - first + 1, 4);
        Span<ulong> hashes = stackalloc ulong[length];
        for (int i = 0; i < length; i++) hashes[i] = FeatureHash.OfLower(Word(text, parts, first + i));
        if (gazetteer.LongestMatch(hashes, 0, places) > 0) return 0;
        int count = 1;
        if (Compounds.Contains(Word(text, parts, first + 1)))
        {
            if (first + 1 == last) return 0;
            count = 2;
        }

        // The rest must still be a name: a capitalised word of two letters or more that is no direction itself.
        var next = Word(text, parts, first + count);
        return next.Length >= 2 && char.IsUpper(next[0]) && char.IsLetter(next[1]) && !Directions.Contains(next) ? count : 0;
    }

    private static ReadOnlySpan<char> Word(string text, SubTokenList parts, int i) => text.AsSpan(parts.Starts[i], parts.Ends[i] - parts.Starts[i]);
}
