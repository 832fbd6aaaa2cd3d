using IndoNews.NLP.Internal;

namespace IndoNews.NLP.News;

/// <summary>
/// Rubric and column names that open an article the way a dateline's place does (<c>OPINI - Dalam konstelasi
/// Pilkada ...</c>, <c>ANALISIS – Sampai detik-detik terakhir ...</c>): they name the kind of piece, not a place.
/// </summary>
internal static class RubricWords
{
    private static readonly WordSet Words = new WordSet(
    [
        "Opini", "Analisis", "Analisa", "Eksklusif", "Kolom", "Editorial", "Tajuk", "Resensi", "Wawancara", "Sorotan",
        "Fokus", "Liputan", "Laporan", "Kilas", "Catatan", "Advertorial", "Infografis", "Foto", "Video", "Berita",
        "Terkini", "Headline", "Update", "Breaking", "Interview", "Review", "Profil", "Komentar", "Ulasan",
    ]);

    /// <summary>Whether <paramref name="head"/>, in any case, is one rubric word.</summary>
    public static bool Contains(ReadOnlySpan<char> head) => Words.Contains(head);
}
