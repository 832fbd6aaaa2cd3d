namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// A relative day followed by a comma and a dated weekday names that day: <c>pada hari ini, Senin (6/3)</c>,
/// <c>tiba kemarin, Minggu (11/9) sore</c>, <c>Jabodetabek hari ini, Kamis, 9 Mei</c>. The relative day takes the
/// weekday's value; resolved against publication alone it could name another day.
/// </summary>
internal static class AppositeDay
{
    private static readonly string[][] RelativeDays = [["hari", "ini"], ["kemarin"], ["besok"]];

    /// <summary>
    /// When <paramref name="match"/>, found at <paramref name="start"/>, is a dated weekday that stands after a comma
    /// right behind a relative day (the last of <paramref name="found"/>), gives that relative day the weekday's value.
    /// </summary>
    public static void Apply(string text, int start, ValueMatch match, List<(int Start, ValueMatch Match)> found)
    {
        if (found.Count == 0 || match.Normalized is not { Length: 10 } day || IndonesianCalendar.MatchWeekday(text, start, out _) < 0) return;
        var (previousStart, previous) = found[^1];
        if (previous.Label != EntityLabels.Date || previous.Normalized is not { Length: 10 }) return;

        // Only ", " between: "hari ini, Senin (6/3)".
        int at = previous.End;
        if (at >= text.Length || text[at] != ',' || ValueText.SkipGap(text, at + 1) != start || start == at + 1) return;
        if (!IsRelativeDay(text, previousStart, previous.End)) return;
        found[^1] = (previousStart, previous with { Normalized = day });
    }

    // The mention is one of the relative days, maybe with a part of the day ("kemarin sore").
    private static bool IsRelativeDay(string text, int start, int end)
    {
        foreach (var words in RelativeDays)
        {
            int at = start, wordEnd = -1;
            foreach (var word in words)
            {
                wordEnd = ValueText.MatchWord(text, ValueText.SkipGap(text, at), word);
                if (wordEnd < 0) break;
                at = wordEnd;
            }

            if (wordEnd < 0) continue;
            if (wordEnd == end || PartOfDay.Read(text, wordEnd) == end) return true;
        }

        return false;
    }
}
