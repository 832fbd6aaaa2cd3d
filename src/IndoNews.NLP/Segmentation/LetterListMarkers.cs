using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Segmentation;

/// <summary>
/// Lettered list items, one a line: <c>a. Melaksanakan takbir ...</c>, <c>b) Tidak ...</c>, <c>(c) ...</c>.
/// A letter and a period at a line start is just as often an initial (<c>A. Rahman</c>, <c>H. Agus Salim</c>,
/// <c>M. Nuh</c>), so a line counts as an item only inside a sequence: the lines before it open with the
/// letters from <c>a</c> (or <c>A</c>) up to it in order, in the same form, and a first item <c>a</c> needs a
/// second <c>b</c> on the next line.
/// </summary>
internal static class LetterListMarkers
{
    private enum Form
    {
        Period,
        Bracket,
        Brackets,
    }

    /// <summary>Whether the line whose first visible character is at <paramref name="start"/> opens a lettered item in a sequence.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Offset of the first visible character of a line.</param>
    public static bool OpensItem(string text, int start)
    {
        if (!TryRead(text, start, out char letter, out var form)) return false;
        char first = char.IsAsciiLetterUpper(letter) ? 'A' : 'a';
        if (letter == first)
        {
            int next = NextLineStart(text, start);
            return next >= 0 && TryRead(text, next, out char second, out var nextForm) && nextForm == form && second == first + 1;
        }

        // Back through the items before it, one line each, down to the first.
        int line = start;
        for (char expected = (char)(letter - 1); expected >= first; expected--)
        {
            line = PreviousLineStart(text, line);
            if (line < 0 || !TryRead(text, line, out char seen, out var seenForm) || seenForm != form || seen != expected) return false;
        }

        return true;
    }

    // "a. Item", "a) Item" or "(a) Item" at start: one ASCII letter, the mark stuck to it, a space, and text on the line.
    private static bool TryRead(string text, int start, out char letter, out Form form)
    {
        letter = '\0';
        form = Form.Period;
        int i = start;
        if (i < text.Length && text[i] == '(')
        {
            form = Form.Brackets;
            i++;
        }

        if (i + 2 >= text.Length || !char.IsAsciiLetter(text[i])) return false;
        letter = text[i];
        char mark = text[i + 1];
        if (form == Form.Brackets ? mark != ')' : mark is not ('.' or ')')) return false;
        if (form != Form.Brackets && mark == ')') form = Form.Bracket;
        int after = i + 2;
        if (!CharClass.IsSeparator(text[after]) || CharClass.IsLineBreak(text[after])) return false;
        while (after < text.Length && CharClass.IsSeparator(text[after]) && !CharClass.IsLineBreak(text[after])) after++;
        return after < text.Length && !CharClass.IsLineBreak(text[after]);
    }

    // The first visible character of the next non-blank line, or -1.
    private static int NextLineStart(string text, int from)
    {
        int i = from;
        while (i < text.Length && !CharClass.IsLineBreak(text[i])) i++;
        while (i < text.Length && CharClass.IsSeparator(text[i])) i++;
        return i < text.Length ? i : -1;
    }

    // The first visible character of the non-blank line before the one at start, or -1.
    private static int PreviousLineStart(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && !CharClass.IsLineBreak(text[i])) i--;
        if (i < 0) return -1;

        // Blank lines between the items are allowed.
        while (i >= 0 && CharClass.IsSeparator(text[i])) i--;
        if (i < 0) return -1;
        while (i >= 0 && !CharClass.IsLineBreak(text[i])) i--;
        int s = i + 1;
        while (s < start && CharClass.IsSeparator(text[s]) && !CharClass.IsLineBreak(text[s])) s++;
        return s;
    }
}
