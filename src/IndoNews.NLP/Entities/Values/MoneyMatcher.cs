namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Recognises amounts of money: <c>Rp 1,5 triliun</c> (1.5e12 IDR), <c>Rp1.500</c>, <c>US$ 2 miliar</c>,
/// <c>Rp 150 rb</c>, <c>2 miliar dolar AS</c>, <c>500 ribu rupiah</c>. The value is the amount in the currency's
/// unit, the unit its ISO 4217 code.
/// </summary>
internal static class MoneyMatcher
{
    /// <summary>Tries an amount of money at <paramref name="pos"/>.</summary>
    public static ValueMatch Match(string text, int pos)
    {
        foreach (var (marker, code) in Currencies.Prefixes)
        {
            int end = MatchMarker(text, pos, marker);
            if (end < 0) continue;
            int at = ValueText.SkipGap(text, end);

            // "$ 1,299", "US$ 12,500", "£ 23,000", "Rp 9,000": with no scale word after it, a comma before exactly three
            // digits groups thousands, as in English, where Indonesian would read 1,299 as a decimal. No amount of money
            // is written to a thousandth, so the decimal reading (Rp 9, £ 23) is never the meant one.
            if (ReadEnglishThousands(text, at, out decimal grouped) is int groupedEnd and >= 0) return Money(groupedEnd, grouped, code);
            int amountEnd = IndonesianNumber.ReadAmount(text, at, allowWords: false, moneyScales: true, out decimal amount);
            if (amountEnd < 0 || !ValueText.IsWordEnd(text, amountEnd)) return ValueMatch.None;

            // "Rp 3 hingga 6 juta" is one mention valued at its lower end (3 million), as a range of percentages or
            // quantities is; an upper end with its own currency ("Rp 300 sampai dengan Rp 500 ribu") is a mention of its own.
            // In "Rp 15 dan 25 ribu" the first is 15 thousand (the scale is shared) and a mention of its own; so is the
            // second, whose currency is the first's (ListedAfter).
            int upperEnd = IndonesianNumber.ReadRangeUpper(text, amountEnd, amount, allowWords: false, moneyScales: true, out _);
            return Money(upperEnd >= 0 && ValueText.IsWordEnd(text, upperEnd) ? upperEnd : amountEnd, amount, code);
        }

        if (!char.IsAsciiDigit(text[pos])) return ValueMatch.None;

        // "1,000 yen": the same English grouping before a currency written after the amount.
        if (ReadEnglishThousands(text, pos, out decimal thousands) is int thousandsEnd and >= 0 && SuffixEnd(text, thousandsEnd, out string? thousandsCode) is int withSuffix and >= 0)
        {
            return Money(withSuffix, thousands, thousandsCode!);
        }

        int numberEnd = IndonesianNumber.ReadAmount(text, pos, allowWords: false, moneyScales: false, out decimal value);
        if (numberEnd < 0) return ValueMatch.None;
        if (ListedAfter(text, pos, value) is string listCode && ValueText.IsWordEnd(text, numberEnd)) return Money(numberEnd, value, listCode);
        int suffixEnd = SuffixEnd(text, numberEnd, out string? suffixCode);

        // "3 hingga 6 juta rupiah": the currency after the upper end is the lower end's too.
        if (suffixEnd < 0 && IndonesianNumber.ReadRangeUpper(text, numberEnd, value, allowWords: false, moneyScales: false, out _) is int rangeEnd and >= 0)
        {
            suffixEnd = SuffixEnd(text, rangeEnd, out suffixCode);
        }

        return suffixEnd >= 0 ? Money(suffixEnd, value, suffixCode!) : ValueMatch.None;
    }

    /// <summary>
    /// The currency of the second amount of "Rp 15 dan 25 ribu": the one before a smaller first amount joined by
    /// <c>dan</c>, which the second shares; or null.
    /// </summary>
    private static string? ListedAfter(string text, int pos, decimal value)
    {
        int danStart = ValueText.PreviousWord(text, pos, out int danEnd);
        if (danStart < 0 || ValueText.MatchWord(text, danStart, "dan") != danEnd) return null;

        // The first amount: its last word ends before "dan"; it may be a number with a scale word ("Rp 5 juta dan 10 juta").
        int firstStart = ValueText.PreviousWord(text, danStart, out _);
        if (firstStart < 0) return null;
        if (!char.IsAsciiDigit(text[firstStart])) return null;

        // Back over a number written with groups or a decimal comma (1.500, 2,5): digits, dots and commas.
        int begin = firstStart;
        while (begin > 0 && firstStart - begin < 16 && (char.IsAsciiDigit(text[begin - 1]) || (text[begin - 1] is '.' or ',' && begin > 1 && char.IsAsciiDigit(text[begin - 2])))) begin--;
        int markerEnd = begin;
        int gapLimit = Math.Max(0, begin - ValueText.MaxGap);
        while (markerEnd > gapLimit && char.IsWhiteSpace(text[markerEnd - 1])) markerEnd--;
        foreach (var (marker, code) in Currencies.Prefixes)
        {
            int markerStart = markerEnd - marker.Length;
            if (markerStart < 0 || !ValueText.IsWordStart(text, markerStart) || MatchMarker(text, markerStart, marker) != markerEnd) continue;
            int firstEnd = IndonesianNumber.ReadAmount(text, begin, allowWords: false, moneyScales: true, out decimal first);
            return firstEnd >= 0 && firstEnd <= danStart && first < value ? code : null;
        }

        return null;
    }

    // The end of a currency written after an amount that ends at end ("rupiah", "dolar AS"), or -1.
    private static int SuffixEnd(string text, int end, out string? code)
    {
        int suffixAt = ValueText.SkipGap(text, end);
        for (int i = 0; i < SuffixWords.Length; i++)
        {
            int markerEnd = MatchPhrase(text, suffixAt, SuffixWords[i]);
            if (markerEnd >= 0)
            {
                code = Currencies.Suffixes[i].Code;
                return markerEnd;
            }
        }

        code = null;
        return -1;
    }

    // 1,299 or 12,500,000 (groups of three after a comma) and nothing more: no decimal part, no scale word.
    private static int ReadEnglishThousands(string text, int pos, out decimal value)
    {
        value = 0;
        int i = pos;
        while (i < text.Length && i - pos < 3 && char.IsAsciiDigit(text[i])) i++;
        if (i == pos || (i < text.Length && char.IsAsciiDigit(text[i]))) return -1;
        decimal number = decimal.Parse(text.AsSpan(pos, i - pos), provider: System.Globalization.CultureInfo.InvariantCulture);
        int groups = 0;
        while (i + 3 < text.Length && text[i] == ',' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
            && (i + 4 >= text.Length || !char.IsAsciiDigit(text[i + 4])) && groups < 5)
        {
            number = (number * 1000) + ((text[i + 1] - '0') * 100) + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0');
            i += 4;
            groups++;
        }

        if (groups == 0 || !ValueText.IsWordEnd(text, i) || IsScaleNext(text, i)) return -1;
        value = number;
        return i;
    }

    // "US$ 1,500 juta" keeps the Indonesian reading (1.5 million), with its scale.
    private static bool IsScaleNext(string text, int end) => IndonesianNumber.IsScaleWord(text, ValueText.SkipGap(text, end));

    // A prefix marker may touch the digits (Rp1.500) but not a letter (Rpt, Rumah).
    private static int MatchMarker(string text, int pos, string marker)
    {
        if (pos + marker.Length > text.Length) return -1;
        for (int i = 0; i < marker.Length; i++)
        {
            if (char.ToLowerInvariant(text[pos + i]) != marker[i]) return -1;
        }

        int end = pos + marker.Length;
        return end < text.Length && char.IsLetter(text[end]) ? -1 : end;
    }

    // The words of each suffix marker, split once: asked after every number, splitting per call allocated a string per word.
    private static readonly string[][] SuffixWords = [.. Currencies.Suffixes.Select(s => s.Marker.Split(' '))];

    // Multi-word markers such as "dolar AS" allow any single white space between their words.
    private static int MatchPhrase(string text, int pos, string[] words)
    {
        int p = pos;
        for (int i = 0; ; i++)
        {
            bool last = i == words.Length - 1;
            // "500 ribu rupiahnya": the clitic -nya after the currency stays outside the mention.
            p = last ? ValueText.MatchWordOrNya(text, p, words[i]) : ValueText.MatchWord(text, p, words[i]);
            if (p < 0) return -1;
            if (last) return p;
            int next = ValueText.SkipGap(text, p);
            if (next == p) return -1;
            p = next;
        }
    }

    private static ValueMatch Money(int end, decimal amount, string code) => new(end, EntityLabels.Money, null, (double)amount, code);
}
