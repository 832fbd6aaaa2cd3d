namespace IndoNews.NLP.Stemming;

/// <summary>
/// Tells whether a root can only have come from Sastrawi's infix rules (<c>-el-</c>, <c>-em-</c>, <c>-er-</c>, <c>-in-</c>
/// after a word's first consonant: <c>gemetar</c> → <c>getar</c>, <c>temurun</c> → <c>turun</c>). Indonesian forms few
/// words this way, all lexicalised; in a capitalised word the reading takes names apart (<c>Cinere</c> → <c>cere</c>,
/// <c>Sinaga</c> → <c>saga</c>, <c>Lemos</c> → <c>los</c>, <c>Hemas</c> → <c>has</c>), so
/// <see cref="MidSentenceName"/> keeps such a word whole inside a sentence.
/// </summary>
internal static class InfixReading
{
    private static readonly string[] Infixes = ["el", "em", "er", "in"];

    /// <summary>
    /// True when <paramref name="root"/> is not a substring of <paramref name="word"/> and the word holds the root's first
    /// letter, an infix and the rest of the root in a row. <c>pem-</c> + a root in p reads the same as p + <c>-em-</c>
    /// (<c>pemerintah</c>, <c>kepemimpinan</c>), so an <c>-em-</c> after p does not count.
    /// </summary>
    /// <param name="word">The lower-case word.</param>
    /// <param name="root">The root found for it.</param>
    /// <returns>Whether only an infix explains the root.</returns>
    public static bool Explains(ReadOnlySpan<char> word, ReadOnlySpan<char> root)
    {
        if (root.Length < 2 || word.IndexOf(root) >= 0) return false;
        for (int i = 0; i + root.Length + 2 <= word.Length; i++)
        {
            if (word[i] != root[0]) continue;
            foreach (string infix in Infixes)
            {
                if (root[0] == 'p' && infix == "em") continue;
                if (word[(i + 1)..].StartsWith(infix) && word[(i + 3)..].StartsWith(root[1..])) return true;
            }
        }

        return false;
    }
}
