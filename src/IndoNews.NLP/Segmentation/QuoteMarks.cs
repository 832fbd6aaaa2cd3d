using IndoNews.NLP.Internal;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Segmentation;

/// <summary>
/// Tells from its surroundings whether a double quotation mark opens a quotation. The glyph alone does not say:
/// IndoSum and some Indonesian news sites write the right quote at both ends
/// (<c>” Kelihatannya, dia memang kegemukan. Karena ...,” kata Djanur</c>), a few write the left quote as a closer
/// (<c>"tanpa adanya gesekan “.</c>), and the straight quote serves both ends everywhere.
/// </summary>
internal static class QuoteMarks
{
    // Speech verbs that introduce a quotation after a comma ("menyebutkan,” Keberhasilan ...", "berkata," Tenang ...");
    // a closing quote never follows them directly.
    private static readonly WordSet SpeechVerbs = new WordSet(
    [
        "mengatakan", "menyebutkan", "menambahkan", "menjelaskan", "menegaskan", "mengungkapkan", "menuturkan", "menyatakan",
        "menyampaikan", "mengucapkan", "melanjutkan", "menjawab", "menulis", "menuliskan", "menanggapi", "menyahut",
        "berkata", "berujar", "bertanya", "berkomentar", "berbunyi", "berpesan",
    ], ignoreCase: false);

    /// <summary>
    /// Whether the token, a double quotation mark, opens a quotation; false for a closing mark and for any other token.
    /// </summary>
    /// <param name="text">The text the token was made over.</param>
    /// <param name="token">The token.</param>
    /// <param name="inQuote">Whether a quotation is open before the token.</param>
    public static bool Opens(string text, in Token token, bool inQuote)
    {
        if (token.Length != 1) return false;
        char c = text[token.Start];
        if (c is not ('"' or '\u201C' or '\u201D')) return false;
        bool spaceBefore = token.Start == 0 || char.IsWhiteSpace(text[token.Start - 1]);
        bool spaceAfter = token.End >= text.Length || char.IsWhiteSpace(text[token.End]);
        int before = PreviousOnLine(text, token.Start);
        int after = NextOnLine(text, token.End);

        // A left quote before punctuation or at the end of a line closes ("gesekan “."); "“...Saya" still opens.
        if (c == '\u201C') return after >= 0 && !IsClosingPunctuation(text, after);

        bool startsText = after >= 0 && StartsQuotedText(text[after]);
        if (!spaceBefore && spaceAfter && startsText && before >= 0)
        {
            // After a colon or a speech verb and its comma the mark opens: "menjawab:" Saya ...", "berkata," Tenang ...".
            if (text[before] == ':') return true;
            if (text[before] == ',') return !inQuote && AfterSpeechVerb(text, before);
        }

        if (c == '"')
        {
            // Inside a quotation, a quote glued to the lower-case attribution after a comma closes it: ", "katanya.".
            if (inQuote && spaceBefore && !spaceAfter && before >= 0 && text[before] is ',' or '?' or '!' && char.IsLower(text[token.End])) return false;
            if (spaceBefore && !spaceAfter) return true;
            if (!spaceBefore && spaceAfter) return false;
            return !inQuote;
        }

        // The right quote: as an opener it stands before the quoted words.
        if (!startsText) return false;
        if (before < 0) return true; // "\n” Kelihatannya, ..."
        if (!spaceBefore)
        {
            // Glued on both sides after a sentence end: "... ke Poso.”Kita berharap ...".
            return !spaceAfter && !inQuote && text[before] is '.' or '!' or '?' && char.IsUpper(text[after]);
        }

        if (!spaceAfter || text[before] == ':') return true; // " ”Kita", "mengatakan: ” Saya"
        return !inQuote && (char.IsUpper(text[after]) || char.IsAsciiDigit(text[after])); // "kata Pochettino. ” Hari ini ..."
    }

    // The first character that can start quoted words: a letter, a digit, a bracket or a single quote ("“ 'Kan ...").
    private static bool StartsQuotedText(char c)
        => char.IsLetterOrDigit(c) || c is '[' or '(' or '\'' or '\u2018';

    // Punctuation that follows the end of a quotation; an ellipsis ("“...Saya") opens one.
    private static bool IsClosingPunctuation(string text, int at)
    {
        char c = text[at];
        if (c == '.') return at + 1 >= text.Length || text[at + 1] != '.';
        return c is ',' or ';' or ':' or '!' or '?' or ')' or ']';
    }

    // The word right before the comma at index comma is a speech verb.
    private static bool AfterSpeechVerb(string text, int comma)
    {
        int start = comma;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return start < comma && SpeechVerbs.Contains(text.AsSpan(start, comma - start));
    }

    // The index of the last character before from on its line that is no space, or -1 at the start of the line.
    private static int PreviousOnLine(string text, int from)
    {
        for (int k = from - 1; k >= 0; k--)
        {
            char c = text[k];
            if (CharClass.IsLineBreak(c)) return -1;
            if (!char.IsWhiteSpace(c)) return k;
        }

        return -1;
    }

    // The index of the first character from index from on its line that is no space, or -1 at the end of the line.
    private static int NextOnLine(string text, int from)
    {
        for (int k = from; k < text.Length; k++)
        {
            char c = text[k];
            if (CharClass.IsLineBreak(c)) return -1;
            if (!char.IsWhiteSpace(c)) return k;
        }

        return -1;
    }
}
