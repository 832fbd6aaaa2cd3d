using FsCheck.Xunit;

namespace IndoNews.NLP.Tests.Properties;

/// <summary>
/// Invariants of the whole default pipeline on generated news-like text and on raw UTF-16 junk.
/// Sizes and counts are bounded so the default test run stays fast; the huge inputs are facts in
/// <see cref="PathologicalInputTests"/>.
/// </summary>
public class PipelineProperties
{
    [Property(MaxTest = 200, EndSize = 60, Arbitrary = [typeof(NewsTextGenerators)])]
    public void Default_pipeline_keeps_every_invariant_on_news_like_text(NewsText text)
    {
        DocumentInvariants.Check(text.Value, Pipeline.Default.Process(text.Value));
    }

    [Property(MaxTest = 200, EndSize = 200, Arbitrary = [typeof(NewsTextGenerators)])]
    public void Default_pipeline_keeps_every_invariant_on_raw_utf16(JunkText text)
    {
        DocumentInvariants.Check(text.Value, Pipeline.Default.Process(text.Value));
    }

    [Property(MaxTest = 150, EndSize = 60, Arbitrary = [typeof(NewsTextGenerators)])]
    public void Default_pipeline_keeps_every_invariant_with_a_publication_date(NewsText text)
    {
        var options = new AnalyzeOptions { PublishedAt = new DateOnly(2016, 7, 4) };
        DocumentInvariants.Check(text.Value, Pipeline.Default.Process(text.Value, options));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("0001-01-07")]
    [InlineData("9999-12-31")]
    [InlineData("9999-12-25")]
    [InlineData("2016-02-29")]
    public void Relative_dates_near_the_ends_of_the_calendar_do_not_throw(string published)
    {
        const string text = "Kemarin, besok, lusa, Senin lalu, Sabtu (2/7), minggu depan, pekan lalu, bulan depan, tahun lalu, " +
                            "tiga hari lalu, 2 minggu lagi, 31 Februari 2020, 29 Februari 2019, 1 Januari 10000, 0/0, 32/13, tahun 0, tahun 99999.";
        var options = new AnalyzeOptions { PublishedAt = DateOnly.ParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        DocumentInvariants.Check(text, Pipeline.Default.Process(text, options));
    }

    [Property(MaxTest = 150, EndSize = 60, Arbitrary = [typeof(NewsTextGenerators)])]
    public void Json_is_written_for_any_text_and_parses_back_to_the_same_offsets(NewsText text)
    {
        var document = Pipeline.Default.Process(text.Value);
        using var json = System.Text.Json.JsonDocument.Parse(document.ToJson());
        var root = json.RootElement;
        var tokens = root.GetProperty("tokens");
        Assert.Equal(document.Tokens.Count, tokens.GetArrayLength());
        for (int i = 0; i < document.Tokens.Count; i++)
        {
            Assert.Equal(document.Tokens[i].Start, tokens[i].GetProperty("start").GetInt32());
            Assert.Equal(document.Tokens[i].End, tokens[i].GetProperty("end").GetInt32());
        }

        Assert.Equal(document.Entities.Count, root.GetProperty("entities").GetArrayLength());
        if (IsWellFormedUtf16(text.Value))
        {
            Assert.Equal(text.Value, root.GetProperty("text").GetString());
        }
    }

    [Property(MaxTest = 100, EndSize = 60, Arbitrary = [typeof(NewsTextGenerators)])]
    public void Same_text_gives_the_same_document_on_every_call_and_from_a_fresh_pipeline(NewsText text)
    {
        string first = DocumentInvariants.Fingerprint(Pipeline.Default.Process(text.Value));
        Assert.Equal(first, DocumentInvariants.Fingerprint(Pipeline.Default.Process(text.Value)));
        Assert.Equal(first, DocumentInvariants.Fingerprint(Pipeline.CreateDefaultBuilder().Build().Process(new string(text.Value.AsSpan()))));
    }

    [Property(MaxTest = 100, EndSize = 40, Arbitrary = [typeof(NewsTextGenerators)])]
    public void Appending_white_space_changes_no_token(NewsText text)
    {
        // Trailing white space is not part of any token, so the tokens before it cannot depend on it.
        var plain = Pipeline.Default.Process(text.Value);
        var padded = Pipeline.Default.Process(text.Value + "   \n");
        Assert.Equal(plain.Tokens.Select(t => (t.Start, t.End, t.SurfaceStart, t.SurfaceEnd)), padded.Tokens.Select(t => (t.Start, t.End, t.SurfaceStart, t.SurfaceEnd)));
    }

    internal static bool IsWellFormedUtf16(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return false;
        }

        return true;
    }
}
