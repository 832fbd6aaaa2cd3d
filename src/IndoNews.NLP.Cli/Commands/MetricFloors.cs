using System.CommandLine;
using System.Globalization;

namespace IndoNews.NLP.Cli.Commands;

/// <summary>
/// The <c>--min NAME=VALUE</c> option every <c>eval</c> command takes: CI's accuracy step passes the
/// floors, and the command exits with <see cref="ExitCodes.BelowFloor"/> when a figure falls below one.
/// </summary>
internal static class MetricFloors
{
    public static Option<string[]> Option() => new("--min")
    {
        Description = "Fail (exit 3) when a metric is below a floor, e.g. --min Tokens=99.9 --min Sentences=94 (names as printed, case-insensitive; values in percent).",
        AllowMultipleArgumentsPerToken = true,
        DefaultValueFactory = _ => [],
    };

    /// <summary>Checks <paramref name="metrics"/> (name → percent) against the floors; prints each check to standard error.</summary>
    /// <returns><see cref="ExitCodes.Success"/> or <see cref="ExitCodes.BelowFloor"/>.</returns>
    public static int Check(IReadOnlyDictionary<string, double> metrics, string[] floors)
    {
        int exit = ExitCodes.Success;
        foreach (string floor in floors)
        {
            int eq = floor.IndexOf('=');
            if (eq <= 0 || !double.TryParse(floor.AsSpan(eq + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double min))
            {
                throw new CliException($"--min '{floor}': expected NAME=VALUE, e.g. Tokens=99.9.", ExitCodes.Usage);
            }

            string name = floor[..eq];
            var match = metrics.FirstOrDefault(m => string.Equals(m.Key, name, StringComparison.OrdinalIgnoreCase));
            if (match.Key is null)
            {
                throw new CliException($"--min '{floor}': no metric named '{name}' (have: {string.Join(", ", metrics.Keys)}).", ExitCodes.Usage);
            }

            // Compared as printed (two decimals), so a floor copied from the output holds on the same figure.
            bool ok = Math.Round(match.Value, 2, MidpointRounding.AwayFromZero) >= min - 1e-9;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"floor {match.Key}: {match.Value:F2} {(ok ? ">=" : "<")} {min:F2} {(ok ? "ok" : "BELOW FLOOR")}"));
            if (!ok) exit = ExitCodes.BelowFloor;
        }

        return exit;
    }
}
