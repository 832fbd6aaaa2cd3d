namespace IndoNews.NLP.Tests;

/// <summary>
/// The README's recognizer of one's own is real code: the README shows <c>samples/CustomRecognizer/NameGazetteer.cs</c>
/// as it is, that file is compiled into these tests, and the README's builder example runs with it.
/// </summary>
public class ReadmeSampleTests
{
    private const string Berita = "SURABAYA - Wali Kota Surabaya Tri Rismaharini meninjau tanggul Kali Brantas bersama petugas Perum Jasa Tirta I, Senin (4/7).";

    // The recognizer as the README's builder example creates it.
    private static NameGazetteer ReadmeGazetteer() => new([("Tri Rismaharini", EntityLabels.Person), ("Kali Brantas", EntityLabels.Location)]);

    [Fact]
    public void The_readme_shows_the_sample_file_as_it_is_and_uses_it_as_this_test_does()
    {
        string readme = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        string sample = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "samples", "CustomRecognizer", "NameGazetteer.cs")).ReplaceLineEndings("\n");
        Assert.Contains("<!-- sample: samples/CustomRecognizer/NameGazetteer.cs -->\n```csharp\n" + sample + "```\n", readme, StringComparison.Ordinal);
        Assert.Contains(".AddEntityRecognizer(new NameGazetteer([(\"Tri Rismaharini\", EntityLabels.Person), (\"Kali Brantas\", EntityLabels.Location)]))", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("MyGazetteer", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Alone_the_gazetteer_tags_exactly_its_names_on_whole_tokens()
    {
        var pipeline = Pipeline.CreateBuilder().AddEntityRecognizer(ReadmeGazetteer()).Build();
        // A clitic is a word of its own (Brantas + nya), so the name is found in "Kali Brantasnya"; "Tri" alone is not listed.
        var document = pipeline.Process(Berita + " Kali Brantasnya meluap; Tri tidak datang.");
        Assert.Equal(
            [("PER", "Tri Rismaharini", 30, 45), ("LOC", "Kali Brantas", 63, 75), ("LOC", "Kali Brantas", 125, 137)],
            document.Entities.Select(e => (e.Label, e.Text, e.Start, e.End)));
    }

    [Fact]
    public void After_the_default_recognizers_it_adds_what_the_model_missed_and_repeats_nothing()
    {
        var plain = Pipeline.Default.Process(Berita);
        Assert.DoesNotContain(plain.Entities, e => e.Text.Contains("Brantas", StringComparison.Ordinal));

        // The README's builder example.
        Pipeline pipeline = Pipeline.CreateDefaultBuilder()
            .AddEntityRecognizer(ReadmeGazetteer())
            .Build();
        Document doc = pipeline.Process(Berita, new AnalyzeOptions { PublishedAt = new DateOnly(2016, 7, 5) });
        Assert.Contains(doc.Entities, e => e is { Label: "LOC", Text: "Kali Brantas", Start: 63, End: 75 });
        Assert.Single(doc.Entities, e => e.Text == "Tri Rismaharini" && e.Label == "PER");
        Assert.Contains(doc.Entities, e => e is { Label: "DATE", Text: "Senin (4/7)", NormalizedValue: "2016-07-04" });
        Assert.Equal(plain.Entities.Count + 1, doc.Entities.Count);
    }
}
