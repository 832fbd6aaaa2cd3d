namespace IndoNews.NLP.Tokenization;

/// <summary>Recognises an emoji sequence (with skin tones, variation selectors, joiners, keycaps, flags) as one token.</summary>
internal static class Emoji
{
    /// <summary>End of the emoji sequence that starts at <paramref name="start"/>, or -1 when none starts there.</summary>
    public static int Scan(string text, int start)
    {
        int cp = CodePointAt(text, start, out int width);
        if (cp < 0) return -1;

        // Keycaps: 1️⃣ #️⃣ are a digit or sign, an optional VS16 and U+20E3.
        if (cp is '#' or '*' or (>= '0' and <= '9'))
        {
            int k = start + 1;
            if (k < text.Length && text[k] == '\uFE0F') k++;
            return k < text.Length && text[k] == '\u20E3' ? k + 1 : -1;
        }

        if (!IsPictograph(cp)) return -1;
        int i = start + width;

        // Flags are pairs of regional indicators.
        if (IsRegionalIndicator(cp))
        {
            int next = CodePointAt(text, i, out int w2);
            return IsRegionalIndicator(next) ? i + w2 : i;
        }

        while (i < text.Length)
        {
            int next = CodePointAt(text, i, out int w);
            if (next is 0xFE0F or 0xFE0E or 0x20E3 || next is >= 0x1F3FB and <= 0x1F3FF || next is >= 0xE0020 and <= 0xE007F)
            {
                i += w;
            }
            else if (next == 0x200D && i + 1 < text.Length)
            {
                int joined = CodePointAt(text, i + 1, out int wj);
                if (!IsPictograph(joined)) break;
                i += 1 + wj;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsPictograph(int cp)
        => cp is >= 0x1F000 and <= 0x1FAFF
            or >= 0x2600 and <= 0x27BF
            or >= 0x2300 and <= 0x23FF
            or >= 0x2B00 and <= 0x2BFF
            or 0x3030 or 0x303D or 0x3297 or 0x3299;

    private static bool IsRegionalIndicator(int cp) => cp is >= 0x1F1E6 and <= 0x1F1FF;

    // The code point at index, or -1 for a lone surrogate or the end of the text.
    private static int CodePointAt(string text, int index, out int width)
    {
        width = 1;
        if ((uint)index >= (uint)text.Length) return -1;
        char c = text[index];
        if (!char.IsSurrogate(c)) return c;
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        return -1;
    }
}
