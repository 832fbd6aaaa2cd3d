namespace IndoNews.NLP.Entities;

/// <summary>
/// Assembles the training data from the four corpora: drops every training sentence that equals a
/// test sentence of any corpus we report on (by <see cref="SentenceKey"/>), applies each corpus's
/// treatment (<see cref="NerCorpusTreatment"/>), and keeps the dev splits for model selection.
/// </summary>
internal sealed class NerTrainingCorpus
{
    private NerTrainingCorpus(List<NerTrainingExample> training, Dictionary<string, List<NerSentence>> dev, Dictionary<string, int> dropped, HashSet<string> testKeys, HashSet<string> trainingKeys)
    {
        Training = training;
        Dev = dev;
        DroppedAsTestDuplicates = dropped;
        TestKeys = testKeys;
        TrainingKeys = trainingKeys;
    }

    /// <summary>The training sentences after de-duplication and treatment.</summary>
    public List<NerTrainingExample> Training { get; }

    /// <summary>The dev splits by corpus name.</summary>
    public Dictionary<string, List<NerSentence>> Dev { get; }

    /// <summary>Per corpus: training sentences dropped because a test split (or, when asked, a dev split) holds them.</summary>
    public Dictionary<string, int> DroppedAsTestDuplicates { get; }

    /// <summary>The keys of every test sentence.</summary>
    public HashSet<string> TestKeys { get; }

    /// <summary>The keys of every training sentence kept (of every corpus trained on), by <see cref="SentenceKey"/>.</summary>
    public HashSet<string> TrainingKeys { get; }

    /// <summary>
    /// The dev splits without the sentences that also occur, by <see cref="SentenceKey"/>, in the training data of
    /// any corpus (most of them in another corpus's train split, annotated under its conventions): a dev mean over
    /// these measures only sentences the model was not trained on, while the model still trains on every sentence.
    /// </summary>
    /// <returns>The dev sets by corpus name, each keeping its sentences in order.</returns>
    public Dictionary<string, List<NerSentence>> DevNotInTraining() => WithoutKeys(Dev, TrainingKeys);

    /// <summary>The sentences of <paramref name="dev"/> whose <see cref="SentenceKey"/> is not in <paramref name="keys"/>.</summary>
    /// <param name="dev">Dev sets by name.</param>
    /// <param name="keys">Keys of the sentences to leave out.</param>
    /// <returns>The dev sets by name, each keeping its remaining sentences in order.</returns>
    public static Dictionary<string, List<NerSentence>> WithoutKeys(IReadOnlyDictionary<string, List<NerSentence>> dev, IReadOnlySet<string> keys)
        => dev.ToDictionary(kv => kv.Key, kv => kv.Value.Where(s => !keys.Contains(SentenceKey.Of(s.Tokens))).ToList(), StringComparer.Ordinal);

    /// <summary>Loads and assembles the corpora found under <paramref name="nerDataDirectory"/>.</summary>
    /// <param name="nerDataDirectory">The folder of the four corpora.</param>
    /// <param name="treatment">What is learned from each corpus.</param>
    /// <param name="dropDevDuplicates">Also drop training sentences found in a dev split. The corpora share
    /// source sentences: 255 of idner-news-2k's 367 dev sentences are in NER UGM's train split and 111 of NER UGM's
    /// 187 dev.01 sentences in idner-news-2k's, so without this the dev figures (and the epoch they choose)
    /// partly measure sentences trained on under another corpus's conventions.</param>
    public static NerTrainingCorpus Load(string nerDataDirectory, NerCorpusTreatment treatment, bool dropDevDuplicates = false)
    {
        var testKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in NerDataset.All)
        {
            foreach (var s in ConllNerParser.ReadFile(Path.Combine(nerDataDirectory, set.Test))) testKeys.Add(SentenceKey.Of(s.Tokens));
        }

        var dev = NerDataset.All.ToDictionary(set => set.Name, set => ConllNerParser.ReadFile(Path.Combine(nerDataDirectory, set.Dev)), StringComparer.Ordinal);
        var excluded = new HashSet<string>(testKeys, StringComparer.Ordinal);
        if (dropDevDuplicates)
        {
            foreach (var s in dev.Values.SelectMany(d => d)) excluded.Add(SentenceKey.Of(s.Tokens));
        }

        var training = new List<NerTrainingExample>();
        var trainingKeys = new HashSet<string>(StringComparer.Ordinal);
        var dropped = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in NerDataset.All)
        {
            if (!treatment.Uses(set.Name)) continue;
            int drop = 0;
            foreach (var s in ConllNerParser.ReadFile(Path.Combine(nerDataDirectory, set.Train)))
            {
                string key = SentenceKey.Of(s.Tokens);
                if (excluded.Contains(key))
                {
                    drop++;
                    continue;
                }

                trainingKeys.Add(key);
                training.AddRange(treatment.Apply(set.Name, s));
            }

            dropped[set.Name] = drop;
        }

        return new NerTrainingCorpus(training, dev, dropped, testKeys, trainingKeys);
    }
}
