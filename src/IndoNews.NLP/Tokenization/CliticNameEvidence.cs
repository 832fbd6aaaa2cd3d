namespace IndoNews.NLP.Tokenization;

/// <summary>
/// Whether a capitalised word that ends like a clitic (<c>Salawaku</c>, <c>Lukaku</c>, <c>Kamilah</c>) is written as a
/// name elsewhere in the same text: capitalised inside a sentence, where the tokenizer already reads it as a name.
/// One text uses one word one way, so the word then stays whole at a sentence start too, where a capital proves
/// nothing (<c>Salawaku mulai diputar hari ini</c>). One instance serves one call to the tokenizer.
/// </summary>
internal sealed class CliticNameEvidence
{
    // Each distinct word costs one pass over the text; past this many the tokenizer splits as it would without
    // evidence, so that a text of many such words stays linear.
    private const int MaxScans = 32;

    private readonly Dictionary<string, bool> _seen = new(StringComparer.Ordinal);

    /// <summary>Whether the word at <paramref name="start"/>..<paramref name="end"/> occurs elsewhere in <paramref name="text"/> as a name.</summary>
    /// <param name="text">The text being tokenized.</param>
    /// <param name="start">Where the word starts.</param>
    /// <param name="end">Where the word ends.</param>
    /// <param name="afterNamePart">
    /// Whether the other occurrence must follow a capitalised word inside the sentence (<c>Gandini Kamilah</c>). True for -lah and -kah:
    /// an imperative or a question word is capitalised inside a title-case heading too ("Di Luar Ruangan, Menjauhlah dari
    /// Bangunan"), where -ku and -mu words are rare.
    /// </param>
    public bool WrittenAsNameElsewhere(string text, int start, int end, bool afterNamePart)
    {
        string word = text.Substring(start, end - start);
        if (_seen.TryGetValue(word, out bool known)) return known;
        if (_seen.Count >= MaxScans) return false;

        bool found = false;
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0 && !found; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (at == start || !StandsAlone(text, at, at + word.Length)) continue;
            found = afterNamePart ? EndsName(text, at) : InsideSentence(text, at, out _);
        }

        _seen[word] = found;
        return found;
    }

    /// <summary>
    /// Whether a word that is also a question or emphasis word (<c>Kamilah</c>: kami + lah) stands as the last part of
    /// a name: right after a capitalised word that does not open the sentence (<c>Ajeng Gandini Kamilah menilai</c>).
    /// </summary>
    public static bool EndsName(string text, int start)
    {
        return InsideSentence(text, start, out int previousWord) && previousWord >= 0 && InsideSentence(text, previousWord, out _);
    }

    // The occurrence is a whole word: not part of a longer word, a hyphenated form, a hashtag or a mention.
    private static bool StandsAlone(string text, int from, int to)
    {
        if (from > 0 && (CharClass.IsWordChar(text[from - 1]) || text[from - 1] is '-' or '#' or '@')) return false;
        return to >= text.Length || !(CharClass.IsWordChar(text[to]) || text[to] == '-');
    }

    // Whether the word at start stands inside a sentence, not at its start (after a line break, a sentence-final
    // mark or a colon, with an opening quote or bracket between). previousWord is the start of the capitalised word
    // right before it on the line (Gandini in "Gandini Kamilah"), or -1.
    private static bool InsideSentence(string text, int start, out int previousWord)
    {
        previousWord = -1;
        int k = SkipSpaces(text, start - 1);
        if (k >= 0 && text[k] is '"' or '\u201C' or '\u201D' or '\'' or '\u2018' or '(' or '[') k = SkipSpaces(text, k - 1);
        if (k < 0 || CharClass.IsLineBreak(text[k])) return false;
        char c = text[k];
        if (c is '!' or '?' or '\u2026' or ':') return false;
        int wordStart = k;
        if (c == '.')
        {
            // A title or an initial keeps the sentence open: "drg. Djamilah", "Romelu R. Lukaku".
            wordStart = WordStart(text, k - 1);
            var before = text.AsSpan(wordStart, k - wordStart);
            return Abbreviations.IsTitle(before) || Abbreviations.IsInitial(before);
        }

        if (!CharClass.IsLetter(c)) return true;
        wordStart = WordStart(text, k);
        if (char.IsUpper(text[wordStart]) && char.IsLower(text[k])) previousWord = wordStart;
        return true;
    }

    private static int SkipSpaces(string text, int k)
    {
        while (k >= 0 && text[k] is ' ' or '\t' or '\u00A0') k--;
        return k;
    }

    private static int WordStart(string text, int last)
    {
        int k = last;
        while (k >= 0 && CharClass.IsLetter(text[k])) k--;
        return k + 1;
    }
}
