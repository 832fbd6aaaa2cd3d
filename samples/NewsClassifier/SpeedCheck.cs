using System.Diagnostics;
using IndoNews.NLP.ML;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace NewsClassifier;

/// <summary>
/// Times featurizing every article: Fit + Transform of a feature pipeline, reading every output value.
/// The pipelines run interleaved in the same process; the first round (cold: JIT, data loading) is
/// reported apart from the median of the warm rounds.
/// </summary>
internal static class SpeedCheck
{
    private sealed record Candidate(string Name, string OutputColumn, Func<MLContext, IEstimator<ITransformer>> Create);

    private static readonly Candidate[] Candidates =
    [
        new("ML.NET FeaturizeText (default)", "Features", ml => ml.Transforms.Text.FeaturizeText("Features", "Text")),
        new("LemmatizeIndonesian(removeStopwords) + FeaturizeText", "Features", ml =>
            ml.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text", removeStopwords: true)
                .Append(ml.Transforms.Text.FeaturizeText("Features", "Lemmas"))),
        new("LemmatizeIndonesian(removeStopwords) + FeaturizeText(Text, Lemmas)", "Features", ml =>
            ml.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text", removeStopwords: true)
                .Append(ml.Transforms.Text.FeaturizeText("Features", new Microsoft.ML.Transforms.Text.TextFeaturizingEstimator.Options(), "Text", "Lemmas"))),
        new("LemmatizeIndonesian(removeStopwords) alone", "Lemmas", ml => ml.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text", removeStopwords: true)),
        new("TokenizeIndonesian + RemoveIndonesianStopWords alone", "Content", ml =>
            ml.Transforms.Text.TokenizeIndonesian("Tokens", "Text")
                .Append(ml.Transforms.Text.RemoveIndonesianStopWords("Content", "Tokens"))),
    ];

    public static void Run(MLContext mlContext, IReadOnlyList<Article> articles, int rounds)
    {
        var data = mlContext.Data.LoadFromEnumerable(articles);
        var times = Candidates.ToDictionary(c => c.Name, _ => new List<double>());
        for (int round = 0; round <= rounds; round++)
        {
            foreach (var candidate in Candidates)
            {
                times[candidate.Name].Add(Measure(mlContext, candidate, data));
            }
        }

        double baseline = Median(times[Candidates[0].Name].Skip(1));
        Console.WriteLine();
        Console.WriteLine($"Featurizing {articles.Count:N0} articles (Fit + Transform, every value read); cold = first round, warm = median of {rounds} further rounds, same process:");
        Console.WriteLine();
        Console.WriteLine("| Pipeline | cold (s) | warm (s) | warm / default |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var candidate in Candidates)
        {
            var list = times[candidate.Name];
            double warm = Median(list.Skip(1));
            Console.WriteLine($"| {candidate.Name} | {list[0]:F2} | {warm:F2} | {warm / baseline:F2}x |");
        }
    }

    private static double Measure(MLContext mlContext, Candidate candidate, IDataView data)
    {
        var stopwatch = Stopwatch.StartNew();
        var output = candidate.Create(mlContext).Fit(data).Transform(data);
        var column = output.Schema[candidate.OutputColumn];
        using var cursor = output.GetRowCursor([column]);
        long checksum = 0;
        if (column.Type is VectorDataViewType { ItemType: TextDataViewType })
        {
            var getter = cursor.GetGetter<VBuffer<ReadOnlyMemory<char>>>(column);
            VBuffer<ReadOnlyMemory<char>> value = default;
            while (cursor.MoveNext())
            {
                getter(ref value);
                checksum += value.Length;
            }
        }
        else
        {
            var getter = cursor.GetGetter<VBuffer<float>>(column);
            VBuffer<float> value = default;
            while (cursor.MoveNext())
            {
                getter(ref value);
                checksum += value.GetValues().Length;
            }
        }

        stopwatch.Stop();
        if (checksum == 0) throw new InvalidOperationException($"{candidate.Name} produced no values.");
        return stopwatch.Elapsed.TotalSeconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
