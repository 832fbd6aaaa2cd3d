using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

/// <summary>The training set that <c>indonews train ner</c> builds from ../shared/data/ner.</summary>
public class TrainingDataTests
{
    private static readonly Lazy<(NerTrainingCorpus Corpus, Gazetteer Gazetteer)> Loaded = new(() =>
    {
        string dir = SharedData.Require("data/ner");
        var gazetteer = GazetteerFiles.Load(Path.Combine(SharedData.RepoRoot, "data", "ner", "gazetteers"));
        return (NerTrainingCorpus.Load(dir, new NerCorpusTreatment(gazetteer)), gazetteer);
    });

    [Fact]
    public void No_training_sentence_matches_a_test_sentence_of_any_reported_set()
    {
        SharedData.Require("data/ner");
        var corpus = Loaded.Value.Corpus;
        Assert.NotEmpty(corpus.Training);
        // Rebuild the test keys independently of the loader, from every test split.
        var testKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in NerDataset.All)
        {
            foreach (var s in ConllNerParser.ReadFile(SharedData.Require("data/ner/" + set.Test))) testKeys.Add(SentenceKey.Of(s.Tokens));
        }

        Assert.DoesNotContain(corpus.Training, e => testKeys.Contains(SentenceKey.Of(e.Sentence.Tokens)));
        // The overlap is real: NERP's train split holds some of its own test sentences.
        Assert.True(corpus.DroppedAsTestDuplicates["nerp"] >= 67, $"nerp dropped {corpus.DroppedAsTestDuplicates["nerp"]}");
        Assert.True(corpus.DroppedAsTestDuplicates["idner"] > 0);
    }

    [Fact]
    public void Dropping_dev_duplicates_leaves_no_dev_sentence_in_training()
    {
        string dir = SharedData.Require("data/ner");
        var corpus = NerTrainingCorpus.Load(dir, new NerCorpusTreatment(Loaded.Value.Gazetteer), dropDevDuplicates: true);
        var devKeys = corpus.Dev.Values.SelectMany(d => d).Select(s => SentenceKey.Of(s.Tokens)).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(corpus.Training, e => devKeys.Contains(SentenceKey.Of(e.Sentence.Tokens)));
        // Without the option the corpora do share sentences across dev and train: idner-news-2k's dev split is
        // largely in NER UGM's train split, so the option removes many more NER UGM sentences than test duplicates alone.
        Assert.Contains(Loaded.Value.Corpus.Training, e => devKeys.Contains(SentenceKey.Of(e.Sentence.Tokens)));
        Assert.True(corpus.DroppedAsTestDuplicates["nerugm"] >= Loaded.Value.Corpus.DroppedAsTestDuplicates["nerugm"] + 200, $"nerugm dropped {corpus.DroppedAsTestDuplicates["nerugm"]}");
    }

    [Fact]
    public void Dev_not_in_training_leaves_out_dev_sentences_trained_on_under_another_corpus_and_keeps_the_rest()
    {
        string dir = SharedData.Require("data/ner");
        var corpus = Loaded.Value.Corpus;
        var clean = corpus.DevNotInTraining();

        // Rebuild the keys of NER UGM's kept training sentences independently of the loader.
        var ugmTrain = ConllNerParser.ReadFile(Path.Combine(dir, NerDataset.NerUgm.Train))
            .Select(s => SentenceKey.Of(s.Tokens)).Where(k => !corpus.TestKeys.Contains(k)).ToHashSet(StringComparer.Ordinal);
        var idnerDev = corpus.Dev["idner"];
        var shared = idnerDev.Where(s => ugmTrain.Contains(SentenceKey.Of(s.Tokens))).ToList();

        // idner-news-2k's dev split is largely in NER UGM's train split: those sentences are trained on (as NER UGM
        // sentences) and so leave the dev subset that chooses the epoch.
        Assert.True(shared.Count >= 200, $"{shared.Count} idner dev sentences in NER UGM's train split");
        var ugmTrained = corpus.Training.Where(e => e.Source == "nerugm").Select(e => SentenceKey.Of(e.Sentence.Tokens)).ToHashSet(StringComparer.Ordinal);
        Assert.All(shared, s => Assert.Contains(SentenceKey.Of(s.Tokens), ugmTrained));
        Assert.All(shared, s => Assert.DoesNotContain(s, clean["idner"]));

        // No kept dev sentence is in any training example; every dev sentence left out is in one.
        var trainedKeys = corpus.Training.Select(e => SentenceKey.Of(e.Sentence.Tokens)).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, dev) in corpus.Dev)
        {
            Assert.DoesNotContain(clean[name], s => trainedKeys.Contains(SentenceKey.Of(s.Tokens)));
            Assert.All(dev.Except(clean[name]), s => Assert.Contains(SentenceKey.Of(s.Tokens), trainedKeys));
        }

        // The counts of the training log (data/ner/SOURCE.md, sixth round): NERGrit's dev split is wholly clean.
        Assert.Equal(new[] { 102, 209, 65, 711 }, NerDataset.All.Select(d => clean[d.Name].Count));
        Assert.Equal(new[] { 367, 209, 187, 840 }, NerDataset.All.Select(d => corpus.Dev[d.Name].Count));
    }

    [Fact]
    public void Dev_sentences_are_matched_on_lower_cased_letters_and_digits_and_keep_their_order()
    {
        NerSentence S(params string[] tokens) => new(tokens, new byte[tokens.Length]);
        var dev = new Dictionary<string, List<NerSentence>>(StringComparer.Ordinal)
        {
            ["idner"] = [S("Mereka", "bekerja", "sama", "-", "sama", "."), S("Jokowi", "tiba", "di", "Solo", "."), S("KPK", "memeriksa", "2", "saksi", ".")],
            ["nerp"] = [S("jokowi", "tiba", "di", "solo")],
        };
        var keys = new HashSet<string>(StringComparer.Ordinal) { SentenceKey.Of(["mereka", "bekerja", "sama-sama"]), SentenceKey.Of(["JOKOWI", "TIBA", "DI", "SOLO", "!"]) };
        var clean = NerTrainingCorpus.WithoutKeys(dev, keys);
        Assert.Equal(new[] { dev["idner"][2] }, clean["idner"]);
        Assert.Empty(clean["nerp"]);

        // Digits count: "3 saksi" is another sentence than "2 saksi".
        var other = NerTrainingCorpus.WithoutKeys(dev, new HashSet<string>(StringComparer.Ordinal) { SentenceKey.Of(["KPK", "memeriksa", "3", "saksi"]) });
        Assert.Equal(dev["idner"], other["idner"]);
    }

    [Fact]
    public void Idner_country_names_left_O_become_LOC()
    {
        var treatment = new NerCorpusTreatment(GazetteerFiles.Load(Path.Combine(SharedData.RepoRoot, "data", "ner", "gazetteers")));
        var s = new NerSentence(["Sejumlah", "serangan", "udara", "Israel", "ke", "Amerika", "Serikat", "dan", "Bank", "Indonesia"], [0, 0, 0, 0, 0, 0, 0, 0, 5, 6]);
        byte[] tags = treatment.RelabelCountries(s);
        Assert.Equal(new byte[] { 0, 0, 0, 3, 0, 3, 4, 0, 5, 6 }, tags);
    }

    [Fact]
    public void NerUgm_titles_move_out_of_person_spans()
    {
        var treatment = new NerCorpusTreatment(GazetteerFiles.Load(Path.Combine(SharedData.RepoRoot, "data", "ner", "gazetteers")));
        var s = new NerSentence(["Presiden", "Susilo", "Bambang", "Yudhoyono", "dan", "Pak", "Wiranto", "serta", "Presiden"], [1, 2, 2, 2, 0, 1, 2, 0, 1]);
        Assert.Equal(new byte[] { 0, 1, 2, 2, 0, 0, 1, 0, 1 }, treatment.StripTitles(s));
    }

    [Fact]
    public void NerUgm_organisation_like_tokens_are_acronyms_listed_organisations_and_runs_after_an_organisation_head()
    {
        var treatment = new NerCorpusTreatment(GazetteerFiles.Load(Path.Combine(SharedData.RepoRoot, "data", "ner", "gazetteers")));
        string[] tokens = ["Ketua", "DPR", "dan", "Kementerian", "Luar", "Negeri", "bertemu", "di", "kantor", "Golkar", "bersama", "Budi", "kemarin", "."];
        bool[] like = treatment.OrganizationLike(tokens);
        Assert.Equal(new[] { false, true, false, true, true, true, false, false, false, true, false, false, false, false }, like);

        // Only those O tokens may become ORG; annotated tokens keep their own tag.
        byte[] tags = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0];
        byte[] allowed = NerCorpusTreatment.OrganizationsUncertain(tags, like);
        const byte OrOrg = 1 | (1 << 5) | (1 << 6);
        Assert.Equal(OrOrg, allowed[1]);
        Assert.Equal(OrOrg, allowed[4]);
        Assert.Equal((byte)1, allowed[8]);
        Assert.Equal((byte)(1 << 1), allowed[11]);
        Assert.All(NerCorpusTreatment.OrganizationsUncertain(tags), (a, i) => Assert.Equal(tags[i] == 0 ? OrOrg : (byte)(1 << tags[i]), a));
    }

    [Fact]
    public void NerUgm_joined_spans_split_at_commas_brackets_and_name_pairs()
    {
        // Porong , Sidoarjo (LOC) ; Jokowi - JK (PER) ; Omar al - Beshir (one PER) ; Partai Amanat Nasional ( PAN ) (ORG)
        var s = new NerSentence(
            ["Porong", ",", "Sidoarjo", "Jokowi", "-", "JK", "Omar", "al", "-", "Beshir", "Partai", "Amanat", "Nasional", "(", "PAN", ")"],
            [3, 4, 4, 1, 2, 2, 1, 2, 2, 2, 5, 6, 6, 6, 6, 6]);
        Assert.Equal(new byte[] { 3, 0, 3, 1, 0, 1, 1, 2, 2, 2, 5, 6, 6, 0, 5, 0 }, NerCorpusTreatment.SplitJoinedSpans(s));
    }
}
