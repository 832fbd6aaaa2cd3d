namespace IndoNews.NLP.Entities;

/// <summary>How a token or a sentence is written; part of the model file format.</summary>
internal static class TokenCase
{
    public const byte NoLetters = 0;
    public const byte Lower = 1;
    public const byte Title = 2;
    public const byte Upper = 3;
    public const byte Mixed = 4;

    /// <summary>Sentence casing: ordinary mixed case.</summary>
    public const byte SentenceMixed = 0;

    /// <summary>Sentence casing: no capital letter anywhere (NERP-style lower-cased text).</summary>
    public const byte SentenceLower = 1;

    /// <summary>Sentence casing: no small letter anywhere (headlines, all-caps text).</summary>
    public const byte SentenceUpper = 2;

    public static byte Of(ReadOnlySpan<char> token)
    {
        int upper = 0, lower = 0;
        bool firstUpper = false;
        for (int i = 0; i < token.Length; i++)
        {
            char c = token[i];
            if (char.IsUpper(c))
            {
                if (upper == 0 && lower == 0) firstUpper = true;
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        if (upper == 0) return lower == 0 ? NoLetters : Lower;
        if (lower == 0) return upper == 1 ? Title : Upper;
        return firstUpper && upper == 1 ? Title : Mixed;
    }
}
