using System.Runtime.CompilerServices;
using IndoNews.NLP.Internal;
using IndoNews.NLP.Tokenization;

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
    /// <remarks>The sentence splitter asks this at every token: the test inlined here lets almost all of them go at once.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EndsBeforeNextQuotation(string text, ReadOnlySpan<Token> tokens, int last)
        => last + 2 < tokens.Length && tokens[last + 1].Length == 1 && EndsBeforeQuotationAt(text, tokens, last);

    // EndsBeforeNextQuotation where a one-character token follows last (every quote it reads is one).
    private static bool EndsBeforeQuotationAt(string text, ReadOnlySpan<Token> tokens, int last)
    {
        if (!OpensQuotation(text, tokens[last + 1]) || !char.IsUpper(tokens[last + 2].Span[0])) return false;

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

    // Speech verbs that news writes with a capital right after a quotation ("... hal yang sama." Harapnya.,
    // "... selfie." Beber Irfan.). "Aku" only with -nya: bare, it is the pronoun that opens a sentence.
    private static readonly WordSet CapitalisedVerbs = new WordSet(
    [
        "Kata", "Ujar", "Ucap", "Tutur", "Tambah", "Jelas", "Ungkap", "Imbuh", "Tegas", "Papar", "Terang", "Sebut", "Tulis",
        "Beber", "Harap", "Pungkas", "Tandas", "Kilah", "Aku", "Tukas", "Sambung", "Pinta", "Timpal", "Cetus", "Kicau",
    ], ignoreCase: false);

    // Of those, the verbs that only report speech: after a quotation, a sentence that opens with one of them is its
    // attribution however long it runs ("... pengikutnya.” Kata Amy Sun selaku Product Manager Facebook kepada
    // Techcrunch."). "Jelas", "Tegas", "Terang", "Harap", "Tambah", "Sebut", "Tulis", "Pinta", "Sambung" and "Aku" also
    // open sentences as adverbs, adjectives or imperatives ("Jelas Indonesia tidak akan mundur ..."), so without -nya
    // they count only in a short attribution.
    private static readonly WordSet SpeechOnlyVerbs = new WordSet(
    [
        "Kata", "Ujar", "Ucap", "Tutur", "Ungkap", "Imbuh", "Papar", "Beber", "Pungkas", "Tandas", "Kilah", "Tukas", "Timpal",
        "Cetus", "Kicau",
    ], ignoreCase: false);

    // How many words a capitalised attribution holds after its verb at most when any of the verbs opens it
    // ("Ujar Robert saat itu.").
    private const int MaxAttributionWords = 4;

    // How many tokens a longer attribution holds after its verb at most, when a speech-only verb or a verb with -nya
    // opens it. UD CSUI's attributions after a closing quote run to 24 words ("," kata ... ); 40 tokens leave room for
    // the commas and the bracketed date of "Ujarnya di Jakarta, Senin (8/2/2018).".
    private const int MaxAttributionTokens = 40;

    /// <summary>
    /// Whether an attribution written with a capital starts at token <paramref name="k"/>, right after the closing
    /// quote of a quotation that ended its sentence: a capitalised speech verb with -nya (<c>Harapnya.</c>) or before a
    /// capitalised speaker (<c>Beber Irfan.</c>, <c>Ujar Robert saat itu.</c>), then up to a few words and a period, all
    /// on the quotation's line. A verb that only reports speech, or any verb with -nya, may head a longer attribution
    /// with commas, numbers and brackets (<c>Kata Amy Sun selaku Product Manager Facebook kepada Techcrunch.</c>,
    /// <c>Ujar Eko Handoko, Country General Manager BenQ Indonesia.</c>).
    /// </summary>
    public static bool IsCapitalisedAttribution(string text, ReadOnlySpan<Token> tokens, int k)
    {
        if (k >= tokens.Length || tokens[k].Kind != TokenKind.Word || OnNewLine(text, tokens, k)) return false;
        var verb = tokens[k].Span;
        int next = k + 1;
        bool withNya = false;
        if (next < tokens.Length && tokens[next].Start == tokens[k].End && tokens[next].Span is "nya")
        {
            withNya = true;
            next++;
        }
        else if (verb.Length > 3 && verb.EndsWith("nya"))
        {
            verb = verb[..^3];
            withNya = true;
        }

        if (!CapitalisedVerbs.Contains(verb) || (!withNya && verb is "Aku")) return false;

        // Without -nya the speaker's name follows the verb ("Beber Irfan"), or after a speech-only verb the speaker's post
        // in lower case before the name ("Kata pimpinan sidang Munaslub, Rofinus Hutahuruk ..."); "Jelas ini ..." opens a
        // sentence.
        if (!withNya && (next >= tokens.Length || tokens[next].Kind != TokenKind.Word
            || !(char.IsUpper(tokens[next].Span[0]) || (SpeechOnlyVerbs.Contains(verb) && IsPostBeforeName(tokens, next))))) return false;

        // A long attribution starts with a word ("Jelasnya, ..." opens a sentence) and holds words, numbers, commas
        // and brackets; a short one holds words only.
        bool mayRunLong = (withNya || SpeechOnlyVerbs.Contains(verb)) && next < tokens.Length && tokens[next].Kind == TokenKind.Word;
        for (int m = next; m < tokens.Length && m <= next + (mayRunLong ? MaxAttributionTokens : MaxAttributionWords); m++)
        {
            if (OnNewLine(text, tokens, m)) return false;
            if (tokens[m].Span is ".") return true;
            bool word = tokens[m].Kind == TokenKind.Word;
            if (!word && !(mayRunLong && (tokens[m].Kind == TokenKind.Number || tokens[m].Span is "," or "(" or ")"))) return false;
        }

        return false;
    }

    // How many lower-case words a speaker's post before the name holds at most ("pimpinan sidang", "kapten tim").
    private const int MaxPostWords = 3;

    // Words that make a capitalised speech verb the noun or the phrase that opens a sentence, not an attribution:
    // "Kata itu berasal dari ...", "Kata demi kata ...", "Tutur kata ...", "Ucap syukur ...".
    private static readonly WordSet NotPosts = new WordSet(
    [
        "itu", "ini", "tersebut", "yang", "demi", "per", "kata", "kunci", "syukur", "terima", "selamat",
    ], ignoreCase: false);

    // One to MaxPostWords lower-case words from k, then a capitalised word: the speaker's post and name, as in "Kata
    // pimpinan sidang Munaslub, ..." and "Ujar kapten tim Arema Hamka Hamzah.". A comma right after one word ("Kata
    // bapak, saya masih ...", "Kata dia, hal tersebut ...") makes the verb open a sentence that reports speech.
    private static bool IsPostBeforeName(ReadOnlySpan<Token> tokens, int k)
    {
        if (NotPosts.Contains(tokens[k].Span)) return false;
        for (int m = k; m < tokens.Length && m <= k + MaxPostWords; m++)
        {
            if (tokens[m].Kind != TokenKind.Word) return false;
            var word = tokens[m].Span;
            if (char.IsUpper(word[0])) return m > k;
            if (!char.IsLower(word[0])) return false;
        }

        return false;
    }

    private static bool OnNewLine(string text, ReadOnlySpan<Token> tokens, int k) => CharClass.HasLineBreak(text, tokens[k - 1].End, tokens[k].Start);

    // A straight quote with a space before it and none after, or a curly quote that opens ("katanya ” Hari ini ...").
    private static bool OpensQuotation(string text, in Token token)
    {
        if (token.Span is "\u201C" or "\u201D") return QuoteMarks.Opens(text, token, inQuote: false);
        if (token.Span is not "\"") return false;
        return token.Start > 0 && text[token.Start - 1] == ' ' && token.End < text.Length && !char.IsWhiteSpace(text[token.End]);
    }
}
