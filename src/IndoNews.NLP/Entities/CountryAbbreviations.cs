using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Abbreviations that name a country: <c>RI</c>, <c>NKRI</c>, <c>AS</c>, <c>UEA</c>, <c>RRT</c>, <c>RRC</c>. Alone they are
/// the country, also after an office or a body (<c>Presiden RI</c>, <c>Permenkes RI</c>, <c>per dolar AS</c>), as the
/// project tags <c>Rusia</c> in <c>Menteri Luar Negeri Rusia</c>; the tagger read <c>RI</c> as an organisation four
/// times in five.
/// </summary>
/// <remarks>
/// Only a span that is exactly the abbreviation changes, and only from an organisation: a club's prefix makes a longer
/// span (<c>AS Roma</c>, <c>AS Monaco</c>), and a person's initials (<c>berinisial AS</c>) are a person.
/// Written in capitals only; <c>As</c> and <c>as</c> are words.
/// </remarks>
internal static class CountryAbbreviations
{
    private static readonly WordSet Names = new WordSet(["RI", "NKRI", "AS", "USA", "UEA", "RRT", "RRC"], ignoreCase: false);

    /// <summary>True when <paramref name="word"/> is a listed country abbreviation.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Names.Contains(word);
}
