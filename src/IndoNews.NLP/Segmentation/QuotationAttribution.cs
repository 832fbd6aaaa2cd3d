using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Segmentation;

/// <summary>
/// A short attribution after a quotation that a new quotation follows without a period:
/// <c>"... 20,8 persen," katanya menjelaskan "Faktor risiko itu ..."</c>, <c>"... yang lain," kata dia "Jiwa Letty ..."</c>.
/// The attribution closes the first sentence; the new quotation opens the next one.
/// </summary>
/// <remarks>
/// Only a speech verb alone or with a pronoun or a second speech verb counts, so a quoted title after a longer
/// attribution stays inside it (<c>," kata Project Manager "Yes I Do", Amrullah</c>,
/// <c>," ujar Yuli dalam acara "Santap Mantap Day"</c>).
/// </remarks>
internal static class QuotationAttribution
{
    // Speech verbs of news attributions, written bare or with -nya (kata, katanya).
    private static readonly WordSet Verbs = new WordSet(
    [
        "kata", "ujar", "ucap", "tutur", "tambah", "jelas", "ungkap", "imbuh", "tegas", "papar", "terang", "sebut", "tulis",
    ], ignoreCase: false);

    // What may follow the verb: the speaker as a pronoun, or a second verb (katanya menjelaskan).
    private static readonly WordSet Followers = new WordSet(
    [
        "dia", "ia", "beliau", "mereka", "menjelaskan", "menambahkan", "mengatakan", "menegaskan",
    ], ignoreCase: false);

    // How many tokens an attribution spans at most: verb, -nya, one more word.
    private const int MaxTokens = 3;

    /// <summary>
    /// Whether token <paramref name="last"/> ends such an attribution and the next token opens a new quotation
    /// that starts with a capital.
    /// </summary>
    public static bool EndsBeforeNextQuotation(string text, ReadOnlySpan<Token> tokens, int last)
    {
        if (last + 2 >= tokens.Length || !OpensQuotation(text, tokens[last + 1]) || !char.IsUpper(tokens[last + 2].Span[0])) return false;

        // The closing quote of the quotation before: after a comma, question or exclamation mark, and glued to it.
        int close = -1;
        for (int k = last; k >= 1 && k >= last - MaxTokens; k--)
        {
            if (tokens[k].Span is "\"" or "\u201D")
            {
                close = k;
                break;
            }
        }

        if (close < 1 || tokens[close - 1].End != tokens[close].Start || tokens[close - 1].Span is not ("," or "?" or "!")) return false;

        // The attribution's surface: one or two words separated by single spaces.
        var between = text.AsSpan(tokens[close].End, tokens[last + 1].Start - tokens[close].End).Trim(' ');
        int space = between.IndexOf(' ');
        var verb = space < 0 ? between : between[..space];
        if (verb.EndsWith("nya")) verb = verb[..^3];
        if (!Verbs.Contains(verb)) return false;
        return space < 0 || Followers.Contains(between[(space + 1)..]);
    }

    // A straight quote with a space before it and none after, or a curly quote that opens ("katanya ” Hari ini ...").
    private static bool OpensQuotation(string text, in Token token)
    {
        if (token.Span is "\u201C" or "\u201D") return QuoteMarks.Opens(text, token, inQuote: false);
        if (token.Span is not "\"") return false;
        return token.Start > 0 && text[token.Start - 1] == ' ' && token.End < text.Length && !char.IsWhiteSpace(text[token.End]);
    }
}
