using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Academic and professional degrees that news writes after a person's name, with or without periods and commas
/// (<c>Afif Hasan SH</c>, <c>Ahmad, S.H., M.H.</c>, <c>Budi Santoso MSc</c>, <c>dr Damar Prasmusinto SpOG</c>);
/// like titles before a name, they are not part of it.
/// </summary>
/// <remarks>
/// Matched with the periods removed and case kept, so <c>S.Kom</c>, <c>SKom</c> and <c>S.Kom.</c> are one degree while
/// <c>Ma</c> or <c>St</c> are not. <c>MD</c> is left out: in Indonesian news it is nearly always the end of
/// <c>Mahfud MD</c>'s name. Medical specialisations are matched by form (<c>Sp</c> and a capital: <c>SpOG</c>,
/// <c>Sp.PD</c>, <c>SpA</c>, <c>SpKK</c>).
/// </remarks>
internal static class AcademicDegrees
{
    private static readonly WordSet Degrees = new WordSet(
    [
        // Bachelor's degrees (sarjana) and the diploma.
        "SH", "SE", "ST", "SPd", "SPdI", "SSi", "SKom", "SSos", "SIP", "SIKom", "SAg", "SHI", "SThI", "SPsi", "SKed", "SKM",
        "SKep", "SFarm", "SHut", "SPt", "SPi", "STP", "SSTP", "SIK", "SSn", "SDs", "SKG", "SGz", "STr", "SST", "AMd", "Amd",
        "Lc",

        // Master's degrees (magister) and foreign ones.
        "MH", "MM", "MSi", "Msi", "MSc", "Msc", "MA", "MT", "MKom", "MPd", "MAg", "MHum", "MKes", "MPH", "MBA", "MPA", "MAP",
        "MEng", "MEc", "MKn", "MHI", "MPdI", "MSn", "MIKom", "MPsi", "MFarm", "MTr", "MSM", "MIP", "MSos", "MAk", "MHKes",
        "MKM", "MARS", "MPP", "LLM", "LLB", "MPhil",

        // Doctorates and professional qualifications.
        "PhD", "Phd", "DEA", "DBA", "Ak", "CPA", "CFA", "Apt", "FINASIM", "KHOM",

        // The German engineer's diploma (Dipl.-Ing., written "Dipl. Ing." in news); "Ing" alone is a name's (Tsai Ing-wen).
        "Dipl",
    ], ignoreCase: false);

    /// <summary>The longest degree written with its periods (<c>F.I.N.A.S.I.M.</c> would be longer; news does not write it so).</summary>
    private const int MaxLength = 12;

    /// <summary>
    /// Whether <paramref name="word"/>, after <paramref name="before"/>, is a degree written after a name: one of
    /// <see cref="IsDegree(ReadOnlySpan{char})"/>, or the <c>Ing</c> of <c>Dipl. Ing.</c>, which is a degree only there.
    /// </summary>
    public static bool IsDegree(ReadOnlySpan<char> word, ReadOnlySpan<char> before)
        => IsDegree(word) || (word is "Ing" or "Ing." && before is "Dipl" or "Dipl.");

    /// <summary>Whether <paramref name="word"/> is a degree written after a name.</summary>
    public static bool IsDegree(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength) return false;
        Span<char> letters = stackalloc char[MaxLength];
        int n = 0;
        foreach (char c in word)
        {
            if (c == '.') continue;
            if (!char.IsAsciiLetter(c)) return false;
            letters[n++] = c;
        }

        var bare = letters[..n];
        if (Degrees.Contains(bare)) return true;

        // A medical specialist: Sp and the specialisation's capitals (SpOG, SpPD, SpJP, SpAn, SpBTKV).
        return n is >= 3 and <= 7 && bare[0] == 'S' && bare[1] == 'p' && char.IsAsciiLetterUpper(bare[2]);
    }
}
