using IndoNews.NLP.Fuzz;

namespace IndoNews.NLP.Tests.Reliability;

/// <summary>
/// Every crash the fuzzers found stays fixed: the inputs under <c>fuzz/regressions/TARGET/</c> replay
/// through their target on every test run. A short deterministic mutation run per target also keeps the
/// harness itself working (the long runs are <c>fuzz/run-afl.sh</c> and the <c>--smoke</c> mode; see docs/reliability.md).
/// </summary>
public class FuzzRegressionTests
{
    private static readonly string FuzzDir = Path.Combine(SharedData.RepoRoot, "fuzz");

    public static TheoryData<string, string> RegressionInputs()
    {
        var data = new TheoryData<string, string>();
        string root = Path.Combine(FuzzDir, "regressions");
        foreach (string dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            foreach (string file in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(dir), Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RegressionInputs))]
    public void A_former_crash_no_longer_crashes(string target, string file)
    {
        FuzzTargets.Get(target).Run(File.ReadAllBytes(Path.Combine(FuzzDir, "regressions", target, file)));
    }

    public static TheoryData<string> Targets() => new(FuzzTargets.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Targets))]
    public void A_short_seeded_mutation_run_finds_no_crash(string target)
    {
        var fuzzTarget = FuzzTargets.Get(target);
        var seeds = Directory.GetFiles(Path.Combine(FuzzDir, "corpus", target)).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var fuzzer = new MutationFuzzer(fuzzTarget, seeds, seed: 8, crashDir: Path.Combine(Path.GetTempPath(), "indonews-fuzz-test-crashes"));
        fuzzer.Run(TimeSpan.FromSeconds(4), maxExecutions: target.StartsWith("cli-", StringComparison.Ordinal) ? 60 : 300);
        Assert.Empty(fuzzer.Crashes);
        Assert.True(fuzzer.Executions >= seeds.Count);
    }

    [Fact]
    public void The_harness_reports_a_crash_as_a_crash()
    {
        // A target that throws on one byte: the mutation fuzzer must find it and keep the input.
        var target = new FuzzTarget("self-test", "throws on 0x2A", bytes =>
        {
            if (bytes.Contains((byte)0x2A)) throw new InvalidOperationException("found *");
        });
        string crashDir = Directory.CreateTempSubdirectory("indonews-fuzz-selftest-").FullName;
        var fuzzer = new MutationFuzzer(target, [[0x41, 0x42, 0x43]], seed: 1, crashDir);
        fuzzer.Run(TimeSpan.FromSeconds(10), maxExecutions: 20_000);
        Assert.NotEmpty(fuzzer.Crashes);
        Assert.All(fuzzer.Crashes, c => Assert.Contains("found *", c, StringComparison.Ordinal));
        Assert.All(Directory.GetFiles(crashDir), f => Assert.Contains((byte)0x2A, File.ReadAllBytes(f)));
        Directory.Delete(crashDir, recursive: true);
    }
}
