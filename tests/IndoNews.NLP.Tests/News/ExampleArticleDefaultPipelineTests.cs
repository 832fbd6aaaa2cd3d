using IndoNews.NLP.News;

namespace IndoNews.NLP.Tests.News;

/// <summary>Issue 6, section 4, with the real default pipeline (tokenizer, splitter, tagger, values, news stage): <c>Pipeline.Analyze</c>.</summary>
public class ExampleArticleDefaultPipelineTests
{
    private static readonly Lazy<Document> Doc = new(() => Pipeline.Analyze(ExampleArticle.Text, new AnalyzeOptions { PublishedAt = new DateOnly(2016, 7, 3) }));

    [Fact]
    public void Duplicates_boilerplate_and_dateline()
    {
        var doc = Doc.Value;
        var byLine = doc.Paragraphs.Select((p, i) => (Line: ExampleArticle.LineOf(doc.Text, p.Start), Index: i, p)).ToDictionary(x => x.Line);
        for (int line = 11; line <= 15; line++) Assert.Equal(byLine[line - 5].Index, byLine[line].p.DuplicateOf);
        Assert.Equal([16, 17, 18], doc.Paragraphs.Where(p => p.IsBoilerplate).Select(p => ExampleArticle.LineOf(doc.Text, p.Start)));
        Assert.Equal("MOSKOW", doc.Dateline?.Place);
    }

    [Fact]
    public void The_lead_is_read_as_running_text()
    {
        var doc = Doc.Value;
        var first = doc.GetText(doc.Sentences[0]);
        Assert.StartsWith("MOSKOW - Amerika Serikat (AS)\ndan Rusia", first);
        Assert.EndsWith("berlangsung di Suriah.", first);
        Assert.EndsWith("mengenai kerjasama di Suriah.", doc.GetText(doc.Sentences[1]));
    }

    [Fact]
    public void Clusters_and_counts()
    {
        var doc = Doc.Value;
        var assad = Assert.Single(doc.Clusters, c => c.Canonical == "Bashar al-Assad");
        Assert.Equal(EntityLabels.Person, assad.Label);
        Assert.Equal(["Bashar al-Assad", "Bashar al-Assad", "Assad", "Assad"], doc.GetMentions(assad).Select(e => e.Text));

        var us = Assert.Single(doc.Clusters, c => c.Canonical == "Amerika Serikat");
        Assert.Contains("AS", doc.GetMentions(us).Select(e => e.Text));
        Assert.DoesNotContain(doc.Clusters, c => c.Canonical is "AS" or "Assad");
        Assert.Single(doc.Clusters, c => c.Canonical == "Sergei Lavrov");

        // Each paragraph counts once: no mention lies in lines 11–18.
        Assert.All(doc.Clusters.SelectMany(c => c.Mentions), m => Assert.InRange(ExampleArticle.LineOf(doc.Text, doc.Entities[m].Start), 1, 10));
    }

    [Fact]
    public void Sabtu_2_7_is_2016_07_02()
    {
        var sabtu = Doc.Value.Entities.First(e => e.Text == "Sabtu (2/7)");
        Assert.Equal(EntityLabels.Date, sabtu.Label);
        Assert.Equal("2016-07-02", sabtu.NormalizedValue);
    }

    [Fact]
    public void Without_the_news_stage_the_splitter_alone_reads_the_wrapped_lead_as_running_text()
    {
        // The expectation on the sentence splitter (issue 6): no sentence ends at a single line break inside the
        // hard-wrapped lead. The news stage repairs such cuts when it runs; this checks the splitter on its own.
        var doc = Pipeline.CreateDefaultBuilder().WithoutNewsDocuments().Build().Process(ExampleArticle.Text);
        Assert.EndsWith("berlangsung di Suriah.", doc.GetText(doc.Sentences[0]));
        Assert.Equal("Pejabat tinggi kedua negara dilaporkan telah terlibat perbincangan\nmengenai kerjasama di Suriah.", doc.GetText(doc.Sentences[1]));
    }
}
