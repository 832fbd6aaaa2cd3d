// ML.NET news-category classifier on the IndoSum articles (../shared/data/corpus/indosum/articles.jsonl).
//
//   dotnet run -c Release --project samples/NewsClassifier [-- <articles.jsonl>] [--folds N] [--speed-rounds N] [--no-speed] [--ablation]
//
// Prints macro-F1 of 5-fold cross-validation for each feature variant, then the featurization speed.
// --ablation adds two rows (tokens + stopwords without lemmas; lemmas with stopwords kept).
using System.Diagnostics;
using IndoNews.NLP.ML;
using Microsoft.ML;
using NewsClassifier;

string? path = null;
int folds = 5;
int speedRounds = 5;
bool speed = true;
bool ablation = false;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--folds" when i + 1 < args.Length && int.TryParse(args[i + 1], out int f) && f >= 2:
            folds = f;
            i++;
            break;
        case "--speed-rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], out int r) && r >= 1:
            speedRounds = r;
            i++;
            break;
        case "--no-speed":
            speed = false;
            break;
        case "--ablation":
            ablation = true;
            break;
        case var a when !a.StartsWith("--", StringComparison.Ordinal) && path is null:
            path = a;
            break;
        default:
            Console.Error.WriteLine($"NewsClassifier: unknown or incomplete argument '{args[i]}'. Usage: [articles.jsonl] [--folds N>=2] [--speed-rounds N>=1] [--no-speed] [--ablation]");
            return 2;
    }
}

path = ArticleReader.Locate(path);
if (path is null || !File.Exists(path))
{
    Console.Error.WriteLine($"NewsClassifier: IndoSum articles not found{(path is null ? string.Empty : $" at '{path}'")}. " +
        "Run from the repository with the project's shared data at ../shared/data/corpus/indosum/articles.jsonl, or pass the path of articles.jsonl.");
    return 2;
}

List<Article> articles;
Dictionary<string, int> dropped;
try
{
    (articles, dropped) = ArticleReader.Read(path);
}
catch (InvalidDataException e)
{
    Console.Error.WriteLine($"NewsClassifier: {e.Message}");
    return 2;
}

if (articles.Count < folds * ArticleReader.Categories.Length)
{
    Console.Error.WriteLine($"NewsClassifier: only {articles.Count} usable articles in '{path}'; too few for {folds}-fold cross-validation.");
    return 2;
}

var mlContext = new MLContext(seed: 1);
mlContext.ComponentCatalog.RegisterIndonesianText();
var data = mlContext.Data.LoadFromEnumerable(articles);

Console.WriteLine($"IndoSum news categories: {articles.Count:N0} articles from {path}");
Console.WriteLine($"Classes: {string.Join(", ", ArticleReader.Categories.Select(c => $"{c} {articles.Count(a => a.Category == c)}"))}; dropped: {(dropped.Count == 0 ? "none" : string.Join(", ", dropped.Select(d => $"{d.Key} {d.Value}")))}");
Console.WriteLine($"{folds}-fold cross-validation (ML.NET CrossValidate, seed 1), trainer SdcaMaximumEntropy, macro-F1 over the 5 classes: mean ± sd over folds.");
Console.WriteLine();
Console.WriteLine("| Features | macro-F1 | accuracy | time (s) |");
Console.WriteLine("| --- | ---: | ---: | ---: |");
foreach (var variant in ablation ? [.. FeatureVariants.Main, .. FeatureVariants.Ablation] : FeatureVariants.Main)
{
    var stopwatch = Stopwatch.StartNew();
    var pipeline = mlContext.Transforms.Conversion.MapValueToKey("Label", nameof(Article.Category))
        .Append(variant.Features(mlContext))
        .AppendCacheCheckpoint(mlContext)
        .Append(mlContext.MulticlassClassification.Trainers.SdcaMaximumEntropy("Label", "Features"));
    var results = mlContext.MulticlassClassification.CrossValidate(data, pipeline, numberOfFolds: folds, labelColumnName: "Label", seed: 1);
    double[] f1 = results.Select(r => MacroF1.Compute(r.Metrics.ConfusionMatrix)).ToArray();
    double[] accuracy = results.Select(r => r.Metrics.MicroAccuracy).ToArray();
    Console.WriteLine($"| {variant.Name} | {100 * f1.Average():F2} ± {100 * StandardDeviation(f1):F2} | {100 * accuracy.Average():F2} | {stopwatch.Elapsed.TotalSeconds:F0} |");
}

if (speed)
{
    var all = ArticleReader.ReadAllTexts(path);
    SpeedCheck.Run(mlContext, all, speedRounds);
}

return 0;

static double StandardDeviation(double[] values)
{
    double mean = values.Average();
    return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
}
