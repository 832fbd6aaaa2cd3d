using IndoNews.NLP.Cli.Commands;
using IndoNews.NLP.Cli.Formats;
using IndoNews.NLP.Tagging;
using IndoNews.NLP.Tests.Stemming;

namespace IndoNews.NLP.Tests.Tagging;

/// <summary>The UPOS tagger trained on the UD treebanks in ../shared (what <c>indonews train upos</c> builds).</summary>
public class UposTaggerTests
{
    private static readonly Lazy<(UposTagger Tagger, List<List<GoldWord>> Held)> Trained =
        new(() => UposTestData.TrainAndHoldOut(sentences => UposTrainer.Train(sentences, 0)));

    [Fact]
    public void Tags_held_out_gsd_sentences_at_least_nine_words_in_ten()
    {
        var (tagger, held) = Trained.Value;
        double accuracy = UposTestData.Accuracy(tagger, held);

        // Measured 91.49 (eval lemma --folds 5 --pos tagger, all folds); a tagger that learned nothing useful scores far lower.
        Assert.True(accuracy >= 89.0, $"UPOS accuracy {accuracy:F2} < 89.0");
    }

    [Fact]
    public void Tags_a_plain_news_sentence()
    {
        var tokens = UdTestTokens.Words("Presiden Joko Widodo meresmikan jembatan baru di Jakarta .");
        string[] tags = [.. Enumerable.Range(0, tokens.Length).Select(i => Trained.Value.Tagger.Tag(tokens, i))];
        Assert.Equal("PROPN", tags[1]);
        Assert.Equal("VERB", tags[3]);
        Assert.Equal("NOUN", tags[4]);
        Assert.Equal("ADJ", tags[5]);
        Assert.Equal("ADP", tags[6]);
        Assert.Equal("PUNCT", tags[8]);
    }

    [Fact]
    public void A_saved_tagger_loads_with_the_same_tags_and_an_unsure_tag_is_null()
    {
        var (tagger, held) = Trained.Value;
        string path = Path.Combine(Path.GetTempPath(), $"indonews-upos-{Guid.NewGuid():N}.bin");
        try
        {
            using (var stream = File.Create(path)) tagger.Save(stream);
            var loaded = UposTagger.Load(path);
            Assert.Equal(tagger.FeatureCount, loaded.FeatureCount);
            Assert.Equal(tagger.Tags, loaded.Tags);
            int unsure = 0, words = 0;
            foreach (var sentence in held.Take(40))
            {
                var tokens = EvalLemmaCommand.GoldTokens(sentence);
                for (int i = 0; i < tokens.Length; i++)
                {
                    words++;
                    Assert.Equal(tagger.Tag(tokens, i), loaded.Tag(tokens, i));
                    if (loaded.Tag(tokens, i, 10) is null) unsure++;
                }
            }

            // A margin leaves some words untagged, not all.
            Assert.InRange(unsure, 1, words - 1);

            File.WriteAllBytes(path, [1, 2, 3]);
            Assert.Throws<InvalidDataException>(() => UposTagger.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
