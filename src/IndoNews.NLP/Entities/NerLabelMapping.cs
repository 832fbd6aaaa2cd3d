namespace IndoNews.NLP.Entities;

/// <summary>
/// Maps the labels of the Indonesian NER corpora to PER, LOC and ORG, as the project's scorers do:
/// PERSON/PPL → PER, PLACE/LOCATION/PLC → LOC, ORGANISATION/ORGANIZATION/IND → ORG; every other label
/// (EVT, FNB, QUANTITY, TIME, ...) is O.
/// </summary>
internal static class NerLabelMapping
{
    /// <summary>Maps a label without its BIO prefix; null when it counts as O.</summary>
    public static string? MapLabel(ReadOnlySpan<char> label)
    {
        if (label.Equals("PER", StringComparison.OrdinalIgnoreCase) || label.Equals("PERSON", StringComparison.OrdinalIgnoreCase) || label.Equals("PPL", StringComparison.OrdinalIgnoreCase))
            return EntityLabels.Person;
        if (label.Equals("LOC", StringComparison.OrdinalIgnoreCase) || label.Equals("LOCATION", StringComparison.OrdinalIgnoreCase) || label.Equals("PLACE", StringComparison.OrdinalIgnoreCase) || label.Equals("PLC", StringComparison.OrdinalIgnoreCase))
            return EntityLabels.Location;
        if (label.Equals("ORG", StringComparison.OrdinalIgnoreCase) || label.Equals("ORGANIZATION", StringComparison.OrdinalIgnoreCase) || label.Equals("ORGANISATION", StringComparison.OrdinalIgnoreCase) || label.Equals("IND", StringComparison.OrdinalIgnoreCase))
            return EntityLabels.Organization;
        return null;
    }

    /// <summary>
    /// Maps a BIO tag as written in a corpus (<c>B-PLACE</c>, <c>I-PPL</c>, <c>O</c>) to a <see cref="BioTags"/> id.
    /// Returns false when the tag is not of the form O / B-X / I-X.
    /// </summary>
    public static bool TryMapTag(ReadOnlySpan<char> tag, out int bioTag)
    {
        bioTag = BioTags.Outside;
        if (tag.Equals("O", StringComparison.Ordinal)) return true;
        if (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I')) return false;
        string? label = MapLabel(tag[2..]);
        if (label is null) return true;
        bioTag = BioTags.Begin(label) + (tag[0] == 'I' ? 1 : 0);
        return true;
    }
}
