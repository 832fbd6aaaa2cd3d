using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Function words that open a sentence before its subject and carry its capital only because they come first:
/// connectives (<c>Adapun Toyota Calya diluncurkan</c>, <c>Namun</c>, <c>Sementara</c>) and the verbs that open with a
/// source (<c>Melansir Entertainment Weekly, ...</c>). The tagger sometimes runs them into the name after them; none is
/// part of a name.
/// </summary>
/// <remarks>
/// A closed class, written with the capital they have at a sentence's start. Words that are also names or that open
/// names (<c>Demi</c> Moore, <c>Dan</c> Wootton, <c>Si</c> Chen, <c>Antara</c> News) are not here.
/// The sentence splitter's <see cref="Segmentation.SentenceOpeners"/> is another list for another question (which
/// capitalised word after <c>Inc.</c> starts a new sentence): it holds pronouns and prepositions, which open names too.
/// </remarks>
internal static class ConnectivesBeforeNames
{
    private static readonly WordSet Words = new WordSet(
    [
        "Adapun", "Namun", "Sementara", "Sedangkan", "Bahkan", "Padahal", "Kemudian", "Lalu", "Selanjutnya", "Akhirnya",
        "Apalagi", "Meski", "Meskipun", "Walau", "Walaupun", "Kendati", "Sebab", "Karena", "Maka", "Sehingga", "Tetapi",
        "Tapi", "Andai", "Seandainya", "Jika", "Kalau", "Bila", "Apabila", "Ketika", "Setelah", "Sebelum", "Sejak",
        "Menurut", "Kini", "Sekarang", "Ternyata", "Rupanya", "Melansir", "Mengutip", "Dilansir", "Dikutip",
    ], ignoreCase: false);

    /// <summary>Whether <paramref name="word"/> is a function word that opens a sentence (<c>Adapun</c>, <c>Melansir</c>).</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);
}
