namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// The Gregorian days of the movable holidays in Indonesia, as the joint decrees of three ministers (SKB) on national
/// holidays set them for 2015 to 2026, with the Islamic ones checked against the day the Minister of Religious Affairs
/// fixed after the sidang isbat: <c>Idul Fitri 2017</c> and <c>Idul Fitri 1438 H</c> → 2017-06-25, <c>Imlek 2016</c> →
/// 2016-02-08, <c>Lebaran 2024</c> → 2024-04-10. For 2027 to 2030, for which no SKB was seen, the days are calculated
/// (marked so in the table): Imlek, Waisak, and an Idul Fitri or Idul Adha only where the calculation leaves no doubt
/// that the government and Muhammadiyah keep the same day. Only days that are certain are kept. An Idul Fitri or Idul
/// Adha on which Muhammadiyah and the government differed is left out (Idul Adha 2015, 2022 and 2023; Idul Fitri 2023
/// and 2026), as are calculated ones too close to call (Idul Fitri 2027 to 2029, Idul Adha 2027, 2029 and 2030) and
/// Nyepi after 2026 (the Balinese calendar's arithmetic puts it on the day of the new moon or the day after, which
/// astronomy alone does not decide); those holidays then keep the year alone as their value.
/// </summary>
internal static class MovableHolidayDates
{
    // Where the 2019-2026 days were checked (news reports of each year's SKB, of the government's isbat and of Muhammadiyah's
    // date): SKB 2019 nasional.tempo.co/read/1146056; 2020 setkab.go.id (SKB 3 menteri, cuti bersama 2020); 2021
    // nasional.okezone.com/read/2020/09/11/337/2276391; 2022 kompas.tv/nasional/214340; 2023 kontan.co.id (24 hari libur
    // nasional dan cuti bersama); 2025 rasikapekalongan.com (libur nasional 2025); 2026 bali.disway.id/news/read/2999.
    // Idul Fitri and Idul Adha on the same day for both: tirto.id (Idul Fitri 1440 H 5 Juni 2019; Idul Fitri 2021 13 Mei),
    // Kemenag isbat reports for Idul Adha 2020 (31 Juli), 2024 (17 Juni, as Muhammadiyah) and Idul Fitri 2024
    // (bloombergtechnoz.com/detail-news/34826), riau.info (Idul Fitri 2025 together). Left out as differing:
    // Idul Fitri 2023 (21/22 April), 2026 (20/21 March); Idul Adha 2022 (9/10 July), 2023 (28/29 June).
    // Calculated years (2027-2030, and the agreement on Idul Adha 2026): new and full moons after Meeus, Astronomical
    // Algorithms, ch. 49, written by us and checked against the ijtimak times of Muhammadiyah's maklumat (19 March 2026
    // 01:23:28 UTC; 20 April 2023 04:15 UTC: within 3 minutes). Imlek is the day, in Beijing time (UTC+8), of the new
    // moon between 21 January and 20 February: that rule gives every Imlek of 2015-2026 above; 2027's new moon falls at
    // 23:56 and 2030's at 00:07, so those two days rest on the Chinese calendar as commonly published (6 February 2027,
    // 3 February 2030) as much as on the calculation. Waisak is the day, in WIB, of the first full moon on or after 7 May:
    // that rule gives every Waisak of 2015-2026 above (2015 and 2023 in June, 2020 on 7 May). An Idul Fitri or Idul Adha
    // is kept only when the moon is at least 15 hours old at sunset in Aceh on the day of the ijtimak (both the
    // government's MABIMS criterion and Muhammadiyah's KHGT then start the month the next day, as in 2020-2022 and 2024),
    // or when the ijtimak falls after sunset in Indonesia and less than 8 hours before 24:00 UTC (neither can start the
    // month the next day): Idul Adha 2026 (ijtimak 17 May 2026 03:01 WIB, 15.7 h; the SKB 2026 also has 27 May),
    // Idul Adha 2028 (ijtimak 25 April 2028 02:47 WIB, 16.0 h), Idul Fitri 2030 (ijtimak 2 February 2030 23:07 WIB).
    // (holiday, Gregorian year, Hijri year or 0, month, day). Written by us from the published SKB lists of each year and,
    // for Idul Fitri and Idul Adha, the sidang isbat result and Muhammadiyah's maklumat of that year (both the same day).
    private static readonly (MovableHoliday Holiday, int Year, int HijriYear, int Month, int Day)[] Days =
    [
        (MovableHoliday.IdulFitri, 2015, 1436, 7, 17), (MovableHoliday.IdulFitri, 2016, 1437, 7, 6),
        (MovableHoliday.IdulFitri, 2017, 1438, 6, 25), (MovableHoliday.IdulFitri, 2018, 1439, 6, 15),
        (MovableHoliday.IdulFitri, 2019, 1440, 6, 5), (MovableHoliday.IdulFitri, 2020, 1441, 5, 24),
        (MovableHoliday.IdulFitri, 2021, 1442, 5, 13), (MovableHoliday.IdulFitri, 2022, 1443, 5, 2),
        (MovableHoliday.IdulFitri, 2024, 1445, 4, 10), (MovableHoliday.IdulFitri, 2025, 1446, 3, 31),
        (MovableHoliday.IdulAdha, 2016, 1437, 9, 12), (MovableHoliday.IdulAdha, 2017, 1438, 9, 1),
        (MovableHoliday.IdulAdha, 2019, 1440, 8, 11), (MovableHoliday.IdulAdha, 2020, 1441, 7, 31),
        (MovableHoliday.IdulAdha, 2021, 1442, 7, 20), (MovableHoliday.IdulAdha, 2024, 1445, 6, 17),
        (MovableHoliday.IdulAdha, 2025, 1446, 6, 6),
        (MovableHoliday.IdulAdha, 2026, 1447, 5, 27), // SKB 2026; agreement calculated
        (MovableHoliday.IdulAdha, 2028, 1449, 5, 5), // calculated
        (MovableHoliday.IdulFitri, 2030, 1451, 2, 4), // calculated
        (MovableHoliday.Imlek, 2015, 0, 2, 19), (MovableHoliday.Imlek, 2016, 0, 2, 8),
        (MovableHoliday.Imlek, 2017, 0, 1, 28), (MovableHoliday.Imlek, 2018, 0, 2, 16),
        (MovableHoliday.Imlek, 2019, 0, 2, 5), (MovableHoliday.Imlek, 2020, 0, 1, 25),
        (MovableHoliday.Imlek, 2021, 0, 2, 12), (MovableHoliday.Imlek, 2022, 0, 2, 1),
        (MovableHoliday.Imlek, 2023, 0, 1, 22), (MovableHoliday.Imlek, 2024, 0, 2, 10),
        (MovableHoliday.Imlek, 2025, 0, 1, 29), (MovableHoliday.Imlek, 2026, 0, 2, 17),
        (MovableHoliday.Imlek, 2027, 0, 2, 6), (MovableHoliday.Imlek, 2028, 0, 1, 26), // calculated
        (MovableHoliday.Imlek, 2029, 0, 2, 13), (MovableHoliday.Imlek, 2030, 0, 2, 3), // calculated
        (MovableHoliday.Nyepi, 2015, 0, 3, 21), (MovableHoliday.Nyepi, 2016, 0, 3, 9),
        (MovableHoliday.Nyepi, 2017, 0, 3, 28), (MovableHoliday.Nyepi, 2018, 0, 3, 17),
        (MovableHoliday.Nyepi, 2019, 0, 3, 7), (MovableHoliday.Nyepi, 2020, 0, 3, 25),
        (MovableHoliday.Nyepi, 2021, 0, 3, 14), (MovableHoliday.Nyepi, 2022, 0, 3, 3),
        (MovableHoliday.Nyepi, 2023, 0, 3, 22), (MovableHoliday.Nyepi, 2024, 0, 3, 11),
        (MovableHoliday.Nyepi, 2025, 0, 3, 29), (MovableHoliday.Nyepi, 2026, 0, 3, 19),
        (MovableHoliday.Waisak, 2015, 0, 6, 2), (MovableHoliday.Waisak, 2016, 0, 5, 22),
        (MovableHoliday.Waisak, 2017, 0, 5, 11), (MovableHoliday.Waisak, 2018, 0, 5, 29),
        (MovableHoliday.Waisak, 2019, 0, 5, 19), (MovableHoliday.Waisak, 2020, 0, 5, 7),
        (MovableHoliday.Waisak, 2021, 0, 5, 26), (MovableHoliday.Waisak, 2022, 0, 5, 16),
        (MovableHoliday.Waisak, 2023, 0, 6, 4), (MovableHoliday.Waisak, 2024, 0, 5, 23),
        (MovableHoliday.Waisak, 2025, 0, 5, 12), (MovableHoliday.Waisak, 2026, 0, 5, 31),
        (MovableHoliday.Waisak, 2027, 0, 5, 20), (MovableHoliday.Waisak, 2028, 0, 5, 9), // calculated
        (MovableHoliday.Waisak, 2029, 0, 5, 28), (MovableHoliday.Waisak, 2030, 0, 5, 17), // calculated
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
