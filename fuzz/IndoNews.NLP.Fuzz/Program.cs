using System.Globalization;
using IndoNews.NLP.Fuzz;

// indonews fuzz harness. Usage (see fuzz/README.md):
//   IndoNews.NLP.Fuzz list
//   IndoNews.NLP.Fuzz TARGET --afl                    coverage-guided, under afl-fuzz (after `sharpfuzz` instrumentation)
//   IndoNews.NLP.Fuzz TARGET --libfuzzer              coverage-guided, under libfuzzer-dotnet
//   IndoNews.NLP.Fuzz TARGET --smoke [--seconds N] [--max N] [--seed N] [--corpus DIR] [--crashes DIR]
//   IndoNews.NLP.Fuzz TARGET --run FILE|DIR...       replay inputs (crash reproduction)
if (args.Length == 0 || args[0] is "list" or "--help" or "-h")
{
    Console.WriteLine("Targets:");
    foreach (var t in FuzzTargets.All) Console.WriteLine($"  {t.Name,-10} {t.Description}");
    Console.WriteLine("Modes: --afl | --libfuzzer | --smoke [--seconds N] [--max N] [--seed N] [--corpus DIR] [--crashes DIR] | --run FILE|DIR...");
    Console.WriteLine("Target 'all' with --smoke or --run runs every target in turn.");
    return args.Length == 0 ? 2 : 0;
}

string mode = args.Length > 1 ? args[1] : "--smoke";
string fuzzRoot = FindFuzzRoot();
var targets = args[0] == "all" && mode is "--smoke" or "--run" ? FuzzTargets.All : [FuzzTargets.Get(args[0])];

switch (mode)
{
    case "--afl":
        SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            targets[0].Run(buffer.ToArray());
        });
        return 0;
    case "--libfuzzer":
        SharpFuzz.Fuzzer.LibFuzzer.Run(span => targets[0].Run(span.ToArray()));
        return 0;
    case "--run":
    {
        int failures = 0;
        var files = args.Skip(2).SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*", SearchOption.AllDirectories) : [p]).Order(StringComparer.Ordinal).ToList();
        foreach (var target in targets)
        {
            foreach (string file in files)
            {
                try
                {
                    target.Run(File.ReadAllBytes(file));
                }
                catch (Exception e)
                {
                    failures++;
                    Console.WriteLine($"CRASH {target.Name} {file}: {e}");
                }
            }
        }

        Console.WriteLine($"{files.Count * targets.Count} runs, {failures} crashes");
        return failures == 0 ? 0 : 1;
    }

    case "--smoke":
    {
        double seconds = Option("--seconds", 60);
        long max = (long)Option("--max", long.MaxValue);
        int seed = (int)Option("--seed", 20261127);
        string corpusRoot = OptionText("--corpus") ?? Path.Combine(fuzzRoot, "corpus");
        string crashDir = OptionText("--crashes") ?? Path.Combine(Path.GetTempPath(), "indonews-fuzz-crashes");
        int crashes = 0;
        foreach (var target in targets)
        {
            var seeds = Seeds(Path.Combine(corpusRoot, target.Name));
            var fuzzer = new MutationFuzzer(target, seeds, seed, crashDir);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            fuzzer.Run(TimeSpan.FromSeconds(seconds), max);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target.Name}: {fuzzer.Executions:N0} executions in {clock.Elapsed.TotalSeconds:F0} s from {seeds.Count} seeds (seed {seed}), {fuzzer.Crashes.Count} distinct crashes"));
            crashes += fuzzer.Crashes.Count;
        }

        if (crashes > 0) Console.WriteLine($"Crashing inputs are in {crashDir}; replay with: IndoNews.NLP.Fuzz TARGET --run FILE");
        return crashes == 0 ? 0 : 1;
    }

    default:
        Console.Error.WriteLine($"Unknown mode '{mode}'. Run with --help.");
        return 2;
}

double Option(string name, double fallback)
{
    string? text = OptionText(name);
    return text is null ? fallback : double.Parse(text, CultureInfo.InvariantCulture);
}

string? OptionText(string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static List<byte[]> Seeds(string dir) =>
    Directory.Exists(dir) ? Directory.GetFiles(dir).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList() : [];

static string FindFuzzRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "fuzz", "corpus"))) dir = dir.Parent;
    return dir is null ? Path.Combine(AppContext.BaseDirectory, "fuzz") : Path.Combine(dir.FullName, "fuzz");
}
