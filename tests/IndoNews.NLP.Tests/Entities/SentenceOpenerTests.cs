namespace IndoNews.NLP.Tests.Entities;

/// <summary>A connective that opens a sentence is no part of the name after it.</summary>
public class SentenceOpenerTests
{
    private static List<string> Names(string text)
        => Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "LOC" or "ORG").Select(e => e.Text).ToList();

    [Theory]
    // IndoSum: the tagger ran "Adapun" into the name.
    [InlineData("Adapun Toyota Calya diluncurkan pertama kali pada 2 Agustus lalu dan langsung mulai dijual di Indonesia.", "Toyota Calya")]
    [InlineData("Adapun Valentino Rossi (Movistar Yamaha) berada di urutan kedelapan pebalap tercepat.", "Valentino Rossi")]
    public void Adapun_leaves_the_name(string text, string name)
    {
        var names = Names(text);
        Assert.Contains(name, names);
        Assert.DoesNotContain(names, n => n.StartsWith("Adapun", StringComparison.Ordinal));
    }
}
