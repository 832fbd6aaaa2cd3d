using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

/// <summary>
/// <see cref="NerTrainingOptions.GazetteerMatchDropout"/>: each occurrence of a listed phrase in a training sentence
/// loses its gazetteer features with that probability, on its own, so a sentence can keep some of its listed names and
/// lose others (the sentence dropout, <see cref="NerTrainingOptions.GazetteerDropout"/>, drops all or none);
/// <see cref="NerTrainingOptions.GazetteerDropoutCategories"/> limits either dropout to some lists (the person names).
/// </summary>
public sealed class NerGazetteerMatchDropoutTests
{
    private static readonly string[][] Sentences =
    [
        ["Presiden", "Joko", "Widodo", "meresmikan", "jalan", "tol", "di", "Bekasi", "."],
        ["Pelatih", "Persib", "mengaku", "puas", "dengan", "hasil", "di", "Bandung", "."],
        ["Menteri", "Keuangan", "Sri", "Mulyani", "berbicara", "di", "gedung", "DPR", "."],
        ["KPK", "memeriksa", "dua", "saksi", "di", "Jakarta", "Selatan", "kemarin", "."],
    ];

    private static readonly string Shipped = Path.Combine(SharedData.RepoRoot, "data", "ner", "gazetteers");

    private static readonly Gazetteer Lists = GazetteerFiles.Load(Shipped);

    private const byte PersonNames = 1 << (int)GazetteerCategory.PersonName;

    /// <summary>The shipped lists without <c>person-names.txt</c>.</summary>
    private static readonly Gazetteer ListsWithoutPersons = Gazetteer.Build(
        GazetteerFiles.Files.Where(f => f.Value != GazetteerCategory.PersonName)
            .SelectMany(f => GazetteerFiles.ReadPhrases(Path.Combine(Shipped, f.Key + ".txt")).Select(p => (Gazetteer.SplitPhrase(p), f.Value))));

    private static NerTrainingExample Example(string[] tokens) =>
        new(new NerSentence(tokens, new byte[tokens.Length]), null, 1, "test");

    private static NerPreparedSentence[] Prepare(Gazetteer gazetteer, NerTrainingOptions options, int copies = 1)
    {
        var extractor = new NerFeatureExtractor(20, gazetteer, WordProfiles.Empty);
        var examples = Enumerable.Range(0, copies).SelectMany(_ => Sentences).Select(Example).ToList();
        return new NerTrainer(extractor, options).PrepareTraining(examples);
    }

    private static void AssertSameFeatures(NerPreparedSentence[] expected, NerPreparedSentence[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Ids, actual[i].Ids);
            Assert.Equal(expected[i].Offsets, actual[i].Offsets);
        }
    }

    [Fact]
    public void At_probability_one_every_match_loses_its_features()
    {
        var withLists = Prepare(Lists, new NerTrainingOptions());
        var dropped = Prepare(Lists, new NerTrainingOptions { GazetteerMatchDropout = 1 });
        AssertSameFeatures(Prepare(Gazetteer.Empty, new NerTrainingOptions()), dropped);
        for (int i = 0; i < Sentences.Length; i++)
        {
            Assert.True(withLists[i].Ids.Length > dropped[i].Ids.Length, $"sentence {i} has no listed name");
        }
    }

    [Fact]
    public void Each_match_is_dropped_on_its_own_and_the_seed_decides_which()
    {
        // "Presiden" (a title) and "Bekasi" (a place) in one sentence: the matches are drawn independently.
        string[] tokens = Sentences[0];
        ulong[] hashes = [.. tokens.Select(t => FeatureHash.OfLower(t))];
        int presiden = Array.IndexOf(tokens, "Presiden"), bekasi = Array.IndexOf(tokens, "Bekasi");
        (bool Title, bool Place)[] Draw(ulong seed)
        {
            var dropout = new GazetteerMatchDropout(0.5, GazetteerMatchDropout.AllCategories, seed);
            var inside = new byte[tokens.Length];
            var begin = new byte[tokens.Length];
            var end = new byte[tokens.Length];
            var kept = new (bool, bool)[400];
            for (int k = 0; k < kept.Length; k++)
            {
                Lists.Match(hashes, inside, begin, end, dropout);
                kept[k] = (inside[presiden] != 0, inside[bekasi] != 0);
            }

            return kept;
        }

        var first = Draw(1);
        Assert.InRange(first.Count(k => k.Title), 150, 250);
        Assert.InRange(first.Count(k => k.Place), 150, 250);
        Assert.InRange(first.Count(k => k.Title && !k.Place), 60, 140);
        Assert.InRange(first.Count(k => !k.Title && k.Place), 60, 140);
        Assert.Equal(first, Draw(1));
        Assert.NotEqual(first, Draw(2));
    }

    [Fact]
    public void Prepared_sentences_keep_part_of_their_listed_names_which_the_sentence_dropout_never_does()
    {
        const int Copies = 100;
        int full = Prepare(Lists, new NerTrainingOptions()).Length;
        var withLists = Prepare(Lists, new NerTrainingOptions(), Copies);
        var noLists = Prepare(Gazetteer.Empty, new NerTrainingOptions(), Copies);
        int Partial(NerTrainingOptions options) => Prepare(Lists, options, Copies)
            .Where((p, i) => p.Ids.Length < withLists[i].Ids.Length && p.Ids.Length > noLists[i].Ids.Length).Count();

        Assert.Equal(Sentences.Length, full);
        Assert.InRange(Partial(new NerTrainingOptions { GazetteerMatchDropout = 0.5 }), 100, 400);
        Assert.Equal(0, Partial(new NerTrainingOptions { GazetteerDropout = 0.5 }));
        AssertSameFeatures(withLists, Prepare(Lists, new NerTrainingOptions { GazetteerMatchDropout = 0 }, Copies));
    }

    [Fact]
    public void Limited_to_the_person_names_a_dropout_leaves_the_other_lists_alone()
    {
        var withoutPersons = Prepare(ListsWithoutPersons, new NerTrainingOptions());
        var matches = Prepare(Lists, new NerTrainingOptions { GazetteerMatchDropout = 1, GazetteerDropoutCategories = PersonNames });
        var sentences = Prepare(Lists, new NerTrainingOptions { GazetteerDropout = 1, GazetteerDropoutCategories = PersonNames });
        AssertSameFeatures(withoutPersons, matches);
        AssertSameFeatures(withoutPersons, sentences);

        // "Joko Widodo" and "Sri Mulyani" lose their person features; "Presiden", "Bekasi", "Menteri Keuangan" and "DPR" keep theirs.
        var withLists = Prepare(Lists, new NerTrainingOptions());
        var noLists = Prepare(Gazetteer.Empty, new NerTrainingOptions());
        foreach (int i in new[] { 0, 2 })
        {
            Assert.True(matches[i].Ids.Length < withLists[i].Ids.Length, $"sentence {i} kept its person names");
            Assert.True(matches[i].Ids.Length > noLists[i].Ids.Length, $"sentence {i} lost its other lists");
        }
    }
}
