namespace IndoNews.NLP.Tests.Entities;

/// <summary>A police or military command named by its territory is one organisation, head and territory together.</summary>
public class CommandUnitNamesTests
{
    private static IReadOnlyList<(string Text, string Label)> Names(string text)
        => Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "LOC" or "ORG").Select(e => (e.Text, e.Label)).ToList();

    [Theory]
    [InlineData("Korban kemudian melapor ke Polres Jakarta Selatan. Aparat kepolisian langsung bergerak ke lokasi.", "Polres Jakarta Selatan")]
    [InlineData("Kasat Reskrim Polres Jakarta Utara, AKBP Nasriadi, mengatakan kedua pelaku sudah ditahan.", "Polres Jakarta Utara")]
    [InlineData("Tim Satres Narkoba Polresta Depok meringkus pengedar ganja di kawasan Beji.", "Polresta Depok")]
    public void A_territory_tagged_alone_joins_its_command(string text, string command)
    {
        var names = Names(text);
        Assert.Contains((command, "ORG"), names);
        string territory = command[(command.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        Assert.DoesNotContain((territory, "LOC"), names);
    }

    [Fact]
    public void An_untagged_listed_province_after_the_head_is_taken_up_to_the_rank()
    {
        // IndoSum: the tagger left "Polda Jabar" untagged and found only the spokesman.
        var names = Names("Hal itu dikatakan Kabid Humas Polda Jabar Kombes Yusri Yunus kepada wartawan di Bandung.");
        Assert.Contains(("Polda Jabar", "ORG"), names);
        Assert.Contains(("Yusri Yunus", "PER"), names);
    }

    [Fact]
    public void A_place_span_that_holds_a_rank_is_not_joined()
    {
        // The territory span must be a place: one that runs into a rank and a name is a tagging error of its own.
        const string text = "Hal itu disampaikan Kanit Laka Polres Bogor Kabupaten Ipda Asep kepada wartawan.";
        var doc = Pipeline.Analyze(text);
        Assert.DoesNotContain(doc.Entities, e => e.Label == "ORG" && e.Text.Contains("Ipda", StringComparison.Ordinal));
    }

    [Fact]
    public void A_head_without_a_territory_after_it_is_left()
    {
        var doc = Pipeline.Analyze("Polda dan Polres menyiapkan sarana itu, kata dia.");
        Assert.DoesNotContain(doc.Entities, e => e.Label == "ORG" && e.Text.StartsWith("Polda", StringComparison.Ordinal) && e.Text.Length > 5);
    }
}
