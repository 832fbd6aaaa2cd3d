using System.Globalization;

namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Recognises times of day: <c>pukul 10.30 WIB</c>, <c>pukul 19:00</c>, <c>jam 7 malam</c>, <c>10.30 WITA</c>.
/// Values are ISO 8601 times (<c>T10:30+07:00</c>); the Indonesian zones WIB, WITA and WIT give the offset.
/// </summary>
internal static class TimeMatcher
{
    private static readonly (string Word, string Offset)[] Zones = [("wib", "+07:00"), ("wita", "+08:00"), ("wit", "+09:00")];

    /// <summary>Tries a time at <paramref name="pos"/>.</summary>
    public static ValueMatch Match(string text, int pos)
    {
        if (char.IsAsciiDigit(text[pos]))
        {
            // Without "pukul", only a time with a zone is safe from plain decimals (10.30 WIB), or a range of such
            // times with the zone after the upper end (16.00 - 17.00 WIB).
            int end = ReadClock(text, pos, requireMinutes: true, out int h, out int m);
            if (end < 0) return ValueMatch.None;
            int zoneEnd = ReadZone(text, end, out string? offset);
            if (zoneEnd >= 0) return ZonedRange(text, zoneEnd, (h, m), offset) is { Success: true } range ? range : Time(zoneEnd, h, m, offset);
            int upperAt = IndonesianNumber.RangeUpperStart(text, end);
            if (upperAt < 0 || ReadClock(text, upperAt, requireMinutes: true, out int h2, out int m2) is not (int upperEnd and >= 0)) return ValueMatch.None;
            zoneEnd = ReadZone(text, upperEnd, out offset);
            return zoneEnd >= 0 ? Interval(zoneEnd, (h, m), (h2, m2), offset) : ValueMatch.None;
        }

        int after = ValueText.MatchWord(text, pos, "pukul");
        if (after < 0) after = ValueText.MatchWord(text, pos, "pkl");
        if (after >= 0 && after < text.Length && text[after] == '.') after++;
        bool hourWord = false;
        if (after < 0 && (after = ValueText.MatchWord(text, pos, "jam")) >= 0) hourWord = true;
        if (after < 0) return ValueMatch.None;

        int at = ValueText.SkipGap(text, after);
        if (at == after) return ValueMatch.None;
        int clockEnd = ReadClock(text, at, requireMinutes: false, out int hour, out int minute);
        if (clockEnd < 0) return ValueMatch.None;
        if (hourWord && IsDuration(text, at, clockEnd)) return ValueMatch.None;
        int finish = clockEnd;
        string? zone = null;
        int z = ReadZone(text, finish, out string? zoneOffset);
        if (z >= 0)
        {
            finish = z;
            zone = zoneOffset;
        }

        // "pukul 07.00 hingga 10.00 WIB", "jam 9-11", "jam 2-4 sore": one time span, an ISO 8601 interval; the part of
        // the day and the zone after the upper end are the lower end's too. The upper end is written as the lower is
        // (with minutes after "pukul 07.00"), and a bare hour only rises, so "jam 9 - 2 orang" is not a span.
        (int Hour, int Minute)? upper = null;
        int upperStart = IndonesianNumber.RangeUpperStart(text, finish);
        bool lowerHasMinutes = clockEnd - at > 2;
        if (upperStart >= 0 && ReadClock(text, upperStart, requireMinutes: lowerHasMinutes, out int upperHour, out int upperMinute) is int upperClockEnd and >= 0
            && (lowerHasMinutes || upperHour > hour))
        {
            upper = (upperHour, upperMinute);
            finish = upperClockEnd;
            if ((z = ReadZone(text, finish, out zoneOffset)) >= 0)
            {
                // "pukul 07.00 WIB - 10.00 WIB": the zone written at both ends.
                finish = z;
                zone ??= zoneOffset;
            }
        }

        int partEnd = ReadPartOfDay(text, finish, out int part);
        if (partEnd >= 0)
        {
            finish = partEnd;
            hour = InPart(hour, part);
            if (upper is { } u) upper = (InPart(u.Hour, part), u.Minute);
        }

        if (zone is null && (z = ReadZone(text, finish, out zoneOffset)) >= 0)
        {
            finish = z;
            zone = zoneOffset;
        }

        return upper is { } up ? Interval(finish, (hour, minute), up, zone) : Time(finish, hour, minute, zone);
    }

    /// <summary>
    /// "16.00 WIB - 20.00 WIB": a range with the same zone written at both ends is one interval without "pukul" too;
    /// read apart, it was two times. Both zones are needed, as a bare upper end after a zone may be a score or a count.
    /// </summary>
    private static ValueMatch ZonedRange(string text, int zoneEnd, (int Hour, int Minute) lower, string? offset)
    {
        int upperAt = IndonesianNumber.RangeUpperStart(text, zoneEnd);
        if (upperAt < 0 || ReadClock(text, upperAt, requireMinutes: true, out int h, out int m) is not (int upperEnd and >= 0)) return ValueMatch.None;
        int end = ReadZone(text, upperEnd, out string? upperOffset);
        return end >= 0 && upperOffset == offset ? Interval(end, lower, (h, m), offset) : ValueMatch.None;
    }

    /// <summary>
    /// "1 jam 20 menit", "satu jam 11 menit", "bertahan 15 jam 18 menit": a bare number after "jam" that "menit"
    /// follows counts minutes of a duration, and "jam" its hours; it is no time of day ("jam 20"). A clock time writes
    /// its minutes after a point (jam 10.20). Not asked of a count before "jam", which may be a year ("1 Juni 2017 jam 10").
    /// </summary>
    private static bool IsDuration(string text, int clockStart, int clockEnd)
        => clockEnd - clockStart <= 2 && ValueText.MatchNextWord(text, clockEnd, "menit") >= 0;

    private static readonly string[] PartsOfDay = ["pagi", "siang", "sore", "malam", "dini"];

    // The end of a part of the day after pos (pagi, siang, sore, malam, dini hari) and its index in PartsOfDay, or -1.
    private static int ReadPartOfDay(string text, int pos, out int part)
    {
        int end = ValueText.MatchAny(text, ValueText.SkipGap(text, pos), PartsOfDay, out part);
        if (end >= 0 && part == 4 && ValueText.MatchNextWord(text, end, "hari") is int hari and >= 0) end = hari;
        return end;
    }

    // The 24-hour clock hour of a 12-hour one said with a part of the day: jam 2 siang is 14:00, jam 12 malam 00:00.
    private static int InPart(int hour, int part) => part switch
    {
        0 => hour == 12 ? 0 : hour,
        1 => hour < 11 ? hour + 12 : hour,
        2 => hour < 12 ? hour + 12 : hour,
        3 => hour == 12 ? 0 : hour is >= 6 and < 12 ? hour + 12 : hour,
        _ => hour,
    };

    // 10.30, 10:30, 10 (when minutes are optional); hours 0..24, minutes 0..59.
    private static int ReadClock(string text, int pos, bool requireMinutes, out int hour, out int minute)
    {
        minute = 0;
        int n = ValueText.ReadDigits(text, pos, 2, out hour);
        if (n == 0 || hour > 24) return -1;
        int p = pos + n;
        if (p + 2 < text.Length + 0 && (text[p] == '.' || text[p] == ':') && ValueText.ReadDigits(text, p + 1, 2, out int m) == 2 && m < 60)
        {
            minute = m;
            p += 3;
        }
        else if (requireMinutes)
        {
            return -1;
        }

        return ValueText.IsWordEnd(text, p) ? p : -1;
    }

    private static int ReadZone(string text, int pos, out string? offset)
    {
        int at = ValueText.SkipGap(text, pos);
        foreach (var (word, zoneOffset) in Zones)
        {
            int end = ValueText.MatchWord(text, at, word);
            // Upper case, except "wib", which no other word is: "wit" and "wita" in lower case may be words or names.
            if (end >= 0 && (char.IsUpper(text[at]) || word == "wib"))
            {
                offset = zoneOffset;
                return end;
            }
        }

        offset = null;
        return -1;
    }

    private static ValueMatch Time(int end, int hour, int minute, string? offset) => new(end, EntityLabels.Time, Clock(hour, minute, offset), null, null);

    private static ValueMatch Interval(int end, (int Hour, int Minute) lower, (int Hour, int Minute) upper, string? offset)
        => new(end, EntityLabels.Time, $"{Clock(lower.Hour, lower.Minute, offset)}/{Clock(upper.Hour, upper.Minute, offset)}", null, null);

    private static string Clock(int hour, int minute, string? offset) => string.Create(CultureInfo.InvariantCulture, $"T{hour:00}:{minute:00}{offset}");
}
