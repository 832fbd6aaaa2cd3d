namespace IndoNews.NLP.Tagging;

/// <summary>
/// The last step of averaged-perceptron training shared by the UPOS trainers: each feature's weights averaged over every
/// update step (the running weights minus the step-scaled sums of updates), rounded as the model file stores them.
/// </summary>
internal static class AveragedWeights
{
    /// <summary>
    /// The averaged rows of <paramref name="weights"/> given the step-scaled update sums <paramref name="scaledUpdates"/>
    /// after <paramref name="step"/> steps; a weight under <paramref name="minWeight"/> in magnitude is dropped, and a
    /// feature left with none is left out.
    /// </summary>
    public static Dictionary<ulong, float[]> Average(
        Dictionary<ulong, float[]> weights, Dictionary<ulong, double[]> scaledUpdates, int width, long step, float minWeight)
    {
        var averaged = new Dictionary<ulong, float[]>(weights.Count);
        foreach (var (f, row) in weights)
        {
            var scaled = scaledUpdates[f];
            var values = new float[width];
            bool keep = false;
            for (int t = 0; t < width; t++)
            {
                // Rounded as the model file stores them, so a trained tagger and its reloaded copy agree.
                float value = (float)(Half)(row[t] - scaled[t] / step);
                if (Math.Abs(value) < minWeight) continue;
                values[t] = value;
                keep = true;
            }

            if (keep) averaged[f] = values;
        }

        return averaged;
    }
}
