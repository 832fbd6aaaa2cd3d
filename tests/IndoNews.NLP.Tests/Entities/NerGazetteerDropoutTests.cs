using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

/// <summary>
/// <see cref="NerTrainingOptions.GazetteerDropout"/>: that share of the training sentences, drawn once from the seed,
/// is prepared without the gazetteer features, so the model also learns names that no list holds.
/// </summary>
public sealed class NerGazetteerDropoutTests
{
    private static readonly string[][] Sentences =
    [
        ["Presiden", "Joko", "Widodo", "meresmikan", "jalan", "tol", "di", "Bekasi", "."],
        ["Pelatih", "Persib", "mengaku", "puas", "dengan", "hasil", "di", "Bandung", "."],
        ["Menteri", "Keuangan", "Sri", "Mulyani", "berbicara", "di", "gedung", "DPR", "."],
        ["KPK", "memeriksa", "dua", "saksi", "di", "Jakarta", "Selatan", "kemarin", "."],
    ];

    private static readonly Gazetteer Lists = GazetteerFiles.Load(Path.Combine(SharedData.RepoRoot, "data", "ner", "gazetteers"));

    private static NerTrainingExample Example(string[] tokens) =>
        new(new NerSentence(tokens, new byte[tokens.Length]), null, 1, "test");

    private static NerPreparedSentence[] Prepare(Gazetteer gazetteer, double dropout, int seed, int copies)
    {
        var extractor = new NerFeatureExtractor(20, gazetteer, WordProfiles.Empty);
        var trainer = new NerTrainer(extractor, new NerTrainingOptions { GazetteerDropout = dropout, Seed = seed });
        var examples = Enumerable.Range(0, copies).SelectMany(_ => Sentences).Select(Example).ToList();
        return trainer.PrepareTraining(examples);
    }

    [Fact]
    public void Every_sentence_loses_exactly_its_gazetteer_features_at_dropout_one()
    {
        var withLists = Prepare(Lists, 0, 1, 1);
        var dropped = Prepare(Lists, 1, 1, 1);
        var noLists = Prepare(Gazetteer.Empty, 0, 1, 1);
        for (int i = 0; i < Sentences.Length; i++)
        {
            Assert.Equal(noLists[i].Ids, dropped[i].Ids);
            Assert.Equal(noLists[i].Offsets, dropped[i].Offsets);
            Assert.True(withLists[i].Ids.Length > dropped[i].Ids.Length, $"sentence {i} has no listed name");
        }
    }

    [Fact]
    public void About_the_given_share_of_sentences_is_dropped_and_the_seed_decides_which()
    {
        const int Copies = 100;
        var withLists = Prepare(Lists, 0, 1, Copies);
        bool[] Dropped(int seed)
        {
            var prepared = Prepare(Lists, 0.5, seed, Copies);
            return [.. prepared.Select((p, i) => p.Ids.Length < withLists[i].Ids.Length)];
        }

        bool[] first = Dropped(1);
        int count = first.Count(d => d);
        Assert.InRange(count, 150, 250);
        Assert.Equal(first, Dropped(1));
        Assert.NotEqual(first, Dropped(2));
        Assert.Equal(withLists.Select(p => p.Ids), Prepare(Lists, 0, 7, Copies).Select(p => p.Ids));
    }
}
