namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Recognises dates: <c>Sabtu (2/7)</c>, <c>Kamis (18/8/2016)</c>, <c>2 Juli 2016</c>, <c>2 Agt</c>,
/// <c>2/7/2016</c>, <c>2016-07-02</c>, <c>Juli 2016</c>, <c>tahun 2016</c>, <c>17 Agustus tahun 1945</c>, and dates relative to publication:
/// <c>kemarin</c>, <c>hari ini</c>, <c>besok</c>, <c>Senin lalu</c>, <c>pekan lalu</c>, <c>bulan depan</c>,
/// <c>tahun lalu</c>, <c>dua hari lalu</c>, <c>2,5 tahun lalu</c>, <c>100 tahun silam</c>, <c>17 Agustus tahun lalu</c>, <c>17 Agustus ini</c>, <c>Oktober ini</c>. A direction word
/// after a written year is part of the date (<c>pada 2010 lalu</c>, <c>Mei 2017 mendatang</c>). Values are ISO 8601 (day, month, ISO week or year).
/// Holidays (<c>Lebaran</c>, <c>Natal</c>) are read by <see cref="HolidayMatcher"/>, quarters by <see cref="QuarterMatcher"/>,
/// weekends (<c>akhir pekan ini</c>) by <see cref="WeekendMatcher"/>.
/// </summary>
internal static class DateMatcher
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    private enum Span { Day, Week, Month, Year }

    private static readonly (string Word, Span Unit)[] Units =
    [
        ("hari", Span.Day), ("pekan", Span.Week), ("minggu", Span.Week), ("bulan", Span.Month), ("tahun", Span.Year),
    ];

    private static readonly (string Word, Span Unit)[] OneUnits =
    [
        ("sehari", Span.Day), ("sepekan", Span.Week), ("seminggu", Span.Week), ("sebulan", Span.Month), ("setahun", Span.Year),
    ];

    /// <summary>Tries every date form at <paramref name="pos"/>.</summary>
    public static ValueMatch Match(string text, int pos, DateOnly? published)
    {
        // Resolving needs room for a year either side; a publication date at the calendar's edge resolves nothing.
        if (published is { Year: < 2 or > 9998 }) published = null;
        char c = text[pos];
        if (c == '(')
        {
            // A bare (2/7) could be a fraction; after a time word (kemarin malam (31/3)) it is a date. With a year it always is.
            var paren = MatchParenthesised(text, pos, null, published);
            return paren.Success && (paren.End - pos > 7 || FollowsTimeWord(text, pos)) ? paren : ValueMatch.None;
        }

        if (char.IsAsciiDigit(c)) return MatchNumeric(text, pos, published);
        if (!char.IsLetter(c)) return ValueMatch.None;

        // Nearly every word is asked and nearly none opens a date: one look at its first letters turns the rest away.
        if (!DateStartWords.MayOpenAt(text, pos)) return ValueMatch.None;

        // Before the weekday: "Jumat Agung" is Good Friday.
        var holiday = HolidayMatcher.Match(text, pos, published);
        if (holiday.Success) return holiday;

        int end = IndonesianCalendar.MatchWeekday(text, pos, out var weekday);
        if (end >= 0)
        {
            var m = MatchAfterWeekday(text, pos, end, weekday, published);
            if (m.Success) return m;
        }

        var eve = MatchEve(text, pos, published);
        if (eve.Success) return eve;

        // "pada jumat (28/10)", "sabtu (10/6) lalu": a lower-case weekday is a date only with its day in brackets.
        if (char.IsLower(c) && IndonesianCalendar.MatchWeekday(text, pos, out var lowerDay, anyCase: true) is int lowerEnd and >= 0
            && ValueText.SkipGap(text, lowerEnd < text.Length && text[lowerEnd] == ',' ? lowerEnd + 1 : lowerEnd) is int lowerOpen
            && lowerOpen < text.Length && text[lowerOpen] == '(' && MatchParenthesised(text, lowerOpen, lowerDay, published) is { Success: true } lowerDate)
        {
            return lowerDate;
        }

        var weekOfMonth = WeekOfMonthMatcher.Match(text, pos, published);
        if (weekOfMonth.Success) return weekOfMonth;
        var month = MatchMonthYear(text, pos, published);
        if (month.Success) return month;
        var quarter = QuarterMatcher.Match(text, pos, published);
        if (quarter.Success) return quarter;
        var weekend = WeekendMatcher.Match(text, pos, published);
        if (weekend.Success) return weekend;
        return MatchRelativeWords(text, pos, published);
    }

    /// <summary>
    /// The first words (lower case) of the dates that <see cref="Match"/> reads itself, after a letter: the eve (<c>malam
    /// Minggu</c>) and the relative words of <c>MatchRelativeWords</c> (<c>musim lalu</c>, <c>kemarin</c>, <c>hari ini</c>,
    /// <c>besok</c>, <c>lusa</c>, <c>tahun 2016</c>, <c>pekan lalu</c>, <c>sebulan lalu</c>, <c>beberapa tahun lalu</c>).
    /// The holiday, weekday, month, week-of-month, quarter, weekend and number words come from their own lists
    /// (<see cref="DateStartWords"/>). A new form that opens with another word must add it here.
    /// </summary>
    public static IEnumerable<string> FirstWords
        => new[] { "malam", "musim", "kemarin", "hari", "besok", "lusa", "tahun" }
            .Concat(Units.Select(u => u.Word)).Concat(OneUnits.Select(u => u.Word)).Concat(VagueCounts);

    private static readonly string[] TimeWords = ["kemarin", "malam", "pagi", "siang", "sore", "lalu", "tadi", "ini", "hari", "wib", "wita", "wit", "besok", "nanti"];

    private static bool FollowsTimeWord(string text, int open)
    {
        int end = open;
        while (end > 0 && end > open - ValueText.MaxGap && char.IsWhiteSpace(text[end - 1])) end--;
        int start = end;
        while (start > 0 && end - start < 8 && char.IsLetter(text[start - 1])) start--;
        if (start == end || (start > 0 && char.IsLetter(text[start - 1]))) return false;
        return Array.IndexOf(TimeWords, text[start..end].ToLowerInvariant()) >= 0;
    }

    // Words after which a bare year is a date: "pada 2013", "sejak 2007-2012", "akhir 2016".
    private static readonly string[] YearLeadWords =
    [
        "pada", "sejak", "hingga", "sampai", "awal", "akhir", "medio", "pertengahan", "selama", "periode", "musim", "era", "dari",
        "di", "sepanjang", "mulai", "untuk", "rilis", "dibandingkan", "dibanding", "memasuki", "menjelang", "jelang", "rentang",
    ];

    private static readonly string[] CountedNouns = ["orang", "unit", "ekor", "buah", "kali", "warga", "peserta", "siswa", "rumah", "jiwa", "kursi", "personel", "pasang"];

    /// <summary>
    /// 2013 after a lead word; 2007-2012, 2015/2016 or 2016/17 after one is the span of years, an ISO 8601 interval
    /// (2007/2012, 2015/2016, 2016/2017). A decade (1980-an, 1980 - an, 1950an, and era '90-an) is one date anywhere, valued
    /// as ISO 8601 reduced to the decade (198). Tried after every other value, so that "hingga 2000 ton" stays a quantity.
    /// </summary>
    public static ValueMatch MatchBareYear(string text, int pos)
    {
        var decade = MatchDecade(text, pos);
        if (decade.Success) return decade;
        if (ValueText.ReadDigits(text, pos, 4, out int year) != 4 || year is < MinYear or > MaxYear) return ValueMatch.None;

        // "(2009-2012)": a span of years alone in brackets is a date, with no lead word.
        if (pos > 0 && text[pos - 1] == '(' && ReadYearSpan(text, pos, out string? bracketed) is int bracketEnd and >= 0
            && bracketEnd < text.Length && text[bracketEnd] == ')' && bracketed is { Length: 9 } && bracketed[4] == '/')
        {
            return Date(bracketEnd, bracketed);
        }

        // "MVP (2009, 2010, 2012, 2013)": each year of a list alone in brackets is a date.
        if (InBracketedYearList(text, pos)) return Date(pos + 4, RelativeDateResolver.Year(year));

        // "film Inception (2010)": a year alone in brackets beside a title is a date too (BracketedYear).
        if (BracketedYear.IsAlone(text, pos)) return Date(pos + 4, RelativeDateResolver.Year(year));


        int leadStart = ValueText.PreviousWord(text, pos, out int leadEnd);
        if (EndsInDecade(text, pos + 4, year))
        {
            // "rentang waktu 1945-1990 - an": a span that ends in a decade is a date anywhere, as the decade is.
            int spanEnd = ReadYearSpan(text, pos, out string? span);
            return spanEnd >= 0 ? Date(spanEnd, span) : ValueMatch.None;
        }

        // "antara 1998 dan 2007": between two years is one span; "antara" before a year alone is no lead word.
        if (leadStart >= 0 && ValueText.MatchWord(text, leadStart, "antara") == leadEnd)
        {
            int betweenEnd = ReadYearSpan(text, pos, out string? betweenSpan, between: true);
            return betweenEnd >= 0 && betweenSpan is { Length: 9 } ? Date(betweenEnd, betweenSpan) : ValueMatch.None;
        }

        bool listed = false;
        if (leadStart < 0 || ValueText.MatchAny(text, leadStart, YearLeadWords, out _) != leadEnd)
        {
            // "tahun 1964 dan 1998", "pada 1964, 1975 dan 1998": a later year of a list whose first has a lead word.
            leadStart = ListLeadStart(text, pos);
            if (leadStart < 0) return MatchSpanWithoutLead(text, pos, year);
            listed = true;
        }

        // "1500 hingga 2000 orang": the upper end of a range of counts, and "2000 orang" is a count. In a list the lead
        // word may end a span of years ("pada 1987 hingga 1991, 2009, dan 2011 hingga 2013"). Only a count stands before
        // such a range: not a number with a unit glued to it ("kelas 125cc pada 1996") or an ordinal ("Grammy Awards
        // ke-54 pada 2012 silam"), and "pada" joins no range ("dalam usia 22 pada 1985").
        if (ValueText.PreviousWord(text, leadStart, out int beforeEnd) is int before and >= 0 && IsCount(text, before, beforeEnd)
            && ValueText.MatchWord(text, leadStart, "pada") != leadEnd && !(listed && IsYear(text, before, beforeEnd)))
        {
            return ValueMatch.None;
        }

        // "2000 orang", and "pada 1950 hingga 2000 orang", a range of counts.
        if (ValueText.MatchAny(text, ValueText.SkipGap(text, pos + 4), CountedNouns, out _) >= 0) return ValueMatch.None;
        if (IndonesianNumber.RangeUpperStart(text, pos + 4) is int upperAt and >= 0 && IndonesianNumber.ReadDigitsNumber(text, upperAt, out _) is int upperEnd and >= 0
            && ValueText.MatchAny(text, ValueText.SkipGap(text, upperEnd), CountedNouns, out _) >= 0)
        {
            return ValueMatch.None;
        }

        int end = ReadYearSpan(text, pos, out string? value);
        return end >= 0 ? Date(end, value) : ValueMatch.None;
    }

    // The most years a dashed span with no lead word may cover: a term of office, a plan or a war, not "1900-2000" of a count.
    private const int MaxSpanWithoutLead = 10;

    // Words after which four digits are a number that names something, not a year: "nomor 2014-2015", "telp 2015-2016".
    private static readonly string[] NumberLabels = ["nomor", "nomer", "no", "kode", "telp", "telepon", "hp", "skor", "seri", "tipe", "rekening", "pin", "nip", "nik"];

    /// <summary>
    /// A span of years after a word or name, with no lead word: <c>Pasar Besar Kota Madiun 2009-2012</c>, <c>anggota DK OJK
    /// 2017-2022</c>, <c>masa bakti 2016-2019</c>, <c>Bundesliga 2016-2017</c> → 2009/2012, as the same span after
    /// <c>periode</c> is. Two rising years up to <see cref="MaxSpanWithoutLead"/> apart joined by a dash, or consecutive ones
    /// joined by a slash (a season or school year: <c>Premier League 2016/17</c>, <c>tahun pelajaran 2017/2018</c>), on the
    /// same line as the word (or bracketed short form) before them. Not after a number or a label of one (<c>nomor</c>, <c>telp</c>, <c>skor</c>), not
    /// inside a longer code (<c>0812-2015-2016</c>, <c>upload/2016/11</c>), not before a count (<c>2000-2005 orang</c>).
    /// A single year after a name stays untagged (<c>Euro 2016</c> names the event).
    /// </summary>
    private static ValueMatch MatchSpanWithoutLead(string text, int pos, int year)
    {
        if (pos == 0 || text[pos - 1] is not (' ' or '\u00A0')) return ValueMatch.None;
        int before = pos - 1;
        while (before > 0 && pos - before <= ValueText.MaxGap && text[before] is ' ' or '\u00A0') before--;

        // "di musim terakhirnya, 2006/07": a span set off by a comma after a word is a date as well.
        int wordPos = pos;
        if (text[before] == ',' && before > 0 && char.IsLetter(text[before - 1]))
        {
            wordPos = before;
            before--;
        }

        // "Indonesia Super League (ISL) 2008-2009": a short form in brackets ends the name as well as a word does.
        if (text[before] == ')')
        {
            if (before == 0 || !char.IsLetter(text[before - 1])) return ValueMatch.None;
        }
        else
        {
            int wordStart = ValueText.PreviousWord(text, wordPos, out int wordEnd);
            if (wordStart < 0 || wordEnd != before + 1) return ValueMatch.None;
            for (int i = wordStart; i < wordEnd; i++)
            {
                if (!char.IsLetter(text[i])) return ValueMatch.None;
            }

            if (ValueText.MatchAny(text, wordStart, NumberLabels, out _) == wordEnd) return ValueMatch.None;
        }

        int sepAt = ValueText.SkipGap(text, pos + 4);
        if (sepAt >= text.Length || !(IsDash(text[sepAt]) || text[sepAt] == '/')) return ValueMatch.None;
        int end = ReadUpperYear(text, pos + 4, year, out int last);
        if (end < 0 || (IsDash(text[sepAt]) ? last - year > MaxSpanWithoutLead : last != year + 1)) return ValueMatch.None;
        if (end + 1 < text.Length && (IsDash(text[end]) || text[end] == '/') && char.IsAsciiDigit(text[end + 1])) return ValueMatch.None;
        if (ValueText.MatchAny(text, ValueText.SkipGap(text, end), CountedNouns, out _) >= 0) return ValueMatch.None;
        return Date(ReadYearDeixis(text, end), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year:0000}/{last:0000}"));
    }

    // A number alone fills start..end, not the count of an ordinal ("ke-54"): "1500", "1.500" (the word read back is its last group).
    private static bool IsCount(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return false;
        }

        return !(start >= 3 && text[start - 1] == '-' && ValueText.MatchWord(text, start - 3, "ke") == start - 1 && ValueText.IsWordStart(text, start - 3));
    }

    // A written year from MinYear to MaxYear fills start..end: 1987, not 31.
    private static bool IsYear(string text, int start, int end)
        => end - start == 4 && ValueText.ReadDigits(text, start, 4, out int year) == 4 && year is >= MinYear and <= MaxYear;

    // How many years back a list of years is followed to its lead word ("pada 1964, 1975, 1980 dan 1998").
    private const int MaxListYears = 8;

    /// <summary>
    /// The start of the lead word (<c>pada</c>, <c>tahun</c>, …) of a list of years that the year at <paramref name="pos"/>
    /// continues after a comma or <c>dan</c> ("pada 1964, 1975 dan 1998", "tahun 2007, dan 2012"); or -1.
    /// </summary>
    private static int ListLeadStart(string text, int pos)
    {
        int at = pos;
        for (int i = 0; i < MaxListYears; i++)
        {
            bool joined = false;
            int danStart = ValueText.PreviousWord(text, at, out int danEnd);
            if (danStart >= 0 && ValueText.MatchWord(text, danStart, "dan") == danEnd)
            {
                at = danStart;
                joined = true;
            }

            int comma = at;
            while (comma > 0 && at - comma < ValueText.MaxGap && char.IsWhiteSpace(text[comma - 1])) comma--;
            if (comma > 0 && text[comma - 1] == ',')
            {
                at = comma - 1;
                joined = true;
            }

            if (!joined) return -1;
            int yearStart = ValueText.PreviousWord(text, at, out int yearEnd);
            if (yearStart < 0 || yearEnd - yearStart != 4 || ValueText.ReadDigits(text, yearStart, 4, out int year) != 4 || year is < MinYear or > MaxYear) return -1;
            int leadStart = ValueText.PreviousWord(text, yearStart, out int leadEnd);
            if (leadStart >= 0 && (ValueText.MatchAny(text, leadStart, YearLeadWords, out _) == leadEnd || ValueText.MatchWord(text, leadStart, "tahun") == leadEnd)) return leadStart;
            at = yearStart;
        }

        return -1;
    }

    // How far from a year the brackets of a list of years are looked for: eight years and their separators.
    private const int MaxBracketedList = 80;

    /// <summary>
    /// True when the year at <paramref name="pos"/> is one of two or more years that fill a pair of brackets, joined by
    /// commas, <c>dan</c> or <c>&amp;</c>: "(2009, 2010, 2012, 2013)", "(1977, 1990, &amp; 1993)". Not "(2014)" alone (see
    /// <see cref="BracketedYear"/>), nor a bracket with anything else in it ("(2012, 13 gol)").
    /// </summary>
    private static bool InBracketedYearList(string text, int pos)
    {
        int open = pos;
        while (open > 0 && pos - open < MaxBracketedList && text[open - 1] is not ('(' or ')' or '\n')) open--;
        if (open == 0 || text[open - 1] != '(') return false;
        int at = open;
        int years = 0;
        while (at < text.Length && at - open <= 2 * MaxBracketedList)
        {
            if (ValueText.ReadDigits(text, at, 4, out int y) != 4 || y is < MinYear or > MaxYear || !ValueText.IsWordEnd(text, at + 4)) return false;
            years++;
            at += 4;
            if (at < text.Length && text[at] == ')') return years >= 2;
            bool joined = false;
            if (at < text.Length && text[at] == ',')
            {
                at++;
                joined = true;
            }

            at = ValueText.SkipGap(text, at);
            if (ValueText.MatchWord(text, at, "dan") is int dan and >= 0) at = ValueText.SkipGap(text, dan);
            else if (at < text.Length && text[at] == '&') at = ValueText.SkipGap(text, at + 1);
            else if (!joined) return false;
        }

        return false;
    }

    // Words after which a two-digit decade is one: "era 90-an", "tahun 80an", "dekade 90-an", "generasi 90-an". Not
    // "awal 30-an" or "usia 20-an", which are ages.
    private static readonly string[] DecadeLeadWords = ["era", "tahun", "dekade", "generasi"];

    // 1980-an, 1980 - an, 1950an anywhere (not "2000-an orang", a count); 90-an after a decade lead word or an apostrophe
    // ('90-an): only 30-an to 90-an, since 20-an is as often an age or a count. The value is the decade (198, 199).
    private static ValueMatch MatchDecade(string text, int pos)
    {
        int digits = ValueText.ReadDigits(text, pos, 4, out int number);
        int century;
        if (digits == 4 && number is >= MinYear and <= MaxYear)
        {
            century = 0;
        }
        else if (digits == 2 && number is >= 30 and <= 90 && FollowsDecadeLead(text, pos))
        {
            century = 1900;
        }
        else
        {
            return ValueMatch.None;
        }

        int year = century + number;
        int suffixEnd = DecadeSuffix(text, pos + digits);
        if (year % 10 != 0 || suffixEnd < 0) return ValueMatch.None;
        if (ValueText.MatchAny(text, ValueText.SkipGap(text, suffixEnd), CountedNouns, out _) >= 0) return ValueMatch.None;
        if (ReadUpperDecade(text, suffixEnd, year, digits == 2, out int last) is int lastEnd and >= 0) return Date(ReadYearDeixis(text, lastEnd), DecadeSpan(year, last));
        return Date(ReadYearDeixis(text, suffixEnd), Decade(year));
    }

    /// <summary>
    /// The later decade of a span of two ("era 1980 - an hingga 1990 - an", "tahun 1970 - an sampai 1980 - an", "era
    /// 80-an sampai 90-an"), after a dash or a range word: its end, and its first year in <paramref name="last"/>; or -1.
    /// Two digits only after a two-digit decade, in the 1900s as that one is ('90-an). Read apart, they were two decades.
    /// </summary>
    private static int ReadUpperDecade(string text, int suffixEnd, int year, bool twoDigits, out int last)
    {
        last = 0;
        int at = IndonesianNumber.RangeUpperStart(text, suffixEnd);
        if (at < 0) return -1;
        int leadEnd = ValueText.MatchAny(text, at, DecadeLeadWords, out _);
        if (leadEnd >= 0) at = ValueText.SkipGap(text, leadEnd);
        if (at < text.Length && text[at] is '\'' or '\u2019') at++;
        int digits = ValueText.ReadDigits(text, at, 4, out last);
        if (digits == 2 && twoDigits) last += 1900;
        else if (digits != 4) return -1;
        int end = DecadeSuffix(text, at + digits);
        if (end < 0 || last % 10 != 0 || last <= year || last > MaxYear) return -1;
        return ValueText.MatchAny(text, ValueText.SkipGap(text, end), CountedNouns, out _) >= 0 ? -1 : end;
    }

    // Two decades as one ISO 8601 interval of years: 1980s to 1990s → 1980/1999.
    private static string DecadeSpan(int first, int last) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{first:0000}/{last + 9:0000}");

    private static bool FollowsDecadeLead(string text, int pos)
    {
        if (pos > 0 && text[pos - 1] is '\'' or '\u2019') return true;
        int leadStart = ValueText.PreviousWord(text, pos, out int leadEnd);
        return leadStart >= 0 && ValueText.MatchAny(text, leadStart, DecadeLeadWords, out _) == leadEnd;
    }

    // The end of the "-an" that makes a year ending in 0 a decade: 1960-an, 1980 - an, 1950an, 90 an; or -1.
    private static int DecadeSuffix(string text, int end)
    {
        int at = end;
        if (at < text.Length && text[at] == '-')
        {
            at++;
        }
        else
        {
            at = ValueText.SkipGap(text, end);
            if (at < text.Length && text[at] is '-' or '\u2013') at = ValueText.SkipGap(text, at + 1);
        }

        return ValueText.MatchWord(text, at, "an");
    }

    // ISO 8601 reduced to the decade: the first three digits of the year (1980s → 198).
    private static string Decade(int year) => RelativeDateResolver.Year(year)[..3];

    /// <summary>
    /// Reads a written year at <paramref name="pos"/> with what belongs to it: a decade suffix (1980 - an → 198), or an
    /// upper year after a dash or slash (2007-2012, 2016 – 2021, 2015/2016, 2016/17 → an ISO 8601 interval of years; an
    /// upper decade, 1920-1930 - an, ends with its last year, 1920/1939), then a direction word (pada 2010 lalu).
    /// </summary>
    /// <returns>The end, or -1 when no year is written there.</returns>
    private static int ReadYearSpan(string text, int pos, out string? value, bool between = false)
    {
        value = null;
        if (ValueText.ReadDigits(text, pos, 4, out int year) != 4 || year is < MinYear or > MaxYear) return -1;
        int end = pos + 4;
        int suffixEnd = DecadeSuffix(text, end);
        if (suffixEnd >= 0 && year % 10 == 0)
        {
            if (ReadUpperDecade(text, suffixEnd, year, twoDigits: false, out int lastDecade) is int decadeEnd and >= 0)
            {
                value = DecadeSpan(year, lastDecade);
                return ReadYearDeixis(text, decadeEnd);
            }

            value = Decade(year);
            return ReadYearDeixis(text, suffixEnd);
        }

        if (!ValueText.IsWordEnd(text, end) || (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]))) return -1; // 2016-an
        if (ReadUpperYear(text, end, year, out int last, between) is int lastEnd and >= 0)
        {
            int upperSuffix = last % 10 == 0 ? DecadeSuffix(text, lastEnd) : -1;
            if (upperSuffix >= 0)
            {
                last += 9;
                lastEnd = upperSuffix;
            }

            value = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year:0000}/{last:0000}");
            return ReadYearDeixis(text, lastEnd);
        }

        value = RelativeDateResolver.Year(year);
        return ReadYearDeixis(text, end);
    }

    // True when an upper year that is a decade follows the year that ends at end: "1945-1990 - an", "1960 hingga 2000 - an".
    private static bool EndsInDecade(string text, int end, int year)
        => ReadUpperYear(text, end, year, out int last) is int lastEnd and >= 0 && last % 10 == 0 && DecadeSuffix(text, lastEnd) >= 0;

    // The upper end of a span of years after a dash, a slash or a range word: 2012 of "2007-2012", "2007 – 2012",
    // "2015/2016", "2007 hingga 2012", the season's "2016/17" (two digits, written close: the next year up to nine on),
    // and after "antara" (between) also "2007 dan 2012". Its end, or -1.
    private static int ReadUpperYear(string text, int end, int year, out int last, bool between = false)
    {
        last = 0;
        int sepAt = ValueText.SkipGap(text, end);
        if (sepAt >= text.Length) return -1;
        int digitsAt;
        if (IsDash(text[sepAt]) || text[sepAt] == '/')
        {
            digitsAt = ValueText.SkipGap(text, sepAt + 1);
        }
        else
        {
            // "sejak 2011 hingga 2016", "tahun 1976 hingga tahun 1990", "antara 1998 dan 2007" (between only), "era tahun
            // 1960 hingga 2000 - an": a word joins a span of years, unless a count follows ("1950 hingga 2000 orang").
            digitsAt = IndonesianNumber.RangeUpperStart(text, end);
            if (digitsAt < 0 && between && ValueText.MatchWord(text, sepAt, "dan") is int dan and >= 0) digitsAt = ValueText.SkipGap(text, dan);
            if (digitsAt < 0) return -1;
            if (ValueText.MatchWord(text, digitsAt, "tahun") is int yearWord and >= 0) digitsAt = ValueText.SkipGap(text, yearWord);
            if (ValueText.ReadDigits(text, digitsAt, 4, out last) != 4) return -1;
            bool decade = last % 10 == 0 && DecadeSuffix(text, digitsAt + 4) >= 0;
            if (!decade && ValueText.MatchAny(text, ValueText.SkipGap(text, digitsAt + 4), CountedNouns, out _) >= 0) return -1;
        }

        int n = ValueText.ReadDigits(text, digitsAt, 4, out last);
        if (n == 2 && sepAt == end && digitsAt == sepAt + 1)
        {
            last += year / 100 * 100;
            if (last <= year) last += 100;
            if (last - year > 9) return -1;
        }
        else if (n != 4)
        {
            return -1;
        }

        int lastEnd = digitsAt + n;
        if (!ValueText.IsWordEnd(text, lastEnd) || (lastEnd < text.Length && text[lastEnd] is '/' or '.' or ',' && lastEnd + 1 < text.Length && char.IsAsciiDigit(text[lastEnd + 1])))
        {
            return -1;
        }

        return last > year && last <= MaxYear ? lastEnd : -1;
    }

    // Hyphen, minus, figure, en and em dashes: news writes a span of years with any of them (2003-2010, 2003–2010, 2003—2010).
    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    private static ValueMatch MatchAfterWeekday(string text, int pos, int end, DayOfWeek weekday, DateOnly? published, bool eve = false)
    {
        int p = end;

        // "Sabtu, (2/7)", and "Sabtu , (2/7)" as tokenised text spaces it.
        if (ValueText.SkipGap(text, p) is int comma && comma < text.Length && text[comma] == ',') p = comma + 1;
        p = ValueText.SkipGap(text, p);

        // Senin malam (26/9): a part of the day between the weekday and its date.
        // "Minggu malam waktu setempat (13/11/2016)", "Rabu waktu setempat (10/5)": the local time the day is told in,
        // before the date.
        int partEnd = PartOfDay.Read(text, p);
        int zoneEnd = ReadLocalTime(text, partEnd >= 0 ? partEnd : end);
        if (zoneEnd >= 0) partEnd = zoneEnd;

        // "Rabu ini (19/10)": "ini" says this week's, the bracket says which day.
        if (partEnd < 0) partEnd = ValueText.MatchNextWord(text, end, "ini");
        if (partEnd >= 0 && ValueText.SkipGap(text, partEnd) is int open && open < text.Length && text[open] == '(') p = open;

        if (p < text.Length && text[p] == '(')
        {
            var paren = MatchParenthesised(text, p, weekday, published);
            if (paren.Success) return paren;

            // "Jumat (14 April 2017)": a written date in brackets is the weekday's too.
            if (p + 1 < text.Length && char.IsAsciiDigit(text[p + 1]) && MatchNumeric(text, p + 1, published, weekday) is { Success: true, Normalized: { Length: 10 } } written
                && written.End < text.Length && text[written.End] == ')')
            {
                return Date(written.End + 1, written.Normalized);
            }
        }

        if (p < text.Length && char.IsAsciiDigit(text[p]))
        {
            var numeric = MatchNumeric(text, p, published, weekday);
            if (numeric.Success) return numeric;
        }

        // Senin pekan lalu: that weekday in the week before publication.
        int weekEnd = ValueText.MatchWord(text, p, "pekan");
        if (weekEnd < 0) weekEnd = ValueText.MatchWord(text, p, "minggu");
        if (weekEnd >= 0)
        {
            int dirEnd = ReadDirection(text, weekEnd, out var weekDirection);
            if (dirEnd >= 0)
            {
                string? value = null;
                if (published is { } pub && RelativeDateResolver.IsSafe(pub, 14))
                {
                    int mondayOffset = ((int)pub.DayOfWeek + 6) % 7;
                    var monday = pub.AddDays(-mondayOffset + (weekDirection == DateDirection.Past ? -7 : 7));
                    value = RelativeDateResolver.Day(monday.AddDays(((int)weekday + 6) % 7));
                }

                // "Senin pekan depan (5/6)": the bracket says which day.
                if (BracketDateAfter(text, dirEnd, weekday, published) is { Success: true } weekBracket) return weekBracket;
                return Date(dirEnd, value);
            }
        }

        int directionEnd = ReadDirection(text, end, out var direction);
        if (directionEnd >= 0 && BracketDateAfter(text, directionEnd, weekday, published) is { Success: true } bracket) return bracket;
        if (directionEnd >= 0)
        {
            return Date(directionEnd, published is { } pub && RelativeDateResolver.IsSafe(pub, 7) ? RelativeDateResolver.Day(RelativeDateResolver.Weekday(weekday, direction, pub)) : null);
        }

        if (MatchWeekdaySpan(text, end, published) is { Success: true } span) return span;

        // "Jumat malam", "pada Minggu dini hari", "Sabtu pagi lalu": the part of the day belongs to the date, as in
        // "Senin malam (26/9)"; read apart, it was left out, and "Minggu" (too often "week" alone) was no date at all.
        int dayPartEnd = PartOfDay.Read(text, end);
        if (dayPartEnd >= 0)
        {
            if (ReadDirection(text, dayPartEnd, out var partDirection) is int partDirectionEnd and >= 0)
            {
                return Date(partDirectionEnd, published is { } pub && RelativeDateResolver.IsSafe(pub, 7) ? RelativeDateResolver.Day(RelativeDateResolver.Weekday(weekday, partDirection, pub)) : null);
            }

            return Date(dayPartEnd, BareWeekday.Resolve(text, pos, end, weekday, published));
        }

        // A bare weekday is the latest such day up to publication (BareWeekday).
        // "Minggu" alone is too often "week" at a sentence start to count.
        // "malam Minggu" is Saturday night, never "week".
        return weekday == DayOfWeek.Sunday && !eve ? ValueMatch.None : Date(end, BareWeekday.Resolve(text, pos, end, weekday, published));
    }

    /// <summary>
    /// "malam Minggu", "pada malam Jumat (1/6)": in Indonesian usage the night is named after the day it leads into, so
    /// "malam Minggu" is Saturday night and "malam Jumat" Thursday night. The mention starts at "malam" and is valued as
    /// the day before the named one, as "Sabtu malam" is: read as the weekday alone, "malam Minggu lalu" was a Sunday
    /// and "malam Minggu (27/5)" chose the year in which 27 May is a Sunday. Lower-case "malam minggu" is Saturday night
    /// too (lower-case "minggu" alone is "week"); "Malam Minggu Miko", a capitalised title, is no date.
    /// </summary>
    private static ValueMatch MatchEve(string text, int pos, DateOnly? published)
    {
        int malamEnd = ValueText.MatchWord(text, pos, "malam");
        if (malamEnd < 0) return ValueMatch.None;
        int at = ValueText.SkipGap(text, malamEnd);
        if (at == malamEnd) return ValueMatch.None;
        int end = IndonesianCalendar.MatchWeekday(text, at, out var weekday);
        if (end < 0)
        {
            end = ValueText.MatchWord(text, at, "minggu");
            if (end < 0 || !char.IsLower(text[at])) return ValueMatch.None;
            weekday = DayOfWeek.Sunday;
        }

        // A title: "Malam Minggu Miko" (a name after the weekday).
        int next = ValueText.SkipGap(text, end);
        if (char.IsUpper(text[pos]) && next > end && next < text.Length && char.IsUpper(text[next])) return ValueMatch.None;
        var eveDay = (DayOfWeek)(((int)weekday + 6) % 7);

        // Read as the weekday of the eve: its date in brackets, "lalu", "pekan lalu" and a bare day resolve as for "Sabtu".
        return MatchAfterWeekday(text, pos, end, eveDay, published, eve: true);
    }

    /// <summary>
    /// "waktu setempat" after <paramref name="pos"/>: the end, or -1. Not "waktu Amerika Serikat": the place is a name of
    /// its own, which a date around it would swallow.
    /// </summary>
    private static int ReadLocalTime(string text, int pos)
    {
        int waktu = ValueText.MatchNextWord(text, pos, "waktu");
        return waktu < 0 ? -1 : ValueText.MatchNextWord(text, waktu, "setempat");
    }

    private static readonly string[] WeekdaySpanWords = ["sampai", "hingga", "s/d", "s.d"];

    /// <summary>
    /// "Senin-Jumat", "Senin sampai Jumat", "Sabtu - Minggu": two weekdays joined by a dash or a range word are one date,
    /// as OntoNotes marks "Monday through Friday", valued only when days of the month follow in brackets or after a
    /// comma (<c>Selasa - Jumat (13-16 Februari)</c> → 2017-02-13/2017-02-16): a schedule (<c>buka Senin-Jumat pukul
    /// 08.00-16.00</c>) names no days. Read apart, each weekday was a date of its own with no value, and a second
    /// "Minggu" was lost.
    /// </summary>
    private static ValueMatch MatchWeekdaySpan(string text, int firstEnd, DateOnly? published)
    {
        int at = ValueText.SkipGap(text, firstEnd);
        if (at >= text.Length) return ValueMatch.None;
        int joinEnd;
        if (IsDash(text[at]))
        {
            joinEnd = at + 1;
        }
        else if ((joinEnd = ValueText.MatchAny(text, at, WeekdaySpanWords, out _)) >= 0)
        {
            if (ValueText.MatchNextWord(text, joinEnd, "dengan") is int dengan and >= 0) joinEnd = dengan;
            if (joinEnd < text.Length && text[joinEnd] == '.') joinEnd++; // s.d.
        }
        else
        {
            return ValueMatch.None;
        }

        int secondAt = ValueText.SkipGap(text, joinEnd);
        int secondEnd = IndonesianCalendar.MatchWeekday(text, secondAt, out _);
        if (secondEnd < 0) return ValueMatch.None;

        // The days the span covers: "(13-16 Februari)", ", 11-12 Desember 2017".
        int p = secondEnd;
        bool comma = p < text.Length && text[p] == ',';
        p = ValueText.SkipGap(text, comma ? p + 1 : p);
        bool bracket = !comma && p < text.Length && text[p] == '(';
        if (bracket) p++;
        if (p < text.Length && char.IsAsciiDigit(text[p]) && MatchNumeric(text, p, published) is { Success: true } days
            && days.Normalized is null or { Length: 21 } && (!bracket || (days.End < text.Length && text[days.End] == ')')))
        {
            // An interval of days (2017-02-13/2017-02-16); with no publication date to resolve it, still one date.
            if (days.Normalized is not null || published is null) return Date(bracket ? days.End + 1 : days.End, days.Normalized);
        }

        return Date(secondEnd, null);
    }

    /// <summary>
    /// "Sabtu kemarin (17/6)", "kemarin malam (31/3)": a date in brackets after a relative day says which day it is;
    /// read apart, the relative words were a second date, resolved on their own and maybe to another day.
    /// </summary>
    private static ValueMatch BracketDateAfter(string text, int end, DayOfWeek? weekday, DateOnly? published)
    {
        int p = ValueText.SkipGap(text, end);
        int partEnd = PartOfDay.Read(text, p);
        if (partEnd >= 0) p = ValueText.SkipGap(text, partEnd);
        return p < text.Length && text[p] == '(' ? MatchParenthesised(text, p, weekday, published) : ValueMatch.None;
    }

    /// <summary>A day in brackets at <paramref name="open"/> that says which day a named day is: "Hari Raya Galungan (5/4)".</summary>
    internal static ValueMatch BracketDate(string text, int open, DateOnly? published) => MatchParenthesised(text, open, null, published);

    // (2/7), (2/7/2016), (18/8/16): the news convention for the day of the reported event.
    private static ValueMatch MatchParenthesised(string text, int open, DayOfWeek? weekday, DateOnly? published)
    {
        int p = open + 1;
        if (!ReadDayMonth(text, p, '/', out int day, out int month, out p)) return ValueMatch.None;
        int? year = null;
        if (p < text.Length && text[p] == '/')
        {
            int n = ValueText.ReadDigits(text, p + 1, 4, out int y);
            if (n == 2) y += 2000;
            if (n is not (2 or 4) || y < MinYear || y > MaxYear) return ValueMatch.None;
            year = y;
            p += 1 + n;
        }

        if (p >= text.Length || text[p] != ')') return ValueMatch.None;

        // "Selasa (1/8/2017) kemarin", "(2/7) lalu": the word that follows belongs to the date, which already says
        // which day; read apart, "kemarin" would be a second date, a day before publication.
        // "Selasa (6/9) malam": the part of the day after the bracket belongs to the date too.
        int dateEnd = p + 1;
        if (PartOfDay.Read(text, dateEnd) is int partEnd and >= 0) dateEnd = partEnd;
        int trailing = ReadDirection(text, dateEnd, out _);
        if (trailing < 0) trailing = ValueText.MatchNextWord(text, dateEnd, "ini");
        return Date(trailing >= 0 ? trailing : dateEnd, Resolve(day, month, year, weekday, DateDirection.Nearest, published));
    }

    // upperEnd: the date is the upper end of a range, which does not open another range (bounded recursion on
    // "1 Mei - 2 Mei - 3 Mei - …").
    private static ValueMatch MatchNumeric(string text, int pos, DateOnly? published, DayOfWeek? weekday = null, bool upperEnd = false)
    {
        // 2016-07-02
        int n = ValueText.ReadDigits(text, pos, 4, out int isoYear);
        if (n == 4 && pos + 10 <= text.Length && text[pos + 4] == '-'
            && ValueText.ReadDigits(text, pos + 5, 2, out int isoMonth) == 2 && text[pos + 7] == '-'
            && ValueText.ReadDigits(text, pos + 8, 2, out int isoDay) == 2 && ValueText.IsWordEnd(text, pos + 10)
            && RelativeDateResolver.TryDate(isoYear, isoMonth, isoDay) is { } iso)
        {
            return Date(ReadYearDeixis(text, pos + 10), RelativeDateResolver.Day(iso));
        }

        int dayDigits = ValueText.ReadDigits(text, pos, 2, out int day);
        if (dayDigits == 0)
        {
            // "100 tahun silam": a count too long for a day still counts back from publication.
            if (weekday is not null || upperEnd) return ValueMatch.None;
            int longEnd = IndonesianNumber.ReadDigitsNumber(text, pos, out decimal count);
            return longEnd >= 0 ? MatchAgo(text, longEnd, count, published) : ValueMatch.None;
        }

        int p = pos + dayDigits;
        int dayEnd = p;

        // 2/7/2016 or 2-7-2016: a four-digit year keeps fractions and scores out.
        if (p < text.Length && (text[p] == '/' || text[p] == '-') && ReadDayMonth(text, pos, text[p], out day, out int month, out int q)
            && q < text.Length && text[q] == text[p])
        {
            int yn = ValueText.ReadDigits(text, q + 1, 4, out int year);
            if (yn == 4 && ValueText.IsWordEnd(text, q + 5) && RelativeDateResolver.TryDate(year, month, day) is { } slash)
            {
                return Date(ReadYearDeixis(text, q + 5), RelativeDateResolver.Day(slash));
            }

            // 13/12/16: a two-digit year only with slashes and not inside a path (upload/2017/05/12/…); the century is
            // the one that does not put the date after next year.
            int shortEnd = q + 3;
            if (yn == 2 && text[p] == '/' && (pos == 0 || text[pos - 1] != '/') && ValueText.IsWordEnd(text, shortEnd)
                && (shortEnd >= text.Length || text[shortEnd] != '/'))
            {
                year += 2000;
                if (published is { } pub && year > pub.Year + 1) year -= 100;
                if (RelativeDateResolver.TryDate(year, month, day) is { } shortDate) return Date(shortEnd, RelativeDateResolver.Day(shortDate));
            }
        }

        // "3-4 bulan ke depan": a range of counts ahead or back, read before a range of days ("3-4 hari ke depan" is no "3 to 4").
        if (!upperEnd && weekday is null && IndonesianNumber.ReadDigitsNumber(text, pos, out decimal lower) is int lowerEnd and >= 0
            && MatchAgoRange(text, lowerEnd, lower, published) is { Success: true } agoRange)
        {
            return agoRange;
        }

        // 2-6 November 2016, 2 – 6 Juli, 12 hingga 14 Desember: days of one month, an ISO 8601 interval (2016-11-02/2016-11-06).
        int lastAt = IndonesianNumber.RangeUpperStart(text, p);
        if (!upperEnd && lastAt >= 0 && day is >= 1 and <= 31)
        {
            int lastDigits = ValueText.ReadDigits(text, lastAt, 2, out int lastDay);
            // The last day decides month and year (a calendar date, not a month or week); the first day shares them.
            if (lastDigits > 0 && lastDay > day && lastDay <= 31 && UpperDate(text, lastAt, published, out var lastDate) is { Success: true, Normalized: { } lastIso } last
                && RelativeDateResolver.TryDate(lastDate.Year, lastDate.Month, day) is { } first)
            {
                return Date(last.End, $"{RelativeDateResolver.Day(first)}/{lastIso}");
            }
        }

        // "26 dan 27 Mei", "3, 4 dan 5 Juni 2017": a day of a list whose last day names the month is a date of its own.
        // The first day stands apart before it: not the end of a score, range or number ("2-2, 6 dan 7 September").
        if (!upperEnd && weekday is null && day is >= 1 and <= 31 && (pos == 0 || char.IsWhiteSpace(text[pos - 1]) || text[pos - 1] == '(')
            && ListedDay(text, dayEnd, day, published, out string? listed))
        {
            return Date(dayEnd, listed);
        }

        // 2 Juli 2016, 2 Agt, 16 Agustus kemarin
        int monthAt = ValueText.SkipGap(text, p);
        if (monthAt > p)
        {
            int monthEnd = IndonesianCalendar.MatchMonth(text, monthAt, allowAbbreviation: true, out int month2);
            if (monthEnd >= 0 && day is >= 1 and <= 31)
            {
                int end = monthEnd;
                int? year = null;
                int yearAt = ValueText.SkipGap(text, monthEnd);
                if (yearAt > monthEnd && ValueText.ReadDigits(text, yearAt, 4, out int y) == 4 && y is >= MinYear and <= MaxYear && ValueText.IsWordEnd(text, yearAt + 4))
                {
                    year = y;
                    end = yearAt + 4;
                }

                // "23 Mei hingga 10 Juni 2016", "28 Desember - 3 Januari": the last date decides the year; the first is
                // the latest such day before it. Read apart, the first was resolved on its own, maybe in another year.
                if (year is null && !upperEnd && IndonesianNumber.RangeUpperStart(text, monthEnd) is int upperAt and >= 0 && upperAt < text.Length
                    && char.IsAsciiDigit(text[upperAt]) && UpperDate(text, upperAt, published, out var toDate) is { Success: true, Normalized: { } toIso } to
                    && RelativeDateResolver.TryDate(toDate.Year, month2, day) is { } from)
                {
                    if (from >= toDate && RelativeDateResolver.TryDate(toDate.Year - 1, month2, day) is { } yearBefore) from = yearBefore;
                    if (from < toDate && toDate.DayNumber - from.DayNumber <= 366) return Date(to.End, $"{RelativeDateResolver.Day(from)}/{toIso}");
                }

                var direction = DateDirection.Nearest;
                if (year is not null)
                {
                    end = ReadYearDeixis(text, end);
                }
                else if (ReadYearOf(text, end, published, out int? named) is int yearEnd and >= 0)
                {
                    // "17 Agustus tahun lalu" is one date in the year before publication; read apart it was
                    // "17 Agustus" (the nearest, maybe a later one) plus a second DATE "tahun lalu".
                    end = yearEnd;
                    if (named is null) return Date(end, null);
                    year = named;
                }
                else if (ReadDirection(text, end, out direction) is int dirEnd and >= 0)
                {
                    end = dirEnd;
                }
                else if (ReadThis(text, pos, end) is int thisEnd and >= 0)
                {
                    // "17 Agustus ini" is 17 August of this year, as "17 Agustus tahun ini" is.
                    end = thisEnd;
                    if (published is not { Year: > 1 and < 9999 } pub) return Date(end, null);
                    year = pub.Year;
                }
                else if (weekday is null && FollowsSinceWord(text, pos))
                {
                    direction = DateDirection.Past;
                }

                return Date(end, Resolve(day, month2, year, weekday, direction, published));
            }
        }

        if (weekday is not null) return ValueMatch.None;
        if (!upperEnd && MatchDayAlone(text, pos, dayEnd, day, published) is { Success: true } dayAlone) return dayAlone;

        // dua hari lalu (digits): 2 hari lalu, 3 pekan lalu
        int amountEnd = IndonesianNumber.ReadDigitsNumber(text, pos, out decimal amount);
        return amountEnd >= 0 ? MatchAgo(text, amountEnd, amount, published) : ValueMatch.None;
    }

    // How many days a list of days of one month is followed to its last day ("3, 4, 5, 6 dan 7 Juni").
    private const int MaxListDays = 8;

    /// <summary>
    /// True when the day that ends at <paramref name="dayEnd"/> opens or continues a list of rising days whose last,
    /// after <c>dan</c>, names the month: <c>26 dan 27 Mei</c>, <c>3, 4 dan 5 Juni 2017</c>, <c>5 dan 13 Juni mendatang</c>.
    /// The day takes the month and year the last day resolves to (<paramref name="value"/>, null when that has none);
    /// read alone it was no date, and only the last day was found. The items are joined by a comma and a space (not
    /// <c>3,4</c>, a decimal) or <c>dan</c>, and the list must end with <c>dan</c> or, after a comma, in a range of days that
    /// names the month (<c>19, 20 sampai 21 November 1945</c>), so a score such as <c>2-2, 6 September</c> stays apart.
    /// </summary>
    private static bool ListedDay(string text, int dayEnd, int day, DateOnly? published, out string? value)
    {
        value = null;
        int at = dayEnd;
        int previous = day;
        for (int i = 0; i < MaxListDays; i++)
        {
            bool comma = at + 1 < text.Length && text[at] == ',' && char.IsWhiteSpace(text[at + 1]);

            // "19, 20 sampai 21 November 1945": after a comma, the list may end in a range of days, which is read as one
            // date from its first day; the days before it take the month of its last.
            if (!comma && i > 0 && IndonesianNumber.RangeUpperStart(text, at) is int upperAt and >= 0)
            {
                return ListEnd(text, upperAt, day, previous, published, out value);
            }

            int next = ValueText.SkipGap(text, comma ? at + 1 : at);
            if (!comma && next == at) return false;
            int dan = ValueText.MatchWord(text, next, "dan");
            if (dan >= 0) next = ValueText.SkipGap(text, dan);
            else if (!comma) return false;
            int digits = ValueText.ReadDigits(text, next, 2, out int nextDay);
            if (digits == 0 || nextDay <= previous || nextDay > 31 || !ValueText.IsWordEnd(text, next + digits)) return false;
            if (dan < 0)
            {
                at = next + digits;
                previous = nextDay;
                continue;
            }

            return ListEnd(text, next, day, previous, published, out value);
        }

        return false;
    }

    // The last day of a list at lastAt: a calendar date with its month written after it, later than the day before it.
    // True when it is one; value: the listed day in its month and year.
    private static bool ListEnd(string text, int lastAt, int day, int previous, DateOnly? published, out string? value)
    {
        value = null;
        int digits = ValueText.ReadDigits(text, lastAt, 2, out int lastDay);
        if (digits == 0 || lastDay <= previous || lastDay > 31 || !ValueText.IsWordEnd(text, lastAt + digits)) return false;
        if (IndonesianCalendar.MatchMonth(text, ValueText.SkipGap(text, lastAt + digits), allowAbbreviation: true, out _) < 0) return false;
        var last = MatchNumeric(text, lastAt, published, upperEnd: true);
        if (!last.Success) return false;
        if (last.Normalized is { } iso && RelativeDateResolver.TryParseDay(iso, out var lastDate)
            && RelativeDateResolver.TryDate(lastDate.Year, lastDate.Month, day) is { } date)
        {
            value = RelativeDateResolver.Day(date);
        }

        return true;
    }

    private static readonly string[] DayWords = ["tanggal", "tgl"];

    /// <summary>
    /// "tanggal 24": a day of the month alone after "tanggal", in the nearest month with that day (the coming one
    /// after "nanti"/"mendatang", the last one after "lalu"); a month in parentheses after it names the month:
    /// "tanggal 6 (Agustus)". Not when the day opens a list or range (<c>tanggal 19, 20 sampai 21 November 1945</c>,
    /// whose month comes later) or a month of another calendar follows (<c>tanggal 1 Syawal</c>).
    /// </summary>
    private static ValueMatch MatchDayAlone(string text, int pos, int dayEnd, int day, DateOnly? published)
    {
        if (day is < 1 or > 31 || !ValueText.IsWordEnd(text, dayEnd)) return ValueMatch.None;
        int wordStart = ValueText.PreviousWord(text, pos, out int wordEnd);
        if (wordStart < 0 || ValueText.MatchAny(text, wordStart, DayWords, out _) != wordEnd) return ValueMatch.None;
        int next = ValueText.SkipGap(text, dayEnd);
        if (next < text.Length && (char.IsUpper(text[next]) || char.IsAsciiDigit(text[next]))) return ValueMatch.None;
        if (next + 1 < text.Length && text[next] is ',' or '.' or '/' or ':' && char.IsAsciiDigit(text[ValueText.SkipGap(text, next + 1)])) return ValueMatch.None;
        if (IndonesianNumber.RangeUpperStart(text, dayEnd) >= 0 || OpensDayList(text, next)) return ValueMatch.None;

        // "tanggal 17 oktober": after "tanggal", a month name in lower case is still the month.
        if (IndonesianCalendar.MatchMonthAnyCase(text, next, out int lowerMonth) is int lowerEnd and >= 0)
        {
            return Date(lowerEnd, Resolve(day, lowerMonth, null, null, DateDirection.Nearest, published));
        }

        if (MonthFollows(text, next)) return ValueMatch.None;
        if (next < text.Length && text[next] == '(' && IndonesianCalendar.MatchMonth(text, next + 1, allowAbbreviation: false, out int month) is int monthEnd and >= 0
            && monthEnd < text.Length && text[monthEnd] == ')')
        {
            return Date(monthEnd + 1, Resolve(day, month, null, null, DateDirection.Nearest, published));
        }

        int end = ReadDirection(text, dayEnd, out var direction);
        if (end < 0) end = dayEnd;
        return Date(end, published is { } pub ? RelativeDateResolver.NearestMonthDay(day, direction, pub) is { } date ? RelativeDateResolver.Day(date) : null : null);
    }

    // True when "dan" or "atau" at pos joins another day: "tanggal 30 dan 31 Agustus", whose month comes later. Before
    // a word ("digelar tanggal 5 dan berlangsung meriah") it joins clauses, and the day stands alone.
    private static bool OpensDayList(string text, int pos)
    {
        int joinEnd = ValueText.MatchWord(text, pos, "dan");
        if (joinEnd < 0) joinEnd = ValueText.MatchWord(text, pos, "atau");
        if (joinEnd < 0) return false;
        int next = ValueText.SkipGap(text, joinEnd);
        return next < text.Length && char.IsAsciiDigit(text[next]);
    }

    // How many words after a lone day a month name still makes the day its ("tanggal 12 sampak 14 Februari", "tanggal 4 setiap bulan Mei").
    private const int MonthLookAhead = 3;

    // True when a month name comes within a few words after pos: the day belongs to it, which is not read here.
    private static bool MonthFollows(string text, int pos)
    {
        int at = pos;
        for (int i = 0; i < MonthLookAhead && at < text.Length; i++)
        {
            if (IndonesianCalendar.MatchMonth(text, at, allowAbbreviation: false, out _) >= 0) return true;
            int end = at;
            while (end < text.Length && end - at < 16 && ValueText.IsWordChar(text[end])) end++;
            if (end == at || end - at >= 16) return false;
            at = ValueText.SkipGap(text, end);
        }

        return false;
    }

    // The upper end of a range of dates when it is a calendar day ("6 November 2016", "10 Juni"), with its date.
    private static ValueMatch UpperDate(string text, int pos, DateOnly? published, out DateOnly date)
    {
        date = default;
        var match = MatchNumeric(text, pos, published, upperEnd: true);
        return match is { Success: true, Normalized: { } iso }
            && RelativeDateResolver.TryParseDay(iso, out date)
            ? match : ValueMatch.None;
    }

    private static bool ReadDayMonth(string text, int pos, char separator, out int day, out int month, out int end)
    {
        month = 0;
        end = pos;
        int dn = ValueText.ReadDigits(text, pos, 2, out day);
        if (dn == 0 || pos + dn >= text.Length || text[pos + dn] != separator) return false;
        int mn = ValueText.ReadDigits(text, pos + dn + 1, 2, out month);
        if (mn == 0 || day is < 1 or > 31 || month is < 1 or > 12) return false;
        end = pos + dn + 1 + mn;
        return true;
    }

    // Juli 2016, Juli lalu, Agustus mendatang; listed: the month is the last of a list, which does not open another
    // (bounded recursion on "Juli dan Agustus dan September …").
    private static ValueMatch MatchMonthYear(string text, int pos, DateOnly? published, bool listed = false)
    {
        int end = IndonesianCalendar.MatchMonth(text, pos, allowAbbreviation: false, out int month);
        if (end < 0) return ValueMatch.None;
        int yearAt = ValueText.SkipGap(text, end);
        if (yearAt > end && ValueText.ReadDigits(text, yearAt, 4, out int year) == 4 && year is >= MinYear and <= MaxYear && ValueText.IsWordEnd(text, yearAt + 4))
        {
            return Date(ReadYearDeixis(text, yearAt + 4), RelativeDateResolver.Month(year, month));
        }

        var monthRange = MatchMonthRange(text, pos, end, month, published);
        if (monthRange.Success) return monthRange;
        if (!listed && ListedMonth(text, end, month, published) is { Success: true } firstOfList) return firstOfList;

        // Februari tahun ini, Maret tahun lalu, Juni tahun depan, Agustus tahun 1945.
        int yearEnd = ReadYearOf(text, end, published, out int? named);
        if (yearEnd >= 0) return Date(yearEnd, named is { } n ? RelativeDateResolver.Month(n, month) : null);

        // "Oktober ini": this year's October.
        int thisEnd = ReadThis(text, pos, end);
        if (thisEnd >= 0) return Date(thisEnd, published is { Year: > 1 and < 9999 } thisYear ? RelativeDateResolver.Month(thisYear.Year, month) : null);

        int dirEnd = ReadDirection(text, end, out var direction);
        if (dirEnd < 0)
        {
            // "pada Maret", "hingga Desember": a capitalised month after a lead word, the nearest such month before
            // (or, after hingga/sampai, from) publication.
            if (!char.IsUpper(text[pos])) return ValueMatch.None;
            int leadStart = ValueText.PreviousWord(text, pos, out int leadEnd);
            if (leadStart < 0) return ValueMatch.None;
            if (UntilBeforePart(text, leadStart, leadEnd)) direction = DateDirection.Future;
            else if (FollowsMonthLead(text, pos)) direction = DateDirection.Past;
            else if (ValueText.MatchAny(text, leadStart, MonthUntilWords, out _) == leadEnd) direction = DateDirection.Future;
            else return ValueMatch.None;
            dirEnd = end;
        }

        return Date(dirEnd, NearestMonthYear(month, direction, published) is { } y ? RelativeDateResolver.Month(y, month) : null);
    }

    private static readonly string[] MonthListWords = ["dan", "atau"];

    /// <summary>
    /// "Agustus dan September 2017", "Juli dan Agustus lalu", "Maret atau April tahun depan": the first of two months
    /// joined by <c>dan</c> or <c>atau</c> is a date of its own, in the year the second resolves to (the year before when
    /// it comes later in the calendar, as in a range). Read alone, it was the nearest such month or no date at all.
    /// Only when the second month says its year (written, <c>tahun lalu</c>, <c>ini</c>, or a direction word).
    /// </summary>
    private static ValueMatch ListedMonth(string text, int firstEnd, int firstMonth, DateOnly? published)
    {
        int joinEnd = ValueText.MatchAny(text, ValueText.SkipGap(text, firstEnd), MonthListWords, out _);
        if (joinEnd < 0) return ValueMatch.None;
        int lastAt = ValueText.SkipGap(text, joinEnd);
        if (lastAt == joinEnd || IndonesianCalendar.MatchMonth(text, lastAt, allowAbbreviation: false, out int lastMonth) < 0 || lastMonth == firstMonth) return ValueMatch.None;
        var last = MatchMonthYear(text, lastAt, published, listed: true);
        if (!last.Success) return ValueMatch.None;
        if (last.Normalized is not { Length: 7 } iso) return last.Normalized is null && published is null ? Date(firstEnd, null) : ValueMatch.None;
        int year = int.Parse(iso.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        return Date(firstEnd, RelativeDateResolver.Month(firstMonth < lastMonth ? year : year - 1, firstMonth));
    }

    // The year of the month nearest publication on the given side: "Juli lalu" is the last July up to the publication month.
    internal static int? NearestMonthYear(int month, DateDirection direction, DateOnly? published)
    {
        if (published is not { Year: > 1 and < 9999 } pub) return null;
        return direction == DateDirection.Past
            ? (month <= pub.Month ? pub.Year : pub.Year - 1)
            : (month >= pub.Month ? pub.Year : pub.Year + 1);
    }

    /// <summary>
    /// "Juli - Agustus 2017", "Juli hingga Agustus tahun lalu": two months that share the year written after the second
    /// are one span, an ISO 8601 interval (2017-07/2017-08); a first month after the second is in the year before
    /// ("Desember - Februari 2017" → 2016-12/2017-02). Read apart, the first month was resolved on its own. With no
    /// year, a direction word or "ini" after the second month places it as it would a month alone ("Juli - Agustus lalu"
    /// → the last August and the July before it; "Juli - Agustus ini" → this year's), and so does a lead word before the
    /// first ("selama Januari - Maret" → the last March and the January before it; read apart, only January was a date),
    /// or <c>antara</c>, which also joins the months with <c>dan</c> ("antara Januari dan Maret"; read apart, only the
    /// second month was a date, after "hingga" or none).
    /// </summary>
    private static ValueMatch MatchMonthRange(string text, int pos, int firstEnd, int firstMonth, DateOnly? published)
    {
        int upperAt = IndonesianNumber.RangeUpperStart(text, firstEnd);
        if (upperAt < 0 && ValueText.SkipGap(text, firstEnd) is int dashAt && dashAt < text.Length && IsDash(text[dashAt])) upperAt = ValueText.SkipGap(text, dashAt + 1);

        // "antara April hingga Mei", "antara Januari dan Maret": between two months is one span, joined by "dan" too.
        bool between = ValueText.PreviousWord(text, pos, out int betweenEnd) is int betweenStart and >= 0 && ValueText.MatchWord(text, betweenStart, "antara") == betweenEnd;
        if (upperAt < 0 && between && ValueText.MatchNextWord(text, firstEnd, "dan") is int dan and >= 0) upperAt = ValueText.SkipGap(text, dan);
        if (upperAt < 0 || upperAt >= text.Length) return ValueMatch.None;
        int lastEnd = IndonesianCalendar.MatchMonth(text, upperAt, allowAbbreviation: false, out int lastMonth);
        if (lastEnd < 0 || lastMonth == firstMonth) return ValueMatch.None;
        int end;
        int? year = null;
        int yearAt = ValueText.SkipGap(text, lastEnd);
        if (yearAt > lastEnd && ValueText.ReadDigits(text, yearAt, 4, out int y) == 4 && y is >= MinYear and <= MaxYear && ValueText.IsWordEnd(text, yearAt + 4))
        {
            year = y;
            end = ReadYearDeixis(text, yearAt + 4);
        }
        else if ((end = ReadYearOf(text, lastEnd, published, out year)) < 0)
        {
            if ((end = ReadThis(text, pos, lastEnd)) >= 0) year = published is { Year: > 1 and < 9999 } pub ? pub.Year : null;
            else if ((end = ReadDirection(text, lastEnd, out var direction)) >= 0) year = NearestMonthYear(lastMonth, direction, published);
            else if (char.IsUpper(text[pos]) && (between || FollowsMonthLead(text, pos)))
            {
                // "selama Januari - Maret", "antara April hingga Mei": the lead word places the span before publication,
                // as it does a month alone.
                end = lastEnd;
                year = NearestMonthYear(lastMonth, DateDirection.Past, published);
            }
            else
            {
                return ValueMatch.None;
            }
        }

        if (year is not { } last) return Date(end, null);
        int first = firstMonth < lastMonth ? last : last - 1;
        return Date(end, $"{RelativeDateResolver.Month(first, firstMonth)}/{RelativeDateResolver.Month(last, lastMonth)}");
    }

    /// <summary>
    /// Reads the year written after a month in words: <c>tahun lalu</c>, <c>tahun ini</c>, <c>tahun depan</c> (relative to
    /// publication; <paramref name="year"/> stays null without a publication date) or <c>tahun 1945</c>.
    /// </summary>
    /// <returns>The end of the year words, or -1.</returns>
    internal static int ReadYearOf(string text, int pos, DateOnly? published, out int? year)
    {
        year = null;
        int yearWord = ValueText.MatchNextWord(text, pos, "tahun");
        if (yearWord < 0) return -1;
        int digitsAt = ValueText.SkipGap(text, yearWord);
        if (digitsAt > yearWord && ValueText.ReadDigits(text, digitsAt, 4, out int y) == 4 && y is >= MinYear and <= MaxYear && ValueText.IsWordEnd(text, digitsAt + 4))
        {
            year = y;
            return ReadYearDeixis(text, digitsAt + 4);
        }

        int step = 0;
        int end = ReadDirection(text, yearWord, out var direction);
        if (end >= 0) step = direction == DateDirection.Past ? -1 : 1;
        else end = ValueText.MatchNextWord(text, yearWord, "ini");
        if (end >= 0 && published is { Year: > 1 and < 9999 } p) year = p.Year + step;
        return end;
    }

    // Direction words that may follow a written year: "pada 2010 lalu", "tahun 1992 silam", "Mei 2017 mendatang".
    private static readonly string[] YearDeixis = ["lalu", "silam", "kemarin", "mendatang", "nanti"];

    /// <summary>
    /// Reads a direction word after a written year, which only repeats which side of publication the year lies on:
    /// it belongs to the date, whose value the year already gives. "ini" is not read: after a year it mostly closes a
    /// noun phrase ("Pria kelahiran 27 Juli 1968 ini", "band yang dibentuk pada 1968 ini").
    /// </summary>
    /// <returns>The end of the direction word, or <paramref name="end"/> when none follows.</returns>
    internal static int ReadYearDeixis(string text, int end)
    {
        int at = ValueText.SkipGap(text, end);
        int deixisEnd = ValueText.MatchAny(text, at, YearDeixis, out _);
        if (deixisEnd < 0 && ValueText.MatchWord(text, at, "yang") is int yang and >= 0) deixisEnd = ValueText.MatchNextWord(text, yang, "lalu");
        return deixisEnd >= 0 ? deixisEnd : end;
    }

    // Words that open a modifier of a noun: "Kerjasama yang telah terjalin sejak 29 Juni ini berhasil ...", "Pria kelahiran 17 Agustus ini ...".
    private static readonly string[] ModifierWords = ["yang", "kelahiran"];

    // How many words back from a date a modifier word is looked for.
    private const int ModifierLookBack = 8;

    /// <summary>
    /// Reads "ini" (this) after a day and month or a month without a year ("pada 7 Mei ini.", "Oktober ini"). Inside a
    /// modifier, unless the sentence ends there ("Waisak, yang jatuh pada tanggal 11 Mei ini."), "ini" closes the noun
    /// phrase that the modifier describes ("Kerjasama yang telah terjalin sejak 29 Juni ini berhasil ...", "Acara yang
    /// berlangsung pada tanggal 6-8 April ini, dihadiri ..."), and is left out.
    /// </summary>
    /// <returns>The end of "ini", or -1.</returns>
    internal static int ReadThis(string text, int dateStart, int end)
    {
        int ini = ValueText.MatchNextWord(text, end, "ini");
        if (ini < 0) return -1;
        int next = ini;
        while (next < text.Length && next - ini < 3 && text[next] is '"' or '\u201D' or '\'' or '\u2019' or ')') next++;
        bool sentenceEnds = next >= text.Length || text[next] is '.' or '!' or '?' or '\n';
        return !sentenceEnds && IsInModifier(text, dateStart) ? -1 : ini;
    }

    // True when a modifier word stands a few words before pos, with only spaces and range dashes between
    // ("yang berlangsung pada tanggal 6-8 April ini" asks from "8"); other punctuation ends the clause.
    private static bool IsInModifier(string text, int pos)
    {
        int at = pos;
        for (int i = 0; i < ModifierLookBack; i++)
        {
            int gapEnd = at;
            while (at > 0 && gapEnd - at < ValueText.MaxGap && (char.IsWhiteSpace(text[at - 1]) || IndonesianNumber.IsRangeDash(text[at - 1]))) at--;
            int start = ValueText.PreviousWord(text, at, out int end);
            if (start < 0) return false;
            if (ValueText.MatchAny(text, start, ModifierWords, out _) == end) return true;
            at = start;
        }

        return false;
    }

    private static readonly string[] MonthLeadWords = ["pada", "bulan", "sejak", "selama", "sepanjang", "awal", "akhir", "pertengahan", "medio", "dibanding", "dibandingkan"];

    // Words of comparing that "dengan" may follow before a month: "dibandingkan dengan Februari" compares with the last February.
    private static readonly string[] CompareWords = ["dibanding", "dibandingkan"];

    /// <summary>
    /// The lead word of a capitalised month at <paramref name="pos"/> that places it before publication ("pada Maret",
    /// "dibanding Februari", "dibandingkan dengan Februari"): true when there is one.
    /// </summary>
    internal static bool FollowsMonthLead(string text, int pos)
    {
        int leadStart = ValueText.PreviousWord(text, pos, out int leadEnd);
        if (leadStart < 0) return false;
        if (ValueText.MatchWord(text, leadStart, "dengan") == leadEnd)
        {
            int compareStart = ValueText.PreviousWord(text, leadStart, out int compareEnd);
            return compareStart >= 0 && ValueText.MatchAny(text, compareStart, CompareWords, out _) == compareEnd;
        }

        return ValueText.MatchAny(text, leadStart, MonthLeadWords, out _) == leadEnd;
    }

    internal static readonly string[] MonthUntilWords = ["hingga", "sampai"];

    // Words between a range word and its month: "hingga akhir bulan September", "sampai pertengahan Desember".
    private static readonly string[] MonthPartWords = ["bulan", "awal", "akhir", "pertengahan", "medio"];

    /// <summary>
    /// True when the lead word before a month (at <paramref name="leadStart"/>) is "bulan" or a part of the month, itself
    /// after <c>hingga</c> or <c>sampai</c>: "hingga akhir bulan September" runs up to the coming September, as "hingga
    /// September" does. Read from the nearest word alone, "bulan" or "akhir" made it the last September. Not when a month
    /// stands before the range word: that span's first end places it.
    /// </summary>
    private static bool UntilBeforePart(string text, int leadStart, int leadEnd)
    {
        int start = leadStart;
        int end = leadEnd;
        for (int i = 0; i < 2 && start >= 0 && ValueText.MatchAny(text, start, MonthPartWords, out _) == end; i++)
        {
            start = ValueText.PreviousWord(text, start, out end);
            if (start < 0 || ValueText.MatchAny(text, start, MonthUntilWords, out _) != end) continue;

            // "akhir Februari hingga pertengahan Maret": the later end of a span whose first month is read on its own,
            // in the year before the lead word of that month places it; moving only the later end would split the span.
            int firstStart = ValueText.PreviousWord(text, start, out int firstEnd);
            return firstStart < 0 || IndonesianCalendar.MatchMonth(text, firstStart, allowAbbreviation: false, out _) != firstEnd;
        }

        return false;
    }

    // Words before a day and month without a year that put it before publication: "sejak 8 Juli" (since), "Per 16
    // Agustus, pemesanan Calya sudah lebih dari 8.000 unit" (as of): what has run since a day, or stood by it, is reported.
    private static readonly string[] SinceWords = ["sejak", "per"];

    // True when "sejak" or "per" stands before the day at pos, maybe across "tanggal" ("sejak tanggal 8 Juli").
    private static bool FollowsSinceWord(string text, int pos)
    {
        int start = ValueText.PreviousWord(text, pos, out int end);
        if (start >= 0 && ValueText.MatchAny(text, start, DayWords, out _) == end) start = ValueText.PreviousWord(text, start, out end);
        return start >= 0 && ValueText.MatchAny(text, start, SinceWords, out _) == end;
    }

    // Kinds of season between "musim" and its direction word: "musim panas lalu" (last summer).
    private static readonly string[] SeasonKinds = ["panas", "dingin", "semi", "gugur", "hujan", "kemarau"];

    private static readonly string[] SeasonDirections = ["lalu", "kemarin", "silam", "depan", "mendatang", "ini"];

    /// <summary>
    /// "musim lalu", "musim kemarin", "musim depan", "musim ini", "musim panas lalu": a season placed relative to
    /// publication is a date, as OntoNotes marks "last season", with no value (a sports or weather season is no ISO 8601
    /// period). Read apart, "musim kemarin" was "kemarin", the day before publication.
    /// </summary>
    private static ValueMatch MatchRelativeSeason(string text, int pos)
    {
        int end = ValueText.MatchWord(text, pos, "musim");
        if (end < 0) return ValueMatch.None;
        if (ValueText.MatchAny(text, ValueText.SkipGap(text, end), SeasonKinds, out _) is int kindEnd and >= 0) end = kindEnd;
        int at = ValueText.SkipGap(text, end);
        if (at == end) return ValueMatch.None;
        if (ValueText.MatchWord(text, at, "yang") is int yang and >= 0 && ValueText.MatchNextWord(text, yang, "lalu") is int yangLalu and >= 0) return Date(yangLalu, null);
        int directionEnd = ValueText.MatchAny(text, at, SeasonDirections, out _);
        return directionEnd >= 0 ? Date(directionEnd, null) : ValueMatch.None;
    }

    private static ValueMatch MatchRelativeWords(string text, int pos, DateOnly? published)
    {
        var season = MatchRelativeSeason(text, pos);
        if (season.Success) return season;

        int end = ValueText.MatchWord(text, pos, "kemarin");
        if (end >= 0)
        {
            int days = -1;
            int lusa = ValueText.MatchNextWord(text, end, "lusa");
            if (lusa >= 0)
            {
                end = lusa;
                days = -2;
            }
            else
            {
                if (BracketDateAfter(text, end, null, published) is { Success: true } bracket) return bracket;
                int part = PartOfDay.Read(text, end);
                if (part >= 0) end = part;
            }

            return Date(end, Offset(published, days));
        }

        end = ValueText.MatchWord(text, pos, "hari");
        if (end >= 0)
        {
            int ini = ValueText.MatchNextWord(text, end, "ini");
            if (ini < 0) return MatchCalendarUnit(text, pos, published);

            // "tepat hari ini (15/9)", "rilis BPS hari ini (01/10/2016)": the bracket says which day, as after "kemarin".
            if (BracketDateAfter(text, ini, null, published) is { Success: true } todayBracket) return todayBracket;
            return Date(ini, Offset(published, 0));
        }

        end = ValueText.MatchWord(text, pos, "besok");
        if (end >= 0) return Date(end, Offset(published, 1));
        end = ValueText.MatchWord(text, pos, "lusa");
        if (end >= 0) return Date(end, Offset(published, 2));

        end = ValueText.MatchWord(text, pos, "tahun");
        if (end >= 0)
        {
            int yearAt = ValueText.SkipGap(text, end);

            // "tahun anggaran 2016", "tahun ajaran 2017-2018": a fiscal or school year is one date with its words.
            if (ValueText.MatchAny(text, yearAt, YearKinds, out _) is int kindEnd and >= 0 && ValueText.SkipGap(text, kindEnd) is int kindYearAt && kindYearAt > kindEnd
                && kindYearAt < text.Length && char.IsAsciiDigit(text[kindYearAt]))
            {
                end = kindEnd;
                yearAt = kindYearAt;
            }

            if (yearAt > end && !IsRegulationNumber(text, pos))
            {
                // tahun 2005, tahun 2015/2016, tahun 1960 - an, tahun '80an, antara tahun 2011 dan 2012
                bool between = ValueText.PreviousWord(text, pos, out int leadEnd) is int leadStart and >= 0 && ValueText.MatchWord(text, leadStart, "antara") == leadEnd;
                int spanEnd = ReadYearSpan(text, yearAt, out string? value, between);
                if (spanEnd >= 0) return Date(spanEnd, value);
                if (text[yearAt] is '\'' or '\u2019') yearAt++;
                if (yearAt < text.Length && char.IsAsciiDigit(text[yearAt]) && MatchDecade(text, yearAt) is { Success: true } decade) return decade;
            }
        }

        var unit = MatchCalendarUnit(text, pos, published);
        if (unit.Success) return unit;

        foreach (var (word, span) in OneUnits)
        {
            end = ValueText.MatchWord(text, pos, word);
            if (end >= 0) return Ago(text, end, 1, span, published);
        }

        if (MatchVagueAgo(text, pos) is { Success: true } vague) return vague;
        int numberEnd = IndonesianNumber.ReadNumberWord(text, pos, out decimal amount);
        if (numberEnd < 0) return ValueMatch.None;
        var range = MatchAgoRange(text, numberEnd, amount, published);
        return range.Success ? range : MatchAgo(text, numberEnd, amount, published);
    }

    // Words between "tahun" and its year that say which kind of year: fiscal, school or academic.
    private static readonly string[] YearKinds = ["anggaran", "ajaran", "pelajaran", "akademik", "buku", "fiskal"];

    // "UU Nomor 31 Tahun 1999", "PP No. 24 Tahun 2016": the year names a regulation, not a date of the story.
    private static bool IsRegulationNumber(string text, int pos)
    {
        int numberStart = ValueText.PreviousWord(text, pos, out _);
        if (numberStart < 0 || !char.IsAsciiDigit(text[numberStart])) return false;
        int labelStart = ValueText.PreviousWord(text, numberStart, out int labelEnd, allowPeriod: true);
        if (labelStart < 0) return false;
        var label = text.AsSpan(labelStart, labelEnd - labelStart);
        return label.Equals("nomor", StringComparison.OrdinalIgnoreCase) || label.Equals("no", StringComparison.OrdinalIgnoreCase);
    }

    // Words that make "tahun lalu" a vague span, not last year: beberapa tahun lalu.
    private static readonly string[] VagueAmounts = ["beberapa", "setengah", "belasan", "puluhan", "ratusan", "banyak"];

    // Vague counts that still make a span back or ahead a date: beberapa tahun lalu, belasan tahun silam.
    private static readonly string[] VagueCounts = ["beberapa", "belasan", "puluhan", "ratusan"];

    /// <summary>
    /// "beberapa bulan lalu", "beberapa minggu lalu", "puluhan tahun silam", "beberapa hari ke depan": a vague count of days,
    /// weeks, months or years back or ahead is a date, as OntoNotes marks "a few years ago", with no value, since it names
    /// no day, week, month or year. Read alone, no date was found ("tahun lalu" after "beberapa" is not last year).
    /// </summary>
    private static ValueMatch MatchVagueAgo(string text, int pos)
    {
        int countEnd = ValueText.MatchAny(text, pos, VagueCounts, out _);
        if (countEnd < 0) return ValueMatch.None;
        int unitAt = ValueText.SkipGap(text, countEnd);
        if (unitAt == countEnd) return ValueMatch.None;
        foreach (var (word, _) in Units)
        {
            int unitEnd = ValueText.MatchWord(text, unitAt, word);
            if (unitEnd < 0) continue;
            int dirEnd = ReadDirection(text, unitEnd, out _);
            return dirEnd >= 0 ? Date(dirEnd, null) : ValueMatch.None;
        }

        return ValueMatch.None;
    }

    // Words before a number that make "N tahun ini" an age: berusia 37 tahun ini.
    private static readonly string[] AgeWords = ["berusia", "usia", "umur", "berumur"];

    // Verbs of becoming before a number: "Kau akan jadi 20 tahun ini" is turning 20 this year. With no noun before the
    // age, "ini" cannot close a noun phrase ("pelatih 66 tahun ini"), so it goes with "tahun".
    private static readonly string[] BecomingVerbs = ["jadi", "menjadi"];

    // Whether a unit of MatchCalendarUnit (a week, month or year word) is the word at pos.
    private static bool StartsWithUnit(string text, int pos)
    {
        foreach (var (word, span) in Units)
        {
            if (span != Span.Day && ValueText.MatchWord(text, pos, word) >= 0) return true;
        }

        return false;
    }

    // Words before a number that make "N tahun ini" a part of this year: semester 2 tahun ini, kuartal III tahun ini.
    private static readonly string[] YearParts = ["semester", "kuartal", "triwulan", "caturwulan", "periode", "tahap", "gelombang", "termin", "pekan", "minggu", "bulan"];

    // pekan lalu, minggu depan, bulan ini, tahun lalu
    private static ValueMatch MatchCalendarUnit(string text, int pos, DateOnly? published)
    {
        // Nearly every word reaches here and nearly none is a unit: asked first, before the look back at the count.
        if (!StartsWithUnit(text, pos)) return ValueMatch.None;
        int beforeStart = ValueText.PreviousWord(text, pos, out int beforeEnd);
        if (beforeStart >= 0 && ValueText.MatchAny(text, beforeStart, VagueAmounts, out _) == beforeEnd) return ValueMatch.None;
        bool afterCount = false;
        if (beforeStart >= 0 && IndonesianNumber.ReadAmount(text, beforeStart, allowWords: true, moneyScales: false, out _) == beforeEnd
            && (beforeStart == 0 || text[beforeStart - 1] != '-'))
        {
            int countWordStart = ValueText.PreviousWord(text, beforeStart, out int countWordEnd);
            if (countWordStart >= 0 && ValueText.MatchAny(text, countWordStart, AgeWords, out _) == countWordEnd) return ValueMatch.None;

            // "pria 32 tahun ini" (this 32-year-old man) and "selama tiga tahun ini" (these three years) are an age and a
            // span, not this year; "semester 2 tahun ini" and "kuartal tiga tahun ini" are parts of this year, and
            // "ke-72 tahun ini" an ordinal (the hyphen above).
            afterCount = countWordStart < 0 || (ValueText.MatchAny(text, countWordStart, YearParts, out _) != countWordEnd
                && ValueText.MatchAny(text, countWordStart, BecomingVerbs, out _) != countWordEnd);
        }

        foreach (var (word, span) in Units)
        {
            if (span == Span.Day) continue;
            int end = ValueText.MatchWord(text, pos, word);
            if (end < 0) continue;
            int step;
            int dirEnd = ReadDirection(text, end, out var direction);
            if (dirEnd >= 0)
            {
                // After a count ("2,5 tahun lalu", "5.000 tahun silam") the unit is a span back, which the count reads
                // when it can (MatchAgo); read alone it would be last year. Four bare digits are rather a year or a
                // model that names something ("IFA 2017 bulan kemarin", "Nokia 3310 tahun lalu").
                if (afterCount && !IsBareLongNumber(text, beforeStart, beforeEnd)) return ValueMatch.None;
                step = direction == DateDirection.Past ? -1 : 1;
            }
            else if ((dirEnd = ValueText.MatchNextWord(text, end, "ini")) >= 0)
            {
                if (afterCount && span == Span.Year) return ValueMatch.None;
                step = 0;
            }
            else
            {
                return ValueMatch.None;
            }

            return Date(dirEnd, published is { } pub ? Shift(pub, span, step) : null);
        }

        return ValueMatch.None;
    }

    // Four or more digits with no separator: 2017, 3310.
    private static bool IsBareLongNumber(string text, int start, int end)
    {
        if (end - start < 4) return false;
        for (int i = start; i < end; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return false;
        }

        return true;
    }

    // 2 hari lalu, tiga pekan lalu, sebulan silam, dua tahun mendatang, 2,5 tahun lalu
    private static ValueMatch MatchAgo(string text, int amountEnd, decimal amount, DateOnly? published)
    {
        if (amount < 1 || amount > 1000) return ValueMatch.None;
        int unitAt = ValueText.SkipGap(text, amountEnd);
        foreach (var (word, span) in Units)
        {
            int end = ValueText.MatchWord(text, unitAt, word);
            if (end < 0) continue;
            return amount == decimal.Truncate(amount) ? Ago(text, end, (int)amount, span, published) : AgoFraction(text, end, amount, span, published);
        }

        return ValueMatch.None;
    }

    /// <summary>
    /// "3-4 bulan ke depan", "2-3 bulan lalu", "satu hingga dua bulan ke depan": a range of whole counts before a unit and
    /// a direction word is one date, an ISO 8601 interval from the earlier end to the later (2017-09/2017-10 and
    /// 2017-03/2017-04 from 2017-06-01). Read alone, the lower count was lost and only "4 bulan ke depan" was found.
    /// </summary>
    private static ValueMatch MatchAgoRange(string text, int lowerEnd, decimal lower, DateOnly? published)
    {
        if (lower < 1 || lower != decimal.Truncate(lower)) return ValueMatch.None;
        int upperAt = IndonesianNumber.RangeUpperStart(text, lowerEnd);
        if (upperAt < 0) return ValueMatch.None;
        int upperEnd = IndonesianNumber.ReadDigitsNumber(text, upperAt, out decimal upper);
        if (upperEnd < 0) upperEnd = IndonesianNumber.ReadNumberWord(text, upperAt, out upper);
        if (upperEnd < 0 || upper <= lower || upper > 1000 || upper != decimal.Truncate(upper)) return ValueMatch.None;
        int unitAt = ValueText.SkipGap(text, upperEnd);
        foreach (var (word, span) in Units)
        {
            int unitEnd = ValueText.MatchWord(text, unitAt, word);
            if (unitEnd < 0) continue;
            int dirEnd = ReadDirection(text, unitEnd, out var direction);
            if (dirEnd < 0) return ValueMatch.None;
            if (published is not { } pub) return Date(dirEnd, null);
            bool past = direction == DateDirection.Past;
            string? from = Shift(pub, span, past ? -(int)upper : (int)lower);
            string? to = Shift(pub, span, past ? -(int)lower : (int)upper);
            return Date(dirEnd, from is null || to is null ? null : $"{from}/{to}");
        }

        return ValueMatch.None;
    }

    /// <summary>
    /// "2,5 tahun lalu", "1,5 bulan silam": a decimal count back is one date, valued like a whole count (the year or
    /// month it lands in, counted in days: 2017-06-01 less 2.5 years is 2014-12, so 2014). Half a day back names no day,
    /// so "1,5 hari lalu" keeps no value.
    /// </summary>
    private static ValueMatch AgoFraction(string text, int unitEnd, decimal amount, Span span, DateOnly? published)
    {
        // "masih punya waktu 1,5 tahun lagi": a decimal count ahead is how long is left, not a date.
        int dirEnd = ReadDirection(text, unitEnd, out var direction);
        if (dirEnd < 0 || direction != DateDirection.Past) return ValueMatch.None;
        if (published is not { } pub || span == Span.Day) return Date(dirEnd, null);
        decimal unitDays = span switch { Span.Week => 7m, Span.Month => 30.4375m, _ => 365.25m };
        long days = -(long)decimal.Round(amount * unitDays);
        if (!RelativeDateResolver.IsSafe(pub, days)) return Date(dirEnd, null);
        var date = pub.AddDays((int)days);
        return Date(dirEnd, span switch
        {
            Span.Week => RelativeDateResolver.Week(date),
            Span.Month => RelativeDateResolver.Month(date.Year, date.Month),
            _ => RelativeDateResolver.Year(date.Year),
        });
    }

    private static ValueMatch Ago(string text, int unitEnd, int amount, Span span, DateOnly? published)
    {
        int dirEnd = ReadDirection(text, unitEnd, out var direction);
        if (dirEnd < 0) return ValueMatch.None;
        int step = direction == DateDirection.Past ? -amount : amount;
        return Date(dirEnd, published is { } pub ? Shift(pub, span, step) : null);
    }

    // "999999999 hari lalu" or a publication date at the ends of the calendar: no value rather than an exception.
    private static string? Shift(DateOnly published, Span span, int step)
    {
        long days = span switch { Span.Day => step, Span.Week => 7L * step, Span.Month => 31L * step, _ => 366L * step };
        if (!RelativeDateResolver.IsSafe(published, days)) return null;
        return span switch
        {
            Span.Day => RelativeDateResolver.Day(published.AddDays(step)),
            Span.Week => RelativeDateResolver.Week(published.AddDays(7 * step)),
            Span.Month => RelativeDateResolver.Month(published.AddMonths(step).Year, published.AddMonths(step).Month),
            _ => RelativeDateResolver.Year(published.Year + step),
        };
    }

    /// <summary>Reads lalu / yang lalu / kemarin / silam (past) or depan / mendatang / nanti / lagi / besok / ke depan (future).</summary>
    /// <returns>The end of the direction word(s), or -1.</returns>
    internal static int ReadDirection(string text, int pos, out DateDirection direction)
    {
        int at = ValueText.SkipGap(text, pos);
        direction = DateDirection.Past;
        int end;
        if ((end = ValueText.MatchWord(text, at, "lalu")) >= 0 || (end = ValueText.MatchWord(text, at, "kemarin")) >= 0
            || (end = ValueText.MatchWord(text, at, "silam")) >= 0)
        {
            return end;
        }

        if ((end = ValueText.MatchWord(text, at, "yang")) >= 0 && (end = ValueText.MatchNextWord(text, end, "lalu")) >= 0) return end;

        direction = DateDirection.Future;
        if ((end = ValueText.MatchWord(text, at, "depan")) >= 0 || (end = ValueText.MatchWord(text, at, "mendatang")) >= 0
            || (end = ValueText.MatchWord(text, at, "nanti")) >= 0 || (end = ValueText.MatchWord(text, at, "lagi")) >= 0
            || (end = ValueText.MatchWord(text, at, "besok")) >= 0) // Kamis besok: the coming Thursday
        {
            return end;
        }

        if ((end = ValueText.MatchWord(text, at, "ke")) >= 0 && (end = ValueText.MatchNextWord(text, end, "depan")) >= 0) return end;
        direction = DateDirection.Nearest;
        return -1;
    }

    private static string? Resolve(int day, int month, int? year, DayOfWeek? weekday, DateDirection direction, DateOnly? published)
    {
        if (year is { } y) return RelativeDateResolver.TryDate(y, month, day) is { } d ? RelativeDateResolver.Day(d) : null;
        if (published is not { } pub) return null;
        return RelativeDateResolver.InferYear(month, day, weekday, direction, pub) is { } inferred ? RelativeDateResolver.Day(inferred) : null;
    }

    private static string? Offset(DateOnly? published, int days) => published is { } pub && RelativeDateResolver.IsSafe(pub, days) ? RelativeDateResolver.Day(pub.AddDays(days)) : null;

    private static ValueMatch Date(int end, string? value) => new(end, EntityLabels.Date, value, null, null);
}
