using IndoNews.NLP.News;

namespace IndoNews.NLP.Tests.News;

/// <summary>Issue 6, section 4: the news stage on the spec article, with a stand-in tagger for PER/LOC/ORG.</summary>
public class ExampleArticleTests
{
    private static readonly AnalyzeOptions Published = new() { PublishedAt = new DateOnly(2016, 7, 3) };

    private static Document Analyze(NewsDocumentOptions? options = null)
        => Pipeline.CreateDefaultBuilder().ClearEntityRecognizers().AddEntityRecognizer(ExampleArticle.Names).UseValueEntities().UseNewsDocuments(options).Build().Process(ExampleArticle.Text, Published);

    [Fact]
    public void Lines_11_to_15_are_duplicates_of_lines_6_to_10()
    {
        var doc = Analyze();
        var byLine = doc.Paragraphs.Select((p, i) => (Line: ExampleArticle.LineOf(doc.Text, p.Start), Index: i, Paragraph: p)).ToDictionary(x => x.Line);
        for (int line = 11; line <= 15; line++)
        {
            var dup = byLine[line];
            Assert.Equal(byLine[line - 5].Index, dup.Paragraph.DuplicateOf);
            Assert.False(dup.Paragraph.IsBoilerplate);
        }

        for (int line = 6; line <= 10; line++) Assert.Null(byLine[line].Paragraph.DuplicateOf);
    }

    [Fact]
    public void Lines_16_to_18_are_boilerplate_and_nothing_else_is()
    {
        var doc = Analyze();
        var boilerplateLines = doc.Paragraphs.Where(p => p.IsBoilerplate).Select(p => ExampleArticle.LineOf(doc.Text, p.Start)).ToArray();
        Assert.Equal([16, 17, 18], boilerplateLines);
        Assert.Equal("Post a Comment", doc.Text[doc.Paragraphs[^1].Start..doc.Paragraphs[^1].End]);
    }

    [Fact]
    public void The_hard_wrapped_lead_is_one_paragraph_and_its_sentences_run_across_line_ends()
    {
        var doc = Analyze();
        var lead = doc.Paragraphs[0];
        Assert.Equal(0, lead.Start);
        Assert.Equal(ExampleArticle.LineStart(doc.Text, 6) - 1, lead.End);
        Assert.Equal(14, doc.Paragraphs.Count); // lead + 10 paragraphs + 3 boilerplate lines

        var leadSentences = doc.Sentences.Where(s => s.Start < lead.End).Select(doc.GetText).ToArray();
        Assert.Equal(2, leadSentences.Length);
        Assert.StartsWith("MOSKOW - Amerika Serikat (AS)\ndan Rusia", leadSentences[0]);
        Assert.EndsWith("berlangsung di Suriah.", leadSentences[0]);
        Assert.Equal("Pejabat tinggi kedua negara dilaporkan telah terlibat perbincangan\nmengenai kerjasama di Suriah.", leadSentences[1]);
    }

    [Fact]
    public void No_sentence_crosses_a_paragraph_break()
    {
        var doc = Analyze();
        foreach (var s in doc.Sentences)
        {
            int p = NewsDocumentStage.ParagraphAt(doc.Paragraphs, s.Start);
            Assert.True(p >= 0);
            Assert.True(s.End <= doc.Paragraphs[p].End, $"Sentence '{doc.GetText(s)}' crosses paragraph {p}.");
        }
    }

    [Fact]
    public void The_dateline_is_MOSKOW()
    {
        var doc = Analyze();
        Assert.NotNull(doc.Dateline);
        Assert.Equal("MOSKOW", doc.Dateline.Place);
        Assert.Null(doc.Dateline.Outlet);
        Assert.Equal((0, 6), (doc.Dateline.Start, doc.Dateline.End));
    }

    [Fact]
    public void Sabtu_2_7_resolves_to_2016_07_02_and_kemarin_to_the_day_before_publication()
    {
        var doc = Analyze();
        var sabtu = doc.Entities.First(e => e.Text == "Sabtu (2/7)");
        Assert.Equal(EntityLabels.Date, sabtu.Label);
        Assert.Equal("2016-07-02", sabtu.NormalizedValue);
        var kemarin = doc.Entities.First(e => e.Text == "kemarin");
        Assert.Equal("2016-07-02", kemarin.NormalizedValue);
    }

    [Fact]
    public void Clusters_link_names_and_count_each_paragraph_once()
    {
        var doc = Analyze();
        var assad = Cluster(doc, "Bashar al-Assad");
        Assert.Equal(EntityLabels.Person, assad.Label);
        // Lines 8, 9 (twice: Bashar al-Assad, Assad) and 10; the repeats on lines 13–15 do not count.
        Assert.Equal(["Bashar al-Assad", "Bashar al-Assad", "Assad", "Assad"], doc.GetMentions(assad).Select(e => e.Text));
        Assert.All(doc.GetMentions(assad), e => Assert.InRange(ExampleArticle.LineOf(doc.Text, e.Start), 8, 10));

        var us = Cluster(doc, "Amerika Serikat");
        var usNames = doc.GetMentions(us).Select(e => e.Text).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["AS", "Amerika", "Amerika Serikat"], usNames);
        // Lead: Amerika Serikat, (AS); line 6: AS; 7: Amerika; 8: AS ×3; 9: AS; 10: AS.
        Assert.Equal(9, us.Mentions.Count);

        Assert.Single(Cluster(doc, "Sergei Lavrov").Mentions);
        Assert.Equal(EntityLabels.Location, Cluster(doc, "Rusia").Label);
        Assert.DoesNotContain(doc.Clusters, c => c.Canonical == "AS" || c.Canonical == "Assad" || c.Canonical == "Lavrov");
    }

    [Fact]
    public void With_ignored_paragraphs_clustered_Lavrov_joins_Sergei_Lavrov()
    {
        var doc = Analyze(new NewsDocumentOptions { ClusterIgnoredParagraphs = true });
        var lavrov = Cluster(doc, "Sergei Lavrov");
        Assert.Equal(["Sergei Lavrov", "Sergei Lavrov", "Lavrov"], doc.GetMentions(lavrov).Select(e => e.Text));
        Assert.Equal(8, Cluster(doc, "Bashar al-Assad").Mentions.Count);
    }

    [Fact]
    public void Every_counted_entity_is_in_exactly_one_cluster_and_ignored_ones_in_none()
    {
        var doc = Analyze();
        var clustered = doc.Clusters.SelectMany(c => c.Mentions).ToList();
        Assert.Equal(clustered.Count, clustered.Distinct().Count());
        var expected = doc.Entities.Select((e, i) => (e, i))
            .Where(x => x.e.Label is EntityLabels.Person or EntityLabels.Location or EntityLabels.Organization && doc.IsContent(x.e.Start))
            .Select(x => x.i);
        Assert.Equal(expected.Order(), clustered.Order());
    }

    [Fact]
    public void Clean_text_drops_the_repeats_and_the_blog_widgets_and_maps_back()
    {
        var doc = Analyze();
        string clean = doc.CleanText;
        Assert.StartsWith("MOSKOW - Amerika Serikat (AS)\ndan Rusia", clean);
        Assert.EndsWith("serangan udara rezim Assad.", clean);
        Assert.Equal(1, CountOf(clean, "Menurut keterangan Kementerian Luar Negeri Rusia"));
        Assert.DoesNotContain("Post a Comment", clean, StringComparison.Ordinal);

        var map = doc.CleanTextMap;
        int at = clean.IndexOf("Bashar al-Assad", StringComparison.Ordinal);
        int original = map.ToOriginal(at);
        Assert.Equal("Bashar al-Assad", doc.Text.Substring(original, 15));
        Assert.Equal(at, map.ToClean(original));
        Assert.Null(map.ToClean(doc.Text.IndexOf("Post a Comment", StringComparison.Ordinal)));
    }

    [Fact]
    public void Json_has_the_contract_news_fields()
    {
        var doc = Analyze();
        using var json = System.Text.Json.JsonDocument.Parse(doc.ToJson());
        var root = json.RootElement;
        var p11 = root.GetProperty("paragraphs")[6];
        Assert.Equal(1, p11.GetProperty("duplicateOf").GetInt32());
        Assert.False(p11.GetProperty("boilerplate").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, root.GetProperty("paragraphs")[0].GetProperty("duplicateOf").ValueKind);
        Assert.True(root.GetProperty("paragraphs")[13].GetProperty("boilerplate").GetBoolean());

        var dateline = root.GetProperty("dateline");
        Assert.Equal("MOSKOW", dateline.GetProperty("place").GetString());
        Assert.Equal(0, dateline.GetProperty("start").GetInt32());
        Assert.Equal(6, dateline.GetProperty("end").GetInt32());

        var entities = root.GetProperty("entities");
        var sabtu = entities.EnumerateArray().First(e => e.GetProperty("text").GetString() == "Sabtu (2/7)");
        Assert.Equal("2016-07-02", sabtu.GetProperty("value").GetString());

        var cluster = root.GetProperty("clusters").EnumerateArray().First(c => c.GetProperty("canonical").GetString() == "Bashar al-Assad");
        Assert.Equal("PER", cluster.GetProperty("label").GetString());
        foreach (var index in cluster.GetProperty("mentions").EnumerateArray())
        {
            var entity = entities[index.GetInt32()];
            Assert.EndsWith("Assad", entity.GetProperty("text").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_the_news_stage_there_are_no_paragraphs_clusters_or_news_json_fields()
    {
        var doc = Pipeline.CreateDefaultBuilder().WithoutNewsDocuments().Build().Process(ExampleArticle.Text, Published);
        Assert.Empty(doc.Paragraphs);
        Assert.Empty(doc.Clusters);
        Assert.Null(doc.Dateline);
        Assert.Equal(doc.Text, doc.CleanText);
        using var json = System.Text.Json.JsonDocument.Parse(doc.ToJson());
        Assert.False(json.RootElement.TryGetProperty("paragraphs", out _));
        Assert.False(json.RootElement.TryGetProperty("clusters", out _));
    }

    private static EntityCluster Cluster(Document doc, string canonical)
        => Assert.Single(doc.Clusters, c => c.Canonical == canonical);

    private static int CountOf(string text, string part)
    {
        int n = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
