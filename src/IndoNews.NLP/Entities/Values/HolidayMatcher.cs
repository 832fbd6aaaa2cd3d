namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Recognises holidays and commemoration days as dates, as OntoNotes (and spaCy's models trained on it) label
/// <c>Christmas</c> or <c>Ramadan</c>: <c>Lebaran</c>, <c>Idul Fitri</c>, <c>Hari Raya Idul Adha</c>, <c>Natal</c>,
/// <c>Tahun Baru</c>, <c>Imlek</c>, <c>Nyepi</c>, <c>Ramadan</c>, <c>Hari Kemerdekaan</c>, <c>HUT RI ke-72</c>,
/// <c>Hari Kartini</c>; with a year or a direction after them (<c>Lebaran tahun lalu</c>, <c>Natal 2016</c>,
/// <c>Idul Fitri 1438 H</c>) and a count of days before (<c>H-7 Lebaran</c>). A holiday on a fixed day of the
/// Gregorian calendar is valued as that day is (<c>Natal 2016</c> → 2016-12-25, <c>HUT RI ke-72</c> → 2017-08-17,
/// <c>Hari Kartini</c> → the nearest 21 April, <c>Hari Bhayangkara ke-71</c> → 2017-07-01); a holiday of the Islamic,
/// Chinese, Balinese or Buddhist calendar is valued by its day in the year written with it when that day is kept in
/// <see cref="MovableHolidayDates"/> (<c>Lebaran tahun ini</c>, <c>Idul Fitri 1438 H</c> → 2017-06-25), else by that
/// year alone (<c>Lebaran 2010</c> → 2010), or by a day in brackets (<c>Hari Raya Galungan (5/4)</c>), else keeps no
/// value: with no year, which one is meant is not certain. <c>Hari Ulang Tahun Kemerdekaan RI ke-72</c> and <c>Ulang Tahun Indonesia ke-72</c>
/// are read as <c>HUT RI ke-72</c> is.
/// </summary>
/// <remarks>
/// The list is written by us from the Indonesian calendar of national holidays and commemoration days. "bulan" before
/// <c>Ramadan</c> stays outside the mention, as it does before <c>Mei</c>. A word that is also a name is a holiday only
/// away from other capitalised words (not <c>Gilang Ramadhan</c>, <c>Mandailing Natal</c>, <c>Ramadhan Pohan</c>), and
/// <c>Ramadan</c>, <c>Natal</c> and <c>Paskah</c> alone only after a word of time (<c>selama</c>, <c>bulan</c>,
/// <c>jelang</c>, ...) or before a year (<c>Ramadan tahun lalu</c>): "ayah Abedi, Ramadan," is a man.
/// </remarks>
internal static class HolidayMatcher
{
    /// <summary>The signs after the <c>H</c> of a countdown: <c>H-7</c>, <c>H+3</c> (also an en dash or a minus sign).</summary>
    public const string CountdownSigns = "-+\u2013\u2212";

    /// <summary>
    /// One holiday name: its words (lower case), whether its case is free, its fixed day, if any, which movable holiday it
    /// names, and the year its count starts from (<c>Hari Bhayangkara ke-71</c> is 1946 + 71), if it is counted.
    /// </summary>
    private readonly record struct Holiday(string[] Words, bool AnyCase, int Month, int Day, bool NeedsLead, MovableHoliday Movable, int FirstYear);

    private static Holiday H(string words, int month = 0, int day = 0, bool anyCase = false, bool needsLead = false,
        MovableHoliday movable = MovableHoliday.None, int firstYear = 0)
        => new(words.Split(' '), anyCase, month, day, needsLead, movable, firstYear);

    private const MovableHoliday Fitri = MovableHoliday.IdulFitri, Adha = MovableHoliday.IdulAdha, Imlek = MovableHoliday.Imlek,
        Nyepi = MovableHoliday.Nyepi, Waisak = MovableHoliday.Waisak;

    // 17 August, with the country and the count after it (MatchIndependenceDay).
    private static readonly Holiday IndependenceDay = H("hari kemerdekaan", 8, 17);

    // Longer names first: "Tahun Baru Imlek" before "Tahun Baru", "Hari Raya Idul Fitri" before "Hari Raya".
    private static readonly Holiday[] Holidays =
    [
        H("hari raya idul fitri", anyCase: true, movable: Fitri), H("hari raya idulfitri", anyCase: true, movable: Fitri), H("hari raya idul adha", anyCase: true, movable: Adha),
        H("hari raya iduladha", anyCase: true, movable: Adha), H("hari raya idul kurban", anyCase: true, movable: Adha), H("hari raya kurban", movable: Adha), H("hari raya qurban", movable: Adha),
        H("hari raya natal", 12, 25), H("hari raya nyepi", movable: Nyepi), H("hari raya waisak", movable: Waisak), H("hari raya imlek", movable: Imlek), H("hari raya galungan"),
        H("hari raya kuningan"), H("hari raya lebaran", anyCase: true, movable: Fitri), H("hari raya"),
        H("hari suci galungan"), H("hari suci nyepi", movable: Nyepi), H("hari suci waisak", movable: Waisak),
        H("idul fitri", anyCase: true, movable: Fitri), H("idulfitri", anyCase: true, movable: Fitri), H("iedul fitri", anyCase: true, movable: Fitri), H("idul adha", anyCase: true, movable: Adha),
        H("iduladha", anyCase: true, movable: Adha), H("iedul adha", anyCase: true, movable: Adha), H("idul kurban", anyCase: true, movable: Adha), H("lebaran", anyCase: true, movable: Fitri),
        H("ramadan", needsLead: true), H("ramadhan", needsLead: true), H("imlek", movable: Imlek), H("nyepi", movable: Nyepi), H("waisak", movable: Waisak), H("galungan"),
        H("tahun baru imlek", movable: Imlek), H("tahun baru cina", movable: Imlek), H("tahun baru china", movable: Imlek), H("tahun baru islam"), H("tahun baru hijriah"), H("tahun baru", 1, 1),
        H("natal", 12, 25, needsLead: true), H("paskah", needsLead: true), H("jumat agung"), H("kenaikan isa almasih"),
        H("kenaikan yesus kristus"), H("maulid nabi muhammad"), H("maulid nabi"), H("isra miraj"), H("isra mi'raj"), H("isra mikraj"),
        IndependenceDay, H("hari kartini", 4, 21), H("hari buruh internasional", 5, 1), H("hari buruh", 5, 1), H("may day", 5, 1),
        H("hari pahlawan", 11, 10), H("hari ibu", 12, 22), H("hari valentine", 2, 14), H("hari kasih sayang", 2, 14),
        H("hari sumpah pemuda", 10, 28, firstYear: 1928), H("hari pendidikan nasional", 5, 2), H("hari kebangkitan nasional", 5, 20),
        H("hari lahir pancasila", 6, 1, firstYear: 1945), H("hari kesaktian pancasila", 10, 1), H("hari anak nasional", 7, 23),
        H("hari pers nasional", 2, 9), H("hari bhayangkara", 7, 1, firstYear: 1946), H("hari guru nasional", 11, 25), H("hari santri nasional", 10, 22),
        H("hari santri", 10, 22), H("hari film nasional", 3, 30), H("hari bumi", 4, 22), H("hari batik nasional", 10, 2),
        H("hari musik nasional", 3, 9), H("hari perempuan internasional", 3, 8), H("hari aids sedunia", 12, 1), H("halloween", 10, 31),
    ];

    // The first letters of every holiday, "H-7", "HUT" and "Ulang Tahun": most words are turned away by one look.
    private static readonly string FirstLetters = string.Concat(Holidays.Select(h => h.Words[0][0]).Distinct()) + "hu";

    // Words of time after which a holiday that is also a name ("Ramadan", "Natal") is the holiday.
    private static readonly string[] LeadWords =
    [
        "bulan", "suci", "selama", "saat", "ketika", "menjelang", "jelang", "pada", "di", "sepanjang", "awal", "akhir", "pertengahan",
        "usai", "setelah", "sebelum", "seusai", "sesudah", "memasuki", "hingga", "sampai", "puasa", "ibadah", "pas", "waktu",
        "perayaan", "merayakan", "libur", "liburan", "musim", "momen", "momentum", "malam", "hari", "selamat", "tiap", "setiap",
    ];

    // The names before "Hari Raya" that make it the holiday allowance (Tunjangan Hari Raya, THR), not a day.
    private static readonly string[] AllowanceWords = ["tunjangan"];

    /// <summary>Tries a holiday at <paramref name="pos"/>.</summary>
    public static ValueMatch Match(string text, int pos, DateOnly? published)
    {
        char c = text[pos];
        if (!FirstLetters.Contains(char.ToLowerInvariant(c))) return ValueMatch.None;
        if (c is 'H' && pos + 2 < text.Length && CountdownSigns.Contains(text[pos + 1])) return MatchCountdown(text, pos, published);
        if (c is 'H' or 'h' && ValueText.MatchWord(text, pos, "hut") is int hut and >= 0 && char.IsUpper(text[pos + 1])) return MatchAnniversary(text, pos, hut, published);

        // "Hari Ulang Tahun Kemerdekaan RI ke-72" is "HUT RI ke-72" written out; "Hari Ulang Tahun Kanada" is no day here.
        if (c is 'H' or 'h' or 'U' or 'u' && MatchBirthdayWords(text, pos) is int birthday and >= 0 && MatchAnniversary(text, pos, birthday, published) is { Success: true } anniversary) return anniversary;
        int end = MatchName(text, pos, out var holiday);
        if (end < 0) return ValueMatch.None;
        if (holiday == IndependenceDay) return MatchIndependenceDay(text, end, published);
        int? counted = null;
        if (holiday.FirstYear > 0 && ReadOrdinal(text, ValueText.SkipGap(text, end), out int count) is int countEnd and >= 0)
        {
            // "Hari Bhayangkara ke-71": the 71st since 1946, so 1 July 2017.
            end = countEnd;
            if (holiday.FirstYear + count is int countedYear and <= 2100) counted = countedYear;
        }

        int yearEnd = ReadYear(text, end, published, out int? year, out var direction, out bool written, out int? hijriYear);
        year ??= counted;
        if (holiday.NeedsLead && !written && !FollowsLeadWord(text, pos)) return ValueMatch.None;

        // "Hari Raya Galungan (5/4)": the day in brackets says which day it is, as after a weekday.
        if (ValueText.SkipGap(text, yearEnd) is int open && open < text.Length && text[open] == '('
            && DateMatcher.BracketDate(text, open, published) is { Success: true } bracket)
        {
            return bracket;
        }

        return Date(yearEnd, Value(holiday, year, direction, published, hijriYear));
    }

    /// <summary>
    /// "Hari Ulang Tahun" or "Ulang Tahun" with capitals, as "HUT" is written out ("kado Ulang Tahun Indonesia ke-72");
    /// in lower case only before "kemerdekaan" ("puncak hari ulang tahun kemerdekaan Republik Indonesia"), where it can
    /// be no other birthday. Its end, or -1; <see cref="MatchAnniversary"/> then asks for the country or the independence.
    /// </summary>
    private static int MatchBirthdayWords(string text, int pos)
    {
        int end = MatchWords(text, pos, BirthdayWords);
        if (end < 0) end = MatchWords(text, pos, ShortBirthdayWords);
        if (end >= 0) return end;
        end = MatchWords(text, pos, LowerBirthdayWords);
        if (end < 0) end = MatchWords(text, pos, LowerShortBirthdayWords);
        return end >= 0 && ValueText.MatchNextWord(text, end, "kemerdekaan") >= 0 ? end : -1;
    }

    private static readonly Holiday BirthdayWords = H("hari ulang tahun"), ShortBirthdayWords = H("ulang tahun"),
        LowerBirthdayWords = H("hari ulang tahun", anyCase: true), LowerShortBirthdayWords = H("ulang tahun", anyCase: true);

    /// <summary>
    /// The first words (lower case) of every holiday name, of <c>HUT</c> and of <c>Hari Ulang Tahun</c>: a holiday that
    /// <see cref="Match"/> finds opens with one of them, or with a countdown's <c>H</c> and one of <see cref="CountdownSigns"/>.
    /// </summary>
    public static IEnumerable<string> FirstWordsOfNames
        => FirstWords.Concat(["hut", BirthdayWords.Words[0], ShortBirthdayWords.Words[0], LowerBirthdayWords.Words[0], LowerShortBirthdayWords.Words[0]]);

    // "H-7 Lebaran", "H+3 Idul Fitri": a count of days before or after the holiday, one date with it.
    private static ValueMatch MatchCountdown(string text, int pos, DateOnly? published)
    {
        int digits = ValueText.ReadDigits(text, pos + 2, 3, out int days);
        if (digits == 0) return ValueMatch.None;
        int nameAt = ValueText.SkipGap(text, pos + 2 + digits);
        if (nameAt == pos + 2 + digits) return ValueMatch.None;
        int end = MatchName(text, nameAt, out var holiday);
        if (end < 0) return ValueMatch.None;
        int yearEnd = ReadYear(text, end, published, out int? year, out var direction, out _, out int? hijriYear);
        string? value = null;
        if (Value(holiday, year, direction, published, hijriYear) is { Length: 10 } iso && RelativeDateResolver.TryParseDay(iso, out var day))
        {
            value = RelativeDateResolver.Day(day.AddDays(text[pos + 1] == '+' ? days : -days));
        }

        return Date(yearEnd, value);
    }

    // "HUT RI ke-72", "HUT Kemerdekaan RI ke-72", "HUT ke-72 RI": Independence Day, 17 August of 1945 plus the count.
    private static ValueMatch MatchAnniversary(string text, int pos, int hutEnd, DateOnly? published)
    {
        int at = ValueText.SkipGap(text, hutEnd);
        int ordinal = -1, end = -1;
        if (ReadOrdinal(text, at, out int n) is int ordEnd and >= 0)
        {
            ordinal = n;
            at = ValueText.SkipGap(text, ordEnd);
        }

        if (ValueText.MatchWord(text, at, "kemerdekaan") is int independence and >= 0) at = ValueText.SkipGap(text, end = independence);
        if (MatchRepublic(text, at) is int republic and >= 0) end = republic;
        else if (end < 0) return ValueMatch.None;
        if (ordinal < 0 && ReadOrdinal(text, ValueText.SkipGap(text, end), out n) is int laterEnd and >= 0)
        {
            ordinal = n;
            end = laterEnd;
        }

        string? value = null;
        if (ordinal > 0 && 1945 + ordinal is int y and <= 2100) value = RelativeDateResolver.Day(new DateOnly(y, 8, 17));
        else if (ordinal < 0 && published is { Year: > 1 and < 9999 } pub) value = RelativeDateResolver.Day(new DateOnly(pub.Year, 8, 17));
        return Date(end, value);
    }

    // "Hari Kemerdekaan RI ke-72", "Hari Kemerdekaan Indonesia": the country and the count belong to the day.
    private static ValueMatch MatchIndependenceDay(string text, int end, DateOnly? published)
    {
        if (MatchRepublic(text, ValueText.SkipGap(text, end)) is int republic and >= 0) end = republic;
        int ordinal = 0;
        if (ReadOrdinal(text, ValueText.SkipGap(text, end), out int n) is int ordinalEnd and >= 0)
        {
            ordinal = n;
            end = ordinalEnd;
        }

        int yearEnd = ReadYear(text, end, published, out int? year, out var direction, out _, out _);
        if (ordinal > 0 && year is null && 1945 + ordinal <= 2100) year = 1945 + ordinal;
        return Date(yearEnd, Value(IndependenceDay, year, direction, published));
    }

    // "RI", "Republik Indonesia", "Indonesia".
    private static int MatchRepublic(string text, int at)
    {
        if (at + 2 <= text.Length && string.CompareOrdinal(text, at, "RI", 0, 2) == 0 && ValueText.IsWordEnd(text, at + 2)) return at + 2;
        if (ValueText.MatchWord(text, at, "republik") is int republik and >= 0 && char.IsUpper(text[at])) return ValueText.MatchNextWord(text, republik, "indonesia");
        return ValueText.MatchWord(text, at, "indonesia") is int indonesia and >= 0 && char.IsUpper(text[at]) ? indonesia : -1;
    }

    // "ke-72", "ke 72"; not "ke-0".
    private static int ReadOrdinal(string text, int at, out int number)
    {
        number = 0;
        int ke = ValueText.MatchWord(text, at, "ke");
        if (ke < 0) return -1;
        int digitsAt = ke < text.Length && text[ke] == '-' ? ke + 1 : ValueText.SkipGap(text, ke);
        int digits = ValueText.ReadDigits(text, digitsAt, 3, out number);
        // "ke-0" counts nothing: no anniversary is the zeroth.
        return digits > 0 && number > 0 && ValueText.IsWordEnd(text, digitsAt + digits) ? digitsAt + digits : -1;
    }

    // The longest holiday name at pos, standing apart from other names; its end, or -1.
    private static int MatchName(string text, int pos, out Holiday holiday)
    {
        holiday = default;

        // Only the names that open with the word at pos can match (at most one first word does, as a whole word), so
        // they are tried alone, in the list's order: "hari" no longer walks the whole list for every "hari", "hanya", "harus".
        for (int f = 0; f < FirstWords.Length; f++)
        {
            if (ValueText.MatchWord(text, pos, FirstWords[f]) < 0) continue;
            foreach (var h in ByFirstWord[f])
            {
                int end = MatchWords(text, pos, h);
                if (end < 0) continue;
                if (!StandsApart(text, pos, end, h)) return -1;
                holiday = h;
                return end;
            }

            return -1;
        }

        return -1;
    }

    // The distinct first words of the holidays, and per first word its holidays in list order.
    private static readonly string[] FirstWords = [.. Holidays.Select(h => h.Words[0]).Distinct(StringComparer.Ordinal)];

    private static readonly Holiday[][] ByFirstWord = [.. FirstWords.Select(w => Holidays.Where(h => h.Words[0] == w).ToArray())];

    private static int MatchWords(string text, int pos, Holiday h)
    {
        int at = pos;
        int end = -1;
        for (int i = 0; i < h.Words.Length; i++)
        {
            if (i > 0) at = ValueText.SkipGap(text, end);
            if (i > 0 && at == end) return -1;
            end = ValueText.MatchWord(text, at, h.Words[i]);
            if (end < 0) return -1;

            // Capitals make "Natal", "Tahun Baru" and "Hari Raya" the holiday; "tahun baru" is any new year.
            if (!h.AnyCase && !char.IsUpper(text[at])) return -1;
        }

        return end;
    }

    // Not inside a longer name: no capitalised word joined to it by a space ("Gilang Ramadhan", "Mandailing Natal",
    // "Ramadhan Pohan"), unless that word opens the sentence; and "Hari Raya" is no day in "Tunjangan Hari Raya".
    private static bool StandsApart(string text, int start, int end, Holiday h)
    {
        int beforeStart = ValueText.PreviousWord(text, start, out int beforeEnd);
        if (beforeStart >= 0 && beforeEnd < start && char.IsUpper(text[beforeStart]))
        {
            if (ValueText.MatchAny(text, beforeStart, AllowanceWords, out _) == beforeEnd) return false;
            bool opensSentence = ValueText.PreviousWord(text, beforeStart, out _) < 0 && !PrecededByWordAndSpace(text, beforeStart);
            bool lead = ValueText.MatchAny(text, beforeStart, LeadWords, out _) == beforeEnd;
            if (!opensSentence && !lead) return false;
        }

        int next = ValueText.SkipGap(text, end);
        if (next > end && next < text.Length && char.IsUpper(text[next]) && !text.AsSpan(end, next - end).Contains('\n'))
        {
            // "Idul Fitri Senin (26/6)", "lebaran Idul Fitri" are dates side by side; other capitalised words continue a
            // name ("Lebaran Betawi", a festival; "Ramadhan Pohan").
            if (h.Words.Length == 1 && IndonesianCalendar.MatchWeekday(text, next, out _) < 0
                && IndonesianCalendar.MatchMonth(text, next, allowAbbreviation: false, out _) < 0 && !StartsHolidayName(text, next))
            {
                return false;
            }
        }

        return true;
    }

    // True when a holiday's words stand at pos, whatever stands around them.
    private static bool StartsHolidayName(string text, int pos)
    {
        foreach (var h in Holidays)
        {
            if (MatchWords(text, pos, h) >= 0) return true;
        }

        return false;
    }

    // True when a word and only spaces come before pos (no sentence end or other punctuation between).
    private static bool PrecededByWordAndSpace(string text, int pos)
    {
        int at = pos;
        while (at > 0 && pos - at < ValueText.MaxGap && text[at - 1] == ' ') at--;
        return at < pos && at > 0 && ValueText.IsWordChar(text[at - 1]);
    }

    private static bool FollowsLeadWord(string text, int pos)
        => ValueText.PreviousWord(text, pos, out int end) is int start and >= 0 && ValueText.MatchAny(text, start, LeadWords, out _) == end;

    // A year after the holiday: "2016", "1438 H" / "1438 Hijriah" (no Gregorian value), "tahun lalu", "tahun ini", or a
    // direction word ("Natal lalu": the last one; "Lebaran mendatang": the next). written: one of them was read; hijriYear:
    // the Islamic year, when that was the one written.
    private static int ReadYear(string text, int end, DateOnly? published, out int? year, out DateDirection direction, out bool written, out int? hijriYear)
    {
        year = null;
        hijriYear = null;
        written = true;
        direction = DateDirection.Nearest;
        int at = ValueText.SkipGap(text, end);
        if (at > end && ValueText.ReadDigits(text, at, 4, out int y) == 4 && ValueText.IsWordEnd(text, at + 4))
        {
            if (y is >= 1900 and <= 2100)
            {
                year = y;
                return DateMatcher.ReadYearDeixis(text, at + 4);
            }

            // "1438 H", "1438 Hijriah": the Islamic year, which names a Gregorian day only for a holiday kept in MovableHolidayDates.
            if (y is >= 1300 and <= 1600 && ValueText.MatchAny(text, ValueText.SkipGap(text, at + 4), HijriMarks, out _) is int hijri and >= 0)
            {
                hijriYear = y;
                return hijri;
            }
        }

        int yearEnd = DateMatcher.ReadYearOf(text, end, published, out year);
        if (yearEnd >= 0) return yearEnd;
        int dirEnd = DateMatcher.ReadDirection(text, end, out direction);
        if (dirEnd >= 0) return dirEnd;
        direction = DateDirection.Nearest;
        written = false;
        return end;
    }

    private static readonly string[] HijriMarks = ["h", "hijriah", "hijriyah"];

    // The ISO 8601 day of a holiday on a fixed Gregorian day in the year given, else the nearest one to publication on
    // the given side; for a holiday of another calendar its day in the year given (Gregorian or Hijri) when that is kept
    // (MovableHolidayDates), else the Gregorian year given, else null: with no year, which one is meant is not certain.
    private static string? Value(Holiday holiday, int? year, DateDirection direction, DateOnly? published, int? hijriYear = null)
    {
        if (holiday.Month == 0)
        {
            // "Lebaran 2017", "Idul Fitri 1438 H", "Lebaran tahun ini" → 2017-06-25.
            if (holiday.Movable != MovableHoliday.None && (year is { } y0 ? MovableHolidayDates.InYear(holiday.Movable, y0)
                : hijriYear is { } h ? MovableHolidayDates.InHijriYear(holiday.Movable, h) : null) is { } movable)
            {
                return RelativeDateResolver.Day(movable);
            }

            // "Ramadhan 2017", "Lebaran 2010": the day is not known here, but its year is (ISO 8601 reduced to the year).
            return year is { } inYear ? RelativeDateResolver.Year(inYear) : null;
        }

        if (year is { } y) return RelativeDateResolver.TryDate(y, holiday.Month, holiday.Day) is { } d ? RelativeDateResolver.Day(d) : null;
        if (published is not { Year: > 1 and < 9999 } pub) return null;
        return RelativeDateResolver.InferYear(holiday.Month, holiday.Day, null, direction, pub) is { } day ? RelativeDateResolver.Day(day) : null;
    }

    private static ValueMatch Date(int end, string? value) => new(end, EntityLabels.Date, value, null, null);
}
