namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// A weekday written with its day and month but no year (<c>Minggu (21/8)</c>, <c>Senin, 10 April</c>), and the
/// year guess that lets <see cref="ReferenceDateInference"/> anchor a text that has only such dates.
/// </summary>
/// <param name="Start">Where the mention starts (at the weekday).</param>
/// <param name="End">Where the mention ends.</param>
/// <param name="Weekday">The weekday written.</param>
/// <param name="Day">The day of the month written.</param>
/// <param name="Month">The month written (1..12).</param>
internal readonly record struct YearlessWeekdayDate(int Start, int End, DayOfWeek Weekday, int Day, int Month)
{
    private const int MinYear = 1900, MaxYear = 2100;

    /// <summary>
    /// Reads the day and month of the date mention <paramref name="start"/>..<paramref name="end"/> that begins with a
    /// weekday: the first number after it, with a month after a slash or as a name; false for a range or a year.
    /// </summary>
    public static bool TryRead(string text, int start, int end, out YearlessWeekdayDate date)
    {
        date = default;
        int p = IndonesianCalendar.MatchWeekday(text, start, out var weekday);
        if (p < 0) return false;
        while (p < end && !char.IsAsciiDigit(text[p])) p++;
        int n = ValueText.ReadDigits(text, p, 2, out int day);
        if (n == 0 || p + n >= end) return false;
        p += n;
        int month;
        if (text[p] == '/')
        {
            int m = ValueText.ReadDigits(text, p + 1, 2, out month);
            // "(21/8/2016)" carries its year; a third part here is not a yearless date.
            if (m == 0 || (p + 1 + m < text.Length && text[p + 1 + m] == '/')) return false;
        }
        else if (IndonesianCalendar.MatchMonth(text, ValueText.SkipGap(text, p), allowAbbreviation: false, out month) is int monthEnd and >= 0)
        {
            // "Senin, 10 April 2017" carries its year.
            int after = ValueText.SkipGap(text, monthEnd);
            if (after < text.Length && char.IsAsciiDigit(text[after])) return false;
        }
        else
        {
            return false;
        }

        if (month is < 1 or > 12 || day is < 1 or > 31) return false;
        date = new YearlessWeekdayDate(start, end, weekday, day, month);
        return true;
    }

    /// <summary>This day and month in <paramref name="year"/>, or null when it does not exist.</summary>
    public DateOnly? In(int year) => RelativeDateResolver.TryDate(year, Month, Day);

    /// <summary>
    /// The one year that puts every date of <paramref name="dates"/> on its weekday, or null. Candidates are the latest
    /// year written in <paramref name="text"/> and the year after (news tells of earlier years, seldom of none since);
    /// the year must also lie within one year of a date the text writes with month and year (<c>Juni 2017</c>,
    /// <c>6 Juni 2017</c>), which a law's or an old event's bare year alone does not give.
    /// </summary>
    /// <remarks>A day and month fall on the same weekday at least five years apart, so two candidate years never both fit;
    /// with several dates, all must agree. On IndoSum's first half (URL dates as truth) the guess was right in 56 of 56
    /// articles; the latest written year alone was wrong in 9 of 125 (a law's "Tahun 2011", a contract "hingga 2022").</remarks>
    public static int? GuessYear(string text, IReadOnlyList<YearlessWeekdayDate> dates)
    {
        if (dates.Count == 0 || LatestWrittenYear(text) is not int latest) return null;
        HashSet<int>? dated = null;
        int? found = null;
        for (int year = latest; year <= latest + 1; year++)
        {
            if (!AllFit(dates, year)) continue;
            dated ??= DatedYears(text);
            if (!dated.Contains(year - 1) && !dated.Contains(year) && !dated.Contains(year + 1)) continue;
            if (found is not null) return null;
            found = year;
        }

        return found;
    }

    private static bool AllFit(IReadOnlyList<YearlessWeekdayDate> dates, int year)
    {
        foreach (var date in dates)
        {
            if (date.In(year) is not { } day || day.DayOfWeek != date.Weekday) return false;
        }

        return true;
    }

    // The largest four-digit number from MinYear to MaxYear standing alone ("2016", not "2.016" or "120160").
    private static int? LatestWrittenYear(string text)
    {
        int? latest = null;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            int runStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            bool glued = runStart > 0 && text[runStart - 1] is '.' or ',';
            if (i - runStart == 4 && !glued && ValueText.ReadDigits(text, runStart, 4, out int year) == 4 && year is >= MinYear and <= MaxYear && (latest is null || year > latest)) latest = year;
        }

        return latest;
    }

    // Years of the dates the text writes with a month and a year: without a reference date only those get a value.
    private static HashSet<int> DatedYears(string text)
    {
        var years = new HashSet<int>();
        foreach (var (_, match) in ValueEntityRecognizer.Scan(text, null))
        {
            if (match.Label == EntityLabels.Date && match.Normalized is { Length: >= 7 } value && value[4] == '-'
                && ValueText.ReadDigits(value, 0, 4, out int year) == 4)
            {
                years.Add(year);
            }
        }

        return years;
    }
}
