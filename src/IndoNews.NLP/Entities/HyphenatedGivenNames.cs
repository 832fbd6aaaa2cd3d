namespace IndoNews.NLP.Entities;

/// <summary>
/// Gives a person back the lower-case syllable after a hyphen that ends an East Asian given name, which the tagger leaves
/// out: <c>Kim Jun - su</c>, <c>Moon Jae - in</c>, <c>Tsai Ing - wen</c>, <c>Choi Sol - gyu</c> (news text often spaces
/// the hyphen), and the second half of a reduplicated name, <c>Jhon Halasan Butar-butar</c>.
/// </summary>
/// <remarks>
/// <para>NERGrit's train split keeps such syllables inside the person (<c>Hyun - soo</c>, <c>Ji - woo</c>).</para>
/// <para>The person's last word is capitalised and of two to five letters; then comes a hyphen, with a space on both
/// sides or on neither, and one to five lower-case letters that end the word. The syllable must be no dictionary word
/// (<c>Robert De Niro - yang</c>, <c>Katy Perry - album ini</c>) and no clitic or Japanese honorific (<c>Kanye West -
/// lah</c>, <c>Jiro - san</c>), unless it repeats the word before it (<c>Butar-butar</c>).</para>
/// </remarks>
internal static class HyphenatedGivenNames
{
    /// <summary>The longest last word before the hyphen (<c>Myong</c>, <c>Butar</c>).</summary>
    private const int MaxWordLength = 5;

    /// <summary>The longest syllable after it (<c>seok</c>, <c>keun</c>).</summary>
    private const int MaxSyllableLength = 5;

    // Clitics and particles written after a hyphen, and Japanese honorifics (Jiro-san).
    private static readonly Internal.WordSet NotSyllables = new(["lah", "nya", "kah", "pun", "tah", "ku", "mu", "san", "kun", "chan", "sama", "an"], ignoreCase: false);

    /// <summary>Extends every such person in <paramref name="document"/> over the hyphen and the syllable.</summary>
    public static void Extend(DocumentBuilder document)
    {
        var entities = document.Entities;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label != EntityLabels.Person || entity.TokenEnd <= 0) continue;
            int end = SyllableEnd(text, entity.Start, entity.End);
            if (end < 0) continue;
            // The syllable is the rest of the entity's last token ("Ji-sang") or a token of its own after the hyphen ("Jun - su").
            int tokenEnd = entity.TokenEnd;
            while (tokenEnd < tokens.Length && tokens[tokenEnd].Start < end) tokenEnd++;
            if (tokens[tokenEnd - 1].End != end) continue;
            entities[i] = new Entity(text.Substring(entity.Start, end - entity.Start), entity.Label, entity.Start, end)
            {
                TokenStart = entity.TokenStart,
                TokenEnd = tokenEnd,
                Confidence = entity.Confidence,
            };
        }
    }

    // The end of the syllable after the person's last word, or -1.
    private static int SyllableEnd(string text, int start, int end)
    {
        // The last word: capitalised, letters only, two to five of them.
        int word = end;
        while (word > start && char.IsLetter(text[word - 1]) && end - word <= MaxWordLength) word--;
        int length = end - word;
        if (length < 2 || length > MaxWordLength || !char.IsUpper(text[word]) || (word > start && !char.IsWhiteSpace(text[word - 1]))) return -1;

        int p = end;
        bool spaced = p < text.Length && text[p] == ' ';
        if (spaced) p++;
        if (p >= text.Length || text[p] != '-') return -1;
        p++;
        if (spaced != (p < text.Length && text[p] == ' ')) return -1;
        if (spaced) p++;

        int from = p;
        while (p < text.Length && p - from <= MaxSyllableLength && char.IsAsciiLetterLower(text[p])) p++;
        int syllable = p - from;
        if (syllable == 0 || syllable > MaxSyllableLength || (p < text.Length && char.IsLetterOrDigit(text[p]))) return -1;

        var part = text.AsSpan(from, syllable);
        var before = text.AsSpan(word, length);
        if (part.Equals(before, StringComparison.OrdinalIgnoreCase)) return p;
        if (NotSyllables.Contains(part) || Stemming.RootStemmer.Default.IsWord(part)) return -1;
        return p;
    }
}
