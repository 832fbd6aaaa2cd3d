namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Recognises measured quantities: <c>134 kilogram</c>, <c>5 km</c>, <c>1,5 ton</c>, <c>4.000 mAh</c>, <c>6,2 SR</c>,
/// and speeds: <c>100 km / jam</c> and <c>100 kilometer per jam</c> are 100 <c>km/h</c>.
/// A range with the unit written once (<c>5-10 kilometer</c>, <c>2 sampai 3 ton</c>) is one mention whose value is its
/// lower end, as for a range of money.
/// </summary>
internal static class QuantityMatcher
{
    /// <summary>Tries a quantity at <paramref name="pos"/>.</summary>
    public static ValueMatch Match(string text, int pos)
    {
        bool inWords = !char.IsAsciiDigit(text[pos]);
        int end = IndonesianNumber.ReadAmount(text, pos, allowWords: true, moneyScales: false, out decimal value);
        if (end < 0) return ValueMatch.None;
        int unitEnd = UnitEnd(text, end, inWords, out string? symbol);

        // "5-10 kilometer": the unit after the upper end belongs to the lower one too; read apart, the mention was
        // "10 kilometer" and the lower end was lost.
        if (unitEnd < 0 && IndonesianNumber.ReadRangeUpper(text, end, value, allowWords: true, moneyScales: false, out int upperStart) is int upperEnd and >= 0)
        {
            unitEnd = UnitEnd(text, upperEnd, inWords || !char.IsAsciiDigit(text[upperStart]), out symbol);
        }

        // "2,1 dan 2,3 GHz": the first of two numbers sharing a unit is a quantity of its own, the number alone (the
        // second is found after it); read apart, 2,1 was lost.
        if (unitEnd < 0 && IndonesianNumber.ReadListNext(text, end, value, allowWords: inWords, moneyScales: false) is int nextEnd and >= 0
            && UnitEnd(text, nextEnd, inWords, out symbol) >= 0)
        {
            unitEnd = end;
        }

        return unitEnd >= 0 ? new ValueMatch(unitEnd, EntityLabels.Quantity, null, (double)value, symbol) : ValueMatch.None;
    }

    // The end of the unit after a number that ends at end, or -1.
    private static int UnitEnd(string text, int end, bool inWords, out string? symbol)
    {
        // "5 km", "5km" and the compound "5-kilometer".
        int unitAt = end < text.Length && text[end] is ' ' or '-' ? end + 1 : end;
        foreach (var (word, unit) in MeasureUnits.All)
        {
            // A number in words ("lima kilometer", "dua ton") takes only a unit written out: "dua m" is not two metres.
            if (inWords && word.Length < 4 && word != "ton") continue;

            // A capital "M" is not a metre ("Keputusan Presiden Nomor 31 M", "89 M. Choirun", "8M" cameras).
            if (word == "m" && unitAt < text.Length && text[unitAt] == 'M') continue;
            int unitEnd = MatchUnit(text, unitAt, word);
            if (unitEnd >= 0)
            {
                // "1 m 28.386s" is a lap time, one minute and 28 seconds, not a metre.
                if (unit == "m" && IsSeconds(text, unitEnd)) break;

                // "100 km / jam", "30 mil per jam": a speed, not the distance alone.
                int speedEnd = SpeedUnit.Read(text, unitEnd, unit, out string? speed);
                symbol = speedEnd >= 0 ? speed : unit;
                return speedEnd >= 0 ? speedEnd : unitEnd;
            }
        }

        symbol = null;
        return -1;
    }

    // True when seconds follow at pos: "28.386s", "05s".
    private static bool IsSeconds(string text, int pos)
    {
        int at = ValueText.SkipGap(text, pos);
        if (at == pos || at >= text.Length || !char.IsAsciiDigit(text[at])) return false;
        int n = ValueText.ReadDigits(text, at, 2, out _);
        if (n == 0) return false;
        at += n;
        if (at + 1 < text.Length && text[at] is '.' or ',' && char.IsAsciiDigit(text[at + 1]))
        {
            at++;
            int limit = Math.Min(text.Length, at + 4);
            while (at < limit && char.IsAsciiDigit(text[at])) at++;
        }

        return at < text.Length && text[at] == 's' && ValueText.IsWordEnd(text, at + 1);
    }

    private static int MatchUnit(string text, int pos, string unit)
    {
        int space = unit.IndexOf(' ');
        // "13,5 incinya": the clitic -nya after the unit stays outside the mention.
        if (space < 0) return unit.Contains('/') ? MatchRaw(text, pos, unit) : ValueText.MatchWordOrNya(text, pos, unit);
        // Spans, not substrings: this runs for every number, and a substring per unit word added up.
        int first = ValueText.MatchWord(text, pos, unit.AsSpan(0, space));
        return first < 0 ? -1 : ValueText.MatchWordOrNya(text, ValueText.SkipGap(text, first), unit.AsSpan(space + 1));
    }

    private static int MatchRaw(string text, int pos, string unit)
    {
        if (pos + unit.Length > text.Length) return -1;
        for (int i = 0; i < unit.Length; i++)
        {
            if (char.ToLowerInvariant(text[pos + i]) != unit[i]) return -1;
        }

        return ValueText.IsWordEnd(text, pos + unit.Length) ? pos + unit.Length : -1;
    }
}
