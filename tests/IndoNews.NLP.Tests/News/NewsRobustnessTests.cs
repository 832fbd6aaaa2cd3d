namespace IndoNews.NLP.Tests.News;

/// <summary>The news stage and value recognizer on arbitrary input: no crash, and every span stays consistent.</summary>
public class NewsRobustnessTests
{
    private static readonly Pipeline Full = Pipeline.CreateDefaultBuilder().Build();

    private static void CheckInvariants(Document doc)
    {
        string text = doc.Text;
        Assert.All(doc.Entities, e => Assert.Equal(e.Text, text[e.Start..e.End]));
        Assert.All(doc.Paragraphs, p => Assert.InRange(p.End, p.Start + 1, text.Length));
        Assert.All(doc.Clusters, c => Assert.All(c.Mentions, m => Assert.InRange(m, 0, doc.Entities.Count - 1)));
        for (int i = 0; i < doc.Paragraphs.Count; i++)
        {
            if (doc.Paragraphs[i].DuplicateOf is int first) Assert.InRange(first, 0, i - 1);
        }

        if (doc.Dateline is { } d) Assert.Equal(d.Place, text[d.Start..d.End]);
        Assert.All(doc.Sentences, s => Assert.True(s.TokenStart < s.TokenEnd && s.Start < s.End));
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public void Arbitrary_text_gives_a_consistent_document(string? input)
    {
        CheckInvariants(Full.Process(input ?? string.Empty, new AnalyzeOptions { PublishedAt = new DateOnly(2016, 7, 3) }));
    }

    [Theory]
    [InlineData("\uD800 Rp 1,5 triliun \uDC00 Sabtu (2/7)\n\n\uD83D\uDE00 30%")]
    [InlineData("\0\u0001\u0002 MOSKOW - \u2029\u2028 kemarin")]
    [InlineData("(((((((((((((((((((((((((((((((((((((((")]
    [InlineData("Angka 999999999999999999.999.999.999.999.999.999 triliun persen, Rp 999999999999999999 T, US$ 999999999999999999 triliun")]
    [InlineData("#100 km berita12,5% \u0300\u0300\u03001 Januari 2020 6M\u036B")]
    [InlineData("Rp Rp Rp Rp 1. 1, 1.000. pukul pukul 99.99 WIB 31/12/9999 0/0/0000 29/2/2017 (29/2)")]
    public void Odd_input_gives_a_consistent_document(string text)
    {
        CheckInvariants(Full.Process(text, new AnalyzeOptions { PublishedAt = new DateOnly(2016, 7, 3) }));
    }

    [Fact]
    public void Dates_at_the_edge_of_the_calendar_do_not_throw()
    {
        CheckInvariants(Full.Process("Sabtu (31/12) kemarin, pekan depan, tahun depan.", new AnalyzeOptions { PublishedAt = DateOnly.MaxValue }));
        CheckInvariants(Full.Process("Sabtu (1/1) kemarin, pekan lalu, tahun lalu.", new AnalyzeOptions { PublishedAt = DateOnly.MinValue }));
    }

    [Fact]
    public void A_large_document_of_repeated_paragraphs_is_handled()
    {
        string paragraph = "Menurut keterangan Kementerian Luar Negeri Rusia, Sergei Lavrov dan John Kerry membahas kerja sama pada Sabtu (2/7).\n";
        string text = string.Concat(Enumerable.Repeat(paragraph, 5_000));
        var doc = Full.Process(text, new AnalyzeOptions { PublishedAt = new DateOnly(2016, 7, 3) });
        Assert.Equal(5_000, doc.Paragraphs.Count);
        Assert.Equal(4_999, doc.Paragraphs.Count(p => p.DuplicateOf == 0));
    }

    [Fact]
    public void Linking_thousands_of_distinct_names_stays_cheap()
    {
        // 5,000 distinct organisations: each is compared with its neighbours by several rules. Building the
        // compared forms per pair used to allocate about 790 MB here (and 9.6 GB for 50,000 names).
        var random = new Random(7);
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < 5_000; i++)
        {
            text.Append("Partai ").Append((char)('A' + random.Next(26)));
            for (int k = 0; k < 7; k++) text.Append((char)('a' + random.Next(26)));
            text.Append(" menang. ");
        }

        Full.Process("Pemanasan."); // load the models first
        long before = GC.GetAllocatedBytesForCurrentThread();
        var doc = Full.Process(text.ToString());
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(doc.Entities.Count >= 4_900, $"{doc.Entities.Count} entities");
        Assert.True(allocated < 150_000_000, $"allocated {allocated / 1_000_000} MB");
        CheckInvariants(doc);
    }
}
