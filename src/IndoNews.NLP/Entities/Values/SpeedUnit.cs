namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Reads the "per hour" that makes a length a speed: <c>km/jam</c>, <c>km / jam</c>, <c>km per jam</c>,
/// <c>kilometer per jam</c>, <c>km/h</c>, <c>mil per jam</c>, <c>meter per detik</c>.
/// </summary>
internal static class SpeedUnit
{
    // Lengths that take a time; other units ("mm / tahun", "Rp 9 juta per bulan", "ton per hektare") are rates left alone.
    private static readonly string[] Lengths = ["km", "m", "mi"];

    // Time words after "per" or "/", with their symbols. The one-letter symbols are read only after "/" ("km/h").
    private static readonly string[] TimeWords = ["jam", "detik", "menit"];

    private static readonly string[] TimeWordSymbols = ["h", "s", "min"];

    private static readonly string[] TimeSymbols = ["h", "s"];

    /// <summary>
    /// Reads <c>/ jam</c> or <c>per jam</c> after a length unit ending at <paramref name="unitEnd"/>.
    /// </summary>
    /// <returns>The end of the time word, with <paramref name="symbol"/> the speed (<c>km/h</c>), or -1.</returns>
    public static int Read(string text, int unitEnd, string lengthSymbol, out string? symbol)
    {
        symbol = null;
        if (Array.IndexOf(Lengths, lengthSymbol) < 0) return -1;
        int at = ValueText.SkipGap(text, unitEnd);
        bool slash = at < text.Length && text[at] == '/';
        int timeAt;
        if (slash)
        {
            timeAt = ValueText.SkipGap(text, at + 1);
        }
        else
        {
            int per = ValueText.MatchWord(text, at, "per");
            if (per < 0) return -1;
            timeAt = ValueText.SkipGap(text, per);
        }

        int end = ValueText.MatchAny(text, timeAt, TimeWords, out int index);
        string? time = end >= 0 ? TimeWordSymbols[index] : null;
        if (end < 0 && slash)
        {
            end = ValueText.MatchAny(text, timeAt, TimeSymbols, out index);
            time = end >= 0 ? TimeSymbols[index] : null;
        }

        if (end < 0) return -1;
        symbol = lengthSymbol + "/" + time;
        return end;
    }
}
