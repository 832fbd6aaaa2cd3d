namespace IndoNews.NLP.Tests;

public class PipelineTests
{
    [Fact]
    public void Analyze_gives_tokens_whose_offsets_point_into_the_text()
    {
        const string text = "Menteri Luar Negeri Rusia Sergei Lavrov bertemu John Kerry di Moskow.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal(text, doc.Text);
        Assert.NotEmpty(doc.Tokens);
        foreach (var token in doc.Tokens)
        {
            Assert.Equal(token.Text, text[token.Start..token.End]);
        }

        Assert.Equal("Lavrov", doc.Tokens[5].Text);
        Assert.Equal(".", doc.Tokens[^1].Text);
    }

    [Fact]
    public void Analyze_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => Pipeline.Analyze(null!));
    }

    [Fact]
    public void Analyze_of_empty_text_is_an_empty_document()
    {
        var doc = Pipeline.Analyze(string.Empty);
        Assert.Empty(doc.Tokens);
        Assert.Empty(doc.Sentences);
        Assert.Empty(doc.Entities);
    }

    [Fact]
    public void ProcessMany_preserves_input_order()
    {
        var texts = Enumerable.Range(0, 200).Select(i => $"Berita nomor {i} terbit hari ini.").ToArray();
        var docs = Pipeline.AnalyzeMany(texts, maxDegreeOfParallelism: 4).ToArray();
        Assert.Equal(texts, docs.Select(d => d.Text));
    }

    [Fact]
    public async Task ProcessManyAsync_honours_cancellation()
    {
        using var cts = new CancellationTokenSource();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var doc in Pipeline.AnalyzeManyAsync(Endless(), 2, cts.Token))
            {
                if (++seen == 10) await cts.CancelAsync();
            }
        });
        Assert.Equal(10, seen);

        static async IAsyncEnumerable<string> Endless()
        {
            for (int i = 0; ; i++)
            {
                await Task.Yield();
                yield return $"Kalimat ke-{i}.";
            }
        }
    }

    [Theory]
    [InlineData("Harga cabai naik.")]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Json_of_the_news_pipeline_always_has_the_news_fields(string text)
    {
        using var parsed = System.Text.Json.JsonDocument.Parse(Pipeline.Analyze(text).ToJson());
        var root = parsed.RootElement;
        Assert.Equal(System.Text.Json.JsonValueKind.Null, root.GetProperty("dateline").ValueKind);
        Assert.Equal(JsonValueKindArray, root.GetProperty("paragraphs").ValueKind);
        Assert.Equal(JsonValueKindArray, root.GetProperty("clusters").ValueKind);

        var plain = Pipeline.CreateBuilder().RemoveStages<IndoNews.NLP.News.NewsDocumentStage>().Build();
        using var withoutNews = System.Text.Json.JsonDocument.Parse(plain.Process(text).ToJson());
        Assert.False(withoutNews.RootElement.TryGetProperty("dateline", out _));
        Assert.False(withoutNews.RootElement.TryGetProperty("paragraphs", out _));
    }

    [Fact]
    public void ToJson_uses_the_contract_field_names()
    {
        var json = Pipeline.Analyze("Rusia menuduh AS.").ToJson();
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.Equal("Rusia menuduh AS.", root.GetProperty("text").GetString());
        var first = root.GetProperty("tokens")[0];
        Assert.Equal("Rusia", first.GetProperty("text").GetString());
        Assert.Equal(0, first.GetProperty("start").GetInt32());
        Assert.Equal(5, first.GetProperty("end").GetInt32());
        Assert.Equal("Word", first.GetProperty("kind").GetString());
        Assert.False(first.GetProperty("stopword").GetBoolean());
        Assert.Equal(0, root.GetProperty("sentences")[0].GetProperty("start").GetInt32());
        Assert.Equal(JsonValueKindArray, root.GetProperty("entities").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindArray = System.Text.Json.JsonValueKind.Array;

    [Fact]
    public void A_sentence_of_another_document_is_refused_by_name()
    {
        var longer = Pipeline.Analyze("Menteri Luar Negeri Rusia Sergei Lavrov bertemu John Kerry di Moskow. Keduanya membahas Suriah. Pertemuan berlangsung dua jam.");
        var shorter = Pipeline.Analyze("Presiden tiba di Bandung.");
        var third = longer.Sentences[2];
        Assert.Equal("Pertemuan berlangsung dua jam.", longer.GetText(third));

        var tokens = Assert.Throws<ArgumentOutOfRangeException>(() => shorter.GetTokens(third).Length);
        Assert.Equal("sentence", tokens.ParamName);
        Assert.Contains("another document", tokens.Message, StringComparison.Ordinal);
        var text = Assert.Throws<ArgumentOutOfRangeException>(() => shorter.GetText(third));
        Assert.Equal("sentence", text.ParamName);
        Assert.Contains("another document", text.Message, StringComparison.Ordinal);
    }
}
