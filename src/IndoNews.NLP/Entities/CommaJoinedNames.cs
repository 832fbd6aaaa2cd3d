namespace IndoNews.NLP.Entities;

/// <summary>
/// A place or organisation that the tagger ran over a comma into the next name: news writes a building or body and then
/// its town (<c>Gedung KPK, Jakarta</c>, <c>Kantor Kemenko Polhukam, Jakarta</c>), or a place and its region (<c>Poso Kota,
/// Poso Kota Utara</c>), and NER UGM, one of the training corpora, annotates such a pair as one span. The other corpora
/// and the project's convention tag two names, so the span is split at the comma.
/// </summary>
/// <remarks>
/// <para>A split needs a capitalised word right after the comma. The part before keeps the span's label; the part after
/// is a place when a country or place list holds all of it (<c>Universitas Indonesia, Depok</c> gives the organisation and
/// the place <c>Depok</c>), else it keeps the span's label too. Not split: a person (<c>Ahmad Yani, S.H.</c> and
/// <c>Ross Bagdasarian, Jr</c> are one man; the degrees leave the person elsewhere), and a company form after the comma
/// (<c>PT Multi Arah Sarana, Tbk</c> is one firm).</para>
/// </remarks>
internal static class CommaJoinedNames
{
    /// <summary>Whether a span labelled <paramref name="label"/> is split at part <paramref name="comma"/>, a comma
    /// inside it with at least one part after it.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="parts">The sentence's parts.</param>
    /// <param name="comma">The index of a comma part inside the span, not its last part.</param>
    /// <param name="label">The span's label.</param>
    public static bool SplitsAt(string text, SubTokenList parts, int comma, string label)
    {
        if (label is not (EntityLabels.Location or EntityLabels.Organization)) return false;
        if (!IsComma(text, parts, comma)) return false;
        var next = Part(text, parts, comma + 1);
        if (next.Length == 0 || !char.IsUpper(next[0])) return false;
        return !Tokenization.Abbreviations.CompanyForms.Contains(next.TrimEnd('.'));
    }

    /// <summary>The label of the span's part after a comma, parts <paramref name="first"/> to <paramref name="last"/>: a
    /// place when a country or place list holds all of it, else <paramref name="label"/>.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="parts">The sentence's parts.</param>
    /// <param name="first">The first part after the comma.</param>
    /// <param name="last">The span's last part.</param>
    /// <param name="label">The span's label.</param>
    /// <param name="gazetteer">The listed countries and places.</param>
    public static string TailLabel(string text, SubTokenList parts, int first, int last, string label, Gazetteer gazetteer)
    {
        if (label == EntityLabels.Location) return label;
        int length = last - first + 1;
        if (length > MaxListedPlaceParts) return label;
        Span<ulong> hashes = stackalloc ulong[MaxListedPlaceParts];
        for (int i = first; i <= last; i++) hashes[i - first] = FeatureHash.OfLower(Part(text, parts, i));
        const byte places = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place;
        return gazetteer.LongestMatch(hashes[..length], 0, places) == length ? EntityLabels.Location : label;
    }

    /// <summary>The most parts of a listed place checked after a comma (<c>Daerah Istimewa Yogyakarta</c>).</summary>
    private const int MaxListedPlaceParts = 6;

    private static bool IsComma(string text, SubTokenList parts, int i)
        => parts.Ends[i] - parts.Starts[i] == 1 && text[parts.Starts[i]] == ',';

    private static ReadOnlySpan<char> Part(string text, SubTokenList parts, int i) => text.AsSpan(parts.Starts[i], parts.Ends[i] - parts.Starts[i]);
}
