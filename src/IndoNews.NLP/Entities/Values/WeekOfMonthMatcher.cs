namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Recognises a week of a month: <c>minggu ketiga Juli</c>, <c>pekan kedua Agustus 2017</c>, <c>minggu terakhir bulan
/// Mei</c>, <c>pekan ke-2 Maret</c>. ISO 8601 and TIMEX3 have no value for the n-th week of a month (an ISO week does not
/// start with its month), so the whole phrase is one date valued as its month (<c>2017-07</c>), placed as the month alone
/// would be: by a written year, <c>tahun lalu</c>, <c>ini</c> or a direction word after it; else before publication
/// after a month lead word (<c>pada</c>, <c>sejak</c>, <c>selama</c>), from it after <c>hingga</c>/<c>sampai</c>, and
/// otherwise the nearest such month. Read apart, only a month with its year was a date, and the week was left out.
/// </summary>
internal static class WeekOfMonthMatcher
{
    private static readonly string[] WeekWords = ["minggu", "pekan"];

    /// <summary>The words a week of a month opens with (lower case).</summary>
    public static IEnumerable<string> FirstWords => WeekWords;

    private static readonly string[] Ordinals = ["pertama", "kedua", "ketiga", "keempat", "kelima", "terakhir"];

    // The day in the middle of a month's weeks that places the nearest such month (the 15th).
    private const int MidMonth = 15;

    /// <summary>Tries a week of a month at <paramref name="pos"/>.</summary>
    public static ValueMatch Match(string text, int pos, DateOnly? published)
    {
        int weekEnd = ValueText.MatchAny(text, pos, WeekWords, out _);
        if (weekEnd < 0) return ValueMatch.None;
        int ordinalAt = ValueText.SkipGap(text, weekEnd);
        if (ordinalAt == weekEnd) return ValueMatch.None;
        int ordinalEnd = ValueText.MatchAny(text, ordinalAt, Ordinals, out _);
        if (ordinalEnd < 0) ordinalEnd = ReadNumberedOrdinal(text, ordinalAt);
        if (ordinalEnd < 0) return ValueMatch.None;
        int monthAt = ValueText.SkipGap(text, ordinalEnd);
        if (monthAt == ordinalEnd) return ValueMatch.None;
        if (ValueText.MatchWord(text, monthAt, "bulan") is int bulan and >= 0) monthAt = ValueText.SkipGap(text, bulan);
        int monthEnd = IndonesianCalendar.MatchMonth(text, monthAt, allowAbbreviation: false, out int month);
        if (monthEnd < 0) return ValueMatch.None;

        int yearAt = ValueText.SkipGap(text, monthEnd);
        if (yearAt > monthEnd && ValueText.ReadDigits(text, yearAt, 4, out int year) == 4 && year is >= 1900 and <= 2100 && ValueText.IsWordEnd(text, yearAt + 4))
        {
            return Date(DateMatcher.ReadYearDeixis(text, yearAt + 4), RelativeDateResolver.Month(year, month));
        }

        if (DateMatcher.ReadYearOf(text, monthEnd, published, out int? named) is int yearEnd and >= 0) return Date(yearEnd, named is { } n ? RelativeDateResolver.Month(n, month) : null);
        if (DateMatcher.ReadThis(text, pos, monthEnd) is int thisEnd and >= 0)
        {
            return Date(thisEnd, published is { Year: > 1 and < 9999 } pub ? RelativeDateResolver.Month(pub.Year, month) : null);
        }

        int end = DateMatcher.ReadDirection(text, monthEnd, out var direction);
        if (end < 0)
        {
            end = monthEnd;
            int leadStart = ValueText.PreviousWord(text, pos, out int leadEnd);
            if (leadStart >= 0 && ValueText.MatchAny(text, leadStart, DateMatcher.MonthUntilWords, out _) == leadEnd) direction = DateDirection.Future;
            else if (DateMatcher.FollowsMonthLead(text, pos)) direction = DateDirection.Past;
            else return Date(end, published is { } near && RelativeDateResolver.InferYear(month, MidMonth, null, DateDirection.Nearest, near) is { } mid ? RelativeDateResolver.Month(mid.Year, month) : null);
        }

        return Date(end, DateMatcher.NearestMonthYear(month, direction, published) is { } y ? RelativeDateResolver.Month(y, month) : null);
    }

    // "ke-2", "ke 3": the first to fifth week written with a number; its end, or -1.
    private static int ReadNumberedOrdinal(string text, int pos)
    {
        int keEnd = ValueText.MatchWord(text, pos, "ke");
        if (keEnd < 0 || keEnd >= text.Length || text[keEnd] is not ('-' or ' ')) return -1;
        int digitsAt = keEnd + 1;
        return ValueText.ReadDigits(text, digitsAt, 1, out int n) == 1 && n is >= 1 and <= 5 && ValueText.IsWordEnd(text, digitsAt + 1) ? digitsAt + 1 : -1;
    }

    private static ValueMatch Date(int end, string? value) => new(end, EntityLabels.Date, value, null, null);
}
