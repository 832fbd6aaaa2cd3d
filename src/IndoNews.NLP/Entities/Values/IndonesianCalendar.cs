namespace IndoNews.NLP.Entities.Values;

/// <summary>Indonesian month and weekday names, as news writes them.</summary>
internal static class IndonesianCalendar
{
    // Full names, with the older spellings Pebruari and Nopember. Index + 1 is the month number.
    private static readonly string[][] MonthNames =
    [
        ["januari"], ["februari", "pebruari"], ["maret"], ["april"], ["mei"], ["juni"], ["juli"], ["agustus"],
        ["september"], ["oktober"], ["november", "nopember"], ["desember"],
    ];

    // Abbreviations, accepted only right after a day number (2 Agt 2016); a dot may follow.
    private static readonly string[][] MonthAbbreviations =
    [
        ["jan"], ["feb", "peb"], ["mar"], ["apr"], [], ["jun"], ["jul"], ["agt", "agu", "agst", "ags", "aug"],
        ["sep", "sept"], ["okt", "oct"], ["nov", "nop"], ["des", "dec"],
    ];

    // DayOfWeek order: Minggu (Sunday) first. Ahad is the Arabic-derived name for Sunday.
    private static readonly string[][] DayNames =
    [
        ["minggu", "ahad"], ["senin"], ["selasa"], ["rabu"], ["kamis"], ["jumat", "jum'at", "jum’at"], ["sabtu"],
    ];

    /// <summary>Every full month and weekday name (lower case), the words <see cref="MatchMonth"/> without abbreviations and <c>MatchWeekday</c> match.</summary>
    public static IEnumerable<string> FullNames => MonthNames.SelectMany(names => names).Concat(DayNames.SelectMany(names => names));

    /// <summary>Matches a full month name at <paramref name="pos"/> in any case ("tanggal 17 oktober"), for contexts that already say a date is meant.</summary>
    /// <returns>The end, or -1; <paramref name="month"/> is 1..12.</returns>
    public static int MatchMonthAnyCase(string text, int pos, out int month)
    {
        month = 0;
        if (pos >= text.Length || !char.IsLetter(text[pos])) return -1;
        string upper = char.ToUpperInvariant(text[pos]) + text[(pos + 1)..Math.Min(text.Length, pos + 10)];
        int end = MatchMonth(upper, 0, allowAbbreviation: false, out month);
        return end < 0 ? -1 : pos + end;
    }

    /// <summary>Matches a full month name at <paramref name="pos"/> that starts with a capital letter.</summary>
    /// <returns>The end, or -1; <paramref name="month"/> is 1..12.</returns>
    public static int MatchMonth(string text, int pos, bool allowAbbreviation, out int month)
    {
        month = 0;
        if (pos >= text.Length || !char.IsUpper(text[pos])) return -1;
        for (int m = 0; m < 12; m++)
        {
            foreach (var name in MonthNames[m])
            {
                int end = ValueText.MatchWord(text, pos, name);
                if (end >= 0)
                {
                    month = m + 1;
                    return end;
                }
            }
        }

        if (!allowAbbreviation) return -1;
        for (int m = 0; m < 12; m++)
        {
            foreach (var name in MonthAbbreviations[m])
            {
                int end = ValueText.MatchWord(text, pos, name);
                if (end >= 0)
                {
                    month = m + 1;
                    return end < text.Length && text[end] == '.' ? end + 1 : end;
                }
            }
        }

        return -1;
    }

    /// <summary>Matches a capitalised weekday name (Senin .. Minggu) at <paramref name="pos"/>.</summary>
    /// <returns>The end, or -1.</returns>
    public static int MatchWeekday(string text, int pos, out DayOfWeek day) => MatchWeekday(text, pos, out day, anyCase: false);

    /// <summary>Matches a weekday name at <paramref name="pos"/>, capitalised or, with <paramref name="anyCase"/>, not.</summary>
    /// <returns>The end, or -1.</returns>
    public static int MatchWeekday(string text, int pos, out DayOfWeek day, bool anyCase)
    {
        day = default;
        if (pos >= text.Length || !(anyCase ? char.IsLetter(text[pos]) : char.IsUpper(text[pos]))) return -1;
        for (int d = 0; d < 7; d++)
        {
            foreach (var name in DayNames[d])
            {
                int end = ValueText.MatchWord(text, pos, name);
                if (end >= 0)
                {
                    day = (DayOfWeek)d;
                    return end;
                }
            }
        }

        return -1;
    }
}
