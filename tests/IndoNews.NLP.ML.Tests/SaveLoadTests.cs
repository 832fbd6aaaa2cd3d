using System.Diagnostics;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace IndoNews.NLP.ML.Tests;

/// <summary>
/// A model with every IndoNews.NLP transform and a trained classifier is saved here and loaded in a
/// fresh process (IndoNews.NLP.ML.LoadCheck), which must give exactly the outputs of this process.
/// </summary>
public sealed class SaveLoadTests : IDisposable
{
    private static readonly string[] Probes =
    [
        "Tim nasional Indonesia menang 3-0 atas Vietnam di Stadion Utama Gelora Bung Karno.",
        "Aplikasi itu kini memakai kecerdasan buatan untuk membaca tagihan pengguna.",
        "Yang dikatakan Menteri Keuangan Sri Mulyani di Jakarta, Senin, belum diumumkan.",
        "",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("indonews-ml-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_saved_model_loads_and_predicts_identically_in_a_fresh_process()
    {
        var mlContext = new MLContext(seed: 1);
        // Keying the label outside the saved model lets the model score rows that have only Text.
        var labelled = mlContext.Data.LoadFromEnumerable(TestData.News);
        var training = mlContext.Transforms.Conversion.MapValueToKey("Label").Fit(labelled).Transform(labelled);
        var pipeline = mlContext.Transforms.Text.TokenizeIndonesian("Tokens", "Text")
            .Append(mlContext.Transforms.Text.RemoveIndonesianStopWords("ContentTokens", "Tokens"))
            .Append(mlContext.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text", removeStopwords: true))
            .Append(mlContext.Transforms.Text.ExtractIndonesianEntities("Entities", "Text"))
            .Append(mlContext.Transforms.Text.FeaturizeText("Features", "Lemmas"))
            .Append(mlContext.MulticlassClassification.Trainers.SdcaMaximumEntropy())
            .Append(mlContext.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var model = pipeline.Fit(training);
        string modelPath = Path.Combine(_dir, "model.zip");
        mlContext.Model.Save(model, training.Schema, modelPath);

        string textsPath = Path.Combine(_dir, "texts.txt");
        File.WriteAllLines(textsPath, Probes);
        var expected = model.Transform(TestData.Texts(mlContext, Probes));

        var (exitCode, stdout, stderr) = RunLoadCheck(modelPath, textsPath);
        Assert.True(exitCode == 0, $"LoadCheck failed ({exitCode}): {stderr}");
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(Probes.Length, rows.Length);

        foreach (string column in new[] { "Tokens", "ContentTokens", "Lemmas", "Entities" })
        {
            string[][] here = TestData.TextVectors(expected, column);
            for (int i = 0; i < Probes.Length; i++)
            {
                string[] there = rows[i].GetProperty(column).EnumerateArray().Select(e => e.GetString()!).ToArray();
                Assert.Equal(here[i], there);
            }
        }

        string[] predictedHere = expected.GetColumn<string>("PredictedLabel").ToArray();
        string[] predictedThere = rows.Select(r => r.GetProperty("PredictedLabel").GetString()!).ToArray();
        Assert.Equal(predictedHere, predictedThere);

        // The trained model is real: the two clear-cut probes get their topic.
        Assert.Equal("olahraga", predictedHere[0]);
        Assert.Equal("teknologi", predictedHere[1]);
        Assert.Contains("menang", TestData.TextVectors(expected, "Lemmas")[0]);
    }

    [Fact]
    public void Column_names_of_the_user_survive_save_and_load()
    {
        var mlContext = new MLContext(seed: 1);
        var data = TestData.Texts(mlContext, "Persib menang di Bandung.");
        var model = mlContext.Transforms.Text.LemmatizeIndonesian("Kata", "Text")
            .Append(mlContext.Transforms.Text.RemoveIndonesianStopWords("Isi", "Kata"))
            .Fit(data);
        string modelPath = Path.Combine(_dir, "lemmas.zip");
        mlContext.Model.Save(model, data.Schema, modelPath);
        string textsPath = Path.Combine(_dir, "texts.txt");
        File.WriteAllLines(textsPath, ["Persib menang di Bandung."]);

        var (exitCode, stdout, stderr) = RunLoadCheck(modelPath, textsPath);
        Assert.True(exitCode == 0, stderr);
        var row = JsonDocument.Parse(stdout).RootElement;
        var names = row.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["Text", "Kata", "Isi"], names);
        Assert.Equal(["persib", "menang", "bandung"], row.GetProperty("Isi").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(TestData.TextVectors(model.Transform(data), "Kata")[0], row.GetProperty("Kata").EnumerateArray().Select(e => e.GetString()));
    }

    private static (int ExitCode, string Stdout, string Stderr) RunLoadCheck(params string[] arguments)
    {
        string helper = Path.Combine(AppContext.BaseDirectory, "IndoNews.NLP.ML.LoadCheck.dll");
        Assert.True(File.Exists(helper), $"The load-check helper is missing: {helper}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(helper);
        foreach (string argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("LoadCheck did not finish within 3 minutes.");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
