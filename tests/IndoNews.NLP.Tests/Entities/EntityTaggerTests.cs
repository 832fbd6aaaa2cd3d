using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

public class EntityTaggerTests
{
    private static string[] Tokens(string sentence) => sentence.Split(' ');

    private static void AssertTags(string sentence, params (string Token, string Tag)[] expected)
    {
        string[] tokens = Tokens(sentence);
        string[] tags = EntityTagger.Default.Tag(tokens);
        Assert.Equal(tokens.Length, tags.Length);
        foreach (var (token, tag) in expected)
        {
            int i = Array.IndexOf(tokens, token);
            Assert.True(i >= 0, $"'{token}' is not in the sentence");
            Assert.True(tag == tags[i], $"{token}: expected {tag}, got {tags[i]} in: {string.Join(' ', tokens.Zip(tags, (w, t) => $"{w}/{t}"))}");
        }
    }

    [Fact]
    public void Tags_people_places_and_organisations_in_mixed_case_news()
    {
        AssertTags(
            "Presiden Joko Widodo meresmikan jalan tol di Surabaya bersama Menteri BUMN Rini Soemarno dan direksi PT Jasa Marga .",
            ("Presiden", "O"), ("Joko", "B-PER"), ("Widodo", "I-PER"), ("Surabaya", "B-LOC"), ("Rini", "B-PER"), ("Soemarno", "I-PER"), ("PT", "B-ORG"), ("Marga", "I-ORG"));
    }

    [Fact]
    public void Tags_lower_case_text()
    {
        AssertTags(
            "presiden joko widodo meresmikan jalan tol di surabaya bersama menteri bumn rini soemarno .",
            ("joko", "B-PER"), ("widodo", "I-PER"), ("surabaya", "B-LOC"), ("rini", "B-PER"));
    }

    [Fact]
    public void Tags_all_caps_text()
    {
        AssertTags(
            "PRESIDEN JOKO WIDODO MERESMIKAN JALAN TOL DI SURABAYA .",
            ("JOKO", "B-PER"), ("WIDODO", "I-PER"), ("SURABAYA", "B-LOC"), ("MERESMIKAN", "O"));
    }

    [Fact]
    public void A_sentence_longer_than_a_window_is_tagged_to_its_end()
    {
        // Symbols over two windows, then a name in the third: every window is tagged, to the sentence's end.
        string[] tokens = [.. Enumerable.Repeat("(", 2_500), .. Tokens("kata Presiden Joko Widodo di Surabaya .")];
        string[] tags = EntityTagger.Default.Tag(tokens);
        Assert.Equal(tokens.Length, tags.Length);
        Assert.Equal("B-PER", tags[Array.IndexOf(tokens, "Joko")]);
        Assert.Equal("I-PER", tags[Array.IndexOf(tokens, "Widodo")]);
        Assert.Equal("B-LOC", tags[Array.IndexOf(tokens, "Surabaya")]);
        Assert.All(tags.Take(2_500), t => Assert.Equal("O", t));
    }

    [Fact]
    public void Tag_of_an_empty_sentence_is_empty()
    {
        Assert.Empty(EntityTagger.Default.Tag([]));
    }

    [Fact]
    public void Tag_rejects_null_tokens()
    {
        Assert.Throws<ArgumentNullException>(() => EntityTagger.Default.Tag(null!));
        Assert.Throws<ArgumentNullException>(() => EntityTagger.Default.Tag(["Jakarta", null!]));
    }

    [Fact]
    public void Tags_pathological_tokens_without_failing()
    {
        string[] tokens = ["\uD800", "", new string('a', 10000), "\0", "😀", "Jakarta", "-", "\u200B"];
        string[] tags = EntityTagger.Default.Tag(tokens);
        Assert.Equal(tokens.Length, tags.Length);
    }

    [Fact]
    public void Tags_a_very_long_sentence_in_valid_BIO()
    {
        var tokens = Enumerable.Range(0, 20000).Select(i => i % 7 == 0 ? "Jakarta" : i % 5 == 0 ? "Budi" : "dan").ToArray();
        string[] tags = EntityTagger.Default.Tag(tokens);
        Assert.Equal(tokens.Length, tags.Length);
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i].StartsWith("I-", StringComparison.Ordinal))
            {
                Assert.True(i > 0 && tags[i - 1][2..] == tags[i][2..], $"I tag at {i} does not continue a span");
            }
        }
    }

    [Fact]
    public void Default_model_is_described()
    {
        Assert.Contains("trained on", EntityTagger.Default.ModelDescription, StringComparison.Ordinal);
    }
}
