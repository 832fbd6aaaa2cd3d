namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Tells whether a dated weekday near the start of a text is announced as coming (a preview's match day, a planned
/// event) rather than reported, for <see cref="ReferenceDateInference"/>: the anchor should be the day the news is told.
/// </summary>
internal static class PreviewDate
{
    /// <summary>How sure the sentence is that its date is still to come.</summary>
    public enum Kind
    {
        /// <summary>No future word governs the date.</summary>
        Reported,

        /// <summary><c>akan</c> or <c>bakal</c> before it: often later, but also often later the same day ("akan menghadapi tuntutan jaksa … Kamis (22/6)").</summary>
        Coming,

        /// <summary>A word of scheduling or of a later day ("dijadwalkan berlangsung … Selasa (13/6)", "Rabu (14/12/2016) besok"): a day still ahead.</summary>
        Scheduled,
    }

    // "akan digelar", "bakal melawan": future, but the same day is common in morning reports.
    private static readonly string[] ComingWords = ["akan", "bakal"];

    // Words that put the date ahead of the telling: "dijadwalkan berlangsung", "Sabtu (22/7/2017) mendatang", "besok".
    private static readonly string[] ScheduledWords = ["dijadwalkan", "direncanakan", "rencananya", "mendatang", "besok", "lusa", "nanti"];

    // A reporting verb after the future word ends its reach: "akan menaikkan harga, kata Menteri di Jakarta, Kamis (18/8)".
    private static readonly string[] ReportingWords =
    [
        "kata", "katanya", "ujar", "ujarnya", "ucap", "ucapnya", "ungkap", "ungkapnya", "jelas", "jelasnya", "tutur", "tuturnya",
        "terang", "terangnya", "tegas", "tegasnya", "papar", "paparnya", "sebut", "menurut", "mengatakan", "menjelaskan",
        "mengungkapkan", "menegaskan", "menyebutkan", "memaparkan", "menuturkan", "menerangkan", "dikutip", "ditemui",
    ];

    // How far back the sentence is read: a lead sentence rarely runs longer.
    private const int LookBack = 400;

    /// <summary>
    /// Reads the sentence up to the end of the date mention <paramref name="start"/>..<paramref name="end"/> for a future
    /// word that no reporting verb follows ("yang dijadwalkan berlangsung di Stadion Maguwoharjo, Sleman, Selasa (13/6)",
    /// "Rabu (14/12/2016) besok", "Senin pekan depan (5/6)"); a date said to be today's is reported ("pada hari ini, Jumat (23/6)").
    /// </summary>
    public static Kind Classify(string text, int start, int end)
    {
        // "pada hari ini, Jumat (23/6)": today's date, whatever the sentence plans.
        int prev = ValueText.PreviousWord(text, SkipCommaBack(text, start), out int prevEnd);
        if (prev >= 0 && ValueText.MatchWord(text, prev, "ini") == prevEnd) return Kind.Reported;

        int from = SentenceStart(text, start);
        var kind = Kind.Reported;
        int p = from;
        while (p < end)
        {
            if (!char.IsLetter(text[p]) || (p > 0 && char.IsLetter(text[p - 1])))
            {
                p++;
                continue;
            }

            int wordEnd = p;
            while (wordEnd < end && char.IsLetter(text[wordEnd])) wordEnd++;

            // "depan" alone is a place ("di depan Istana") before the date, but "pekan depan" inside it.
            if (ValueText.MatchAny(text, p, ScheduledWords, out _) == wordEnd || (p >= start && ValueText.MatchWord(text, p, "depan") == wordEnd)) kind = Kind.Scheduled;
            else if (ValueText.MatchAny(text, p, ComingWords, out _) == wordEnd) kind = kind == Kind.Scheduled ? kind : Kind.Coming;
            else if (ValueText.MatchAny(text, p, ReportingWords, out _) == wordEnd) kind = Kind.Reported;
            p = wordEnd;
        }

        return kind;
    }

    // Back over white space and one comma: "hari ini, Jumat".
    private static int SkipCommaBack(string text, int pos)
    {
        int p = pos;
        while (p > 0 && text[p - 1] is ' ' or '\t') p--;
        return p > 0 && text[p - 1] == ',' ? p - 1 : pos;
    }

    // The start of the sentence holding pos: after the last sentence end (". ", "! ", "? ") or line break, within LookBack.
    private static int SentenceStart(string text, int pos)
    {
        int limit = Math.Max(0, pos - LookBack);
        for (int p = pos - 1; p > limit; p--)
        {
            if (text[p - 1] == '\n') return p;
            if (text[p - 1] is '.' or '!' or '?' && char.IsWhiteSpace(text[p])) return p;
        }

        return limit;
    }
}
