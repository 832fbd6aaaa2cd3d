namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Recognises a weekend placed relative to publication: <c>akhir pekan ini</c>, <c>akhir pekan lalu</c>, <c>akhir pekan
/// kemarin</c>, <c>akhir minggu depan</c>, <c>akhir pekan nanti</c>. "akhir pekan" is one word for the weekend, so the
/// whole phrase is the date, valued TIMEX3 style as the weekend of an ISO week (<c>2017-W22-WE</c>), as quarters are
/// (<c>2017-Q1</c>). Read without "akhir", the date was "pekan ini", the whole week. A weekend with no direction word
/// (<c>setiap akhir pekan</c>, <c>akhir pekan yang berat</c>) names no weekend in particular and is left alone.
/// </summary>
internal static class WeekendMatcher
{
    private static readonly string[] WeekWords = ["pekan", "minggu"];

    /// <summary>The word a relative weekend opens with: <c>akhir</c> (pekan ini).</summary>
    public const string FirstWord = "akhir";

    /// <summary>Tries a relative weekend at <paramref name="pos"/>.</summary>
    public static ValueMatch Match(string text, int pos, DateOnly? published)
    {
        int akhirEnd = ValueText.MatchWord(text, pos, FirstWord);
        if (akhirEnd < 0) return ValueMatch.None;
        int weekAt = ValueText.SkipGap(text, akhirEnd);
        if (weekAt == akhirEnd) return ValueMatch.None;
        int weekEnd = ValueText.MatchAny(text, weekAt, WeekWords, out _);
        if (weekEnd < 0) return ValueMatch.None;

        int step;
        int end = DateMatcher.ReadDirection(text, weekEnd, out var direction);
        if (end >= 0) step = direction == DateDirection.Past ? -1 : 1;
        else if ((end = ValueText.MatchNextWord(text, weekEnd, "ini")) >= 0) step = 0;
        else return ValueMatch.None;

        string? value = published is { } pub && RelativeDateResolver.IsSafe(pub, 14) ? RelativeDateResolver.Week(pub.AddDays(7 * step)) + "-WE" : null;
        return new ValueMatch(end, EntityLabels.Date, value, null, null);
    }
}
