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
            int amountEnd = IndonesianNumber.ReadAmount(text, at, allowWords: false, moneyScales: true, out decimal amount);
            if (amountEnd < 0 || !ValueText.IsWordEnd(text, amountEnd)) return ValueMatch.None;
            return Money(amountEnd, amount, code);
        }

        if (!char.IsAsciiDigit(text[pos])) return ValueMatch.None;
        int numberEnd = IndonesianNumber.ReadAmount(text, pos, allowWords: false, moneyScales: false, out decimal value);
        if (numberEnd < 0) return ValueMatch.None;
        int suffixAt = ValueText.SkipGap(text, numberEnd);
        foreach (var (marker, code) in Currencies.Suffixes)
        {
            int end = MatchPhrase(text, suffixAt, marker);
            if (end >= 0) return Money(end, value, code);
        }

        return ValueMatch.None;
    }

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

    // Multi-word markers such as "dolar AS" allow any single white space between their words.
    private static int MatchPhrase(string text, int pos, string phrase)
    {
        int p = pos;
        int start = 0;
        while (true)
        {
            int space = phrase.IndexOf(' ', start);
            string word = space < 0 ? phrase[start..] : phrase[start..space];
            p = ValueText.MatchWord(text, p, word);
            if (p < 0) return -1;
            if (space < 0) return p;
            int next = ValueText.SkipGap(text, p);
            if (next == p) return -1;
            p = next;
            start = space + 1;
        }
    }

    private static ValueMatch Money(int end, decimal amount, string code) => new(end, EntityLabels.Money, null, (double)amount, code);
}
