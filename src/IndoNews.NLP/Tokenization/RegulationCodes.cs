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

    /// <summary>
    /// The end of the chapter and its period where the code is written with spaces after its periods (<c>Peraturan
    /// Bapepam No. XI. B. 02.00</c>, as in UD CSUI), or 0. Only the chapter with its period is returned: the letter
    /// after it keeps its period as an initial after a capitalised word does, and the number stands alone, as the
    /// treebank tokenizes it. A Roman numeral ending a sentence ("Perang Dunia II. A. Rahman ...") has no number after
    /// the letter.
    /// </summary>
    public static int SpacedChapterEnd(string text, int start, int runEnd)
    {
        int length = runEnd - start;
        if (length is 0 or > MaxChapter || !IsRomanChapter(text.AsSpan(start, length))) return 0;
        int k = runEnd;
        if (k + 1 >= text.Length || text[k] != '.' || text[k + 1] != ' ') return 0;
        int letters = k + 2;
        int letterEnd = letters;
        while (letterEnd < text.Length && letterEnd - letters < 3 && char.IsAsciiLetterUpper(text[letterEnd])) letterEnd++;
        if (letterEnd - letters is 0 or > 2) return 0;
        if (letterEnd + 2 >= text.Length || text[letterEnd] != '.' || text[letterEnd + 1] != ' ' || !char.IsAsciiDigit(text[letterEnd + 2])) return 0;
        return runEnd + 1;
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
