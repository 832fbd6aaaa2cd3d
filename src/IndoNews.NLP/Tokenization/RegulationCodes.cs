namespace IndoNews.NLP.Tokenization;

/// <summary>
/// Regulation numbers written as a Roman chapter, a letter and a number: Bapepam-LK's <c>IX.E.1</c>,
/// <c>VIII.G.7</c>, <c>X.K.2</c>, <c>IX.J.1</c> (<c>sesuai Peraturan Bapepam-LK No. IX.E.1 tentang Benturan
/// Kepentingan</c>). One token: read as initials they lost the number (<c>IX.E.</c> + <c>1</c>), and a
/// sentence could end inside the code.
/// </summary>
internal static class RegulationCodes
{
    // Longest Roman chapter read (XVIII); Bapepam's go up to XI.
    private const int MaxChapter = 5;

    /// <summary>
    /// The end of the code that starts at <paramref name="start"/>, whose first run of word characters ends at
    /// <paramref name="runEnd"/>, or 0 when none starts there. A period after the last number is left to end
    /// the sentence (<c>... Peraturan IX.E.1.</c>).
    /// </summary>
    public static int End(string text, int start, int runEnd)
    {
        int length = runEnd - start;
        if (length is 0 or > MaxChapter || !IsRomanChapter(text.AsSpan(start, length))) return 0;

        // ".E." or ".KL.": one or two capitals between two periods.
        int k = runEnd;
        if (k >= text.Length || text[k] != '.') return 0;
        int letters = k + 1;
        while (letters < text.Length && letters - k - 1 < 3 && char.IsAsciiLetterUpper(text[letters])) letters++;
        int letterCount = letters - k - 1;
        if (letterCount is 0 or > 2 || letters >= text.Length || text[letters] != '.') return 0;

        // The number, and further ".2" parts: digits only, then no letter or digit glued on.
        int end = letters;
        while (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        }

        if (end == letters || (end < text.Length && CharClass.IsWordChar(text[end]))) return 0;
        return end;
    }

    private static bool IsRomanChapter(ReadOnlySpan<char> run)
    {
        foreach (char c in run)
        {
            if (c is not ('I' or 'V' or 'X' or 'L')) return false;
        }

        return true;
    }
}
