using IndoNews.NLP.News;

namespace IndoNews.NLP.Tests.News;

/// <summary>The entity linker's index of sentence ends answers as a scan of the stretch would.</summary>
public class SentenceEndIndexTests
{
    [Theory]
    [InlineData("Rudolof Yanto Basna bermain. Yanto Basna", 19, 35, true)]
    [InlineData("Rudolof Yanto Basna bermain, Yanto Basna", 19, 35, false)]
    [InlineData("Rudolof Yanto Basna bermain\nYanto Basna", 19, 35, true)]
    [InlineData("Basna bermain. Yanto", 5, 14, false)] // the stop's white space lies outside the stretch
    [InlineData("Basna bermain. Yanto", 5, 15, true)]
    [InlineData("Dr. Yanto", 3, 9, false)] // the stop lies before the stretch
    [InlineData("Ya?! Tidak", 0, 10, true)]
    [InlineData("1.500.000 orang", 0, 15, false)]
    public void A_stretch_holds_a_sentence_end_where_a_scan_finds_one(string text, int start, int end, bool expected)
    {
        Assert.Equal(expected, new SentenceEndIndex(text).Between(start, end));
        Assert.Equal(expected, Scan(text.AsSpan(start, end - start)));
    }

    [Fact]
    public void Every_stretch_of_a_news_text_agrees_with_a_scan()
    {
        const string text = "JAKARTA - Menteri Luar Negeri Rusia Sergei Lavrov bertemu John Kerry di Moskow, Sabtu (2/7). Lavrov mengatakan, "
                            + "\"Kami setuju!\" Kerry tidak menjawab?\nDr. Ahmad Yani dan Ir. H. Joko Widodo tiba... pukul 10.30 WIB.\r\nSelesai.";
        var index = new SentenceEndIndex(text);
        for (int start = 0; start <= text.Length; start++)
        {
            for (int end = start; end <= text.Length; end++)
            {
                Assert.True(Scan(text.AsSpan(start, end - start)) == index.Between(start, end), $"[{start}, {end})");
            }
        }
    }

    // What the linker scanned before: a full stop, question or exclamation mark before white space, or a line break.
    private static bool Scan(ReadOnlySpan<char> between)
    {
        for (int i = 0; i < between.Length; i++)
        {
            char c = between[i];
            if (c == '\n' || (c is '.' or '?' or '!' && i + 1 < between.Length && char.IsWhiteSpace(between[i + 1]))) return true;
        }

        return false;
    }
}
