namespace IndoNews.NLP.Entities;

/// <summary>
/// Gives back to an organisation the capitalised words of its name that the tagger left after it:
/// <c>PT Liga Indonesia Baru (LIB)</c> is tagged <c>PT Liga Indonesia</c> with <c>Baru</c> outside, as are
/// <c>PT Media Bangun Bersama</c> and <c>Badan Nasional Penanggulangan Terorisme</c> without their last word.
/// </summary>
/// <remarks>
/// Only for a span the tagger labelled an organisation that opens with a listed organisation head (<c>PT</c>,
/// <c>Badan</c>, <c>Kementerian</c>, <c>Institut</c>) and has a word after it, in a sentence written in mixed case
/// (a title-case headline capitalises its verbs too). The words taken are at most <see cref="MaxTailWords"/>
/// capitalised words of letters that the tagger left outside every name, written one space apart; they must end
/// the capitalised run, so the part after them is a lower-case word or punctuation (not a number: <c>Bank
/// Indonesia Nomor 18/40/PBI/2016</c>; not a hyphen). A title, rank or honorific (<c>Komisi Pemberantasan Korupsi
/// Brigjen (Pol) Aris</c>), a head of a place or an organisation (<c>Badan Lingkungan Hidup Provinsi Jawa
/// Tengah</c>), a listed given name, a month or a weekday starts something else, and none is taken.
/// </remarks>
internal static class OrganizationNameTails
{
    /// <summary>The most words added to one organisation; the names cut short in news miss one or two.</summary>
    private const int MaxTailWords = 3;

    /// <summary>Extends every organisation span of <paramref name="tags"/> that ends before the rest of its name.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="parts">The sentence's parts.</param>
    /// <param name="tags">The parts' tags; changed in place.</param>
    /// <param name="gazetteer">The listed heads, titles and names.</param>
    public static void Extend(string text, SubTokenList parts, Span<byte> tags, Gazetteer gazetteer)
    {
        int n = parts.Count;
        byte begin = (byte)BioTags.Begin(EntityLabels.Organization), inside = (byte)(begin + 1);
        for (int s = 0; s < n; s++)
        {
            if (tags[s] != begin) continue;
            int e = s;
            while (e + 1 < n && tags[e + 1] == inside) e++;
            if (e == s || !OpensWithHead(text, parts, s, e, gazetteer) || !char.IsLetterOrDigit(text[parts.Ends[e] - 1])) continue;

            int j = e + 1;
            while (j < n && j - e <= MaxTailWords && tags[j] == BioTags.Outside && IsOneSpaceAfter(text, parts, j) && IsTailWord(text, parts, j, gazetteer)) j++;
            if (j == e + 1 || (j < n && !EndsRun(text, parts, j, tags))) continue;
            for (int k = e + 1; k < j; k++) tags[k] = inside;
            s = j - 1;
        }
    }

    // The span's first words are a listed organisation head, and the span has a word after them.
    private static bool OpensWithHead(string text, SubTokenList parts, int s, int e, Gazetteer gazetteer)
    {
        int length = Math.Min(e - s + 1, 4);
        Span<ulong> hashes = stackalloc ulong[length];
        for (int i = 0; i < length; i++) hashes[i] = FeatureHash.OfLower(Part(text, parts, s + i));
        int head = gazetteer.LongestMatch(hashes, 0, 1 << (int)GazetteerCategory.OrganizationHead);
        return head > 0 && head < e - s + 1;
    }

    private static bool IsOneSpaceAfter(string text, SubTokenList parts, int j)
        => parts.Starts[j] == parts.Ends[j - 1] + 1 && text[parts.Ends[j - 1]] == ' ';

    // A capitalised word of letters that names nothing else: no title, rank, head, given name, month or weekday.
    private static bool IsTailWord(string text, SubTokenList parts, int j, Gazetteer gazetteer)
    {
        var word = Part(text, parts, j);
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        foreach (char c in word)
        {
            if (!char.IsLetter(c)) return false;
        }

        if (PersonTitles.IsRankOrOffice(word) || PersonTitles.IsAcademicTitle(word) || PersonTitles.IsRankModifier(word)) return false;
        const byte other = 1 << (int)GazetteerCategory.Title | 1 << (int)GazetteerCategory.Honorific | 1 << (int)GazetteerCategory.PersonName
                           | 1 << (int)GazetteerCategory.OrganizationHead | 1 << (int)GazetteerCategory.PlaceHead;
        if (gazetteer.ListsWord(word, other)) return false;
        int start = parts.Starts[j];
        return Values.IndonesianCalendar.MatchMonth(text, start, false, out _) < 0 && Values.IndonesianCalendar.MatchWeekday(text, start, out _) < 0;
    }

    // The part after the taken words ends the capitalised run: a lower-case word, or punctuation other than a hyphen
    // or slash, outside every name.
    private static bool EndsRun(string text, SubTokenList parts, int j, ReadOnlySpan<byte> tags)
    {
        if (tags[j] != BioTags.Outside) return false;
        char c = text[parts.Starts[j]];
        if (char.IsLetter(c)) return char.IsLower(c);
        return !char.IsDigit(c) && c is not ('-' or '/' or '\u2013' or '\u2014' or '&');
    }

    private static ReadOnlySpan<char> Part(string text, SubTokenList parts, int i) => text.AsSpan(parts.Starts[i], parts.Ends[i] - parts.Starts[i]);
}
