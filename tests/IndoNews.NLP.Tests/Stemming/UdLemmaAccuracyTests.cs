using IndoNews.NLP.Cli.Commands;
using IndoNews.NLP.Cli.Formats;
using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>
/// Lemma accuracy on gold tokenization against the UD treebanks in ../shared (what <c>indonews eval lemma</c>
/// reports). The floors sit just under the measured figures so that a regression fails.
/// </summary>
public class UdLemmaAccuracyTests
{
    [Fact]
    public void Gsd_style_on_gsd_test()
    {
        var score = Score(SharedData.Require("data/ud/UD_Indonesian-GSD/id_gsd-ud-test.conllu"), UdLemmatizer.Gsd);
        Assert.True(score.Accuracy >= 97.4, $"GSD test lemma accuracy {score.Accuracy:F2} < 97.4");
    }

    [Fact]
    public void Csui_style_on_csui_test()
    {
        var score = Score(SharedData.Require("data/ud/UD_Indonesian-CSUI/id_csui-ud-test.conllu"), UdLemmatizer.Csui);
        Assert.True(score.Accuracy >= 99.1, $"CSUI test lemma accuracy {score.Accuracy:F2} < 99.1");
    }

    [Fact]
    public void Each_style_is_far_worse_on_the_other_treebank_which_is_why_both_exist()
    {
        // The conventions differ (nya/dia, case, tersebut/sebut): the wrong style costs points.
        string gsdTest = SharedData.Require("data/ud/UD_Indonesian-GSD/id_gsd-ud-test.conllu");
        Assert.True(Score(gsdTest, UdLemmatizer.Csui).Accuracy < Score(gsdTest, UdLemmatizer.Gsd).Accuracy - 3);
    }

    [Fact]
    public void Gsd_dev_cross_validated_from_its_own_folds()
    {
        var gold = ConlluLemmaReader.Read(SharedData.Require("data/ud/UD_Indonesian-GSD/id_gsd-ud-dev.conllu"));
        var other = ConlluLemmaReader.Read(SharedData.Require("data/ud/UD_Indonesian-CSUI/id_csui-ud-train.conllu"));
        var shipped = UdLemmatizer.Gsd.Model;
        var score = new EvalLemmaCommand.LemmaScore();
        const int k = 5;
        for (int fold = 0; fold < k; fold++)
        {
            var training = gold.Where((_, i) => i % k != fold).Select(Pairs);
            var model = UdLemmaTrainer.Train(training, UdLemmaConventions.Gsd, shipped.CorpusFrequencies, shipped.Weights, other.Select(Pairs), shipped.CorpusFamilies, shipped.AfterDi);
            var lemmatizer = new UdLemmatizer(model.WithRoots(shipped.RootLexicon, shipped.Stemmer), UdLemmaConventions.Gsd);
            for (int i = fold; i < gold.Count; i += k) score.Add(gold[i], lemmatizer);
        }

        Assert.True(score.Accuracy >= 98.0, $"GSD dev 5-fold lemma accuracy {score.Accuracy:F2} < 98.0");
    }

    private static IReadOnlyList<(string, string)> Pairs(List<GoldWord> sentence) => [.. sentence.Select(w => (w.Form, w.Lemma))];

    private static EvalLemmaCommand.LemmaScore Score(string path, ILemmatizer lemmatizer)
    {
        var score = new EvalLemmaCommand.LemmaScore();
        foreach (var sentence in ConlluLemmaReader.Read(path)) score.Add(sentence, lemmatizer);
        return score;
    }
}
