using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Segmentation;

/// <summary>
/// Function words that often open a sentence and that news writes in lower case inside one (pronouns,
/// demonstratives, conjunctions, sentence adverbs and prepositions: <c>Hal ini</c>, <c>Mereka</c>, <c>Namun</c>).
/// Capitalised after an abbreviation that otherwise keeps a sentence open (<c>Cisco Systems Inc. Hal ini ...</c>),
/// or after a single letter and its period (<c>tepat pada hari H. Padahal ...</c>, <c>Windows 10 S. Dalam ...</c>),
/// they show that the sentence ended there: no company or person name goes on with them.
/// </summary>
/// <remarks>
/// On the 3,000 IndoSum articles each of these is written with a capital in at most 20 % of its occurrences that do
/// not open a sentence (most below 5 %, the rest being missed sentence starts and quotations; the second block of
/// conjunctions and adverbs, from <c>Padahal</c> on, at most 3 %: <c>Jadi</c> 24 of 830); content words that can
/// be names (<c>Tim Cook</c> after <c>CEO Apple Inc.</c>) are left out on purpose.
/// </remarks>
internal static class SentenceOpeners
{
    private static readonly WordSet Words = new WordSet(
    [
        // Pronouns and demonstratives; "Hal" opens "Hal ini/itu/tersebut".
        "Hal", "Ini", "Itu", "Dia", "Ia", "Mereka", "Kami", "Kita", "Saya",

        // Conjunctions and sentence adverbs.
        "Namun", "Tetapi", "Sementara", "Sedangkan", "Selain", "Bahkan", "Kemudian", "Lalu", "Kini", "Sebelumnya",
        "Selanjutnya", "Sehingga", "Karena", "Jika", "Bila", "Meski", "Meskipun", "Juga", "Menurut", "Berdasarkan",
        "Saat", "Ketika", "Setelah", "Sebelum", "Sejak", "Selama", "Hingga",
        "Padahal", "Apalagi", "Adapun", "Tapi", "Jadi", "Maka", "Sebab", "Agar", "Supaya", "Walau", "Walaupun",
        "Sekarang", "Mungkin", "Memang", "Tentu", "Sayangnya", "Terbukti", "Berarti", "Kemungkinan", "Sebagai", "Ada",

        // Prepositions, negation and auxiliaries.
        "Dalam", "Pada", "Untuk", "Buat", "Dengan", "Di", "Dari", "Bagi", "Oleh", "Para", "Tak", "Tidak", "Akan",
    ], ignoreCase: false);

    /// <summary>Whether <paramref name="word"/> is one of the openers, written with its capital.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);
}
