namespace IndoNews.NLP.Entities;

/// <summary>
/// Assembles the training data from the four corpora: drops every training sentence that equals a
/// test sentence of any corpus we report on (by <see cref="SentenceKey"/>), applies each corpus's
/// treatment (<see cref="NerCorpusTreatment"/>), and keeps the dev splits for model selection.
/// </summary>
internal sealed class NerTrainingCorpus
{
    private NerTrainingCorpus(List<NerTrainingExample> training, Dictionary<string, List<NerSentence>> dev, Dictionary<string, int> dropped, HashSet<string> testKeys)
    {
        Training = training;
        Dev = dev;
        DroppedAsTestDuplicates = dropped;
        TestKeys = testKeys;
    }

    /// <summary>The training sentences after de-duplication and treatment.</summary>
    public List<NerTrainingExample> Training { get; }

    /// <summary>The dev splits by corpus name.</summary>
    public Dictionary<string, List<NerSentence>> Dev { get; }

    /// <summary>Per corpus: training sentences dropped because a test split holds them.</summary>
    public Dictionary<string, int> DroppedAsTestDuplicates { get; }

    /// <summary>The keys of every test sentence.</summary>
    public HashSet<string> TestKeys { get; }

    /// <summary>Loads and assembles the corpora found under <paramref name="nerDataDirectory"/>.</summary>
    public static NerTrainingCorpus Load(string nerDataDirectory, NerCorpusTreatment treatment)
    {
        var testKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in NerDataset.All)
        {
            foreach (var s in ConllNerParser.ReadFile(Path.Combine(nerDataDirectory, set.Test))) testKeys.Add(SentenceKey.Of(s.Tokens));
        }

        var training = new List<NerTrainingExample>();
        var dev = new Dictionary<string, List<NerSentence>>(StringComparer.Ordinal);
        var dropped = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in NerDataset.All)
        {
            dev[set.Name] = ConllNerParser.ReadFile(Path.Combine(nerDataDirectory, set.Dev));
            if (!treatment.Uses(set.Name)) continue;
            int drop = 0;
            foreach (var s in ConllNerParser.ReadFile(Path.Combine(nerDataDirectory, set.Train)))
            {
                if (testKeys.Contains(SentenceKey.Of(s.Tokens)))
                {
                    drop++;
                    continue;
                }

                training.AddRange(treatment.Apply(set.Name, s));
            }

            dropped[set.Name] = drop;
        }

        return new NerTrainingCorpus(training, dev, dropped, testKeys);
    }
}
