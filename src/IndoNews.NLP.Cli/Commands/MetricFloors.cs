using System.CommandLine;
using System.Globalization;

namespace IndoNews.NLP.Cli.Commands;

/// <summary>
/// The <c>--min NAME=VALUE</c> option every <c>eval</c> command takes: CI's accuracy step passes the
/// floors, and the command exits with <see cref="ExitCodes.BelowFloor"/> when a figure falls below one.
/// The floors are validated by <see cref="Parse"/> before anything is evaluated or written.
/// </summary>
internal static class MetricFloors
{
    /// <summary>The option, its help naming the command's own metrics.</summary>
    /// <param name="metrics">The metric names the command reports, for the help text.</param>
    /// <param name="example">An example with those names, e.g. <c>--min Tokens=99.9</c>.</param>
    public static Option<string[]> Option(string metrics, string example) => new("--min")
    {
        Description = $"Fail (exit 3) when a metric is below a floor, e.g. {example} (metrics: {metrics}; names case-insensitive, values in percent from 0 to 100, one floor per metric).",
        AllowMultipleArgumentsPerToken = true,
        DefaultValueFactory = _ => [],
    };

    /// <summary>
    /// Checks the syntax of every floor, that it names one of <paramref name="metrics"/> at most once and that it
    /// is a percentage from 0 to 100; a command calls
    /// this first, so a mistyped floor fails (exit 2) before any work and before any output file exists.
    /// </summary>
    /// <param name="floors">The <c>--min</c> values.</param>
    /// <param name="metrics">The names of the metrics this command (with these options) reports.</param>
    /// <returns>The floors, each with the metric's name as printed.</returns>
    public static IReadOnlyList<MetricFloor> Parse(string[] floors, IReadOnlyList<string> metrics)
    {
        var parsed = new List<MetricFloor>(floors.Length);
        foreach (string floor in floors)
        {
            int eq = floor.IndexOf('=');
            if (eq <= 0 || !double.TryParse(floor.AsSpan(eq + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double min) || !double.IsFinite(min))
            {
                throw new CliException($"--min '{floor}': expected NAME=VALUE, e.g. {metrics[0]}=99.9.", ExitCodes.Usage);
            }

            string name = floor[..eq];
            string? match = metrics.FirstOrDefault(m => string.Equals(m, name, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                throw new CliException($"--min '{floor}': no metric named '{name}' (have: {string.Join(", ", metrics)}).", ExitCodes.Usage);
            }

            // Every metric is a percentage: a floor above 100 can never be met, one below 0 always is.
            if (min is < 0 or > 100)
            {
                throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--min '{floor}': a floor is a percentage from 0 to 100."), ExitCodes.Usage);
            }

            // Two floors for one metric: only the higher would matter, so one of them is a mistake.
            if (parsed.Find(p => p.Name == match) is { } earlier)
            {
                throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--min '{floor}': {match} has a floor already ({earlier.Min:R}); give one floor per metric."), ExitCodes.Usage);
            }

            parsed.Add(new MetricFloor(match, min));
        }

        return parsed;
    }

    /// <summary>Checks <paramref name="metrics"/> (name → percent) against the floors; prints each check to standard error.</summary>
    /// <returns><see cref="ExitCodes.Success"/> or <see cref="ExitCodes.BelowFloor"/>.</returns>
    public static int Check(IReadOnlyDictionary<string, double> metrics, IReadOnlyList<MetricFloor> floors)
    {
        int exit = ExitCodes.Success;
        foreach (var floor in floors)
        {
            double value = metrics[floor.Name];

            // Compared unrounded: rounded to two decimals, Agreement=100 would accept two disagreements in 42,719.
            // The 1e-9 absorbs only floating-point noise in a figure computed as exactly the floor.
            // The unrounded figure is printed too, so scripts (CI's issue bars) compare it rather than the rounded one.
            bool ok = value >= floor.Min - 1e-9;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"floor {floor.Name}: {value:F3} {(ok ? ">=" : "<")} {floor.Min:F3} {(ok ? "ok" : "BELOW FLOOR")} (unrounded {value:R})"));
            if (!ok) exit = ExitCodes.BelowFloor;
        }

        return exit;
    }
}
