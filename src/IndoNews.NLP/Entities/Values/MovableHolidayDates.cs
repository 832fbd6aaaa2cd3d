namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// The Gregorian days of the movable holidays in Indonesia, as the joint decrees of three ministers (SKB) on national
/// holidays set them for 2015 to 2018, the years of the news this library is built on: <c>Idul Fitri 2017</c> and
/// <c>Idul Fitri 1438 H</c> → 2017-06-25, <c>Imlek 2016</c> → 2016-02-08. Only days that are certain are kept: an Idul
/// Adha on which Muhammadiyah and the government differed (2015) is left out, as is any year not listed, and those
/// holidays then keep the year alone as their value.
/// </summary>
internal static class MovableHolidayDates
{
    // (holiday, Gregorian year, Hijri year or 0, month, day). Written by us from the published SKB lists of each year.
    private static readonly (MovableHoliday Holiday, int Year, int HijriYear, int Month, int Day)[] Days =
    [
        (MovableHoliday.IdulFitri, 2015, 1436, 7, 17), (MovableHoliday.IdulFitri, 2016, 1437, 7, 6),
        (MovableHoliday.IdulFitri, 2017, 1438, 6, 25), (MovableHoliday.IdulFitri, 2018, 1439, 6, 15),
        (MovableHoliday.IdulAdha, 2016, 1437, 9, 12), (MovableHoliday.IdulAdha, 2017, 1438, 9, 1),
        (MovableHoliday.Imlek, 2015, 0, 2, 19), (MovableHoliday.Imlek, 2016, 0, 2, 8),
        (MovableHoliday.Imlek, 2017, 0, 1, 28), (MovableHoliday.Imlek, 2018, 0, 2, 16),
        (MovableHoliday.Nyepi, 2015, 0, 3, 21), (MovableHoliday.Nyepi, 2016, 0, 3, 9),
        (MovableHoliday.Nyepi, 2017, 0, 3, 28), (MovableHoliday.Nyepi, 2018, 0, 3, 17),
        (MovableHoliday.Waisak, 2015, 0, 6, 2), (MovableHoliday.Waisak, 2016, 0, 5, 22),
        (MovableHoliday.Waisak, 2017, 0, 5, 11), (MovableHoliday.Waisak, 2018, 0, 5, 29),
    ];

    /// <summary>The day of <paramref name="holiday"/> in the Gregorian <paramref name="year"/>, if it is kept.</summary>
    public static DateOnly? InYear(MovableHoliday holiday, int year)
    {
        foreach (var d in Days)
        {
            if (d.Holiday == holiday && d.Year == year) return new DateOnly(d.Year, d.Month, d.Day);
        }

        return null;
    }

    /// <summary>The day of an Islamic <paramref name="holiday"/> in the Hijri <paramref name="hijriYear"/> (Idul Fitri 1438 H), if it is kept.</summary>
    public static DateOnly? InHijriYear(MovableHoliday holiday, int hijriYear)
    {
        foreach (var d in Days)
        {
            if (d.Holiday == holiday && d.HijriYear == hijriYear) return new DateOnly(d.Year, d.Month, d.Day);
        }

        return null;
    }
}
