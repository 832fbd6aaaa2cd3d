using System.CommandLine;
using IndoNews.NLP.Cli.Commands;

namespace IndoNews.NLP.Tests.Entities;

/// <summary>Golden tests of the <c>indonews tag --format conll</c> and <c>eval ner</c> contracts.</summary>
public sealed class NerCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ner-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteFile(string name, string content)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static int Run(Command command, params string[] args) => command.Parse(args).Invoke();

    [Fact]
    public void Tag_writes_one_line_per_token_and_a_blank_line_after_each_sentence()
    {
        string input = WriteFile("in.txt",
            "-DOCSTART- -X- O O\n\n" +
            "Presiden\tO\nJoko\tB-PER\nWidodo\tI-PER\ntiba\tO\ndi\tO\nJakarta\tB-LOC\n.\tO\n\n\n" + // TAB fields, extra blank line
            "salah satu\tO\nwarga\tO\nbandung\tB-PLC\n\n" +                                            // a token with a space
            "Menurut PROPN O\r\nHaposan NOUN B-PER\r\n\r\n" +                                          // space-separated fields, CRLF
            "Bandung");                                                                                 // no final newline, no tag
        string output = Path.Combine(_dir, "out.txt");
        Assert.Equal(0, Run(TagCommand.Create(), input, "--format", "conll", "-o", output));
        string[] lines = File.ReadAllText(output).Split('\n');
        string[] tokens = lines.Where(l => l.Length > 0 && !l.StartsWith("-DOCSTART-", StringComparison.Ordinal)).Select(l => l.Split('\t')[0]).ToArray();
        Assert.Equal(["Presiden", "Joko", "Widodo", "tiba", "di", "Jakarta", ".", "salah satu", "warga", "bandung", "Menurut", "Haposan", "Bandung"], tokens);
        Assert.Equal("-DOCSTART- -X- O O", lines[0]);
        Assert.Equal(string.Empty, lines[1]);
        Assert.Equal("Joko\tB-PER", lines[3]);
        Assert.Equal("Widodo\tI-PER", lines[4]);
        Assert.Equal("Jakarta\tB-LOC", lines[7]);
        Assert.Equal(string.Empty, lines[9]);
        Assert.Equal(string.Empty, lines[13]);
        Assert.Equal(string.Empty, lines[16]);
        Assert.Equal("Bandung\tB-LOC", lines[17]);
        Assert.Equal(string.Empty, lines[18]);
        Assert.Equal(string.Empty, lines[19]); // the file ends with "\n" after the blank line
        Assert.Equal(20, lines.Length);
        Assert.All(lines.Where(l => l.Contains('\t', StringComparison.Ordinal)), l => Assert.Matches(@"^[^\t]+\t(O|[BI]-(PER|LOC|ORG))$", l));
    }

    [Fact]
    public void Tag_of_invalid_UTF8_fails_with_file_and_line_and_leaves_no_output()
    {
        string input = Path.Combine(_dir, "bad.txt");
        File.WriteAllBytes(input, [.. "Jakarta\tO\n"u8, 0xFF, 0xFE, (byte)'\n']);
        string output = Path.Combine(_dir, "out.txt");
        Assert.NotEqual(0, Run(TagCommand.Create(), input, "-o", output));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Eval_scores_a_predicted_file_and_checks_floors()
    {
        string gold = WriteFile("gold.txt", "Joko\tB-PERSON\nWidodo\tI-PERSON\ndi\tO\nJakarta\tB-PLACE\n\nPT\tB-IND\nPertamina\tI-IND\n");
        string predicted = WriteFile("pred.txt", "Joko\tB-PER\nWidodo\tI-PER\ndi\tO\nJakarta\tB-ORG\n\nPT\tB-ORG\nPertamina\tI-ORG\n");
        string output = Path.Combine(_dir, "scores.tsv");
        Assert.Equal(3, Run(EvalNerCommand.Create(), "--gold", gold, "--predicted", predicted, "--min", "F1=67", "-o", output));
        Assert.Equal(0, Run(EvalNerCommand.Create(), "--gold", gold, "--predicted", predicted, "--min", "F1=66", "-o", output));
        string table = File.ReadAllText(output);
        Assert.Contains("PER\t100.00\t100.00\t100.00\t1\t1\t1", table, StringComparison.Ordinal);
        Assert.Contains("LOC\t0.00\t0.00\t0.00\t1\t0\t0", table, StringComparison.Ordinal);
        Assert.Contains("overall\t66.67\t66.67\t66.67\t3\t3\t2", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_rejects_a_predicted_file_of_another_text_with_the_same_shape()
    {
        string gold = WriteFile("gold.txt", "Joko\tB-PERSON\nWidodo\tI-PERSON\ndi\tO\nJakarta\tB-PLACE\n");
        string predicted = WriteFile("pred.txt", "Joko\tB-PER\nWidodo\tI-PER\ndi\tO\nBandung\tB-LOC\n");
        var original = Console.Error;
        var error = new StringWriter();
        Console.SetError(error);
        try
        {
            Assert.Equal(1, Run(EvalNerCommand.Create(), "--gold", gold, "--predicted", predicted));
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.Contains("sentence 1, token 4 is 'Bandung', the gold one 'Jakarta'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_errors_file_names_each_kind_of_error_with_its_sentence()
    {
        string gold = WriteFile("gold.txt",
            "Menteri\tO\nLuar\tO\nNegeri\tO\nRusia\tB-LOC\nSergei\tB-PER\nLavrov\tI-PER\ntiba\tO\n\n" +
            "Kementerian\tB-ORG\nLuar\tI-ORG\nNegeri\tI-ORG\nRusia\tI-ORG\nmenolak\tO\nNamun\tO\n\n" +
            "John\tB-PER\nKerry\tI-PER\ndi\tO\nMoskow\tB-LOC\n");
        string predicted = WriteFile("pred.txt",
            "Menteri\tO\nLuar\tO\nNegeri\tO\nRusia\tO\nSergei\tB-PER\nLavrov\tI-PER\ntiba\tO\n\n" +     // Rusia missed
            "Kementerian\tB-ORG\nLuar\tI-ORG\nNegeri\tI-ORG\nRusia\tB-LOC\nmenolak\tO\nNamun\tB-PER\n\n" + // boundary, spurious Namun
            "John\tB-PER\nKerry\tI-PER\ndi\tO\nMoskow\tB-ORG\n");                                     // label
        string errors = Path.Combine(_dir, "errors.tsv");
        var original = Console.Out;
        Console.SetOut(new StringWriter());
        try
        {
            Assert.Equal(0, Run(EvalNerCommand.Create(), "--gold", gold, "--predicted", predicted, "--errors", errors));
        }
        finally
        {
            Console.SetOut(original);
        }

        string[] lines = File.ReadAllLines(errors);
        Assert.Equal($"# entity errors against {gold}: 4 in 3 sentences", lines[0]);
        Assert.Equal(["# missed\t1", "# spurious\t1", "# label\t1", "# boundary\t1"], lines[1..5]);
        Assert.Equal("kind\tsentence\tgold\tpredicted\tcontext", lines[5]);
        Assert.Equal("missed\t1\tRusia/LOC\t-\tMenteri Luar Negeri [[Rusia]] Sergei Lavrov tiba", lines[6]);
        Assert.Equal("spurious\t2\t-\tNamun/PER\tKementerian Luar Negeri Rusia menolak [[Namun]]", lines[7]);
        Assert.Equal("label\t3\tMoskow/LOC\tMoskow/ORG\tJohn Kerry di [[Moskow]]", lines[8]);
        Assert.Equal("boundary\t2\tKementerian Luar Negeri Rusia/ORG\tKementerian Luar Negeri/ORG | Rusia/LOC\t[[Kementerian Luar Negeri Rusia]] menolak Namun", lines[9]);
        Assert.Equal(10, lines.Length);
    }

    [Fact]
    public void Eval_with_a_corrupt_model_fails_with_a_clear_error()
    {
        string gold = WriteFile("gold.txt", "Jakarta\tB-LOC\n");
        string model = WriteFile("model.bin", "not a model");
        var errors = new StringWriter();
        var original = Console.Error;
        Console.SetError(errors);
        try
        {
            Assert.Equal(1, Run(EvalNerCommand.Create(), "--gold", gold, "--model", model));
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.Contains("not an IndoNews.NLP entity model", errors.ToString(), StringComparison.Ordinal);
    }
}
