using System.Buffers;

namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Finds value mentions with rules and gives each a normalised value: <c>DATE</c> and <c>TIME</c> as ISO 8601
/// (<see cref="Entity.NormalizedValue"/>), <c>MONEY</c>, <c>PERCENT</c> and <c>QUANTITY</c> as numbers
/// (<see cref="Entity.NumericValue"/>, with <see cref="Entity.Unit"/>).
/// </summary>
/// <remarks>
/// <para>Dates relative to publication (<c>Sabtu (2/7)</c>, <c>kemarin</c>, <c>pekan lalu</c>) resolve against
/// <see cref="AnalyzeOptions.PublishedAt"/>, or with <see cref="AnalyzeOptions.InferPublishedFromText"/> against the first
/// weekday with a full date near the start of the text (<c>Kamis (18/8/2016)</c>, or <c>Minggu (21/8)</c> when the text settles the year); without either they are still found but
/// keep no value. The date used is <see cref="DocumentBuilder.ReferenceDate"/>.</para>
/// <list type="table">
/// <listheader><term>Label</term><description>Examples → value</description></listheader>
/// <item><term>DATE</term><description><c>Sabtu (2/7)</c> → 2016-07-02 (published 2016-07-03); <c>2 Juli 2016</c>; <c>pekan lalu</c> → 2016-W25; <c>Juli 2016</c> → 2016-07; <c>17 Agustus tahun lalu</c> → 2015-08-17; <c>17 Agustus ini</c> → 2016-08-17, <c>Oktober ini</c> → 2016-10 (this year's); <c>pada 2010 lalu</c> → 2010 (the direction word is part of the mention), also after a unit, an ordinal or an age (<c>kelas 125cc pada 1996</c>, <c>Grammy Awards ke-54 pada 2012 silam</c>, <c>usia 22 pada 1985</c>; a count before <c>hingga</c> still makes a range of counts); spans as ISO 8601 intervals: <c>2-6 November 2016</c> → 2016-11-02/2016-11-06, <c>Juli - Agustus 2017</c> → 2017-07/2017-08, <c>Juli - Agustus lalu</c> → 2015-07/2015-08, and two months joined by <c>dan</c> or <c>atau</c> are two dates in the second's year: <c>Juli dan Agustus lalu</c> → 2015-07 and 2015-08, <c>sejak 2007-2012</c> → 2007/2012, seasons <c>musim 2015/16</c> → 2015/2016, and with no lead word a dashed span of up to ten years or a slash between consecutive years after a word or name: <c>anggota DK OJK 2017-2022</c> → 2017/2022, <c>Premier League 2016/17</c> → 2016/2017 (a single year after a name stays out: <c>Euro 2016</c>); fiscal and school years with their words: <c>tahun anggaran 2016</c> → 2016, <c>tahun ajaran 2017-2018</c> → 2017/2018; a month after <c>dibanding(kan) (dengan)</c> is the last such month, and a range of months after a lead word is one span placed as a month alone: <c>selama Januari - Maret</c> → 2017-01/2017-03 (published 2017-06-01); decades as ISO 8601 reduced to the decade: <c>era 1980 - an</c>, <c>1960-an</c> → 198, 196, <c>era '90-an</c> → 199, and a span up to a decade is one date anywhere: <c>1945-1990 - an</c> → 1945/1999, <c>tahun 1960 hingga 2000 - an</c> → 1960/2009; <c>13/12/16</c> → 2016-12-13; a decimal count back is one date: <c>2,5 tahun lalu</c> → 2014; every year of a list after a lead word is one: <c>pada 1964, 1975 dan 1998</c>; every day of a list whose last day names the month is one, in that month: <c>26 dan 27 Mei</c> → 2016-05-26 and 2016-05-27, <c>3, 4 dan 5 Juni 2017</c>; a day alone after <c>tanggal</c> is in the nearest month: <c>tanggal 24</c> → 2016-06-24; a bare weekday is the latest such day on or before publication, or the next after a future word: <c>di Jakarta, Kamis.</c> → 2016-06-30, <c>akan digelar Sabtu</c> → 2016-07-09, but after <c>atau</c> next to a dated day it restates that day in another time zone: <c>Kamis (6/10) malam waktu setempat atau Jumat pagi WIB</c> → 2016-10-07; the day in brackets after a weekday stays with it across a comma, a local time, <c>ini</c> or <c>pekan depan</c> (<c>Sabtu, (2/7)</c>, <c>Rabu waktu setempat (10/5)</c>, <c>Rabu ini (19/10)</c>), and makes a lower-case weekday a date (<c>jumat (28/10)</c>); a relative day before a comma and a dated weekday, or before a bracketed day, is that day: <c>hari ini, Rabu (8/2)</c> → 2017-02-08, <c>hari ini (10/5)</c> (one date); a night is named after the day it leads into: <c>malam Minggu</c> is Saturday night (<c>malam Minggu lalu</c> → 2016-07-02, published 2016-07-03); a season placed relative to publication has no value: <c>musim lalu</c>, <c>musim panas mendatang</c> (not <c>kemarin</c> alone in <c>musim kemarin</c>); quarters and halves: <c>kuartal I 2017</c> → 2017-Q1, <c>semester I tahun lalu</c> → 2015-H1, <c>kuartal lalu</c> → 2016-Q2; two years joined by <c>hingga</c>, <c>sampai</c> or, after <c>antara</c>, <c>dan</c> are one span: <c>sejak 2011 hingga 2016</c> → 2011/2016; every year of a list alone in brackets is one: <c>(2009, 2010, 2012)</c>, and so is a year alone in brackets beside a title or name: <c>film Inception (2010)</c> → 2010, <c>Piala Winners (1984)</c>, but not a device's model year (<c>Galaxy A7 (2017)</c>, <c>Y6 Pro (2017)</c>); a range of counts back or ahead is one span: <c>3-4 bulan ke depan</c> → 2016-10/2016-11; a quarter or half without a year is in the year of one named with its year shortly before (<c>kuartal IV 2015 … pada kuartal keempat</c> → 2015-Q4), else in the publication year; two weekdays joined by a dash or range word are one date, valued only by the days written after them: <c>Senin-Jumat</c> (no value), <c>Selasa - Jumat (13-16 Februari)</c> → 2016-02-13/2016-02-16; holidays, as in OntoNotes: <c>Natal</c> → 2016-12-25 (the nearest), <c>Tahun Baru 2017</c> → 2017-01-01, <c>HUT RI ke-72</c>, <c>Ulang Tahun Indonesia ke-72</c> → 2017-08-17, <c>Lebaran tahun lalu</c> → 2015 (a holiday of another calendar is valued by the year written with it), <c>Idul Fitri</c>, <c>H-7 Lebaran</c>, <c>bulan Ramadan</c> → <c>Ramadan</c> (no value)</description></item>
/// <item><term>TIME</term><description><c>pukul 10.30 WIB</c> → T10:30+07:00; ranges as ISO 8601 intervals: <c>jam 9-11</c> → T09:00/T11:00, <c>pukul 07.00 hingga 10.00 WIB</c> → T07:00+07:00/T10:00+07:00; without <c>pukul</c> only with the zone after the upper end (<c>16.00 - 17.00 WIB</c>) or the same zone at both (<c>16.00 WIB - 20.00 WIB</c>); the hours and minutes of a duration are none (<c>1 jam 20 menit</c>)</description></item>
/// <item><term>MONEY</term><description><c>Rp 1,5 triliun</c> → 1.5E12 IDR; <c>US$ 2 miliar</c> → 2E9 USD; a code may carry the dollar sign: <c>AUD$ 20</c> → 20 AUD, <c>SG$ 500 juta</c>; a price per unit is the amount: <c>Rp 6.800/liter</c> → 6800 IDR (the tokenizer splits the slash); a range that writes <c>Rp</c> again shares the scale: <c>Rp 30-Rp 35 ribu</c> → 30000 and 35000 IDR</description></item>
/// <item><term>PERCENT</term><description><c>30 persen</c>, <c>30%</c> → 0.3; a range with the sign written once is one mention valued at its lower end: <c>10-15 persen</c> → 0.1; the clitic <c>-nya</c> after the sign or a unit stays outside: <c>70 persennya</c> → <c>70 persen</c>, <c>13,5 incinya</c> → <c>13,5 inci</c></description></item>
/// <item><term>QUANTITY</term><description><c>134 kilogram</c> → 134 kg; <c>5-10 kilometer</c> → 5 km (a range, valued at its lower end; ranges of days, money and quantities take a hyphen, en, em or figure dash: <c>5—10 kilometer</c>); speeds: <c>100 km / jam</c> → 100 km/h, <c>17.500 mil per jam</c> → 17500 mi/h. Two numbers joined by <c>dan</c> that share a unit, sign or currency are two mentions, the first the number alone: <c>2,1 dan 2,3 GHz</c> → 2.1 GHz and 2.3 GHz, <c>10 dan 20 persen</c>, <c>Rp 15 dan 25 ribu</c> → 15000 and 25000 IDR. A capital <c>M</c> is not a metre (<c>Nomor 31 M</c>).</description></item>
/// </list>
/// <para>The scanner reads the raw text, not tokens, so it works with any tokenizer; each rule looks ahead
/// a bounded number of characters, so the cost is linear in the text length. Thread-safe.</para>
/// </remarks>
public sealed class ValueEntityRecognizer : IEntityRecognizer
{
    /// <summary>The shared instance.</summary>
    public static ValueEntityRecognizer Default { get; } = new();

    /// <inheritdoc />
    public void Recognize(DocumentBuilder document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentValidation.CheckBuilderInput(document, nameof(ValueEntityRecognizer));
        string text = document.Text;
        var tokens = document.Tokens.AsSpan();
        // Per character: bit 1 a token starts there, bit 2 one ends there. Rented, as it is text-sized and per document.
        byte[] boundaries = ArrayPool<byte>.Shared.Rent(text.Length + 1);
        try
        {
            MarkTokenBoundaries(boundaries.AsSpan(0, text.Length + 1), tokens);
            AddValues(document, text, tokens, boundaries);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(boundaries);
        }

        // A name found before that runs into a value, or lies inside one, is cut or dropped: mentions do not overlap.
        NameValueOverlaps.Resolve(document);
    }

    private const byte TokenStartsHere = 1, TokenEndsHere = 2;

    private static void AddValues(DocumentBuilder document, string text, ReadOnlySpan<Token> tokens, byte[] boundaries)
    {
        // A given date always wins; reading one from the text is opt-in.
        if (document.ReferenceDate is null && document.Options.InferPublishedFromText) document.ReferenceDate = ReferenceDateInference.Infer(text);
        foreach (var (start, match) in Scan(text, document.ReferenceDate?.Date))
        {
            // A mention must begin and end where tokens do ("100 km" inside "#100 km" is not one).
            if (!tokens.IsEmpty && !((boundaries[start] & TokenStartsHere) != 0 && (boundaries[match.End] & TokenEndsHere) != 0)) continue;
            var (tokenStart, tokenEnd) = TokenRange(tokens, start, match.End);
            document.Entities.Add(new Entity(text[start..match.End], match.Label, start, match.End)
            {
                TokenStart = tokenStart,
                TokenEnd = tokenEnd,
                NormalizedValue = match.Normalized,
                NumericValue = match.Number,
                Unit = match.Unit,
            });
        }
    }

    /// <summary>Finds the value mentions of <paramref name="text"/>, left to right, without overlap.</summary>
    /// <param name="text">The text.</param>
    /// <param name="published">The reference date, or null.</param>
    /// <param name="stopAt">Mentions must start before this offset (each is still read to its end).</param>
    internal static List<(int Start, ValueMatch Match)> Scan(string text, DateOnly? published, int stopAt = int.MaxValue)
    {
        var found = new List<(int, ValueMatch)>();
        int pos = 0;
        int limit = Math.Min(text.Length, stopAt);
        while (pos < limit)
        {
            char c = text[pos];
            if (IsCandidateStart(text, pos, c))
            {
                var match = MatchAt(text, pos, published);
                if (match.Success && match.End > pos)
                {
                    // "Selasa (4/4/2017) atau Rabu dini hari WIB": the second weekday is placed by the first day.
                    if (match.Label == EntityLabels.Date && found.Count > 0 && RestatedWeekday.Resolve(text, pos, match, found) is { } restated)
                    {
                        match = match with { Normalized = restated };
                    }

                    // "pada hari ini, Senin (6/3)": the relative day before the comma is that day.
                    if (match.Label == EntityLabels.Date) AppositeDay.Apply(text, pos, match, found);

                    found.Add((pos, match));
                    pos = match.End;
                    continue;
                }
            }

            // Move to the next possible start: past the rest of this word, or one character.
            if (ValueText.IsWordChar(c))
            {
                while (pos < text.Length && ValueText.IsWordChar(text[pos])) pos++;
            }
            else
            {
                pos++;
            }
        }

        return found;
    }

    private static bool IsCandidateStart(string text, int pos, char c)
    {
        if (!ValueText.IsWordStart(text, pos)) return false;

        // The "5" of "2,5 tahun lalu" or "1.500": the rest of a number whose start no rule took is no value of its own.
        if (char.IsAsciiDigit(c)) return !(pos >= 2 && text[pos - 1] is ',' or '.' && char.IsAsciiDigit(text[pos - 2]));
        if (char.IsLetter(c)) return IsTriggerLetter(char.ToLowerInvariant(c));
        return c is '(' or '$' or '€' or '£' or '¥';
    }

    // First letters of every word a value can start with (weekdays, months, relative words, currency and time markers, number words).
    private static bool IsTriggerLetter(char c) => "abdefghijklmnoprstuwy".Contains(c);

    private static ValueMatch MatchAt(string text, int pos, DateOnly? published)
    {
        var m = DateMatcher.Match(text, pos, published);
        if (m.Success) return m;
        if (text[pos] == '(') return ValueMatch.None;
        m = TimeMatcher.Match(text, pos);
        if (m.Success) return m;
        m = MoneyMatcher.Match(text, pos);
        if (m.Success) return m;
        m = PercentMatcher.Match(text, pos);
        if (m.Success) return m;
        m = QuantityMatcher.Match(text, pos);
        return m.Success ? m : DateMatcher.MatchBareYear(text, pos);
    }

    private static void MarkTokenBoundaries(Span<byte> boundaries, ReadOnlySpan<Token> tokens)
    {
        boundaries.Clear();
        foreach (var t in tokens)
        {
            boundaries[t.Start] |= TokenStartsHere;
            boundaries[t.SurfaceStart] |= TokenStartsHere;
            boundaries[t.End] |= TokenEndsHere;
            boundaries[t.SurfaceEnd] |= TokenEndsHere;
        }
    }

    private static (int Start, int End) TokenRange(ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (tokens.IsEmpty) return (-1, -1);
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= start) lo = mid + 1;
            else hi = mid;
        }

        int first = lo;
        int last = first;
        while (last < tokens.Length && tokens[last].Start < end) last++;
        return first < last ? (first, last) : (-1, -1);
    }
}
