namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Values a weekday written alone, as news datelines do ("kata Hartati di Jakarta, Kamis."): the latest such day on or
/// before publication, the publication day itself included. A future word a few words before it in the same clause
/// ("akan digelar pada Selasa sore") makes it the next such day on or after publication. A habitual weekday
/// ("setiap Senin dan Kamis") and "Jumat ini" (this week's, either side) keep no value, as does each weekday of a list that
/// "ini" closes ("pada hari Sabtu dan Minggu ini"). The future word is looked for up to ten words back ("akan diselimuti
/// dengan salju setebal hingga 60 cm hingga Rabu dini hari"); a dateline's comma ends the look-back.
/// </summary>
internal static class BareWeekday
{
    // Words that make a following weekday a future one: "akan diluncurkan Jumat", "rencananya digelar pada Senin".
    private static readonly string[] FutureWords = ["akan", "rencananya", "dijadwalkan", "direncanakan", "nanti", "besok", "bakal"];

    // Words that make a weekday a habit, not a date: "setiap Jumat", "tiap Senin dan Kamis", and the exception to a habit,
    // "buka setiap hari kecuali Senin", "kecuali malam Minggu di rumah saya".
    private static readonly string[] HabitWords = ["setiap", "tiap", "saban", "kecuali"];

    // Words that may stand between "setiap" and the weekday: "setiap Senin dan Kamis", "setiap hari Sabtu".
    private static readonly string[] ListWords = ["dan", "atau", "hingga", "sampai", "hari"];

    // Words of a span of weekdays: "Senin sampai Jumat", "Selasa - Jumat (13-16 Februari)" name no one day.
    private static readonly string[] SpanWords = ["sampai", "hingga", "-", "\u2013"];

    // The Friday prayer (salat Jumat) is no date.
    private static readonly string[] PrayerWords = ["salat", "sholat", "shalat", "solat"];

    // Parts of the day that may stand between the weekday and a future word: "Kamis dinihari nanti".
    private static readonly string[] PartsOfDay = ["pagi", "siang", "sore", "malam", "petang", "dinihari"];

    // How many words back a future word is looked for, within the clause.
    private const int FutureLookBack = 10;

    /// <summary>The ISO 8601 day of the bare weekday between <paramref name="start"/> and <paramref name="end"/>, or null.</summary>
    public static string? Resolve(string text, int start, int end, DayOfWeek weekday, DateOnly? published)
    {
        if (published is not { } pub || !RelativeDateResolver.IsSafe(pub, 7)) return null;
        if (IsHabit(text, start) || ValueText.MatchNextWord(text, end, "ini") >= 0 || ListedBeforeIni(text, end) || IsInSpan(text, start, end)) return null;
        if (ValueText.PreviousWord(text, start, out int prayerEnd) is int prayer and >= 0 && ValueText.MatchAny(text, prayer, PrayerWords, out _) == prayerEnd) return null;
        if (HasFutureWord(text, start) || FutureAfter(text, end))
        {
            int ahead = ((int)weekday - (int)pub.DayOfWeek + 7) % 7;
            return RelativeDateResolver.Day(pub.AddDays(ahead));
        }

        int back = ((int)pub.DayOfWeek - (int)weekday + 7) % 7;
        return RelativeDateResolver.Day(pub.AddDays(-back));
    }

    // "setiap Jumat", "setiap Senin dan Kamis": walks back over weekdays and list words to a habit word.
    private static bool IsHabit(string text, int start)
    {
        int at = start;
        for (int i = 0; i < 4; i++)
        {
            int wordStart = ValueText.PreviousWord(text, at, out int wordEnd);
            if (wordStart < 0) return false;
            if (ValueText.MatchAny(text, wordStart, HabitWords, out _) == wordEnd) return true;
            bool listWord = ValueText.MatchAny(text, wordStart, ListWords, out _) == wordEnd;
            if (!listWord && IndonesianCalendar.MatchWeekday(text, wordStart, out _) != wordEnd) return false;
            at = wordStart;
        }

        return false;
    }

    // "pada hari Sabtu dan Minggu ini": "ini" after the last weekday of a list is this week's for each of them.
    private static bool ListedBeforeIni(string text, int end)
    {
        int join = ValueText.MatchNextWord(text, end, "dan");
        if (join < 0) join = ValueText.MatchNextWord(text, end, "atau");
        if (join < 0) return false;
        int next = IndonesianCalendar.MatchWeekday(text, ValueText.SkipGap(text, join), out _);
        return next >= 0 && ValueText.MatchNextWord(text, next, "ini") >= 0;
    }

    // "Senin sampai Jumat", "Kamis -Jumat (15-16 Februari)": a weekday joined to another by a span word, either side.
    private static bool IsInSpan(string text, int start, int end)
    {
        int after = ValueText.SkipGap(text, end);
        int spanEnd = ValueText.MatchAny(text, after, SpanWords, out _);
        if (spanEnd >= 0 && IndonesianCalendar.MatchWeekday(text, ValueText.SkipGap(text, spanEnd), out _) >= 0) return true;
        int before = start;
        while (before > 0 && start - before < ValueText.MaxGap && char.IsWhiteSpace(text[before - 1])) before--;
        if (before > 0 && text[before - 1] is '-' or '\u2013') before--;
        else if (ValueText.PreviousWord(text, start, out int wordEnd) is int word and >= 0 && ValueText.MatchAny(text, word, SpanWords, out _) == wordEnd) before = word;
        else return false;
        int previous = ValueText.PreviousWord(text, before, out int previousEnd);
        return previous >= 0 && IndonesianCalendar.MatchWeekday(text, previous, out _) == previousEnd;
    }

    // "Kamis dinihari nanti", "Sabtu malam mendatang": a future word after a part of the day.
    private static bool FutureAfter(string text, int end)
    {
        int part = ValueText.MatchAny(text, ValueText.SkipGap(text, end), PartsOfDay, out _);
        if (part < 0) return false;
        int at = ValueText.SkipGap(text, part);
        return ValueText.MatchWord(text, at, "nanti") >= 0 || ValueText.MatchWord(text, at, "mendatang") >= 0 || ValueText.MatchWord(text, at, "besok") >= 0;
    }

    // A future word a few words back, with no punctuation between (PreviousWord stops at it).
    private static bool HasFutureWord(string text, int start)
    {
        int at = start;
        for (int i = 0; i < FutureLookBack; i++)
        {
            int wordStart = ValueText.PreviousWord(text, at, out int wordEnd);
            if (wordStart < 0) return false;
            if (ValueText.MatchAny(text, wordStart, FutureWords, out _) == wordEnd) return true;
            at = wordStart;
        }

        return false;
    }
}
