using IndoNews.NLP.Cli.Commands;
using IndoNews.NLP.Cli.Formats;
using IndoNews.NLP.Tagging;

namespace IndoNews.NLP.Tests.Tagging;

/// <summary>
/// The split both UPOS tagger test classes train and score on: GSD dev minus every fifth sentence plus CSUI train (as the
/// second domain) to train, GSD dev's every fifth sentence held out.
/// </summary>
internal static class UposTestData
{
    /// <summary>Trains a tagger with <paramref name="train"/> on the training sentences; returns it and the held-out sentences.</summary>
    public static (UposTagger Tagger, List<List<GoldWord>> Held) TrainAndHoldOut(Func<IReadOnlyList<UposTrainer.Sentence>, UposTagger> train)
    {
        var gsd = ConlluLemmaReader.Read(SharedData.Require("data/ud/UD_Indonesian-GSD/id_gsd-ud-dev.conllu"));
        var csui = ConlluLemmaReader.Read(SharedData.Require("data/ud/UD_Indonesian-CSUI/id_csui-ud-train.conllu"));
        var training = gsd.Where((_, i) => i % 5 != 0).ToList();
        List<UposTrainer.Sentence> sentences = [.. EvalLemmaCommand.TaggerSentences(training, 0), .. EvalLemmaCommand.TaggerSentences(csui, 1)];
        return (train(sentences), gsd.Where((_, i) => i % 5 == 0).ToList());
    }

    /// <summary>The percentage of the words of <paramref name="held"/> whose gold UPOS <paramref name="tagger"/> gives.</summary>
    public static double Accuracy(UposTagger tagger, List<List<GoldWord>> held)
    {
        int words = 0, correct = 0;
        foreach (var sentence in held)
        {
            var tokens = EvalLemmaCommand.GoldTokens(sentence);
            for (int i = 0; i < tokens.Length; i++)
            {
                words++;
                if (tagger.Tag(tokens, i) == sentence[i].Upos) correct++;
            }
        }

        return 100.0 * correct / words;
    }
}
