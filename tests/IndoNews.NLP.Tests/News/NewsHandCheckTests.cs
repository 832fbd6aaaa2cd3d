namespace IndoNews.NLP.Tests.News;

/// <summary>
/// Issue 6, section 4: the news stage on 50 hand-checked IndoSum articles. The figures are printed; the
/// floors below fail the build if a change makes the stage worse than what was measured.
/// </summary>
public class NewsHandCheckTests(ITestOutputHelper output)
{
    [Fact]
    public void Annotations_cover_fifty_articles_five_per_source()
    {
        var articles = HandCheckArticle.Load();
        Assert.Equal(50, articles.Count);
        Assert.All(articles.GroupBy(a => a.Source), g => Assert.Equal(5, g.Count()));
        Assert.Equal(50, articles.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void Boilerplate_datelines_and_links_meet_the_measured_floors()
    {
        var articles = HandCheckArticle.Load();
        var texts = HandCheckArticle.LoadTexts(articles);
        Assert.Equal(articles.Count, texts.Count);
        var check = NewsHandCheck.Run(articles, texts);
        output.WriteLine(check.Report());
        string report = Path.Combine(SharedData.RepoRoot, "artifacts", "news-handcheck.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        File.WriteAllText(report, check.Report());

        // Measured 2026-11-27 (after the rule changes the first run suggested, so tuned on these articles):
        // boilerplate lines P 100 / R 100 (17 of 470 lines), datelines 50/50, linked name pairs P 98.7 / R 83.7.
        // Before those changes: boilerplate P 100 / R 82.4, datelines 50/50, links P 99.1 / R 61.4.
        // 2026-12-05, after the bracketed-acronym letter check and the multi-word slip rule: links P 98.7 / R 83.2
        // (one pair lost: "Sinuhun (PB XIII)", a title with a regnal number, no longer read as a definition).
        Assert.True(check.BoilerplatePrecision >= 0.95, check.Report());
        Assert.True(check.BoilerplateRecall >= 0.95, check.Report());
        Assert.True(check.DatelineAccuracy >= 0.96, check.Report());
        Assert.True(check.LinkPrecision >= 0.95, check.Report());
        Assert.True(check.LinkRecall >= 0.80, check.Report());
    }

    [Fact]
    public void End_to_end_with_the_real_tagger_meets_the_measured_floors()
    {
        var articles = HandCheckArticle.Load();
        var check = NewsHandCheck.RunEndToEnd(articles, HandCheckArticle.LoadTexts(articles));
        output.WriteLine(check.Report());
        string report = Path.Combine(SharedData.RepoRoot, "artifacts", "news-handcheck-end-to-end.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        File.WriteAllText(report, check.Report());
        // Measured 2026-11-27 with the tagger merged that day: boilerplate P 100 / R 100, datelines 50/50, the tagger
        // found 568 of 652 annotated names, linked name pairs P 94.1 / R 74.8. Floors leave room for tagger changes.
        // 2026-12-05: 573 of 652 names found, linked name pairs P 96.3 / R 77.2.
        // 2026-12-06 (lone repeats of a person's first or last name): 579 of 652, P 96.5 / R 78.2.
        // 2026-12-06 (a person's short form read as a place or organisation relabelled): 581 of 652, P 96.5 / R 77.6 -> P 96.6 / R 79.0.
        Assert.True(check.BoilerplatePrecision >= 0.95 && check.BoilerplateRecall >= 0.95, check.Report());
        Assert.True(check.DatelineAccuracy >= 0.96, check.Report());
        // Link pairs are scored among the names the tagger found, so a tagger that finds none would score 100/100
        // without this floor.
        Assert.True(check.NamesFound >= 0.80, check.Report());
        Assert.True(check.LinkPrecision >= 0.85, check.Report());
        Assert.True(check.LinkRecall >= 0.65, check.Report());
    }
}
