namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Values a bare weekday written after <c>atau</c> next to a dated day: <c>Selasa (4/4/2017) atau Rabu dini hari WIB</c>,
/// <c>Kamis (1/6) malam waktu setempat atau Jumat pagi WIB</c>, <c>Sabtu malam pukul 19.45 waktu Cardiff atau Minggu dini
/// hari pukul 01.45 WIB</c>. The second weekday restates the first day in another time zone (or offers another day), so it
/// is the day with that name nearest after the first (or the day before it: <c>Senin dini hari WIB atau Minggu malam waktu
/// setempat</c>). Resolved alone against publication it fell in another week: published 2017-06-01, the Friday of
/// <c>Kamis (1/6) ... atau Jumat pagi</c> was 2017-05-26.
/// </summary>
internal static class RestatedWeekday
{
    // How far back from the weekday the dated day may end ("Minggu (11/6/2017) pukul 14.00 waktu setempat atau").
    private const int MaxGap = 80;

    /// <summary>
    /// The ISO 8601 day of the bare weekday (with its part of the day) found at <paramref name="start"/> when it follows
    /// <c>atau</c> after the latest dated day of <paramref name="found"/> in the same sentence; else null.
    /// </summary>
    public static string? Resolve(string text, int start, ValueMatch match, List<(int Start, ValueMatch Match)> found)
    {
        int weekdayEnd = IndonesianCalendar.MatchWeekday(text, start, out var weekday);
        if (weekdayEnd < 0 || (match.End != weekdayEnd && PartOfDay.Read(text, weekdayEnd) != match.End)) return null;

        // "atau Senin", "atau pada Senin", "atau hari Senin".
        int word = ValueText.PreviousWord(text, start, out int wordEnd);
        if (word >= 0 && (ValueText.MatchWord(text, word, "pada") == wordEnd || ValueText.MatchWord(text, word, "hari") == wordEnd))
        {
            word = ValueText.PreviousWord(text, word, out wordEnd);
        }

        if (word < 0 || ValueText.MatchWord(text, word, "atau") != wordEnd) return null;

        // The latest DATE before, across clock times ("pukul 14.00 waktu setempat").
        for (int i = found.Count - 1; i >= 0; i--)
        {
            var previous = found[i].Match;
            if (previous.End > word || word - previous.End > MaxGap) return null;
            if (previous.Label == EntityLabels.Time) continue;
            if (previous.Label != EntityLabels.Date || previous.Normalized is not { Length: 10 } day
                || !RelativeDateResolver.TryParseDay(day, out var anchor)
                || !InOneSentence(text, previous.End, word))
            {
                return null;
            }

            // The next such day after the anchor, or the day before it.
            int ahead = ((int)weekday - (int)anchor.DayOfWeek + 7) % 7;
            if (ahead == 6) ahead = -1;
            if (!RelativeDateResolver.IsSafe(anchor, 7)) return null;
            return RelativeDateResolver.Day(anchor.AddDays(ahead));
        }

        return null;
    }

    // No sentence end between: a period only inside a number ("pukul 14.00").
    private static bool InOneSentence(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c is '\n' or ';' or '!' or '?') return false;
            if (c == '.' && !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))) return false;
        }

        return true;
    }
}
