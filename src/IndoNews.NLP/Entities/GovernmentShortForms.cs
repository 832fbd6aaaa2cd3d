using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Short forms of Indonesian ministries, prosecutors' offices and regional agencies (<c>Kemlu</c>, <c>Kemkumham</c>,
/// <c>Kejagung</c>, <c>Disdik</c>): a body wherever it stands, also after <c>di</c> (<c>jumpa pers di Kemlu,
/// Jakarta</c>) and as a sentence's subject (<c>Disdik akan memberi sanksi</c>), where the tagger reads the rarer
/// spellings as a place or a person.
/// </summary>
/// <remarks>
/// A closed list of forms news writes: a ministry in both its <c>Kemen</c>- and its <c>Kem</c>- spelling, the
/// prosecutors (<c>Kejagung</c>, <c>Kejati</c>, <c>Kejari</c>) and a province's or town's offices (<c>Disdik</c>,
/// <c>Dishub</c>, <c>Dinkes</c>). No prefix is matched: <c>Kemenangan</c> opens with <c>Kemen</c>. Posts are not
/// here (<c>Menlu</c>, <c>Kadisdik</c> name a person's office; see <see cref="PersonTitles"/>).
/// </remarks>
internal static class GovernmentShortForms
{
    private static readonly WordSet Forms = new WordSet(
    [
        // Ministries, in both spellings news uses.
        "Kemlu", "Kemenlu", "Kemkumham", "Kemenkumham", "Kemenkeu", "Kemkeu", "Kemendag", "Kemdag", "Kemenperin", "Kemperin",
        "Kemenhub", "Kemhub", "Kemenkes", "Kemkes", "Kemensos", "Kemsos", "Kemnaker", "Kemenaker", "Kemenakertrans",
        "Kemendikbud", "Kemdikbud", "Kemenristekdikti", "Kemristekdikti", "Kemenpora", "Kemenpar", "Kemenag", "Kemenhan",
        "Kemhan", "Kemendagri", "Kemdagri", "Kemkominfo", "Kemenkominfo", "Kementan", "Kemtan", "Kemenkop", "Kemenkopukm",
        "Kemenpupr", "KemenPUPR", "Kemenpan", "Kemendes", "Kemenkopolhukam", "Kemenko", "Kemenristek", "Kemenlhk", "KemenLHK",
        "Kemenkomaritim", "Kemenpppa", "KemenPPPA", "Kemenparekraf", "Kemenesdm", "KemenESDM", "Kemenbumn",
        "KemenBUMN", "Kemenpera", "Kemenpupera",

        // Prosecutors' offices.
        "Kejagung", "Kejati", "Kejari",

        // A province's or town's agencies (dinas).
        "Disdik", "Dishub", "Disnaker", "Dinkes", "Diskes", "Disdukcapil", "Dispenda", "Disperindag", "Disbudpar", "Dispora",
        "Disparbud", "Diskominfo", "Distanak", "Disnakertrans",
    ], ignoreCase: false);

    /// <summary>Whether <paramref name="word"/> is a listed short form of a government body.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Forms.Contains(word);
}
