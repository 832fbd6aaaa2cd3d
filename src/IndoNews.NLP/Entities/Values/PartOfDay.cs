namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Reads a part of the day that belongs to a date before it: <c>pagi</c>, <c>siang</c>, <c>sore</c>, <c>petang</c>,
/// <c>malam</c>, <c>dini hari</c> (or <c>dinihari</c>), with a following <c>hari</c> (<c>malam hari</c>) unless it opens
/// <c>hari ini</c>. A day and its part are one DATE, as <c>kemarin malam</c> and <c>Senin malam (26/9)</c> are; a clock
/// time is a TIME of its own.
/// </summary>
internal static class PartOfDay
{
    private static readonly string[] Parts = ["pagi", "siang", "sore", "petang", "malam", "dinihari", "dini"];

    /// <summary>
    /// The end of a part of the day after <paramref name="pos"/> (across white space), or -1. In lower case only:
    /// "Minggu Pagi" names a newspaper. "dini" only before "hari".
    /// </summary>
    public static int Read(string text, int pos)
    {
        int at = ValueText.SkipGap(text, pos);
        if (at >= text.Length || !char.IsLower(text[at])) return -1;
        int end = ValueText.MatchAny(text, at, Parts, out int part);
        if (end < 0) return -1;
        int hari = ValueText.MatchNextWord(text, end, "hari");
        if (Parts[part] == "dini") return hari;

        // "Kamis pagi hari ini": "hari ini" is a date of its own.
        return hari >= 0 && ValueText.MatchNextWord(text, hari, "ini") < 0 ? hari : end;
    }
}
