using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Segmentation;

/// <summary>
/// Numbered list markers (<c>1.</c>, <c>2.</c>) whose period ends no sentence: a marker that opens a line
/// (<c>1. Nico Rosberg Mercedes</c>) and the markers of a list written inside one line
/// (<c>Korban meninggal dunia 1. Pratu Marwan 2. Praka Edy 3. Pratu Ibnu Hidayat</c>). Lettered items that
/// open lines in sequence (<c>a. Melaksanakan ...</c>, <c>b. Tidak ...</c>; see <see cref="LetterListMarkers"/>)
/// are treated the same way.
/// </summary>
internal static class ListMarkers
{
    // How far (in tokens) an inline list looks for its neighbouring markers; keeps the test linear.
    private const int Window = 120;

    // An inline list needs this many markers in sequence from 1 ("Liga 1. ... Liga 2." is no list), or two
    // when a colon introduces it ("Korban luka: 1. Serda Alpredo 2. Serda Budi").
    private const int MinInlineItems = 3;

    /// <summary>Whether the period at <paramref name="period"/> closes a list number rather than a sentence.</summary>
    /// <param name="text">The text the tokens were made over.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="period">Index of a one-character period token.</param>
    /// <param name="lineBreaksAreSpaces">Whether the text is hard-wrapped, so a line start need not start an item.</param>
    public static bool IsMarkerPeriod(string text, ReadOnlySpan<Token> tokens, int period, bool lineBreaksAreSpaces)
    {
        int number = period - 1;
        if (number >= 0 && IsLetterMarker(text, tokens, number)) return true;
        if (number < 0 || !IsMarker(text, tokens, number, out int value)) return false;

        if (StartsLine(text, tokens, number))
        {
            // In hard-wrapped text a line may start mid-sentence ("... pada menit\n12. Gol itu ..."): there only a
            // line after a finished one ("... berikut:\n1. Gaun") opens an item.
            if (!lineBreaksAreSpaces || number == 0) return true;
            var before = tokens[number - 1].Span;
            return before is ":" or "." or "!" or "?" || PreviousLineOpensWith(text, tokens, number, value - 1);
        }

        return InInlineList(text, tokens, number);
    }

    /// <summary>Whether token <paramref name="k"/> is a list number that opens its line ("...detik\n2. Lewis Hamilton").</summary>
    public static bool OpensLine(string text, ReadOnlySpan<Token> tokens, int k)
        => StartsLine(text, tokens, k) && (IsMarker(text, tokens, k, out _) || LetterListMarkers.OpensItem(text, tokens[k].Start));

    // tokens[k] is the letter of a lettered item that opens its line ("a. Melaksanakan ..." after "...:\n").
    private static bool IsLetterMarker(string text, ReadOnlySpan<Token> tokens, int k)
        => tokens[k].Length == 1 && tokens[k].Kind == TokenKind.Word && tokens[k + 1].Start == tokens[k].End
            && StartsLine(text, tokens, k) && LetterListMarkers.OpensItem(text, tokens[k].Start);

    // tokens[k] is a list number: one or two digits, a period stuck to it, and an item after a space on the same
    // line (or glued to the period at a line start). Before it, after a space: a word, a colon or a closing bracket or quote, or a line start; not a score
    // or range ("2-1.", "U - 15.").
    private static bool IsMarker(string text, ReadOnlySpan<Token> tokens, int k, out int value)
    {
        value = 0;
        var t = tokens[k];
        var span = t.Span;
        if (t.Kind != TokenKind.Number || span.Length > 2 || k + 2 >= tokens.Length) return false;
        foreach (char c in span)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = (value * 10) + (c - '0');
        }

        if (value == 0) return false;
        var period = tokens[k + 1];
        var item = tokens[k + 2];
        if (period.Span is not "." || period.Start != t.End) return false;
        if (CharClass.HasLineBreak(text, period.End, item.Start)) return false;
        bool opensLine = k == 0 || CharClass.HasLineBreak(text, tokens[k - 1].End, t.Start);

        // An item glued to its number is trusted only where the number opens the line and a capital opens the item
        // ("2.Mobil Pengantin" as a subheading); inside a line "2017.Pertandingan" is a missing space after a sentence.
        if (item.Start == period.End && !(opensLine && item.Kind == TokenKind.Word && char.IsUpper(item.Span[0]))) return false;
        if (opensLine) return true;

        // A number stuck to what is before it ("2-1.", "h3.", "(Max)2." in a scraped table) is no marker to trust.
        var before = tokens[k - 1];
        if (before.End == t.Start) return false;
        return before.Kind is TokenKind.Word or TokenKind.Url || before.Span is ")" or "]" or "\"" or "\u201D" or ":";
    }

    // A list inside one line: the markers 1, 2, 3 ... in order around the marker at k, none of them on another line.
    private static bool InInlineList(string text, ReadOnlySpan<Token> tokens, int k)
    {
        IsMarker(text, tokens, k, out int value);

        // Back to marker 1.
        int expected = value - 1;
        int firstMarker = k;
        for (int j = k - 1; j >= 0 && j >= k - Window && expected >= 1; j--)
        {
            if (CharClass.HasLineBreak(text, tokens[j].End, tokens[j + 1].Start)) return false;
            if (IsMarker(text, tokens, j, out int v) && v == expected)
            {
                expected--;
                firstMarker = j;
            }
        }

        if (expected != 0) return false;

        // Forward from the marker at k.
        int items = value;
        expected = value + 1;
        for (int j = k + 1; j < tokens.Length && j <= k + Window; j++)
        {
            if (CharClass.HasLineBreak(text, tokens[j - 1].End, tokens[j].Start)) break;
            if (IsMarker(text, tokens, j, out int v) && v == expected)
            {
                items++;
                expected++;
            }
        }

        bool introduced = firstMarker > 0 && tokens[firstMarker - 1].Span is ":";
        return items >= MinInlineItems || (introduced && items >= 2);
    }

    // Whether the line before the one that starts at token k opens with the marker of the given value.
    private static bool PreviousLineOpensWith(string text, ReadOnlySpan<Token> tokens, int k, int value)
    {
        if (value < 1) return false;
        for (int j = k - 1; j >= 0 && j >= k - Window; j--)
        {
            if (StartsLine(text, tokens, j)) return IsMarker(text, tokens, j, out int v) && v == value;
        }

        return false;
    }

    private static bool StartsLine(string text, ReadOnlySpan<Token> tokens, int k)
        => k == 0 || CharClass.HasLineBreak(text, tokens[k - 1].End, tokens[k].Start);

}
