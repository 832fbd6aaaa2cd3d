// A user's-eye check of the packed IndoNews.NLP.ML package installed on its own: the transforms find the
// shipped data (which comes with the IndoNews.NLP dependency), give lemmas and entities, and a saved model
// loads and scores again. Exit code 0 when every check holds.
using IndoNews.NLP.ML;
using Microsoft.ML;
using Microsoft.ML.Data;

var ml = new MLContext(seed: 1);
var rows = new[]
{
    new NewsRow { Text = "Presiden Joko Widodo meresmikan jalan tol di Bandung." },
    new NewsRow { Text = "Menteri Luar Negeri Rusia Sergei Lavrov bertemu John Kerry di Moskow." },
};
var data = ml.Data.LoadFromEnumerable(rows);
var pipeline = ml.Transforms.Text.LemmatizeIndonesian("Lemmas", nameof(NewsRow.Text))
    .Append(ml.Transforms.Text.ExtractIndonesianEntities("Entities", nameof(NewsRow.Text)));

var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition) failures.Add(what);
}

var model = pipeline.Fit(data);
var output = ml.Data.CreateEnumerable<AnalysedRow>(model.Transform(data), reuseRowObject: false).ToList();
Check(output[0].Lemmas.Contains("resmi"), $"lemma of 'meresmikan' is 'resmi' ({string.Join(' ', output[0].Lemmas)})");
Check(output[0].Entities.Contains("PER:Joko Widodo") && output[0].Entities.Contains("LOC:Bandung"), $"entities of row 1 ({string.Join(", ", output[0].Entities)})");
Check(output[1].Entities.Contains("PER:Sergei Lavrov") && output[1].Entities.Contains("PER:John Kerry"), $"entities of row 2 ({string.Join(", ", output[1].Entities)})");

string path = Path.Combine(Path.GetTempPath(), $"indonews-ml-consumer-{Environment.ProcessId}.zip");
try
{
    ml.Model.Save(model, data.Schema, path);
    var loader = new MLContext();
    loader.ComponentCatalog.RegisterIndonesianText();
    var loaded = loader.Model.Load(path, out _);
    var engine = loader.Model.CreatePredictionEngine<NewsRow, AnalysedRow>(loaded);
    var again = engine.Predict(rows[1]);
    Check(again.Entities.SequenceEqual(output[1].Entities) && again.Lemmas.SequenceEqual(output[1].Lemmas), "saved and loaded model gives the same output");
}
finally
{
    File.Delete(path);
}

if (failures.Count > 0)
{
    Console.Error.WriteLine($"ML consumer check: {failures.Count} check(s) failed");
    return 1;
}

Console.WriteLine("ML consumer check: all checks passed");
return 0;

/// <summary>Input rows.</summary>
internal sealed class NewsRow
{
    public string Text { get; set; } = "";
}

/// <summary>Output rows.</summary>
internal sealed class AnalysedRow
{
    public string Text { get; set; } = "";

    [VectorType]
    public string[] Lemmas { get; set; } = [];

    [VectorType]
    public string[] Entities { get; set; } = [];
}
