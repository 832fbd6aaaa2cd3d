namespace IndoNews.NLP.Entities;

/// <summary>How <see cref="NerTrainer"/> learns the weights of the linear-chain tagger.</summary>
internal enum NerTrainingAlgorithm
{
    /// <summary>The averaged structured perceptron (the shipped model).</summary>
    Perceptron,

    /// <summary>A linear-chain conditional random field: the log-likelihood of the target paths, by AdaGrad (<see cref="NerCrfTrainer"/>).</summary>
    Crf,
}
