// Usage: IndoNews.NLP.ML.LoadCheck <model.zip> <texts.txt>
// Loads the model in this fresh process, runs it on one text per line, and prints one JSON object per
// text with every text-vector and text column of the output. Exit code 1 with the error on stderr
// when loading or predicting fails.
using System.Text.Json;
using IndoNews.NLP.ML;
using Microsoft.ML;
using Microsoft.ML.Data;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: IndoNews.NLP.ML.LoadCheck <model.zip> <texts.txt>");
    return 2;
}

try
{
    var mlContext = new MLContext(seed: 1);
    mlContext.ComponentCatalog.RegisterIndonesianText();

    var model = mlContext.Model.Load(args[0], out _);
    var rows = File.ReadAllLines(args[1]).Select(line => new TextInput { Text = line });
    var output = model.Transform(mlContext.Data.LoadFromEnumerable(rows));
    var results = new List<Dictionary<string, object>>();
    foreach (var column in output.Schema)
    {
        List<object>? values = column switch
        {
            { IsHidden: true } => null,
            { Type: TextDataViewType } => output.GetColumn<ReadOnlyMemory<char>>(column.Name).Select(m => (object)m.ToString()).ToList(),
            { Type: VectorDataViewType { ItemType: TextDataViewType } } => output.GetColumn<VBuffer<ReadOnlyMemory<char>>>(column.Name)
                .Select(v => (object)v.DenseValues().Select(m => m.ToString()).ToArray()).ToList(),
            _ => null,
        };
        for (int row = 0; values is not null && row < values.Count; row++)
        {
            if (results.Count <= row) results.Add([]);
            results[row][column.Name] = values[row];
        }
    }

    foreach (var result in results)
    {
        Console.WriteLine(JsonSerializer.Serialize(result));
    }

    return 0;
}
catch (Exception e)
{
    Console.Error.WriteLine($"{e.GetType().Name}: {e.Message}");
    return 1;
}

internal sealed class TextInput
{
    public string Text { get; set; } = string.Empty;
}
