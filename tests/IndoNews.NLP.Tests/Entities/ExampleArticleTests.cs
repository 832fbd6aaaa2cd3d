using System.Text.RegularExpressions;

namespace IndoNews.NLP.Tests.Entities;

/// <summary>The spec article (issue 5, §4): every occurrence of the listed names is found with exact offsets.</summary>
public class ExampleArticleTests
{
    private static readonly (string Label, string Text)[] Expected =
    [
        ("PER", "Sergei Lavrov"), ("PER", "John Kerry"), ("PER", "Bashar al-Assad"), ("PER", "Assad"),
        ("LOC", "MOSKOW"), ("LOC", "Amerika Serikat"), ("LOC", "AS"), ("LOC", "Rusia"), ("LOC", "Suriah"), ("LOC", "Amerika"),
        ("ORG", "Kementerian Luar Negeri Rusia"), ("ORG", "Reuters"), ("ORG", "Angkatan Udara Rusia"), ("ORG", "Front al-Nusra"),
    ];

    private static readonly string[] NeverEntities = ["Menurut", "Namun", "Inti", "Sebagai", "Sumber", "Mereka", "Post a Comment"];

    private static (string Text, Document Document) Analyze()
    {
        string text = File.ReadAllText(SharedData.Require("examples/sindonews-lavrov-kerry.txt"));
        return (text, Pipeline.Analyze(text));
    }

    /// <summary>Whole-word occurrences of <paramref name="name"/> that no longer expected name contains.</summary>
    private static List<(int Start, int End)> Occurrences(string text, string name)
    {
        var longer = Expected.Where(e => e.Text.Length > name.Length && e.Text.Contains(name, StringComparison.Ordinal))
            .SelectMany(e => Regex.Matches(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(e.Text) + @"(?![\p{L}\p{N}])").Select(m => (m.Index, m.Index + m.Length)))
            .ToList();
        return [.. Regex.Matches(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(name) + @"(?![\p{L}\p{N}])")
            .Select(m => (m.Index, m.Index + m.Length))
            .Where(o => !longer.Any(l => l.Item1 <= o.Item1 && o.Item2 <= l.Item2))];
    }

    [Fact]
    public void Every_occurrence_of_every_listed_name_is_an_entity_with_its_label_and_offsets()
    {
        var (text, doc) = Analyze();
        var missing = new List<string>();
        foreach (var (label, name) in Expected)
        {
            var occurrences = Occurrences(text, name);
            Assert.NotEmpty(occurrences);
            foreach (var (start, end) in occurrences)
            {
                if (!doc.Entities.Any(e => e.Label == label && e.Start == start && e.End == end && e.Text == name))
                {
                    var found = doc.Entities.FirstOrDefault(e => e.Start < end && start < e.End);
                    missing.Add($"{label} '{name}' at [{start},{end}) — found {(found is null ? "nothing" : $"{found.Label} '{found.Text}' [{found.Start},{found.End})")}");
                }
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void Rusia_and_Amerika_inside_Rusia_Amerika_are_separate_places()
    {
        var (text, doc) = Analyze();
        int at = text.IndexOf("Rusia-Amerika", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Start == at && e.End == at + 5);
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Start == at + 6 && e.End == at + 13);
    }

    [Fact]
    public void Sentence_openers_and_blog_boilerplate_are_not_entities()
    {
        var (text, doc) = Analyze();
        foreach (string word in NeverEntities)
        {
            foreach (Match m in Regex.Matches(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(word) + @"(?![\p{L}\p{N}])"))
            {
                Assert.DoesNotContain(doc.Entities, e => e.Start < m.Index + m.Length && m.Index < e.End && e.Label is "PER" or "LOC" or "ORG");
            }
        }
    }

    [Fact]
    public void Entity_text_equals_the_document_text_at_its_offsets()
    {
        var (text, doc) = Analyze();
        Assert.NotEmpty(doc.Entities);
        foreach (var e in doc.Entities)
        {
            Assert.Equal(e.Text, text[e.Start..e.End]);
            Assert.InRange(e.TokenStart, 0, doc.Tokens.Count - 1);
            Assert.InRange(e.TokenEnd, e.TokenStart + 1, doc.Tokens.Count);
        }
    }
}
