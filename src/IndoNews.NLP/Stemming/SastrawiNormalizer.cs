namespace IndoNews.NLP.Stemming;

/// <summary>
/// Sastrawi's text normalisation: lower-case, every character other than <c>a-z 0-9</c>, space and
/// hyphen becomes a space, runs of spaces collapse to one, and the ends are trimmed. The words of a text
/// are then what lies between single spaces.
/// </summary>
/// <remarks>
/// Sastrawi lower-cases with Python's <c>str.lower()</c> and filters with a case-insensitive
/// <c>[^a-z0-9 -]</c>; the few non-ASCII characters that this treats specially are mirrored so the output
/// is the same: U+212A KELVIN SIGN lowers to <c>k</c>; U+0130 (İ) lowers to <c>i</c> plus a combining dot,
/// which then becomes a space; U+0131 (ı) and U+017F (ſ) match <c>[a-z]</c> case-insensitively and are kept.
/// </remarks>
internal static class SastrawiNormalizer
{
    /// <summary>The most characters <see cref="Normalize"/> can write for an input of <paramref name="length"/>.</summary>
    public static int MaxLength(int length) => length * 2;

    /// <summary>Writes the normalised form of <paramref name="text"/> to <paramref name="destination"/>.</summary>
    /// <returns>The number of characters written.</returns>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        int n = 0;
        bool pendingSpace = false;
        foreach (char raw in text)
        {
            char c = Map(raw);
            if (c == ' ')
            {
                pendingSpace = n > 0;
                continue;
            }

            if (pendingSpace)
            {
                destination[n++] = ' ';
                pendingSpace = false;
            }

            destination[n++] = c;
            if (raw == '\u0130') pendingSpace = true; // the combining dot of "i̇"
        }

        return n;
    }

    /// <summary>True when <paramref name="word"/> is already normalised and is one word (no spaces).</summary>
    public static bool IsNormalizedWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        foreach (char c in word)
        {
            if (!((uint)(c - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '-')) return false;
        }

        return true;
    }

    private static char Map(char c)
    {
        if ((uint)(c - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '-') return c;
        if ((uint)(c - 'A') <= 'Z' - 'A') return (char)(c + 32);
        return c switch
        {
            '\u212A' => 'k',
            '\u0130' => 'i',
            '\u0131' or '\u017F' => c,
            _ => ' ',
        };
    }
}
