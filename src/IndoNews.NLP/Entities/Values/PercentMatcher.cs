namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Recognises percentages: <c>30 persen</c>, <c>30%</c>, <c>57,8 persen</c>, <c>tiga persen</c>; the value is a fraction (0.30).
/// A range with the sign written once (<c>10-15 persen</c>, <c>10 hingga 15 persen</c>) is one mention whose value is
/// its lower end, as for a range of money.
/// </summary>
internal static class PercentMatcher
{
    /// <summary>Tries a percentage at <paramref name="pos"/>.</summary>
    public static ValueMatch Match(string text, int pos)
    {
        int end = IndonesianNumber.ReadAmount(text, pos, allowWords: true, moneyScales: false, out decimal value);
        if (end < 0) return ValueMatch.None;
        int sign = SignEnd(text, end);

        // "10-15 persen": the sign after the upper end belongs to the lower one too; read apart, the mention was
        // "15 persen" and the lower end was lost.
        if (sign < 0 && IndonesianNumber.ReadRangeUpper(text, end, value, allowWords: true, moneyScales: false, out _) is int upperEnd and >= 0) sign = SignEnd(text, upperEnd);

        // "10 dan 20 persen": the first of two numbers sharing the sign is a percentage of its own, the number alone.
        if (sign < 0 && IndonesianNumber.ReadListNext(text, end, value, allowWords: true, moneyScales: false) is int nextEnd and >= 0 && SignEnd(text, nextEnd) >= 0) sign = end;
        return sign >= 0 ? new ValueMatch(sign, EntityLabels.Percent, null, (double)(value / 100m), null) : ValueMatch.None;
    }

    // The end of "%", " %", "persen" or "prosen" after a number that ends at end, or -1; "70 persennya" (70 percent of
    // it) ends before the clitic.
    private static int SignEnd(string text, int end)
    {
        int signAt = end < text.Length && text[end] == ' ' ? end + 1 : end;
        if (signAt < text.Length && text[signAt] == '%') return signAt + 1;
        int wordAt = ValueText.SkipGap(text, end);
        int word = ValueText.MatchWordOrNya(text, wordAt, "persen");
        return word >= 0 ? word : ValueText.MatchWordOrNya(text, wordAt, "prosen");
    }
}
