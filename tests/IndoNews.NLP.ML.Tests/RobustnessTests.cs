using FsCheck;
using FsCheck.Fluent;
using IndoNews.NLP.Stopwords;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace IndoNews.NLP.ML.Tests;

public class RobustnessTests
{
    private readonly MLContext _mlContext = new(seed: 1);

    [Fact]
    public void A_huge_text_does_not_leave_its_token_buffer_with_the_thread()
    {
        string huge = string.Concat(Enumerable.Repeat("Pemerintah membangun jalan tol baru di Jawa Barat. ", 10_000)); // 90,000 tokens
        // A fresh thread, so that no other test's buffer is in play.
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                Assert.Equal(4, IndonesianTextAnalysis.Lemmas("Presiden meresmikan jalan tol.", removeStopwords: false).Length);
                Assert.True(IndonesianTextAnalysis.HasThreadBuffer);
                Assert.Equal(10_000 * 8, IndonesianTextAnalysis.Tokens(huge).Length);
                Assert.False(IndonesianTextAnalysis.HasThreadBuffer);
                Assert.Equal(["presiden", "resmi"], IndonesianTextAnalysis.Lemmas("Presiden meresmikan", removeStopwords: false));
                Assert.True(IndonesianTextAnalysis.HasThreadBuffer);
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null) throw failure;
    }

    [Fact]
    public void Odd_text_passes_through_every_text_transform_without_error()
    {
        string huge = string.Concat(Enumerable.Repeat("Pemerintah membangun jalan tol baru di Jawa Barat. ", 20_000));
        string[] texts =
        [
            "teks dengan surrogate tunggal \ud83d di tengah",
            "\0\u0001\u0002 biner \uFFFE\uFFFF",
            "\u200B\u200D\uFEFF",
            new string('-', 10_000),
            huge,
        ];
        var data = TestData.Texts(_mlContext, texts);
        var output = _mlContext.Transforms.Text.TokenizeIndonesian("Tokens", "Text")
            .Append(_mlContext.Transforms.Text.RemoveIndonesianStopWords("Content", "Tokens"))
            .Append(_mlContext.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text", removeStopwords: true))
            .Fit(data).Transform(data);

        string[][] tokens = TestData.TextVectors(output, "Tokens");
        string[][] lemmas = TestData.TextVectors(output, "Lemmas");
        Assert.Contains("surrogate", tokens[0]);
        Assert.Contains("biner", tokens[1]);
        Assert.Empty(lemmas[3]);

        // 20,000 copies of an 8-word sentence; "baru" and "di" are stopwords, so 6 lemmas each.
        Assert.Equal(20_000 * 8, tokens[4].Length);
        Assert.Equal(20_000 * 6, lemmas[4].Length);
    }

    [Fact]
    public void RemoveIndonesianStopWords_keeps_exactly_the_non_stopwords_in_order()
    {
        var words = Gen.Elements("yang", "Yang", "DI", "presiden", "Jakarta", "nya", "sepak", "bola", "tidak", "", "ke-5", "\ud83d")
            .ArrayOf();
        Prop.ForAll(words.ToArbitrary(), items =>
        {
            var data = _mlContext.Data.LoadFromEnumerable([new TokensRow { Tokens = items }]);
            var output = _mlContext.Transforms.Text.RemoveIndonesianStopWords("Content", "Tokens").Fit(data).Transform(data);
            string[] content = TestData.TextVectors(output, "Content").Single();
            var expected = items.Where(w => w.Length > 0 && !IndonesianStopwords.Default.Contains(w));
            return content.SequenceEqual(expected);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    public sealed class TokensRow
    {
        [VectorType]
        public string[] Tokens { get; set; } = [];
    }
}
