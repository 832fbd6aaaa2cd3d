namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// A year alone in brackets after a title or name is a date: the year of a film, album or work (<c>film Inception
/// (2010)</c>, <c>album Bangerz (2013)</c>), of a win (<c>Piala Winners (1984)</c>) or of a source (<c>data Jambeck
/// (2015)</c>), written beside the name rather than inside it, unlike <c>Euro 2016</c>. A device's model year is part of
/// its name (<c>Samsung Galaxy A7 (2017)</c>) and stays out.
/// </summary>
internal static class BracketedYear
{
    // Words that end a device's model name before its year: "Galaxy J7 Pro (2017)", "iPad Pro (2017)".
    private static readonly string[] ModelWords = ["pro", "plus", "prime", "lite", "mini", "max"];

    /// <summary>True when the four-digit year at <paramref name="pos"/> fills a pair of brackets alone and names no model.</summary>
    public static bool IsAlone(string text, int pos)
    {
        if (pos == 0 || text[pos - 1] != '(' || pos + 4 >= text.Length || text[pos + 4] != ')') return false;
        int before = ValueText.PreviousWord(text, pos - 1, out int beforeEnd);
        return before < 0 || !IsModelName(text, before, beforeEnd);
    }

    // "A", "A7", "J5", "S8": a capital letter, alone or with digits, is a model code; "Pro" and the like end a model name.
    private static bool IsModelName(string text, int start, int end)
    {
        if (ValueText.MatchAny(text, start, ModelWords, out _) == end) return true;
        if (!char.IsAsciiLetterUpper(text[start])) return false;
        for (int i = start + 1; i < end; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return false;
        }

        return end - start <= 3;
    }
}
