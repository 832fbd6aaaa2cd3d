namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Reads numbers as Indonesian news writes them: <c>1.500.000,50</c> (dot groups thousands, comma marks
/// decimals), <c>1,5</c>, <c>30</c>, an English-style <c>2.5</c> where the group is not three digits, and
/// the small number words (<c>tiga</c>, <c>dua puluh</c>, <c>sebelas</c>), each optionally followed by a
/// scale word (<c>ribu</c>, <c>juta</c>, <c>miliar</c>, <c>triliun</c>).
/// </summary>
internal static class IndonesianNumber
{
    /// <summary>Longest digit string read as one number; longer runs are not amounts.</summary>
    private const int MaxDigits = 18;

    private static readonly string[] Units = ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];

    private static readonly (string Word, decimal Value)[] Singles =
    [
        ("sepuluh", 10m), ("sebelas", 11m), ("seratus", 100m), ("seribu", 1000m), ("sejuta", 1_000_000m), ("setengah", 0.5m),
    ];

    /// <summary>Every word a number word opens with (lower case): <c>satu</c> .. <c>sembilan</c>, <c>sepuluh</c>, <c>sebelas</c>, <c>seratus</c>, ...</summary>
    public static IEnumerable<string> FirstWords => Singles.Select(s => s.Word).Concat(Units);

    // The first letters of Singles and Units.
    private static readonly string NumberWordFirstLetters = string.Concat(Singles.Select(s => s.Word[0]).Concat(Units.Select(u => u[0])).Distinct());

    private static readonly (string Word, decimal Factor)[] Scales =
    [
        ("ribu", 1e3m), ("juta", 1e6m), ("miliar", 1e9m), ("milyar", 1e9m), ("triliun", 1e12m), ("trilyun", 1e12m),

        // "Some hundreds of millions": Rp 500 jutaan is about 500 million, not 500.
        ("ribuan", 1e3m), ("jutaan", 1e6m), ("miliaran", 1e9m), ("milyaran", 1e9m), ("triliunan", 1e12m),
    ];

    // What joins the two ends of a range whose scale is written once: Rp 3 hingga 6 juta, 3-6 juta.
    private static readonly string[] RangeWords = ["hingga", "sampai", "s.d.", "s/d"];

    // Abbreviations accepted only after a currency (Rp 5 M, Rp 150 rb).
    private static readonly (string Word, decimal Factor)[] MoneyScales =
    [
        ("rb", 1e3m), ("jt", 1e6m), ("m", 1e9m), ("t", 1e12m),
    ];

    /// <summary>Reads a number written in digits at <paramref name="pos"/>.</summary>
    /// <returns>The end of the number, or -1.</returns>
    public static int ReadDigitsNumber(string text, int pos, out decimal value)
    {
        value = 0;
        if (pos >= text.Length || !char.IsAsciiDigit(text[pos])) return -1;
        int i = pos;
        while (i < text.Length && i - pos < MaxDigits && char.IsAsciiDigit(text[i])) i++;
        if (i < text.Length && char.IsAsciiDigit(text[i])) return -1;
        int leading = i - pos;
        decimal integer = decimal.Parse(text.AsSpan(pos, leading), provider: System.Globalization.CultureInfo.InvariantCulture);

        // Thousands groups: 1.500.000 (only after at most three leading digits).
        int groups = 0;
        while (leading <= 3 && i < text.Length && text[i] == '.' && IsGroup(text, i + 1) && groups < 6)
        {
            integer = (integer * 1000) + ((text[i + 1] - '0') * 100) + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0');
            i += 4;
            groups++;
        }

        decimal fraction = 0;
        if (i + 1 < text.Length && text[i] == ',' && char.IsAsciiDigit(text[i + 1]))
        {
            i = ReadFraction(text, i + 1, out fraction);
        }
        else if (groups == 0 && i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            // 2.5 persen: an English decimal point, recognisable because the group is not three digits.
            int digits = 0;
            while (i + 1 + digits < text.Length && char.IsAsciiDigit(text[i + 1 + digits])) digits++;
            if (digits is 1 or 2) i = ReadFraction(text, i + 1, out fraction);
        }

        value = integer + fraction;
        return i;
    }

    private static bool IsGroup(string text, int at)
        => at + 3 <= text.Length
           && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
           && (at + 3 == text.Length || !char.IsAsciiDigit(text[at + 3]));

    private static int ReadFraction(string text, int at, out decimal fraction)
    {
        fraction = 0;
        decimal scale = 0.1m;
        int i = at;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - at < 10)
        {
            fraction += (text[i] - '0') * scale;
            scale /= 10;
            i++;
        }

        return i;
    }

    /// <summary>
    /// Reads a small number word (<c>tiga</c>, <c>dua puluh lima</c>, <c>sebelas</c>, <c>setengah</c>), and a half after
    /// a whole one: <c>satu setengah</c> is 1.5, <c>dua setengah</c> 2.5.
    /// </summary>
    /// <returns>The end, or -1.</returns>
    public static int ReadNumberWord(string text, int pos, out decimal value)
    {
        int end = ReadWholeWord(text, pos, out value);
        if (end < 0 || value is < 1 or > 99 || value != decimal.Truncate(value)) return end;
        int half = ValueText.MatchNextWord(text, end, "setengah");
        if (half < 0) return end;
        value += 0.5m;
        return half;
    }

    private static int ReadWholeWord(string text, int pos, out decimal value)
    {
        value = 0;

        // Every word is asked whether it is a number (by the date, percent and quantity rules): one look at its first
        // letter turns most away before the lists are walked.
        if ((uint)pos >= (uint)text.Length || !NumberWordFirstLetters.Contains(char.ToLowerInvariant(text[pos]))) return -1;
        foreach (var (word, v) in Singles)
        {
            int end = ValueText.MatchWord(text, pos, word);
            if (end >= 0)
            {
                value = v;
                return end;
            }
        }

        int unitEnd = ValueText.MatchAny(text, pos, Units, out int unit);
        if (unitEnd < 0) return -1;
        value = unit + 1;
        int next = ValueText.MatchNextWord(text, unitEnd, "belas");
        if (next >= 0)
        {
            value += 10;
            return next;
        }

        foreach (var (word, factor) in (ReadOnlySpan<(string, decimal)>)[("puluh", 10m), ("ratus", 100m)])
        {
            next = ValueText.MatchNextWord(text, unitEnd, word);
            if (next < 0) continue;
            value *= factor;
            int tail = ValueText.MatchAny(text, ValueText.SkipGap(text, next), Units, out int tailUnit);
            if (factor == 10m && tail >= 0)
            {
                value += tailUnit + 1;
                return tail;
            }

            return next;
        }

        return unitEnd;
    }

    // No amount in news comes near decimal's range; one that would overflow it is not an amount.
    private static bool Scale(ref decimal value, decimal factor)
    {
        if (value > decimal.MaxValue / factor) return false;
        value *= factor;
        return true;
    }

    /// <summary>Whether a scale word (<c>ribu</c>, <c>juta</c>, …) starts at <paramref name="pos"/>.</summary>
    public static bool IsScaleWord(string text, int pos) => ScaleAt(text, pos, out _) >= 0;

    // The end of the scale word at pos and its factor, or -1.
    private static int ScaleAt(string text, int pos, out decimal factor)
    {
        foreach (var (word, f) in Scales)
        {
            int end = ValueText.MatchWord(text, pos, word);
            if (end >= 0)
            {
                factor = f;
                return end;
            }
        }

        factor = 1m;
        return -1;
    }

    /// <summary>Reads a number in digits or words, then an optional scale word.</summary>
    /// <param name="text">The text.</param>
    /// <param name="pos">Where the number starts.</param>
    /// <param name="allowWords">Whether number words count (<c>tiga persen</c>).</param>
    /// <param name="moneyScales">Whether currency abbreviations such as <c>jt</c> and <c>M</c> count as scales.</param>
    /// <param name="value">The number, scaled.</param>
    /// <returns>The end, or -1.</returns>
    public static int ReadAmount(string text, int pos, bool allowWords, bool moneyScales, out decimal value)
    {
        int end = ReadDigitsNumber(text, pos, out value);
        if (end < 0 && allowWords) end = ReadNumberWord(text, pos, out value);
        if (end < 0) return -1;
        int scaleAt = ValueText.SkipGap(text, end);
        int scaleEnd = ScaleAt(text, scaleAt, out decimal factor);
        if (scaleEnd >= 0) return Scale(ref value, factor) ? scaleEnd : -1;

        if (moneyScales)
        {
            foreach (var (word, moneyFactor) in MoneyScales)
            {
                int e = ValueText.MatchWord(text, scaleAt, word);
                if (e >= 0) return Scale(ref value, moneyFactor) ? e : -1;
            }
        }

        // The lower end of a range takes the scale written after the upper end (Rp 3 hingga 6 juta is 3 million, not 3).
        decimal shared = SharedRangeScale(text, end, value);
        if (shared != 1m && !Scale(ref value, shared)) return -1;
        return end;
    }

    private static decimal SharedRangeScale(string text, int end, decimal lower)
    {
        int next = RangeUpperStart(text, end);
        if (next < 0) next = ListNextStart(text, end);
        if (next < 0) return 1m;

        // An optional currency prefix repeated before the upper end (Rp 3 - Rp 6 juta).
        foreach (var (marker, _) in Currencies.Prefixes)
        {
            if (next + marker.Length <= text.Length && text.AsSpan(next, marker.Length).Equals(marker, StringComparison.OrdinalIgnoreCase))
            {
                next = ValueText.SkipGap(text, next + marker.Length);
                break;
            }
        }

        int upperEnd = ReadDigitsNumber(text, next, out decimal upper);
        if (upperEnd < 0 || ScaleAt(text, ValueText.SkipGap(text, upperEnd), out decimal factor) < 0) return 1m;

        // "Rp 900 hingga 1,2 juta" is 900 rupiah to 1.2 million: the scale is shared only when the lower end stays lower.
        return lower < upper ? factor : 1m;
    }

    /// <summary>
    /// Where the upper end of a range starts after a lower end that stops at <paramref name="end"/>: past a dash (hyphen,
    /// figure, en or em dash: <c>5-10</c>, <c>5–10</c>, <c>5—10</c>, <c>5‒10</c>) or <c>hingga</c>, <c>sampai (dengan)</c>, <c>s.d.</c>, <c>s/d</c>; or -1 when no such word follows. The one reading
    /// of a range's joiner, shared by the scale of money ranges and by percentage and quantity ranges.
    /// </summary>
    public static int RangeUpperStart(string text, int end)
    {
        int at = ValueText.SkipGap(text, end);
        if (at < text.Length && IsRangeDash(text[at])) return ValueText.SkipGap(text, at + 1);
        if (ValueText.MatchAny(text, at, RangeWords, out _) is not (int word and >= 0)) return -1;
        int next = ValueText.SkipGap(text, word);
        if (ValueText.MatchWord(text, next, "dengan") is int dengan and >= 0) next = ValueText.SkipGap(text, dengan); // sampai dengan
        return next;
    }

    /// <summary>Hyphen, figure dash, en and em dash: news joins a range with any of them, as it does a span of years.</summary>
    public static bool IsRangeDash(char c) => c is '-' or '\u2012' or '\u2013' or '\u2014';

    /// <summary>
    /// Where the next number of a two-item list starts after a number that stops at <paramref name="end"/>: past
    /// <c>dan</c> (<c>2,1 dan 2,3 GHz</c>, <c>Rp 15 dan 25 ribu</c>); or -1. Not <c>atau</c>, which as often restates an
    /// amount in another unit (<c>937.955 atau 17,07 persen</c>).
    /// </summary>
    public static int ListNextStart(string text, int end)
    {
        int word = ValueText.MatchNextWord(text, end, "dan");
        return word < 0 ? -1 : ValueText.SkipGap(text, word);
    }

    /// <summary>
    /// Reads the second number of a two-item list whose unit, sign or currency is written once, after it
    /// (<c>2,1 dan 2,3 GHz</c>): a bigger amount after <c>dan</c> (so <c>pada 2017 dan 9,1 persen</c> stays apart).
    /// </summary>
    /// <returns>The end of the second amount (with its scale word), or -1.</returns>
    public static int ReadListNext(string text, int end, decimal first, bool allowWords, bool moneyScales)
    {
        int next = ListNextStart(text, end);
        if (next < 0 || next >= text.Length || !char.IsAsciiDigit(text[next]) && !allowWords) return -1;
        int nextEnd = ReadAmount(text, next, allowWords, moneyScales, out decimal second);
        return nextEnd >= 0 && second > first ? nextEnd : -1;
    }

    /// <summary>
    /// Reads the upper end of a range after a lower end (<c>10</c> of <c>10-15 persen</c>, <c>10 hingga 15 persen</c>):
    /// the joiner, then an amount that is bigger than <paramref name="lower"/> (so <c>2-1</c> stays a score).
    /// </summary>
    /// <returns>The end of the upper amount (with its scale word), or -1; <paramref name="upperStart"/> is where it starts.</returns>
    public static int ReadRangeUpper(string text, int end, decimal lower, bool allowWords, bool moneyScales, out int upperStart)
    {
        upperStart = RangeUpperStart(text, end);
        if (upperStart < 0) return -1;
        int upperEnd = ReadAmount(text, upperStart, allowWords, moneyScales, out decimal upper);
        return upperEnd >= 0 && upper > lower ? upperEnd : -1;
    }
}
