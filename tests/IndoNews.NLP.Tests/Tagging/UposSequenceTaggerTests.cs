using IndoNews.NLP.Cli.Commands;
using IndoNews.NLP.Cli.Formats;
using IndoNews.NLP.Entities;
using IndoNews.NLP.Tagging;
using IndoNews.NLP.Tests.Stemming;

namespace IndoNews.NLP.Tests.Tagging;

/// <summary>
/// The sequence UPOS tagger (tag transitions, Viterbi; <c>eval lemma --pos tagger --tagger sequence --tagger-profiles</c>)
/// trained on the UD treebanks in ../shared with the shipped NER model's word profiles.
/// </summary>
public class UposSequenceTaggerTests
{
    private static readonly Lazy<(UposTagger Tagger, List<List<GoldWord>> Held)> Trained = new(() =>
    {
        var profiles = NerModelFormat.Read(DataFiles.Resolve(EntityTagger.ShippedModel)).Extractor.Profiles;
        return UposTestData.TrainAndHoldOut(sentences => UposSequenceTrainer.Train(sentences, 0, profiles: profiles));
    });

    private static string[] TagAll(string words)
    {
        var tokens = UdTestTokens.Words(words);
        return [.. Enumerable.Range(0, tokens.Length).Select(i => Trained.Value.Tagger.Tag(tokens, i))];
    }

    [Fact]
    public void Tags_held_out_gsd_sentences_better_than_nine_words_in_ten()
    {
        var (tagger, held) = Trained.Value;
        Assert.True(tagger.IsSequence);
        double accuracy = UposTestData.Accuracy(tagger, held);

        // Measured 92.17 (eval lemma --folds 5 --pos tagger --tagger sequence --tagger-profiles, all folds) against 91.49
        // for the token tagger without profiles.
        Assert.True(accuracy >= 90.5, $"UPOS accuracy {accuracy:F2} < 90.5");
    }

    [Fact]
    public void A_capitalised_first_word_is_a_noun_before_its_object_and_a_name_before_a_surname()
    {
        // Kedatangan (arrival) opens the sentence with a capital only because it is first.
        Assert.Equal("NOUN", TagAll("Kedatangan rombongan presiden disambut warga di bandara .")[0]);
        Assert.Equal("PROPN", TagAll("Susilo Bambang Yudhoyono tiba di Jakarta kemarin .")[0]);
    }

    [Fact]
    public void Tags_the_words_of_a_sentence_in_context()
    {
        string[] tags = TagAll("Presiden Joko Widodo meresmikan jembatan baru di Jakarta .");
        Assert.Equal(["PROPN", "PROPN", "PROPN", "VERB", "NOUN", "ADJ", "ADP", "PROPN", "PUNCT"], tags);
    }

    [Fact]
    public void Tags_each_sentence_of_a_longer_text_as_that_sentence_alone()
    {
        // The sentence cache must not serve one sentence's tags for another's tokens.
        string[] alone = TagAll("Kedatangan rombongan presiden disambut warga di bandara .");
        string[] joined = TagAll("Presiden Joko Widodo meresmikan jembatan baru di Jakarta . Kedatangan rombongan presiden disambut warga di bandara .");
        Assert.Equal(alone, joined[9..]);
    }

    [Fact]
    public void A_saved_sequence_tagger_loads_with_the_same_tags_given_its_profiles()
    {
        var (tagger, held) = Trained.Value;
        string path = Path.Combine(Path.GetTempPath(), $"indonews-upos-seq-{Guid.NewGuid():N}.bin");
        try
        {
            using (var stream = File.Create(path)) tagger.Save(stream);
            Assert.Throws<InvalidDataException>(() => UposTagger.Load(path));
            var loaded = UposTagger.Load(path, () => tagger.Profiles!);
            Assert.True(loaded.IsSequence);
            foreach (var sentence in held.Take(40))
            {
                var tokens = EvalLemmaCommand.GoldTokens(sentence);
                for (int i = 0; i < tokens.Length; i++) Assert.Equal(tagger.Tag(tokens, i, 15), loaded.Tag(tokens, i, 15));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
