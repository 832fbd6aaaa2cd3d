using Microsoft.ML.Data;

namespace NewsClassifier;

/// <summary>Macro-averaged F1 from an ML.NET confusion matrix (ML.NET reports macro accuracy, not F1).</summary>
internal static class MacroF1
{
    public static double Compute(ConfusionMatrix matrix)
    {
        var counts = matrix.Counts;
        int classes = counts.Count;
        double sum = 0;
        for (int c = 0; c < classes; c++)
        {
            double truePositives = counts[c][c];
            double falsePositives = 0;
            double falseNegatives = 0;
            for (int other = 0; other < classes; other++)
            {
                if (other == c) continue;
                falsePositives += counts[other][c];
                falseNegatives += counts[c][other];
            }

            double denominator = 2 * truePositives + falsePositives + falseNegatives;
            sum += denominator == 0 ? 0 : 2 * truePositives / denominator;
        }

        return sum / classes;
    }
}
