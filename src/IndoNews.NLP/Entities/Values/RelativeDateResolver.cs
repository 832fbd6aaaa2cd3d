using System.Globalization;

namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Turns dates written relative to the publication date into ISO 8601: a day and month without a year
/// (<c>Sabtu (2/7)</c>), weekdays (<c>Senin lalu</c>), and spans (<c>pekan lalu</c> is an ISO week).
/// </summary>
internal static class RelativeDateResolver
{
    /// <summary>ISO 8601 calendar date.</summary>
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads back a day value written by <see cref="Day"/>; false for a month, week or year value or none.</summary>
    public static bool TryParseDay(string? iso, out DateOnly date)
        => DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>ISO 8601 month.</summary>
    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}");

    /// <summary>ISO 8601 year.</summary>
    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 week (2016-W26) of the week holding <paramref name="date"/>.</summary>
    public static string Week(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):0000}-W{ISOWeek.GetWeekOfYear(dt):00}");
    }

    /// <summary>A validated date, or null when the day does not exist.</summary>
    public static DateOnly? TryDate(int year, int month, int day)
        => year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>
    /// Picks the year of a day and month written without one: among the publication year and its
    /// neighbours, a candidate on the given weekday wins, then one on the hinted side, then the nearest.
    /// </summary>
    /// <remarks>
    /// Two repairs for a weekday that contradicts the date (a writer's slip): when no year puts the date on that
    /// weekday, the date with day and month swapped is taken if it falls on the weekday within 14 days of publication
    /// (<c>Sabtu (11/4)</c> published 2017-11-06 is 2017-11-04, not a Wednesday in 2018); and a weekday match 300 or
    /// more days away loses to a date within 7 days (<c>Sabtu (2/7)</c> published 2017-07-02 is 2017-07-02's
    /// week, not 2016).
    /// </remarks>
    public static DateOnly? InferYear(int month, int day, DayOfWeek? weekday, DateDirection direction, DateOnly published)
    {
        var best = BestYear(month, day, weekday, direction, published);
        if (weekday is not { } w || best is not { } found) return best;
        if (found.DayOfWeek != w)
        {
            foreach (int year in (ReadOnlySpan<int>)[published.Year - 1, published.Year, published.Year + 1])
            {
                if (TryDate(year, day, month) is { } swapped && swapped.DayOfWeek == w && Math.Abs(swapped.DayNumber - published.DayNumber) <= 14) return swapped;
            }

            return found;
        }

        if (Math.Abs(found.DayNumber - published.DayNumber) >= 300)
        {
            var near = BestYear(month, day, null, direction, published);
            if (near is { } n && Math.Abs(n.DayNumber - published.DayNumber) <= 7) return n;
        }

        return found;
    }

    private static DateOnly? BestYear(int month, int day, DayOfWeek? weekday, DateDirection direction, DateOnly published)
    {
        DateOnly? best = null;
        (int, int, int) bestScore = (int.MaxValue, int.MaxValue, int.MaxValue);
        for (int year = published.Year - 1; year <= published.Year + 1; year++)
        {
            if (TryDate(year, month, day) is not { } candidate) continue;
            int distance = candidate.DayNumber - published.DayNumber;
            int weekdayMiss = weekday is { } w && candidate.DayOfWeek != w ? 1 : 0;
            int wrongSide = direction switch
            {
                DateDirection.Past => distance > 0 ? 1 : 0,
                DateDirection.Future => distance < 0 ? 1 : 0,
                _ => 0,
            };
            var score = (weekdayMiss, wrongSide, Math.Abs(distance));
            if (score.CompareTo(bestScore) < 0)
            {
                bestScore = score;
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>
    /// The date with day <paramref name="day"/> in the month of publication or a neighbouring month: on the hinted side,
    /// then the nearest (<c>tanggal 24</c> published 2017-06-01 is 2017-05-24). Null near the calendar's ends.
    /// </summary>
    public static DateOnly? NearestMonthDay(int day, DateDirection direction, DateOnly published)
    {
        if (!IsSafe(published, 62)) return null;
        var first = new DateOnly(published.Year, published.Month, 1);
        DateOnly? best = null;
        (int, int) bestScore = (int.MaxValue, int.MaxValue);
        for (int step = -1; step <= 1; step++)
        {
            var month = first.AddMonths(step);
            if (TryDate(month.Year, month.Month, day) is not { } candidate) continue;
            int distance = candidate.DayNumber - published.DayNumber;
            int wrongSide = direction switch
            {
                DateDirection.Past => distance > 0 ? 1 : 0,
                DateDirection.Future => distance < 0 ? 1 : 0,
                _ => 0,
            };
            var score = (wrongSide, Math.Abs(distance));
            if (score.CompareTo(bestScore) < 0)
            {
                bestScore = score;
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>True when <paramref name="published"/> moved by up to <paramref name="days"/> days (either way) stays inside the calendar.</summary>
    public static bool IsSafe(DateOnly published, long days)
        => Math.Abs(days) < 3_000_000 && published.DayNumber - Math.Abs(days) - 8 >= DateOnly.MinValue.DayNumber && published.DayNumber + Math.Abs(days) + 8 <= DateOnly.MaxValue.DayNumber;

    /// <summary>The given weekday before (<see cref="DateDirection.Past"/>) or after the publication date, never the day itself.</summary>
    public static DateOnly Weekday(DayOfWeek day, DateDirection direction, DateOnly published)
    {
        int delta = ((int)day - (int)published.DayOfWeek + 7) % 7;
        if (direction == DateDirection.Past)
        {
            int back = ((int)published.DayOfWeek - (int)day + 7) % 7;
            return published.AddDays(-(back == 0 ? 7 : back));
        }

        return published.AddDays(delta == 0 ? 7 : delta);
    }
}
