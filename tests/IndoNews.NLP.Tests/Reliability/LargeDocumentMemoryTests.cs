namespace IndoNews.NLP.Tests.Reliability;

// One document of megabytes (an archive dumped as one text): what the pipeline and the JSON writer allocate per input
// character. Before the JSON went straight from the document, writing it allocated about 36 bytes per character (an
// object and a substring per token, the text escaped whole into a rented array); analysing allocated about 54 (the
// token array grown by doubling and then copied out of a pooled one). 57 MB of text needed 4.3 GB of RAM.
public class LargeDocumentMemoryTests
{
    // IndoSum articles 1-1500 (the development half), joined with blank lines: about 3.1 million characters.
    private static string DevelopmentArticles()
    {
        var articles = File.ReadLines(SharedData.Require("data/corpus/indosum/articles.txt")).Take(1500).Where(a => a.Length > 0);
        return string.Join("\n\n", articles);
    }

    [Fact]
    public void A_document_of_megabytes_is_analysed_and_written_with_few_bytes_per_character()
    {
        string text = DevelopmentArticles();
        Assert.True(text.Length > 2_000_000, $"only {text.Length:N0} characters");
        Pipeline.Analyze("Pemanasan di Jakarta, Sabtu (2/7)."); // load the models first

        long start = GC.GetAllocatedBytesForCurrentThread();
        var document = Pipeline.Analyze(text);
        long analysed = GC.GetAllocatedBytesForCurrentThread();
        document.WriteJson(Stream.Null);
        document.WriteJson(Stream.Null, indented: true);
        long written = GC.GetAllocatedBytesForCurrentThread();

        double analysing = (double)(analysed - start) / text.Length;
        double writing = (double)(written - analysed) / text.Length;

        // Measured: about 40 and 0.1 bytes per character (both JSON forms together).
        Assert.True(writing < 2, $"writing the JSON allocated {writing:F1} bytes per input character");
        Assert.True(analysing < 48, $"analysing allocated {analysing:F1} bytes per input character");
        Assert.True(document.Tokens.Count > text.Length / 8, $"{document.Tokens.Count:N0} tokens");
    }

    [Fact]
    public void The_streamed_json_of_a_large_document_is_the_json_string()
    {
        // The text goes out in segments: one longer than a segment, with quotes, line breaks and a pair of surrogates.
        string text = DevelopmentArticles()[..200_000] + "\n\"Kutipan\" \U0001F600 selesai.";
        var document = Pipeline.Analyze(text);
        foreach (bool indented in new[] { false, true })
        {
            using var stream = new MemoryStream();
            document.WriteJson(stream, indented);
            string json = document.ToJson(indented);
            Assert.Equal(json, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            using var parsed = System.Text.Json.JsonDocument.Parse(json);
            Assert.Equal(text, parsed.RootElement.GetProperty("text").GetString());
            Assert.Equal(document.Tokens.Count, parsed.RootElement.GetProperty("tokens").GetArrayLength());
        }
    }

    [Fact]
    public void A_long_token_list_filled_in_order_grows_to_its_predicted_size()
    {
        // 2^20 tokens have filled the first tenth of a text: the list grows to about ten times that, not to twice.
        string text = new('a', 20_000_000);
        var next = new Token(text, 2_000_000, 2_000_001, TokenKind.Word);
        int grown = TokenList.GrownCapacity(1 << 20, next);
        Assert.InRange(grown, 10 << 20, 11 << 20);

        // A short list still doubles; a token out of order cannot ask for more than one per character.
        Assert.Equal(2 << 10, TokenList.GrownCapacity(1 << 10, next));
        Assert.Equal(text.Length + 16, TokenList.GrownCapacity(1 << 20, new Token(text, 1, 2, TokenKind.Word)));
    }
}
