namespace IndoNews.NLP.Tests.News;

/// <summary>The spec article ../shared/examples/sindonews-lavrov-kerry.txt and helpers to address its lines.</summary>
internal static class ExampleArticle
{
    public static string Text => File.ReadAllText(SharedData.Require("examples/sindonews-lavrov-kerry.txt"));

    /// <summary>The names a tagger should find in the article, for tests that do not depend on the real tagger.</summary>
    public static NameListRecognizer Names { get; } = new(
        ("MOSKOW", EntityLabels.Location), ("Amerika Serikat", EntityLabels.Location), ("AS", EntityLabels.Location),
        ("Amerika", EntityLabels.Location), ("Rusia", EntityLabels.Location), ("Suriah", EntityLabels.Location),
        ("Kementerian Luar Negeri Rusia", EntityLabels.Organization), ("Reuters", EntityLabels.Organization),
        ("Angkatan Udara Rusia", EntityLabels.Organization), ("Front al-Nusra", EntityLabels.Organization),
        ("Sergei Lavrov", EntityLabels.Person), ("Lavrov", EntityLabels.Person), ("John Kerry", EntityLabels.Person),
        ("Kerry", EntityLabels.Person), ("Bashar al-Assad", EntityLabels.Person), ("Assad", EntityLabels.Person));

    /// <summary>Start offset of each 1-based line.</summary>
    public static int LineStart(string text, int line)
    {
        int pos = 0;
        for (int i = 1; i < line; i++) pos = text.IndexOf('\n', pos) + 1;
        return pos;
    }

    /// <summary>The 1-based line holding <paramref name="offset"/>.</summary>
    public static int LineOf(string text, int offset) => text.AsSpan(0, offset).Count('\n') + 1;
}
