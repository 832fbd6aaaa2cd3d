using System.Text;
using IndoNews.NLP.Cli;

namespace IndoNews.NLP.Tests.Cli;

/// <summary>
/// Missing or corrupt shipped data (model, lexicons, lists) through <c>INDONEWS_DATA_DIR</c>: a clear
/// one-line error naming the file and exit 1, never a stack trace or an internal error, and no output file.
/// Golden files under Golden/data-*.txt; the data folder's path is shown as $DATA.
/// </summary>
public class CliDataFileTests
{
    private static readonly string GoldenDir = Path.Combine(SharedData.RepoRoot, "tests", "IndoNews.NLP.Tests", "Cli", "Golden");
    private static readonly string ShippedData = Path.Combine(AppContext.BaseDirectory, "indonews-data");

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "ner/ner-model.bin", "missing", "root" },
        { "ner/ner-model.bin", "garbage", "root" },
        { "ner/ner-model.bin", "truncated", "root" },
        { "ner/ner-model.bin", "empty", "root" },
        { "stemming/root-words.txt", "missing", "root" },
        { "stemming/root-words.txt", "garbage", "root" },
        { "stemming/lemma-ignored-roots.txt", "missing", "root" },
        { "stemming/lemma-ignored-roots.txt", "garbage", "root" },
        { "stemming/lemma-added-roots.txt", "garbage", "root" },
        { "stemming/lemma-k-roots.txt", "missing", "root" },
        { "stemming/lemma-k-roots.txt", "garbage", "root" },
        { "stemming/lemma-an-k-roots.txt", "missing", "root" },
        { "stemming/lemma-an-k-roots.txt", "garbage", "root" },
        { "stemming/root-affixes.txt", "missing", "root" },
        { "stemming/root-affixes.txt", "garbage", "root" },
        { "lemmas/ud-gsd.tsv", "missing", "ud-gsd" },
        { "lemmas/ud-gsd.tsv", "garbage", "ud-gsd" },
        { "stopwords/stopwords-id.txt", "garbage", "root" },
        { "news/aliases.tsv", "garbage", "root" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_data_gives_a_clear_error_and_no_output(string file, string damage, string lemmaStyle)
    {
        // Every file listed is shipped: one missing from the build output is a packaging defect, not a reason to skip.
        Assert.True(File.Exists(Path.Combine(ShippedData, file)), $"{file} is missing from {ShippedData}: the build no longer copies it.");
        using var cli = new CliProcess();
        string data = cli.PathOf("data");
        CopyDirectory(ShippedData, data);
        Damage(Path.Combine(data, file), damage);
        cli.WriteFile("in.txt", "Menteri Luar Negeri Rusia Sergei Lavrov bertemu John Kerry di Moskow, Sabtu (2/7).\n");
        var result = cli.Run(["analyze", "--lemma-style", lemmaStyle, "in.txt", "-o", "out.json"], environment: new Dictionary<string, string> { ["INDONEWS_DATA_DIR"] = data });

        // Sizes change whenever a model is retrained; the golden keeps the wording, not the byte counts.
        string stderr = System.Text.RegularExpressions.Regex.Replace(result.Stderr.ReplaceLineEndings("\n").Replace(data, "$DATA", StringComparison.Ordinal), "[0-9]{4,}", "N", System.Text.RegularExpressions.RegexOptions.NonBacktracking);
        string actual = $"$ INDONEWS_DATA_DIR=$DATA indonews analyze --lemma-style {lemmaStyle} in.txt -o out.json   ({file} {damage})\nexit {result.ExitCode}\n--- stderr\n{stderr}--- output written: {File.Exists(cli.PathOf("out.json"))}\n";
        string golden = Path.Combine(GoldenDir, $"data-{Path.GetFileNameWithoutExtension(file)}-{damage}.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(golden, actual, new UTF8Encoding(false));
        Assert.True(File.Exists(golden), $"No golden file {golden}; run with UPDATE_GOLDEN=1. Actual:\n{actual}");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), actual);

        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(ExitCodes.InternalError, result.ExitCode);
        if (result.ExitCode != ExitCodes.Success)
        {
            Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
            Assert.Contains(Path.GetFileName(file), result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain(cli.Files(), f => f.StartsWith("out.json", StringComparison.Ordinal) || f.EndsWith(".tmp", StringComparison.Ordinal));
        }
    }

    private static void Damage(string path, string damage)
    {
        switch (damage)
        {
            case "missing":
                File.Delete(path);
                break;
            case "empty":
                File.WriteAllBytes(path, []);
                break;
            case "truncated":
                byte[] bytes = File.ReadAllBytes(path);
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            default: // garbage: deterministic random bytes, invalid UTF-8 and NULs included
                var random = new Random(7);
                var garbage = new byte[4096];
                random.NextBytes(garbage);
                File.WriteAllBytes(path, garbage);
                break;
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (string dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories)) File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
    }
}
