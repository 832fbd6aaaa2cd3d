using IndoNews.NLP.Cli;

namespace IndoNews.NLP.Tests.Cli;

/// <summary>
/// <c>--min NAME=VALUE</c> on every <c>eval</c> command: a malformed floor or an unknown metric name is a
/// usage error found before the evaluation runs, so nothing is printed on standard output and no
/// <c>-o</c> or <c>--errors</c> file is written; so is a floor outside 0..100 or a second floor for one metric.
/// Every metric name CI's accuracy step uses is accepted.
/// </summary>
public class EvalFloorTests
{
    private const string Gold = "# text = Budi makan.\n1\tBudi\tBudi\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\tmakan\tmakan\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t.\t_\t_\t_\t_\t_\t_\t_\n\n";
    private const string NerGold = "Joko\tB-PER\nWidodo\tI-PER\ndi\tO\nJakarta\tB-LOC\n\n";
    private const string StemReference = "word\tstem\nmakanan\tmakan\n";

    public static TheoryData<string[], string> BadFloors() => new()
    {
        { ["eval", "ud", "--gold", "gold.conllu", "--errors", "err.txt", "-o", "out.txt", "--min", "Foo=3"], "--min 'Foo=3': no metric named 'Foo' (have: Tokens, Sentences, Words, Lemmas)." },
        { ["eval", "ud", "--gold", "gold.conllu", "--errors", "err.txt", "-o", "out.txt", "--min", "Lemmas=abc"], "--min 'Lemmas=abc': expected NAME=VALUE, e.g. Tokens=99.9." },
        { ["eval", "ud", "--gold", "gold.conllu", "-o", "out.txt", "--min", "Tokens=NaN"], "--min 'Tokens=NaN': expected NAME=VALUE, e.g. Tokens=99.9." },
        { ["eval", "ner", "--gold", "gold.tsv", "--errors", "err.txt", "--min", "Tokens=3"], "--min 'Tokens=3': no metric named 'Tokens' (have: F1, P, R, PER, LOC, ORG)." },
        { ["eval", "lemma", "--gold", "gold.conllu", "--min", "=3"], "--min '=3': expected NAME=VALUE, e.g. Accuracy=99.9." },
        { ["eval", "stem", "--reference", "ref.tsv", "--mode", "sastrawi", "--min", "Explained=100"], "--min 'Explained=100': no metric named 'Explained' (have: Agreement)." },

        // Every metric is a percentage: a floor that can never be met, or is always met, is a typo.
        { ["eval", "ner", "--gold", "gold.tsv", "--errors", "err.txt", "-o", "out.txt", "--min", "F1=200"], "--min 'F1=200': a floor is a percentage from 0 to 100." },
        { ["eval", "ud", "--gold", "gold.conllu", "--min", "Tokens=-0.5"], "--min 'Tokens=-0.5': a floor is a percentage from 0 to 100." },
        { ["eval", "stem", "--reference", "ref.tsv", "--min", "Agreement=100.5"], "--min 'Agreement=100.5': a floor is a percentage from 0 to 100." },

        // Two floors for one metric (names are case-insensitive): one of them is a mistake.
        { ["eval", "lemma", "--gold", "gold.conllu", "--min", "Accuracy=97", "--min", "accuracy=98.5"], "--min 'accuracy=98.5': Accuracy has a floor already (97); give one floor per metric." },
        { ["eval", "ner", "--gold", "gold.tsv", "--min", "F1=80", "--min", "PER=90", "--min", "F1=85"], "--min 'F1=85': F1 has a floor already (80); give one floor per metric." },
    };

    [Theory]
    [MemberData(nameof(BadFloors))]
    public void A_bad_floor_fails_before_evaluating_or_writing_anything(string[] args, string message)
    {
        using var cli = Setup();
        var result = cli.Run(args);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("indonews: " + message + "\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.Empty(result.Stdout);
        Assert.Equal(["gold.conllu", "gold.tsv", "ref.tsv"], cli.Files());
    }

    [Fact]
    public void A_bad_floor_is_reported_even_when_the_gold_file_is_missing()
    {
        // Validated first: the usage error, not the missing file, is what the user has to fix first.
        using var cli = new CliProcess();
        var result = cli.Run(["eval", "ud", "--gold", "tidak-ada.conllu", "--min", "Lemma=90"]);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("no metric named 'Lemma'", result.Stderr, StringComparison.Ordinal);
    }

    public static TheoryData<string[]> CiMetricNames() => new()
    {
        { ["eval", "ud", "--gold", "gold.conllu", "--min", "Tokens=0", "--min", "Sentences=0", "--min", "Words=0", "--min", "lemmas=0"] },
        { ["eval", "lemma", "--gold", "gold.conllu", "--min", "Accuracy=0", "--min", "Alphabetic=0"] },
        { ["eval", "ner", "--gold", "gold.tsv", "--min", "F1=0", "--min", "PER=0", "--min", "P=0", "--min", "R=0"] },
        { ["eval", "stem", "--reference", "ref.tsv", "--min", "Agreement=0", "--min", "Explained=0"] },
        { ["eval", "stem", "--reference", "ref.tsv", "--mode", "sastrawi", "--min", "Agreement=0"] },
    };

    [Theory]
    [MemberData(nameof(CiMetricNames))]
    public void Every_metric_name_is_accepted_and_checked(string[] args)
    {
        using var cli = Setup();
        var result = cli.Run(args);
        Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
        int floors = args.Count(a => a == "--min");
        Assert.Equal(floors, result.Stderr.Split('\n').Count(l => l.StartsWith("floor ", StringComparison.Ordinal) && l.Contains(" ok (unrounded ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_figure_below_its_floor_still_exits_3()
    {
        using var cli = new CliProcess();
        cli.WriteFile("ref.tsv", "word\tstem\nmakanan\tmakan\nminuman\tminum-salah\n");
        var result = cli.Run(["eval", "stem", "--reference", "ref.tsv", "--mode", "sastrawi", "--min", "agreement=75"]);
        Assert.Equal(ExitCodes.BelowFloor, result.ExitCode);
        Assert.Contains("floor Agreement: 50.000 < 75.000 BELOW FLOOR", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_floor_of_100_percent_is_not_met_by_a_figure_that_rounds_to_it()
    {
        // One disagreement in 40,001 words is 99.9975%, printed 100.00 with two decimals: still below the floor.
        using var cli = new CliProcess();
        var lines = new System.Text.StringBuilder("word\tstem\n");
        for (int i = 0; i < 40_000; i++) lines.Append("makanan\tmakan\n");
        lines.Append("minuman\tminum-salah\n");
        cli.WriteFile("ref.tsv", lines.ToString());
        var result = cli.Run(["eval", "stem", "--reference", "ref.tsv", "--mode", "sastrawi", "--min", "Agreement=100"]);
        Assert.Equal(ExitCodes.BelowFloor, result.ExitCode);
        Assert.Contains("floor Agreement: 99.998 < 100.000 BELOW FLOOR", result.Stderr, StringComparison.Ordinal);

        // CI compares the issues' bars on this unrounded figure, not on the three-decimal one.
        Assert.Matches(@"BELOW FLOOR \(unrounded 99\.9975\d+\)", result.Stderr);
    }

    [Theory]
    [InlineData("ud", "--min Tokens=", "Agreement")]
    [InlineData("stem", "--min Agreement=", "Tokens")]
    [InlineData("lemma", "--min Accuracy=", "Tokens")]
    [InlineData("ner", "--min F1=", "Tokens")]
    public void The_help_example_uses_the_commands_own_metric_names(string command, string example, string foreign)
    {
        using var cli = new CliProcess();
        var result = cli.Run(["eval", command, "--help"]);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        string help = string.Join(' ', result.StdoutText.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        int start = help.IndexOf("--min <min>", StringComparison.Ordinal);
        Assert.True(start >= 0, help);
        int end = help.IndexOf("values in percent", start, StringComparison.Ordinal);
        Assert.True(end > start, help);
        string minHelp = help[start..end];
        Assert.Contains(example, minHelp, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign, minHelp, StringComparison.Ordinal);
    }

    private static CliProcess Setup()
    {
        var cli = new CliProcess();
        cli.WriteFile("gold.conllu", Gold);
        cli.WriteFile("gold.tsv", NerGold);
        cli.WriteFile("ref.tsv", StemReference);
        return cli;
    }
}
