using System.Collections.Frozen;

namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// The first letters of every word that a date beginning with a letter opens with: weekday and month names, holiday
/// names, <c>HUT</c>, relative words (<c>kemarin</c>, <c>pekan</c>, <c>tahun</c>), quarters, number words (<c>dua hari
/// lalu</c>) and the <c>H-</c> of a countdown (<c>H-7 Lebaran</c>). <see cref="DateMatcher"/> asks it before trying every
/// form of date at a word, as nearly every word of a text is asked and nearly none is a date.
/// </summary>
/// <remarks>
/// Every form matches its first word with <see cref="ValueText.MatchWord"/>, which compares the text lower-cased
/// (<see cref="char.ToLowerInvariant"/>) with the listed word, so a word can open a date only when its first
/// <see cref="KeyLength"/> characters, lower-cased the same way, are those of a listed word (or the whole of a shorter
/// one, such as <c>h-</c>). The words are taken from the matchers' own lists, so a word added to one of them is found
/// here as well. Immutable after construction, so thread-safe.
/// </remarks>
internal static class DateStartWords
{
    /// <summary>How many first characters are compared.</summary>
    private const int KeyLength = 3;

    // Each key: its length in the top bits, then up to KeyLength characters of 16 bits.
    private static readonly FrozenSet<long> Keys;

    // Whether any key has 1, 2 or 3 characters (index = length).
    private static readonly bool[] HasLength = new bool[KeyLength + 1];

    static DateStartWords()
    {
        var words = DateMatcher.FirstWords
            .Concat(HolidayMatcher.FirstWordsOfNames)
            .Concat(HolidayMatcher.CountdownSigns.Select(sign => string.Concat("h", sign.ToString())))
            .Concat(IndonesianCalendar.FullNames)
            .Concat(WeekOfMonthMatcher.FirstWords)
            .Concat(QuarterMatcher.FirstWords)
            .Append(WeekendMatcher.FirstWord)
            .Concat(IndonesianNumber.FirstWords);
        var keys = new HashSet<long>();
        foreach (string word in words)
        {
            int length = Math.Min(KeyLength, word.Length);
            long chars = 0;
            for (int i = 0; i < length; i++) chars = chars << 16 | char.ToLowerInvariant(word[i]);
            keys.Add(Key(length, chars));
            HasLength[length] = true;
        }

        Keys = keys.ToFrozenSet();
    }

    /// <summary>
    /// Whether a date could open at <paramref name="pos"/>: false when no listed word starts with the characters there,
    /// so that no date form can match. True does not mean a date is there.
    /// </summary>
    public static bool MayOpenAt(string text, int pos)
    {
        int left = Math.Min(KeyLength, text.Length - pos);
        long chars = 0;
        for (int i = 0; i < left; i++)
        {
            chars = chars << 16 | char.ToLowerInvariant(text[pos + i]);
            if (HasLength[i + 1] && Keys.Contains(Key(i + 1, chars))) return true;
        }

        return false;
    }

    private static long Key(int length, long chars) => (long)length << (16 * KeyLength) | chars;
}
