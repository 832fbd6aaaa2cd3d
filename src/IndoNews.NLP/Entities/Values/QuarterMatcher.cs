namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Recognises quarters and halves of a year, as business news writes them: <c>kuartal I 2017</c>, <c>kuartal III/2018</c>,
/// <c>triwulan II</c>, <c>kuartal pertama 2016</c>, <c>kuartal ke-3</c>, <c>kuartal ketiga tahun lalu</c>,
/// <c>semester I 2017</c>, <c>semester pertama tahun ini</c>. Values are TIMEX3 style: <c>2017-Q1</c>, <c>2017-H1</c>.
/// Without a year the quarter is in the year of a quarter or half named with its year shortly before (<c>kuartal IV 2016
/// … pada kuartal keempat</c> → 2016-Q4), else in the publication year (<c>kuartal II ini</c>), and keeps no value without one.
/// <c>kuartal lalu</c> is the quarter before publication's, <c>kuartal sebelumnya</c> the one before the quarter last named.
/// </summary>
internal static class QuarterMatcher
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    // The words for a quarter (Q) and a half (H) of a year.
    private static readonly (string Word, char Part, int Count)[] PartWords =
    [
        ("kuartal", 'Q', 4), ("kwartal", 'Q', 4), ("triwulan", 'Q', 4), ("semester", 'H', 2),
    ];

    /// <summary>The words a quarter or half opens with (lower case): <c>kuartal</c>, <c>triwulan</c>, <c>semester</c>, ...</summary>
    public static IEnumerable<string> FirstWords => PartWords.Select(p => p.Word);

    private static readonly string[] Ordinals = ["pertama", "kedua", "ketiga", "keempat"];

    private static readonly string[] Cardinals = ["satu", "dua", "tiga", "empat"];

    private static readonly string[] Romans = ["I", "II", "III", "IV"];

    // Words before "semester" that make it a term of school or university: "mahasiswa semester 2".
    private static readonly string[] SchoolWords = ["mahasiswa", "siswa", "kelas", "murid", "pelajar", "santri"];

    /// <summary>Tries a quarter or half of a year at <paramref name="pos"/>.</summary>
    public static ValueMatch Match(string text, int pos, DateOnly? published) => Match(text, pos, published, relative: true, out _);

    // relative: "kuartal lalu" and a year taken from a quarter named before are read (not when looking back for one).
    // written: the year was written with the part ("kuartal I 2017", "semester II tahun lalu").
    private static ValueMatch Match(string text, int pos, DateOnly? published, bool relative, out bool written)
    {
        written = false;
        int wordEnd = -1;
        char part = 'Q';
        int count = 0;
        foreach (var (word, p, c) in PartWords)
        {
            wordEnd = ValueText.MatchWord(text, pos, word);
            if (wordEnd < 0) continue;
            part = p;
            count = c;
            break;
        }

        if (wordEnd < 0) return ValueMatch.None;
        if (relative && part == 'Q' && MatchPrevious(text, pos, wordEnd, published) is { Success: true } previous) return previous;
        int numberAt = ValueText.SkipGap(text, wordEnd);
        if (numberAt == wordEnd) return ValueMatch.None;
        int numberEnd = ReadPartNumber(text, numberAt, out int number, out bool digits);
        if (numberEnd < 0 || number > count) return ValueMatch.None;
        if (part == 'H' && ValueText.PreviousWord(text, pos, out int schoolEnd) is int schoolStart and >= 0
            && ValueText.MatchAny(text, schoolStart, SchoolWords, out _) == schoolEnd)
        {
            return ValueMatch.None;
        }

        int end = ReadYear(text, numberEnd, published, out int? year, out written);

        // "semester 2" alone is as often a school term as a half year: digits need a year with them.
        if (part == 'H' && digits && !written) return ValueMatch.None;

        // "kuartal IV 2016 ... Pada kuartal keempat, ...": a part without a year is in the year of the part named with one
        // shortly before, rather than in the publication year.
        if (!written && end == numberEnd && relative && AnchorYear(text, pos, published) is { } anchored) year = anchored;
        string? value = year is { } y ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{y:0000}-{part}{number}") : null;
        return new ValueMatch(end, EntityLabels.Date, value, null, null);
    }

    // How far back "kuartal sebelumnya" looks for the quarter it follows.
    private const int AnchorLookBack = 300;

    /// <summary>
    /// "kuartal lalu" (last quarter): the quarter before publication's, 2017-Q1 from 2017-06-01. "kuartal sebelumnya"
    /// (the quarter before): the quarter before the last one named shortly before ("kuartal keempat 2017 … kuartal
    /// sebelumnya" → 2017-Q3), else before publication's. Not after a count ("tiga kuartal sebelumnya", three quarters).
    /// </summary>
    private static ValueMatch MatchPrevious(string text, int pos, int wordEnd, DateOnly? published)
    {
        int end = ValueText.MatchNextWord(text, wordEnd, "lalu");
        bool before = end < 0;
        if (before) end = ValueText.MatchNextWord(text, wordEnd, "sebelumnya");
        if (end < 0) return ValueMatch.None;
        if (ValueText.PreviousWord(text, pos, out int countEnd) is int countStart and >= 0
            && IndonesianNumber.ReadAmount(text, countStart, allowWords: true, moneyScales: false, out _) == countEnd)
        {
            return ValueMatch.None;
        }

        int? year = null;
        int quarter = 0;
        if (before && AnchorQuarter(text, pos, published) is { } anchor)
        {
            (year, quarter) = anchor;
        }
        else if (published is { Year: > 1 and < 9999 } pub)
        {
            (year, quarter) = (pub.Year, ((pub.Month - 1) / 3) + 1);
        }

        if (year is not { } y) return new ValueMatch(end, EntityLabels.Date, null, null, null);
        if (--quarter == 0) (y, quarter) = (y - 1, 4);
        return new ValueMatch(end, EntityLabels.Date, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{y:0000}-Q{quarter}"), null, null);
    }

    // The year and number of the last quarter named with a value in the few hundred characters before pos, or null.
    private static (int Year, int Quarter)? AnchorQuarter(string text, int pos, DateOnly? published)
    {
        int limit = Math.Max(0, pos - AnchorLookBack);
        for (int at = pos - 1; at >= limit; at--)
        {
            if (!ValueText.IsWordStart(text, at) || char.ToLowerInvariant(text[at]) is not ('k' or 't')) continue;
            var found = Match(text, at, published, relative: false, out _);
            if (found is { Success: true, Normalized: { Length: 7 } iso } && iso[5] == 'Q')
            {
                return (int.Parse(iso.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture), iso[6] - '0');
            }
        }

        return null;
    }

    // The year of the last quarter or half named with its year in the few hundred characters before pos, or null.
    private static int? AnchorYear(string text, int pos, DateOnly? published)
    {
        int limit = Math.Max(0, pos - AnchorLookBack);
        for (int at = pos - 1; at >= limit; at--)
        {
            if (!ValueText.IsWordStart(text, at) || char.ToLowerInvariant(text[at]) is not ('k' or 't' or 's')) continue;
            var found = Match(text, at, published, relative: false, out bool written);
            if (written && found is { Success: true, Normalized: { Length: 7 } iso }) return int.Parse(iso.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        }

        return null;
    }

    // I, II, III, IV (capitals only: "i" is a word), 1-4, pertama .. keempat, satu .. empat, ke-1 .. ke-4.
    private static int ReadPartNumber(string text, int pos, out int number, out bool digits)
    {
        number = 0;
        digits = false;
        int end;
        for (int i = Romans.Length - 1; i >= 0; i--)
        {
            string roman = Romans[i];
            if (pos + roman.Length <= text.Length && string.CompareOrdinal(text, pos, roman, 0, roman.Length) == 0 && IsPartEnd(text, pos + roman.Length))
            {
                number = i + 1;
                return pos + roman.Length;
            }
        }

        if ((end = ValueText.MatchAny(text, pos, Ordinals, out int ordinal)) >= 0 || (end = ValueText.MatchAny(text, pos, Cardinals, out ordinal)) >= 0)
        {
            number = ordinal + 1;
            return end;
        }

        int at = pos;
        if (ValueText.MatchWord(text, pos, "ke") is int ke and >= 0 && ke < text.Length && text[ke] == '-') at = ke + 1;
        if (ValueText.ReadDigits(text, at, 1, out number) == 1 && number >= 1 && IsPartEnd(text, at + 1))
        {
            digits = at == pos;
            return at + 1;
        }

        number = 0;
        return -1;
    }

    // A part number ends at a word end, or at the slash or hyphen of "III/2018", "I-2017".
    private static bool IsPartEnd(string text, int end) => ValueText.IsWordEnd(text, end) || text[end] is '/' or '-';

    /// <summary>
    /// The year after the part: <c>2017</c>, <c>/2018</c>, <c>-2017</c>, <c>tahun 2017</c>, <c>tahun lalu</c>,
    /// <c>tahun ini</c>, <c>tahun depan</c>, a direction word after a written year (<c>2016 lalu</c>), or <c>ini</c>
    /// (this year's). With none the publication year.
    /// </summary>
    private static int ReadYear(string text, int end, DateOnly? published, out int? year, out bool written)
    {
        written = true;
        year = null;
        int at = end < text.Length && text[end] is '/' or '-' ? end + 1 : ValueText.SkipGap(text, end);
        if (at > end && ValueText.ReadDigits(text, at, 4, out int y) == 4 && y is >= MinYear and <= MaxYear && ValueText.IsWordEnd(text, at + 4))
        {
            year = y;
            return DateMatcher.ReadYearDeixis(text, at + 4);
        }

        int yearEnd = DateMatcher.ReadYearOf(text, end, published, out year);
        if (yearEnd >= 0) return yearEnd;
        int pub = published is { Year: > 1 and < 9999 } p ? p.Year : 0;

        // "semester I tahun sebelumnya": the year before the one the story reports on, taken as the publication year.
        if (ValueText.MatchNextWord(text, end, "tahun") is int yearWord and >= 0 && ValueText.MatchNextWord(text, yearWord, "sebelumnya") is int before and >= 0)
        {
            year = pub > 0 ? pub - 1 : null;
            return before;
        }

        written = false;
        year = pub > 0 ? pub : null;
        int thisEnd = ValueText.MatchNextWord(text, end, "ini");
        return thisEnd >= 0 ? thisEnd : end;
    }
}
