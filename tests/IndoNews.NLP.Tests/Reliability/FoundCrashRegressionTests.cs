using IndoNews.NLP.Tests.Properties;

namespace IndoNews.NLP.Tests.Reliability;

/// <summary>
/// Inputs that the property tests and fuzzers found crashing or breaking an invariant, each kept as a
/// regression test with what went wrong before the fix.
/// </summary>
public class FoundCrashRegressionTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        // OverflowException in IndonesianNumber.ReadAmount: 10^21 × triliun exceeds decimal.
        { "9.999.999.999.999.999.999 triliun \n ", "overflow" },
        { "Rp 999.999.999.999.999.999.999 triliun dan 999.999.999.999.999.999.999 T", "overflow" },
        // ArgumentOutOfRangeException in DateMatcher: a relative date far beyond the calendar.
        { "999999999 hari lalu, 99999999 minggu lagi, 9999999 bulan lalu, 2147483647 tahun lagi", "calendar" },
        // PERCENT '5%' started inside the number token 12,5%.
        { "PT12,5% ", "alignment" },
        // MONEY '$\n08' ended inside the time 08:45.
        { "$\n08:45 ", "alignment" },
        // QUANTITY '1945 M' ended inside the abbreviation M.Si.
        { "xxAlPne-jb'Sxi17/08/1945 M.Si.\n", "alignment" },
        // MONEY 'US$ 3,4 juta' ended before a combining accent on its last letter.
        { "US$ 3,4 juta\u0301 \n ", "alignment" },
        // ORG '-Indonesiase-Indonesia' began with the hyphen the tagger sees as its own unit.
        { "se-Indonesiase-Indonesia \n ", "alignment" },
        // IndexOutOfRangeException in NamedEntityRecognizer.AddEntity (03ca66a): the person rules moved the span start past its end.
        { "Joko\n\n\u201C \n rumahku", "crash" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_former_failure_keeps_every_invariant(string text, string kind)
    {
        _ = kind;
        foreach (var published in new DateOnly?[] { null, new DateOnly(2016, 7, 4), DateOnly.MinValue, DateOnly.MaxValue })
        {
            var document = Pipeline.Default.Process(text, new AnalyzeOptions { PublishedAt = published });
            DocumentInvariants.Check(text, document);
            _ = document.ToJson();
        }
    }

    [Fact]
    public void Relative_dates_resolve_against_an_ordinary_publication_date_but_not_beyond_the_calendar()
    {
        var options = new AnalyzeOptions { PublishedAt = new DateOnly(2016, 7, 4) };
        var kemarin = Pipeline.Default.Process("Lavrov tiba kemarin.", options).Entities.Single(e => e.Label == EntityLabels.Date);
        Assert.Equal("2016-07-03", kemarin.NormalizedValue);
        var far = Pipeline.Default.Process("Lavrov tiba 999999999 hari lalu.", options).Entities.Where(e => e.Label == EntityLabels.Date);
        Assert.All(far, e => Assert.Null(e.NormalizedValue));
    }
}
