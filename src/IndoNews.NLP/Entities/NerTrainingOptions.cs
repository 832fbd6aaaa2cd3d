namespace IndoNews.NLP.Entities;

/// <summary>Options of <see cref="NerTrainer"/>.</summary>
internal sealed record NerTrainingOptions
{
    /// <summary>Maximum passes over the training data.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Seed of the shuffling; the same seed and data give the same model, bit for bit.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Number of runs (seeds <see cref="Seed"/>, <see cref="Seed"/> + 1, ...) whose weights are averaged.</summary>
    public int Seeds { get; init; } = 1;

    /// <summary>Smallest <see cref="HashBits"/> a model may have.</summary>
    public const int MinHashBits = 10;

    /// <summary>Largest <see cref="HashBits"/> a model may have: 2^24 rows of 8 floats is already 512 MB in memory,
    /// and a model file's header must not make the reader allocate more.</summary>
    public const int MaxHashBits = 24;

    /// <summary>log2 of the number of weight rows (hashed feature ids), from <see cref="MinHashBits"/> to <see cref="MaxHashBits"/>.</summary>
    public int HashBits { get; init; } = 20;

    /// <summary>Margin of the cost-augmented decoding in training: how much every wrong tag of a token is
    /// favoured while the weights are learned (0 = the plain perceptron, which the shipped model uses; see
    /// data/ner/SOURCE.md for what larger margins gave).</summary>
    public float Margin { get; init; }

    /// <summary>How the weights are learned: the averaged perceptron (default, the shipped model) or a CRF.</summary>
    public NerTrainingAlgorithm Algorithm { get; init; } = NerTrainingAlgorithm.Perceptron;

    /// <summary>Base step size of the CRF's AdaGrad updates (<see cref="NerTrainingAlgorithm.Crf"/> only).</summary>
    public float LearningRate { get; init; } = 0.1f;

    /// <summary>
    /// L2 strength of the CRF (<see cref="NerTrainingAlgorithm.Crf"/> only): the objective is the weighted
    /// negative log-likelihood of the N training sentences plus <c>L2 / 2 · |w|²</c>, applied per sentence as a
    /// proximal shrink <c>w ← w / (1 + η · L2 / N)</c> at each weight's AdaGrad rate η; 0 for none, leaving the
    /// dev-chosen epoch to stop training early.
    /// </summary>
    public float L2 { get; init; }

    /// <summary>With <see cref="NerTrainingAlgorithm.Crf"/>: the model keeps the average of the weights after every training step (Polyak averaging) instead of the last ones.</summary>
    public bool Average { get; init; }

    /// <summary>
    /// Share (0 to 1) of the training sentences whose features are extracted without the gazetteers (a gazetteer
    /// dropout), so the model also learns to find names that no list holds instead of leaning on the lists; the
    /// sentences are drawn once, from <see cref="Seed"/>, and dev sentences keep their gazetteer features; only the
    /// lists of <see cref="GazetteerDropoutCategories"/> are left out. 0 (the default, the shipped model) for none.
    /// </summary>
    public double GazetteerDropout { get; init; }

    /// <summary>
    /// Probability (0 to 1) that a single occurrence of a listed phrase in a training sentence loses its gazetteer
    /// features (a dropout of matches rather than of whole sentences: the sentence's other names keep theirs); the
    /// decisions come from a stream seeded by <see cref="Seed"/>, in the order of the training sentences, and dev
    /// sentences keep every match. 0 (the default, the shipped model) for none.
    /// </summary>
    public double GazetteerMatchDropout { get; init; }

    /// <summary>
    /// The categories that <see cref="GazetteerDropout"/> and <see cref="GazetteerMatchDropout"/> remove, as a bit mask
    /// (<c>1 &lt;&lt; </c><see cref="GazetteerCategory"/>); the default, <see cref="GazetteerMatchDropout.AllCategories"/>,
    /// removes every list's matches. With only <see cref="GazetteerCategory.PersonName"/>, a dropped match of a phrase that
    /// is also listed elsewhere keeps its other categories.
    /// </summary>
    public byte GazetteerDropoutCategories { get; init; } = Entities.GazetteerMatchDropout.AllCategories;

    /// <summary>Progress messages (one line each); null for none.</summary>
    public Action<string>? Log { get; init; }
}
