using IndoNews.NLP.Cli;
using IndoNews.NLP.Cli.Evaluation;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Tests.Evaluation;

/// <summary>
/// The scorer against published figures, and the tokenizer and splitter against the tuning splits
/// (GSD dev, CSUI train) as regression floors. Test splits are not used here.
/// </summary>
public class UdSharedDataTests
{
    [Theory]
    [InlineData("Stanford-18", 94.32, 99.63)]
    [InlineData("UDPipe-Future", 93.53, 99.60)]
    [InlineData("HIT-SCIR-18", 93.47, 92.18)]
    public void ScorerReproducesPublishedConll2018Scores(string system, double sentences, double lemmas)
    {
        string dir = SharedData.Require("data/ud/UD_Indonesian-GSD-CoNLL2018");
        var gold = ConlluReader.ReadFile(Path.Combine(dir, "id_gsd-conll18-test-gold.conllu"));
        var output = ConlluReader.ReadFile(Path.Combine(dir, "systems", system + ".conllu"));
        var result = UdScorer.Evaluate(gold, output);
        Assert.Equal(100.0, result.Tokens.F1 * 100, 2);
        Assert.Equal(sentences, result.Sentences.F1 * 100, 2);
        Assert.Equal(lemmas, result.Lemmas.F1 * 100, 2);
    }

    [Theory]
    [InlineData("data/ud/UD_Indonesian-GSD/id_gsd-ud-dev.conllu", TokenizationStyle.UdGsd, 99.9, 86.0, 99.6)]
    [InlineData("data/ud/UD_Indonesian-CSUI/id_csui-ud-train.conllu", TokenizationStyle.News, 99.75, 94.0, 99.6)]
    public void TuningSplitsStayAboveTheirFloors(string path, TokenizationStyle style, double tokens, double sentences, double words)
    {
        var texts = new List<string>();
        var gold = ConlluReader.ReadFile(SharedData.Require(path), texts);
        var pipeline = CliPipelines.Create("root", news: false, style);
        var result = UdScorer.Evaluate(gold, DocumentToUd.Convert(pipeline.Process(string.Join(' ', texts))));
        Assert.True(result.Tokens.F1 * 100 >= tokens, $"Tokens {result.Tokens.F1 * 100:F2} < {tokens}");
        Assert.True(result.Sentences.F1 * 100 >= sentences, $"Sentences {result.Sentences.F1 * 100:F2} < {sentences}");
        Assert.True(result.Words.F1 * 100 >= words, $"Words {result.Words.F1 * 100:F2} < {words}");
    }
}
