using System.Globalization;
using System.Text;
using IndoNews.NLP.News;

namespace IndoNews.NLP.Tests.News;

/// <summary>
/// Scores the news stage against <see cref="HandCheckArticle"/> annotations: boilerplate by line, datelines,
/// and entity linking as pairs of distinct names put in one cluster.
/// </summary>
internal sealed class NewsHandCheck
{
    public int BoilerplateTruePositives { get; private set; }

    public int BoilerplateFalsePositives { get; private set; }

    public int BoilerplateFalseNegatives { get; private set; }

    public int Lines { get; private set; }

    public int DatelinesCorrect { get; private set; }

    public int Articles { get; private set; }

    public int LinkTruePositives { get; private set; }

    public int LinkFalsePositives { get; private set; }

    public int LinkFalseNegatives { get; private set; }

    public List<string> Errors { get; } = [];

    public double BoilerplatePrecision => Ratio(BoilerplateTruePositives, BoilerplateTruePositives + BoilerplateFalsePositives);

    public double BoilerplateRecall => Ratio(BoilerplateTruePositives, BoilerplateTruePositives + BoilerplateFalseNegatives);

    public double LinkPrecision => Ratio(LinkTruePositives, LinkTruePositives + LinkFalsePositives);

    public double LinkRecall => Ratio(LinkTruePositives, LinkTruePositives + LinkFalseNegatives);

    public double DatelineAccuracy => Ratio(DatelinesCorrect, Articles);

    /// <summary>Share of the annotated names that the tagger found (end-to-end runs).</summary>
    public double NamesFound => Ratio(GoldNamesFound, GoldNames);

    /// <summary>
    /// Runs the default pipeline with a stand-in tagger that finds exactly the annotated names (gold mentions),
    /// so linking is scored on its own; mentions in every paragraph are clustered.
    /// </summary>
    public static NewsHandCheck Run(IReadOnlyList<HandCheckArticle> articles, IReadOnlyDictionary<string, string> texts)
    {
        var check = new NewsHandCheck();
        var options = new NewsDocumentOptions { ClusterIgnoredParagraphs = true };
        foreach (var article in articles)
        {
            string text = texts[article.Id];
            var names = article.Clusters.SelectMany(c => c.Names.Select(n => (n, c.Label))).Distinct().ToArray();
            var pipeline = Pipeline.CreateDefaultBuilder().ClearEntityRecognizers().AddEntityRecognizer(new NameListRecognizer(names)).UseNewsDocuments(options).Build();
            var doc = pipeline.Process(text);
            check.ScoreBoilerplate(article, doc);
            check.ScoreDateline(article, doc);
            check.ScoreLinks(article, doc);
        }

        return check;
    }

    /// <summary>Gold names that the real tagger found (end-to-end runs only).</summary>
    public int GoldNamesFound { get; private set; }

    /// <summary>Gold names in the annotations (end-to-end runs only).</summary>
    public int GoldNames { get; private set; }

    /// <summary>
    /// Runs the real default pipeline (tagger included). A predicted mention stands for the gold name it equals, or
    /// else the longest gold name inside it; pairs are scored among gold names the tagger found.
    /// </summary>
    public static NewsHandCheck RunEndToEnd(IReadOnlyList<HandCheckArticle> articles, IReadOnlyDictionary<string, string> texts)
    {
        var check = new NewsHandCheck();
        var pipeline = Pipeline.CreateDefaultBuilder().UseNewsDocuments(new NewsDocumentOptions { ClusterIgnoredParagraphs = true }).Build();
        foreach (var article in articles)
        {
            var doc = pipeline.Process(texts[article.Id]);
            check.ScoreBoilerplate(article, doc);
            check.ScoreDateline(article, doc);
            check.ScoreLinksEndToEnd(article, doc);
        }

        return check;
    }

    private void ScoreLinksEndToEnd(HandCheckArticle article, Document doc)
    {
        var goldNames = article.Clusters.SelectMany(c => c.Names).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).ToArray();
        string? Map(Entity e)
        {
            string t = e.Text.Trim('(', ')', '"', '“', '”', ',', ' ');
            if (goldNames.Contains(t, StringComparer.Ordinal)) return t;
            return goldNames.FirstOrDefault(n => n.Length < t.Length && ContainsWord(t, n));
        }

        var mapped = new Dictionary<int, string>();
        for (int i = 0; i < doc.Entities.Count; i++)
        {
            if (Map(doc.Entities[i]) is { } name) mapped[i] = name;
        }

        var found = mapped.Values.ToHashSet(StringComparer.Ordinal);
        GoldNames += goldNames.Length;
        GoldNamesFound += found.Count;
        var gold = new HashSet<(string, string)>();
        foreach (var cluster in article.Clusters)
        {
            foreach (var pair in Pairs(cluster.Names.Where(found.Contains).Distinct().ToArray())) gold.Add(pair);
        }

        var predicted = new HashSet<(string, string)>();
        foreach (var cluster in doc.Clusters)
        {
            var names = cluster.Mentions.Where(mapped.ContainsKey).Select(m => mapped[m]).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var pair in Pairs(names)) predicted.Add(pair);
        }

        ScoreLinks(article.Id, predicted, gold);
    }

    private static bool ContainsWord(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            bool startOk = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            int end = at + word.Length;
            if (startOk && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }

        return false;
    }

    public string Report()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"articles {Articles}, lines {Lines}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"boilerplate lines: P {BoilerplatePrecision:P1} R {BoilerplateRecall:P1} (tp {BoilerplateTruePositives}, fp {BoilerplateFalsePositives}, fn {BoilerplateFalseNegatives})");
        sb.AppendLine(CultureInfo.InvariantCulture, $"dateline place: {DatelinesCorrect}/{Articles} ({DatelineAccuracy:P1})");
        if (GoldNames > 0) sb.AppendLine(CultureInfo.InvariantCulture, $"gold names found by the tagger: {GoldNamesFound}/{GoldNames}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"linked name pairs: P {LinkPrecision:P1} R {LinkRecall:P1} (tp {LinkTruePositives}, fp {LinkFalsePositives}, fn {LinkFalseNegatives})");
        foreach (var e in Errors) sb.AppendLine(e);
        return sb.ToString();
    }

    private void ScoreBoilerplate(HandCheckArticle article, Document doc)
    {
        var gold = article.Boilerplate.ToHashSet();
        int offset = 0;
        var lines = doc.Text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int lineStart = offset;
            offset += lines[i].Length + 1;
            int first = lineStart;
            while (first < offset - 1 && char.IsWhiteSpace(doc.Text[first])) first++;
            if (first >= offset - 1) continue;
            Lines++;
            int p = NewsDocumentStage.ParagraphAt(doc.Paragraphs, first);
            bool predicted = p >= 0 && doc.Paragraphs[p].IsBoilerplate;
            bool expected = gold.Contains(i);
            if (predicted && expected) BoilerplateTruePositives++;
            else if (predicted)
            {
                BoilerplateFalsePositives++;
                Errors.Add($"boilerplate FP {article.Id}[{i}]: {Clip(lines[i])}");
            }
            else if (expected)
            {
                BoilerplateFalseNegatives++;
                Errors.Add($"boilerplate FN {article.Id}[{i}]: {Clip(lines[i])}");
            }
        }
    }

    private void ScoreDateline(HandCheckArticle article, Document doc)
    {
        Articles++;
        string? predicted = doc.Dateline?.Place;
        if (string.Equals(predicted, article.Dateline, StringComparison.Ordinal)) DatelinesCorrect++;
        else Errors.Add($"dateline {article.Id}: expected '{article.Dateline}', got '{predicted}'");
    }

    private void ScoreLinks(HandCheckArticle article, Document doc)
    {
        // Gold: pairs of distinct names of one annotated entity that both occur as mentions.
        var found = doc.Entities.Select(e => e.Text).ToHashSet(StringComparer.Ordinal);
        var gold = new HashSet<(string, string)>();
        foreach (var cluster in article.Clusters)
        {
            var names = cluster.Names.Where(found.Contains).Distinct().ToArray();
            foreach (var pair in Pairs(names)) gold.Add(pair);
        }

        var predicted = new HashSet<(string, string)>();
        foreach (var cluster in doc.Clusters)
        {
            var names = cluster.Mentions.Select(m => doc.Entities[m].Text).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var pair in Pairs(names)) predicted.Add(pair);
        }

        ScoreLinks(article.Id, predicted, gold);
    }

    private static IEnumerable<(string, string)> Pairs(string[] names)
    {
        for (int i = 0; i < names.Length; i++)
        {
            for (int j = i + 1; j < names.Length; j++)
            {
                yield return string.CompareOrdinal(names[i], names[j]) < 0 ? (names[i], names[j]) : (names[j], names[i]);
            }
        }
    }

    private static string Clip(string s) => s.Length <= 90 ? s : s[..90] + "…";

    // Nothing to score is not a perfect score: NaN fails every ">= floor" assertion.
    private static double Ratio(int a, int b) => b == 0 ? double.NaN : (double)a / b;
    private void ScoreLinks(string articleId, HashSet<(string, string)> predicted, IReadOnlySet<(string, string)> gold)
    {
        foreach (var pair in predicted)
        {
            if (gold.Contains(pair)) LinkTruePositives++;
            else
            {
                LinkFalsePositives++;
                Errors.Add($"link FP {articleId}: {pair.Item1} = {pair.Item2}");
            }
        }

        foreach (var pair in gold.Where(p => !predicted.Contains(p)))
        {
            LinkFalseNegatives++;
            Errors.Add($"link FN {articleId}: {pair.Item1} = {pair.Item2}");
        }
    }
}
