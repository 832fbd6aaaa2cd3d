namespace IndoNews.NLP.Tokenization;

/// <summary>
/// Recognises a kaomoji, the face that Indonesian comments and captions write with two eyes and a mouth between them
/// (<c>^_^</c>, <c>-_-</c>, <c>&gt;_&lt;</c>, <c>^^</c>, in brackets <c>(^_^)</c>, <c>(T_T)</c>), as one token, as a text
/// emoticon (<c>:)</c>) is one.
/// </summary>
/// <remarks>
/// The eyes are a matched pair: <c>^ ^</c>, <c>- -</c>, <c>&gt; &lt;</c>, <c>; ;</c>, <c>= =</c>, and in brackets also the letters
/// <c>T T</c>, <c>o o</c>, <c>o O</c>, <c>x x</c>. Bare, of those only <c>T_T</c> (crying) is a face, with nothing glued to
/// it on either side (<see cref="BareLetterFaceEnd"/>); <c>o_O</c> or <c>x_x</c> may be letters of a code.
/// The mouth is <c>_</c>, <c>.</c>, <c>o</c>, <c>w</c> or <c>v</c>, or none between two carets (<c>^^</c>). A face that
/// runs on into a letter or digit is none (<c>^_^abc</c>).
/// </remarks>
internal static class Kaomoji
{
    /// <summary>End of the kaomoji that starts at <paramref name="start"/>, or 0 when none starts there.</summary>
    public static int End(string text, int start)
    {
        int k = start;
        bool bracket = text[k] == '(';
        if (bracket) k++;
        if (k + 1 >= text.Length) return 0;
        char left = text[k];
        char right = RightEye(left, bracket);
        if (right == '\0') return 0;

        int mouth = k + 1;
        int eye;
        if (left == '^' && text[mouth] == '^') eye = mouth;
        else if (mouth + 1 < text.Length && IsMouth(text[mouth], left) && (text[mouth + 1] == right || (bracket && left is 'o' or 'O' && text[mouth + 1] is 'o' or 'O'))) eye = mouth + 1;
        else return 0;

        int end = eye + 1;
        if (bracket)
        {
            if (end >= text.Length || text[end] != ')') return 0;
            end++;
        }

        return end < text.Length && CharClass.IsWordChar(text[end]) ? 0 : end;
    }

    /// <summary>
    /// End of the bare face <c>T_T</c> (<c>Sedih banget T_T</c>) that starts at <paramref name="start"/>, or 0: no letter,
    /// digit or underscore glued to it on either side (<c>FT_T1</c>, <c>T_T_T</c> are none).
    /// </summary>
    public static int BareLetterFaceEnd(string text, int start)
    {
        if (start + 3 > text.Length || text[start] != 'T' || text[start + 1] != '_' || text[start + 2] != 'T') return 0;
        if (start > 0 && (CharClass.IsWordChar(text[start - 1]) || text[start - 1] == '_')) return 0;
        int end = start + 3;
        return end < text.Length && (CharClass.IsWordChar(text[end]) || text[end] == '_') ? 0 : end;
    }

    // The eye that closes a face opened by left, or '\0' where left opens none.
    private static char RightEye(char left, bool bracket) => left switch
    {
        '^' or '-' or ';' or '=' => left,
        '>' => '<',
        'T' or 'o' or 'O' or 'x' when bracket => left,
        _ => '\0',
    };

    // Dashes make eyes, not a mouth between dashes ("-_-", never "---"); a letter mouth only between signs ("^o^").
    private static bool IsMouth(char c, char eye)
        => c is '_' or '.' || (c is 'o' or 'w' or 'v' && !char.IsLetter(eye));
}
