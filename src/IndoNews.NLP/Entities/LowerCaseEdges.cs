namespace IndoNews.NLP.Entities;

/// <summary>
/// In a sentence written in mixed case, the words in lower case at the edges of a tagged name: the common nouns and
/// adjectives that the tagger ran into it (<c>kota Yogyakarta</c>, <c>WhatsApp internasional</c>,
/// <c>Afghanistan timur</c>). News writes a name's own words with capitals, so these are not part of it, as in the
/// annotations of IDNer news (<c>kota</c> before a city: 9 times outside, once inside).
/// </summary>
/// <remarks>
/// <para>A word is marked only when it is a whole word of lower-case letters (not a piece of <c>al-Assad</c>, of
/// <c>Kim Jong - un</c> or a clitic), no name particle (<c>bin</c>, <c>van</c>, <c>de</c>, <c>da</c>) nor a building an organisation houses
/// (<c>kantor Kudo</c>, <c>gedung KPK</c>), not a word that
/// news writes capitalised (<c>Uni eropa</c>, <c>Universitas oxford</c> are names written carelessly), and when a
/// capitalised word of two letters or more that is no listed title or head word stays in the span (<c>timnas U-22</c>,
/// <c>jalan raya</c>, <c>Kementerian pertahanan</c> stay as they are). A sentence with no capital after its first word
/// (text written all in lower case, as NERP's) has nothing marked.</para>
/// <para>The marked words are tagged again as outside every name; <see cref="Keep"/> then keeps the new tags of a name
/// only where the model, without them, still finds one name of the same kind over the whole rest: a head word that made
/// the place (<c>jalan Gatot Subroto</c>, <c>bandara Soekarno Hatta</c>) or the organisation (<c>kementerian
/// pertahanan Swiss</c>) stays with it.</para>
/// </remarks>
internal static class LowerCaseEdges
{
    // Particles that belong to names in lower case (Osama bin Laden, Vincent van Gogh, Leonardo da Vinci).
    private static readonly Internal.WordSet Particles = new(
    [
        "bin", "binti", "ibn", "van", "von", "de", "da", "der", "den", "del", "della", "dos", "das", "du", "le", "la", "al", "el", "ter", "ten", "op", "zu", "y",
    ]);

    // Buildings that an organisation houses: the rest is the organisation, not a place (kantor Kudo, gedung KPK,
    // auditorium Kementan), so without the word the place would be labelled as an organisation's name; they stay.
    private static readonly Internal.WordSet Buildings = new(["kantor", "gedung", "auditorium", "markas", "kompleks", "perumahan", "rumah", "ruko"]);

    /// <summary>Whether a word after the sentence's first word is capitalised, so that capitals mark names.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="parts">The sentence's parts.</param>
    /// <param name="firstWord">The index of the sentence's first word, or -1.</param>
    public static bool IsMixedCase(string text, SubTokenList parts, int firstWord)
    {
        if (firstWord < 0) return false;
        for (int i = firstWord + 1; i < parts.Count; i++)
        {
            if (char.IsUpper(text[parts.Starts[i]])) return true;
        }

        return false;
    }

    /// <summary>
    /// Marks as outside every name (in <paramref name="allowed"/>) each lower-case edge word of a span of
    /// <paramref name="tags"/>; returns whether it marked a word not marked before.
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="parts">The sentence's parts.</param>
    /// <param name="tags">The parts' tags.</param>
    /// <param name="allowed">The tags each part may take; a marked part may take only <see cref="BioTags.Outside"/>.</param>
    /// <param name="profiles">How news writes each word.</param>
    /// <param name="gazetteer">The listed titles and head words.</param>
    public static bool Mark(string text, SubTokenList parts, ReadOnlySpan<byte> tags, Span<byte> allowed, WordProfiles profiles, Gazetteer gazetteer)
    {
        const byte outsideOnly = 1 << BioTags.Outside;
        bool marked = false;
        int start = -1;
        for (int i = 0; i <= tags.Length; i++)
        {
            bool inside = i < tags.Length && BioTags.IsInside(tags[i]);
            if (start >= 0 && inside) continue;
            if (start >= 0 && i - 1 > start)
            {
                int first = start, last = i - 1;
                if (allowed[first] != outsideOnly && !IsHyphen(text, parts, first + 1) && IsEdgeWord(text, parts, first, profiles)
                    && HasNameWord(text, parts, first + 1, last, gazetteer))
                {
                    allowed[first] = outsideOnly;
                    marked = true;
                }

                if (allowed[last] != outsideOnly && !IsHyphen(text, parts, last - 1) && IsEdgeWord(text, parts, last, profiles)
                    && HasNameWord(text, parts, first, last - 1, gazetteer))
                {
                    allowed[last] = outsideOnly;
                    marked = true;
                }
            }

            start = i < tags.Length && tags[i] != BioTags.Outside ? i : -1;
        }

        return marked;
    }

    // A whole word of lower-case letters that is no name particle and that news does not nearly always capitalise
    // (eropa, oxford are names written carelessly; kota, gedung, internasional are not).
    private static bool IsEdgeWord(string text, SubTokenList parts, int i, WordProfiles profiles)
    {
        int from = parts.Starts[i], to = parts.Ends[i];
        for (int k = from; k < to; k++)
        {
            if (!char.IsLower(text[k])) return false;
        }

        // Attached to a neighbour without a space: a piece of a hyphenated name (Min-ho, al-Assad) or a clitic.
        if (from > 0 && (text[from - 1] == '-' || char.IsLetterOrDigit(text[from - 1]))) return false;
        if (to < text.Length && (text[to] == '-' || char.IsLetterOrDigit(text[to]))) return false;
        var word = text.AsSpan(from, to - from);
        if (Particles.Contains(word) || Buildings.Contains(word)) return false;
        return WordProfiles.CapitalBucket(profiles.Get(FeatureHash.OfLower(word))) < WordProfiles.BucketCapitalShare(0.8);
    }

    // A hyphen or dash part: the piece after it belongs to the name before it (Kim Jong - un, Punggye - ri, Start - up).
    private static bool IsHyphen(string text, SubTokenList parts, int i)
    {
        var part = text.AsSpan(parts.Starts[i], parts.Ends[i] - parts.Starts[i]);
        return part is "-" or "\u2013" or "\u2014";
    }

    // Whether a part in first..last is a capitalised word of two letters or more that is no listed title or head word
    // (KPK, Yogyakarta; not the U of U-22, nor Kementerian, Bank, Presiden).
    private static bool HasNameWord(string text, SubTokenList parts, int first, int last, Gazetteer gazetteer)
    {
        const byte notNames = 1 << (int)GazetteerCategory.Title | 1 << (int)GazetteerCategory.Honorific
                              | 1 << (int)GazetteerCategory.OrganizationHead | 1 << (int)GazetteerCategory.PlaceHead;
        for (int i = first; i <= last; i++)
        {
            int from = parts.Starts[i], length = parts.Ends[i] - from;
            if (length < 2 || !char.IsUpper(text[from]) || !char.IsLetter(text[from + 1])) continue;
            if (!gazetteer.ListsWord(text.AsSpan(from, length), notNames)) return true;
        }

        return false;
    }

    /// <summary>
    /// Keeps the new tags of each old name only where they are one name of the same kind that still holds every word
    /// written with a capital or a digit, so that only lower-case words and punctuation left it (<c>jalan lingkar
    /// Jatigede</c> gives <c>Jatigede</c>; <c>kota Bergen op Zoom</c> does not give <c>Bergen</c>). Elsewhere (another
    /// kind, a lost name word, a name where none was) the old tags are put back.
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="parts">The sentence's parts.</param>
    /// <param name="before">The tags before the marked words were tagged again.</param>
    /// <param name="tags">The new tags; changed in place.</param>
    public static void Keep(string text, SubTokenList parts, ReadOnlySpan<byte> before, Span<byte> tags)
    {
        // A group is a run of parts that some name covers, before or after; each group is taken or put back whole.
        int i = 0;
        while (i < tags.Length)
        {
            if (before[i] == BioTags.Outside && tags[i] == BioTags.Outside)
            {
                i++;
                continue;
            }

            int end = i;
            while (end < tags.Length && (before[end] != BioTags.Outside || tags[end] != BioTags.Outside)) end++;
            if (!IsNarrowing(text, parts, before, tags, i, end)) before[i..end].CopyTo(tags[i..end]);
            i = end;
        }
    }

    // Whether, in the group from..end-1, each old name became one name of its kind inside it that keeps its words
    // with a capital or digit, and no new name stands where none was.
    private static bool IsNarrowing(string text, SubTokenList parts, ReadOnlySpan<byte> before, ReadOnlySpan<byte> after, int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            if (before[k] == BioTags.Outside && after[k] != BioTags.Outside) return false;
        }

        for (int start = from; start < end;)
        {
            int stop = start + 1;
            while (stop < end && BioTags.IsInside(before[stop])) stop++;
            int names = 0;
            for (int k = start; k < stop; k++)
            {
                if (after[k] == BioTags.Outside)
                {
                    char c = text[parts.Starts[k]];
                    if (char.IsUpper(c) || char.IsDigit(c)) return false;
                    continue;
                }

                if ((after[k] + 1) / 2 != (before[start] + 1) / 2) return false; // another kind
                if (k == start || !BioTags.IsInside(after[k]) || after[k - 1] == BioTags.Outside) names++;
            }

            if (names != 1 || (stop < after.Length && BioTags.IsInside(after[stop]))) return false;
            start = stop;
        }

        return true;
    }
}
