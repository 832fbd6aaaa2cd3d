using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Tests.Internal;

public class TextSpanSetTests
{
    private const string Text = "Gubernur DKI Jakarta Anies Baswedan bertemu Wakil Gubernur Sandiaga Uno di Balai Kota Jakarta, Senin.";

    // Every word token of the text as (start, length).
    private static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var tokens = Pipeline.CreateBuilder().Build().Process(text).Tokens;
        return tokens.Where(t => t.Kind == TokenKind.Word).Select(t => (t.Start, t.End - t.Start));
    }

    [Fact]
    public void Holds_each_word_of_the_text_once_and_finds_it_by_any_span_with_its_characters()
    {
        using var set = new TextSpanSet(Text);
        int added = 0;
        foreach (var (start, length) in Words(Text))
        {
            if (set.Add(start, length)) added++;
        }

        // "Gubernur" and "Jakarta" twice: 15 word tokens, 13 words.
        Assert.Equal(13, added);
        Assert.Equal(13, set.Count);
        Assert.True(set.Contains("Jakarta"));
        Assert.True(set.Contains("Senin.Sandiaga".AsSpan(6)));
        Assert.False(set.Contains("jakarta")); // ordinal: case counts
        Assert.False(set.Contains("Jakart"));
        Assert.False(set.Contains("Bandung"));
    }

    [Fact]
    public void Grows_past_its_first_arrays_and_keeps_every_word()
    {
        // Two hundred distinct words (the first arrays hold sixteen): each found after all the growth.
        string text = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"Desa{i}"));
        using var set = new TextSpanSet(text);
        var words = Words(text).ToList();
        foreach (var (start, length) in words) Assert.True(set.Add(start, length));
        foreach (var (start, length) in words) Assert.False(set.Add(start, length));
        Assert.Equal(200, set.Count);
        for (int i = 0; i < 200; i++) Assert.True(set.Contains($"Desa{i}"), $"Desa{i}");
        Assert.False(set.Contains("Desa200"));
    }

    [Fact]
    public void After_dispose_the_set_is_empty()
    {
        var set = new TextSpanSet(Text);
        set.Add(0, "Gubernur".Length);
        Assert.True(set.Contains("Gubernur"));
        set.Dispose();
        Assert.Equal(0, set.Count);
        Assert.False(set.Contains("Gubernur"));
    }
}
