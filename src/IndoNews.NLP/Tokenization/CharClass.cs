using System.Globalization;
using System.Runtime.CompilerServices;

namespace IndoNews.NLP.Tokenization;

/// <summary>Character tests of the tokenizer; ASCII goes through a table, the rest through Unicode categories.</summary>
internal static class CharClass
{
    private const byte Letter = 1;
    private const byte Digit = 2;
    private const byte Space = 4;
    private const byte Upper = 8;

    private static readonly byte[] Ascii = BuildAscii();

    /// <summary>
    /// True for characters that separate tokens: white space and invisible format characters (ZWSP, BOM, word joiner,
    /// and the bidirectional marks U+200E, U+200F, U+202A–U+202E, U+2066–U+2069 that web pages leave in news text).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSeparator(char c)
    {
        if (c < 128) return (Ascii[c] & Space) != 0;
        return char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060' or '\u180E' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
    }

    /// <summary>Letters, combining marks, decimal digits and other numbers (²): what words and numbers are made of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c)
    {
        if (c < 128) return (Ascii[c] & (Letter | Digit)) != 0;
        return IsWordCharSlow(c);
    }

    /// <summary>
    /// True for the characters that end a line: \n, \r (alone or in \r\n), U+0085, the line separator U+2028
    /// and the paragraph separator U+2029. The sentence splitter and the paragraph segmenter share it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Whether <paramref name="text"/> holds a line break between <paramref name="from"/> and <paramref name="to"/> (exclusive).</summary>
    public static bool HasLineBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (IsLineBreak(text[i])) return true;
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Whether <paramref name="s"/> is one or more ASCII digits.</summary>
    public static bool IsDigits(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExceptInRange('0', '9');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c)
    {
        if (c < 128) return (Ascii[c] & Letter) != 0;
        return char.IsLetter(c) || IsMark(c);
    }

    /// <summary>Whether <paramref name="s"/> holds a letter (by <see cref="IsLetter"/>).</summary>
    public static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (IsLetter(c)) return true;
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c)
    {
        if (c < 128) return (Ascii[c] & Upper) != 0;
        return char.IsUpper(c);
    }

    private static bool IsWordCharSlow(char c)
    {
        if (char.IsSurrogate(c)) return false;
        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.OtherNumber:
                return c != '\u20E3'; // the keycap mark belongs to an emoji
            default:
                return false;
        }
    }

    private static bool IsMark(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static byte[] BuildAscii()
    {
        var table = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            if (c is >= 'a' and <= 'z') table[c] = Letter;
            else if (c is >= 'A' and <= 'Z') table[c] = Letter | Upper;
            else if (c is >= '0' and <= '9') table[c] = Digit;
            else if (char.IsWhiteSpace((char)c)) table[c] = Space;
        }

        return table;
    }
}
