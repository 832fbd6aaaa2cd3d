namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Small scanning helpers over the raw text. Every helper looks ahead a bounded number of
/// characters, so the value matchers stay linear in the text length.
/// </summary>
internal static class ValueText
{
    /// <summary>Longest run of white space accepted between the words of one value (e.g. <c>Rp  1,5</c> or a line break).</summary>
    public const int MaxGap = 3;

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>True when a word may start at <paramref name="pos"/>: no letter or digit just before it.</summary>
    public static bool IsWordStart(string text, int pos) => pos == 0 || !IsWordChar(text[pos - 1]);

    /// <summary>True when no letter or digit follows <paramref name="end"/>.</summary>
    public static bool IsWordEnd(string text, int end) => end >= text.Length || !IsWordChar(text[end]);

    /// <summary>Longest word looked back at (<see cref="PreviousWord"/>); longer ones are not the short words rules ask about.</summary>
    private const int MaxLookBack = 16;

    /// <summary>
    /// The word that ends before <paramref name="pos"/> (across at most <see cref="MaxGap"/> white-space characters
    /// and, with <paramref name="allowPeriod"/>, one period, as in <c>No.</c>): its start, and its end in <paramref name="end"/>; or -1 when there is
    /// none or it is longer than the rules ask about. Bounded, so a rule may ask at every position.
    /// </summary>
    public static int PreviousWord(string text, int pos, out int end, bool allowPeriod = false)
    {
        end = pos;
        int gapLimit = Math.Max(0, pos - MaxGap);
        while (end > gapLimit && char.IsWhiteSpace(text[end - 1])) end--;
        if (allowPeriod && end > 0 && text[end - 1] == '.') end--;
        int start = end;
        int limit = Math.Max(0, end - MaxLookBack);
        while (start > limit && IsWordChar(text[start - 1])) start--;
        bool whole = start == 0 || !IsWordChar(text[start - 1]);
        return start < end && whole ? start : -1;
    }

    /// <summary>Skips up to <see cref="MaxGap"/> white-space characters; returns the new position.</summary>
    public static int SkipGap(string text, int pos)
    {
        int limit = Math.Min(text.Length, pos + MaxGap);
        while (pos < limit && char.IsWhiteSpace(text[pos])) pos++;
        return pos;
    }

    /// <summary>
    /// Matches <paramref name="word"/> (ASCII, lower case) at <paramref name="pos"/>, case-insensitively and as a
    /// whole word; returns the end or -1.
    /// </summary>
    public static int MatchWord(string text, int pos, ReadOnlySpan<char> word)
    {
        if (pos < 0 || pos + word.Length > text.Length) return -1;
        for (int i = 0; i < word.Length; i++)
        {
            if (char.ToLowerInvariant(text[pos + i]) != word[i]) return -1;
        }

        int end = pos + word.Length;
        return IsWordEnd(text, end) || !IsWordChar(word[^1]) ? end : -1;
    }

    /// <summary>
    /// Matches <paramref name="word"/> as <see cref="MatchWord"/> does, or with the clitic <c>-nya</c> glued to it, as
    /// in "30 persennya" (30 percent of it) or "13,5 incinya": the end of the word without the clitic, or -1. The
    /// clitic is a token of its own, so the mention still ends on a token boundary. Not after a word of one or two
    /// letters, which would read "hanya" (only) as "ha" + "-nya".
    /// </summary>
    public static int MatchWordOrNya(string text, int pos, ReadOnlySpan<char> word)
    {
        int end = MatchWord(text, pos, word);
        if (end >= 0 || pos < 0 || word.Length < 3 || pos + word.Length + 3 > text.Length || !IsWordChar(word[^1])) return end;
        for (int i = 0; i < word.Length; i++)
        {
            if (char.ToLowerInvariant(text[pos + i]) != word[i]) return -1;
        }

        int wordEnd = pos + word.Length;
        return MatchWord(text, wordEnd, "nya") >= 0 ? wordEnd : -1;
    }

    /// <summary>Matches the first of <paramref name="words"/> that fits; returns its end and index, or -1.</summary>
    public static int MatchAny(string text, int pos, string[] words, out int index)
    {
        for (int i = 0; i < words.Length; i++)
        {
            int end = MatchWord(text, pos, words[i]);
            if (end >= 0)
            {
                index = i;
                return end;
            }
        }

        index = -1;
        return -1;
    }

    /// <summary>Matches a word after optional white space; returns its end or -1.</summary>
    public static int MatchNextWord(string text, int pos, string word) => MatchWord(text, SkipGap(text, pos), word);

    /// <summary>Reads up to <paramref name="maxDigits"/> ASCII digits; returns the count read (0 when none) and their value.</summary>
    public static int ReadDigits(string text, int pos, int maxDigits, out int value)
    {
        value = 0;
        int n = 0;
        while (pos + n < text.Length && n < maxDigits && char.IsAsciiDigit(text[pos + n]))
        {
            value = (value * 10) + (text[pos + n] - '0');
            n++;
        }

        // A longer digit run is not the number we were looking for.
        if (pos + n < text.Length && char.IsAsciiDigit(text[pos + n])) return 0;
        return n;
    }
}
