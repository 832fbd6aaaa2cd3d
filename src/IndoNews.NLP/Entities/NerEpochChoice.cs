using System.Globalization;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Chooses a training run's epoch as both trainers do: each epoch's model is scored on the dev sets, and the
/// one with the best mean dev F1 is kept (the epoch number stands in for the score when there are no dev
/// sets, so the last epoch wins).
/// </summary>
/// <param name="dev">Dev sets by name.</param>
internal sealed class NerEpochChoice(IReadOnlyDictionary<string, NerPreparedSentence[]> dev)
{
    private double _bestScore = double.NegativeInfinity;
    private NerModel? _best;
    private IReadOnlyDictionary<string, double> _bestDev = new Dictionary<string, double>();

    /// <summary>Scores an epoch's model on the dev sets and keeps it when its mean beats every earlier epoch's.</summary>
    /// <param name="model">The epoch's model.</param>
    /// <param name="epoch">The epoch, from 1.</param>
    /// <returns>The scores for the training log: <c>dev F1 SET F1, ...; mean M</c>.</returns>
    public string Offer(NerModel model, int epoch)
    {
        var scores = dev.ToDictionary(kv => kv.Key, kv => NerTrainer.Evaluate(model, kv.Value));
        double mean = scores.Count == 0 ? epoch : scores.Values.Average();
        if (mean > _bestScore)
        {
            _bestScore = mean;
            _best = model;
            _bestDev = scores;
        }

        return string.Create(CultureInfo.InvariantCulture, $"dev F1 {string.Join(", ", scores.Select(s => $"{s.Key} {s.Value:F2}"))}; mean {mean:F2}");
    }

    /// <summary>The kept model and its per-set dev F1.</summary>
    /// <returns>The best epoch's model and scores.</returns>
    /// <exception cref="InvalidOperationException">No epoch was offered.</exception>
    public (NerModel Model, IReadOnlyDictionary<string, double> DevF1) Best()
        => (_best ?? throw new InvalidOperationException("No training epochs were run."), _bestDev);
}
