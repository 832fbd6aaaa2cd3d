using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace IndoNews.NLP.Benchmarks;

/// <summary>
/// What the results report needs that BenchmarkDotNet does not record: when the run happened, the processor
/// count, and the load average sampled every 15 seconds during the run (the machine may be shared).
/// Written to <c>run-info.json</c> next to the results.
/// </summary>
public sealed class RunInfo
{
    public string Command { get; set; } = string.Empty;
    public DateTimeOffset Started { get; set; }
    public DateTimeOffset Finished { get; set; }
    public int ProcessorCount { get; set; }
    public string Os { get; set; } = string.Empty;
    public string Runtime { get; set; } = string.Empty;
    public List<double> LoadSamples { get; set; } = [];

    public const string FileName = "run-info.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Starts sampling; dispose the returned handle to stop.</summary>
    public static IDisposable Sample(RunInfo info)
    {
        var timer = new Timer(_ =>
        {
            if (ReadLoad() is double load)
            {
                lock (info.LoadSamples) info.LoadSamples.Add(load);
            }
        }, null, TimeSpan.Zero, TimeSpan.FromSeconds(15));
        return timer;
    }

    public static RunInfo Begin(string[] args) => new()
    {
        Command = "dotnet run -c Release --project benchmarks/IndoNews.NLP.Benchmarks -- " + string.Join(' ', args),
        Started = DateTimeOffset.Now,
        ProcessorCount = Environment.ProcessorCount,
        Os = RuntimeInformation.OSDescription,
        Runtime = RuntimeInformation.FrameworkDescription,
    };

    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(this, Json));
    }

    public static RunInfo? Load(string directory)
    {
        string path = Path.Combine(directory, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<RunInfo>(File.ReadAllText(path)) : null;
    }

    /// <summary>The one-minute load average, where the OS exposes it (/proc/loadavg).</summary>
    public static double? ReadLoad()
    {
        try
        {
            string text = File.ReadAllText("/proc/loadavg");
            return double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
