namespace IndoNews.NLP.News;

/// <summary>
/// Reads the dateline that opens a news article: <c>MOSKOW -</c>, <c>Jakarta, CNN Indonesia - -</c>,
/// <c>Jakarta (ANTARA News) -</c>, <c>JAKARTA (Pos Kota) –</c>, <c>MEDAN, JUARA.net -</c>, <c>JUARA.NET, MONTE CARLO -</c>.
/// </summary>
/// <remarks>
/// The place must be written in capitals, come with an outlet, or be tagged as a location by an entity
/// recognizer; a lone capitalised word before a dash (<c>Rimanews -</c>, <c>Persib - Persija</c>) is not taken as
/// a place, and neither is a rubric (<c>OPINI -</c>, <c>ANALISIS -</c>, see <see cref="RubricWords"/>). A dateline that names only the outlet (<c>Suara.com -</c>) has no place and gives no <see cref="Dateline"/>.
/// </remarks>
internal static class DatelineParser
{
    /// <summary>How far into the first paragraph the dateline's dash may lie.</summary>
    private const int MaxHeadLength = 60;

    private const int MaxPlaceWords = 4;

    /// <summary>Parses the dateline at the start of the paragraph [<paramref name="start"/>, <paramref name="end"/>).</summary>
    /// <param name="text">The document text.</param>
    /// <param name="start">Start of the first paragraph.</param>
    /// <param name="end">End of the first paragraph.</param>
    /// <param name="isLocation">Whether an entity recognizer tagged [start, end) as a location.</param>
    public static Dateline? Parse(string text, int start, int end, Func<int, int, bool> isLocation)
    {
        int headEnd = HeadEnd(text, start, end);
        if (headEnd < 0) return null;

        // PLACE (OUTLET)
        if (text[headEnd - 1] == ')')
        {
            int open = text.LastIndexOf('(', headEnd - 1, headEnd - start);
            if (open <= start) return null;
            int placeEnd = open;
            while (placeEnd > start && char.IsWhiteSpace(text[placeEnd - 1])) placeEnd--;
            string outlet = text[(open + 1)..(headEnd - 1)].Trim();
            if (IsPlace(text, start, placeEnd, strict: false, isLocation)) return new Dateline(text[start..placeEnd], outlet, start, placeEnd);

            // CITY, PROVINCE (OUTLET): "Garut, Jawa Barat (ANTARA News) -"; the place is the city.
            int cityEnd = text.IndexOf(',', start, placeEnd - start);
            if (cityEnd > start && text.IndexOf(',', cityEnd + 1, placeEnd - cityEnd - 1) < 0)
            {
                int provinceStart = cityEnd + 1;
                while (provinceStart < placeEnd && char.IsWhiteSpace(text[provinceStart])) provinceStart++;
                if (provinceStart < placeEnd && IsPlace(text, start, cityEnd, strict: false, isLocation) && IsCapitalisedName(text.AsSpan(provinceStart, placeEnd - provinceStart)))
                {
                    return new Dateline(text[start..cityEnd], outlet, start, cityEnd);
                }
            }

            return null;
        }

        int comma = text.IndexOf(',', start, headEnd - start);
        if (comma > start)
        {
            int firstEnd = comma;
            int secondStart = comma + 1;
            while (secondStart < headEnd && char.IsWhiteSpace(text[secondStart])) secondStart++;
            if (secondStart >= headEnd || text.IndexOf(',', secondStart, headEnd - secondStart) >= 0) return null;
            var first = text.AsSpan(start, firstEnd - start);
            var second = text.AsSpan(secondStart, headEnd - secondStart);

            // OUTLET, PLACE (JUARA.NET, MONTE CARLO -) or PLACE, OUTLET (Jakarta, CNN Indonesia - -)
            if (NewsOutlets.IsOutlet(first) && IsPlace(text, secondStart, headEnd, strict: false, isLocation))
            {
                return new Dateline(text[secondStart..headEnd], first.ToString(), secondStart, headEnd);
            }

            if (IsPlace(text, start, firstEnd, strict: false, isLocation) && (NewsOutlets.IsOutlet(second) || IsCapitalisedName(second)))
            {
                return new Dateline(text[start..firstEnd], second.ToString(), start, firstEnd);
            }

            return null;
        }

        if (NewsOutlets.IsOutlet(text.AsSpan(start, headEnd - start))) return null;
        return IsPlace(text, start, headEnd, strict: true, isLocation) ? new Dateline(text[start..headEnd], null, start, headEnd) : null;
    }

    /// <summary>
    /// The end of the head before the spaced dash that opens the paragraph [<paramref name="start"/>, <paramref name="end"/>)
    /// (<c>Jakarta (ANTARA News)</c> in <c>Jakarta (ANTARA News) - Presiden ...</c>), or -1 when there is none.
    /// </summary>
    internal static int HeadEnd(string text, int start, int end)
    {
        int limit = Math.Min(end, start + MaxHeadLength + 4);
        int dash = -1;
        for (int i = start + 1; i < limit; i++)
        {
            if (IsDash(text[i]) && char.IsWhiteSpace(text[i - 1]))
            {
                dash = i;
                break;
            }

            // A sentence has started: no dateline.
            if (text[i] is '"' or '“' or '!' or '?' or ';') return -1;
        }

        if (dash < 0) return -1;
        int headEnd = dash;
        while (headEnd > start && char.IsWhiteSpace(text[headEnd - 1])) headEnd--;
        if (headEnd <= start) return -1;

        // The dash must be followed by text, not by a number (a score such as "Persib 2 - 1").
        int after = dash;
        while (after < end && (IsDash(text[after]) || char.IsWhiteSpace(text[after]))) after++;
        return after >= end ? -1 : headEnd;
    }

    /// <summary>Whether <paramref name="c"/> is a hyphen or a dash of any width.</summary>
    internal static bool IsDash(char c) => c is '-' or '–' or '—' or '‒' or '―';

    // One to four capitalised words of letters (and dots or hyphens: "ST. PETERSBURG", "BANDA ACEH").
    // Without an outlet (strict) the place must be in capitals or tagged as a location.
    private static bool IsPlace(string text, int start, int end, bool strict, Func<int, int, bool> isLocation)
    {
        if (end <= start || !IsCapitalisedName(text.AsSpan(start, end - start))) return false;
        if (NewsOutlets.IsOutlet(text.AsSpan(start, end - start))) return false;

        // A rubric heads the piece like a place does: "OPINI - Dalam konstelasi ...", "ANALISIS – Sampai ...".
        if (RubricWords.Contains(text.AsSpan(start, end - start))) return false;
        if (!strict) return true;
        bool allCaps = true;
        int letters = 0;
        for (int i = start; i < end; i++)
        {
            if (!char.IsLetter(text[i])) continue;
            letters++;
            if (char.IsLower(text[i])) allCaps = false;
        }

        return (allCaps && letters >= 2) || isLocation(start, end);
    }

    private static bool IsCapitalisedName(ReadOnlySpan<char> name)
    {
        int words = 0;
        bool atWordStart = true;
        foreach (char c in name)
        {
            if (c == ' ')
            {
                atWordStart = true;
                continue;
            }

            if (!(char.IsLetter(c) || c is '.' or '-' or '\'')) return false;
            if (atWordStart)
            {
                if (!char.IsUpper(c)) return false;
                words++;
                atWordStart = false;
            }
        }

        return words is >= 1 and <= MaxPlaceWords;
    }
}
