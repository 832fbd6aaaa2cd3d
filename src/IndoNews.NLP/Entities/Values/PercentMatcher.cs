namespace IndoNews.NLP.Entities.Values;

/// <summary>Recognises percentages: <c>30 persen</c>, <c>30%</c>, <c>57,8 persen</c>, <c>tiga persen</c>; the value is a fraction (0.30).</summary>
internal static class PercentMatcher
{
    /// <summary>Tries a percentage at <paramref name="pos"/>.</summary>
    public static ValueMatch Match(string text, int pos)
    {
        int end = IndonesianNumber.ReadAmount(text, pos, allowWords: true, moneyScales: false, out decimal value);
        if (end < 0) return ValueMatch.None;
        int signAt = end < text.Length && text[end] == ' ' ? end + 1 : end;
        if (signAt < text.Length && text[signAt] == '%') return Percent(signAt + 1, value);
        int word = ValueText.MatchNextWord(text, end, "persen");
        if (word < 0) word = ValueText.MatchNextWord(text, end, "prosen");
        return word >= 0 ? Percent(word, value) : ValueMatch.None;
    }

    private static ValueMatch Percent(int end, decimal value) => new(end, EntityLabels.Percent, null, (double)(value / 100m), null);
}
