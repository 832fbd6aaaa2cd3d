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
            // Without "pukul", only a time with a zone is safe from plain decimals (10.30 WIB).
            int end = ReadClock(text, pos, requireMinutes: true, out int h, out int m);
            if (end < 0) return ValueMatch.None;
            int zoneEnd = ReadZone(text, end, out string? offset);
            return zoneEnd >= 0 ? Time(zoneEnd, h, m, offset) : ValueMatch.None;
        }

        int after = ValueText.MatchWord(text, pos, "pukul");
        if (after < 0) after = ValueText.MatchWord(text, pos, "pkl");
        if (after >= 0 && after < text.Length && text[after] == '.') after++;
        if (after < 0) after = ValueText.MatchWord(text, pos, "jam");
        if (after < 0) return ValueMatch.None;

        int at = ValueText.SkipGap(text, after);
        if (at == after) return ValueMatch.None;
        int clockEnd = ReadClock(text, at, requireMinutes: false, out int hour, out int minute);
        if (clockEnd < 0) return ValueMatch.None;
        int finish = clockEnd;
        string? zone = null;
        int z = ReadZone(text, finish, out string? zoneOffset);
        if (z >= 0)
        {
            finish = z;
            zone = zoneOffset;
        }

        int partAt = ValueText.SkipGap(text, finish);
        int partEnd;
        if ((partEnd = ValueText.MatchWord(text, partAt, "pagi")) >= 0)
        {
            if (hour == 12) hour = 0;
        }
        else if ((partEnd = ValueText.MatchWord(text, partAt, "siang")) >= 0)
        {
            if (hour < 11) hour += 12;
        }
        else if ((partEnd = ValueText.MatchWord(text, partAt, "sore")) >= 0)
        {
            if (hour < 12) hour += 12;
        }
        else if ((partEnd = ValueText.MatchWord(text, partAt, "malam")) >= 0)
        {
            if (hour == 12) hour = 0;
            else if (hour >= 6 && hour < 12) hour += 12;
        }
        else if ((partEnd = ValueText.MatchWord(text, partAt, "dini")) >= 0)
        {
            int hari = ValueText.MatchNextWord(text, partEnd, "hari");
            if (hari >= 0) partEnd = hari;
        }

        if (partEnd >= 0) finish = partEnd;
        if (zone is null && (z = ReadZone(text, finish, out zoneOffset)) >= 0)
        {
            finish = z;
            zone = zoneOffset;
        }

        return Time(finish, hour, minute, zone);
    }

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

    private static ValueMatch Time(int end, int hour, int minute, string? offset)
        => new(end, EntityLabels.Time, string.Create(CultureInfo.InvariantCulture, $"T{hour:00}:{minute:00}{offset}"), null, null);
}
