using System.Text;
using IndoNews.NLP.Cli;

namespace IndoNews.NLP.Tests.Cli;

/// <summary>
/// The CLI under bad input, as golden files: for each case the command line, the exit code, standard
/// error, and the files left in the folder afterwards (which shows that no partial output or temporary
/// file survives an error). Regenerate with <c>UPDATE_GOLDEN=1 dotnet test --filter CliGoldenTests</c>
/// and review the diff.
/// </summary>
public class CliGoldenTests
{
    private static readonly string GoldenDir = Path.Combine(SharedData.RepoRoot, "tests", "IndoNews.NLP.Tests", "Cli", "Golden");

    private static readonly byte[] GoodText = Encoding.UTF8.GetBytes("Menteri Luar Negeri Rusia Sergei Lavrov bertemu John Kerry di Moskow.\n");

    // Dateline, clitics, reduplication, a date, money, a percentage and names: one short text exercises every field.
    private static readonly byte[] FormatText = Encoding.UTF8.GetBytes("MOSKOW - Menlu Rusia Sergei Lavrov menemui John Kerry, Sabtu (2/7).\nAnak-anak bukunya naik 5% menjadi Rp 1,5 triliun.\n");

    /// <summary>One case: the arguments, the input files and what standard input gets.</summary>
    public sealed record Case(string Name, string[] Args, (string Name, byte[] Bytes)[] Files, byte[]? Stdin = null)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases()
    {
        var goodLines = string.Concat(Enumerable.Range(1, 300).Select(i => $"{{\"id\":{i},\"text\":\"Berita nomor {i} terbit hari ini.\"}}\n"));
        Case[] cases =
        [
            // Invalid UTF-8: a clear error with line and byte offset, or --lenient with a warning count.
            new("invalid-utf8-text", ["analyze", "in.txt"], [("in.txt", Bytes("Halo dunia.\n", X(0xFF, 0xFE), "abc\n"))]),
            new("invalid-utf8-text-output", ["analyze", "in.txt", "-o", "out.json"], [("in.txt", Bytes("Halo dunia.\n", X(0xFF, 0xFE), "abc\n"))]),
            new("invalid-utf8-after-multibyte", ["analyze", "in.txt"], [("in.txt", Bytes("Café ", X(0xC3), " x\n"))]),
            new("invalid-utf8-overlong", ["analyze", "in.txt"], [("in.txt", Bytes("ab", X(0xC0, 0xAF), "\n"))]),
            new("invalid-utf8-encoded-surrogate", ["analyze", "in.txt"], [("in.txt", Bytes("ab", X(0xED, 0xA0, 0x80), "\n"))]),
            new("invalid-utf8-truncated-at-end", ["analyze", "in.txt"], [("in.txt", Bytes("Rp5 ", X(0xE2, 0x82)))]),
            new("invalid-utf8-stdin", ["analyze"], [], Bytes("satu\ndua\n", X(0x80), "\n")),
            new("invalid-utf8-binary", ["analyze", "in.bin"], [("in.bin", Enumerable.Range(0, 256).Select(i => (byte)(i ^ 0x80)).ToArray())]),
            new("invalid-utf8-jsonl", ["analyze", "--input", "jsonl", "in.jsonl", "-o", "out.jsonl"], [("in.jsonl", Bytes("{\"text\":\"satu\"}\n{\"text\":\"dua\"}\n{\"text\":\"ti", X(0xFF), "ga\"}\n"))]),
            new("lenient-text", ["analyze", "--lenient", "in.txt", "-o", "out.json"], [("in.txt", Bytes("Halo dunia.\n", X(0xFF, 0xFE), "abc ", X(0xC3), "\n"))]),
            new("utf16le-text", ["analyze", "in.txt", "-o", "out.json"], [("in.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Halo dunia.\nSatu.\n")])]),
            new("utf16be-text-lenient", ["analyze", "--lenient", "in.txt", "-o", "out.json"], [("in.txt", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Halo dunia.\n")])]),
            new("lenient-jsonl", ["analyze", "--lenient", "--input", "jsonl", "--format", "jsonl", "in.jsonl", "-o", "out.jsonl"], [("in.jsonl", Bytes("{\"text\":\"ti", X(0xFF), "ga\"}\n"))]),

            // Commands without --lenient do not suggest it; eval ner has it.
            new("invalid-utf8-eval-ud-gold", ["eval", "ud", "--gold", "gold.conllu"], [("gold.conllu", Bytes("# text = Caf", X(0xE9), "\n"))]),
            new("invalid-utf8-eval-ud-raw", ["eval", "ud", "--gold", "gold.conllu", "--raw", "raw.txt"], [("gold.conllu", Bytes("1\tA\ta\t_\t_\t_\t_\t_\t_\t_\n\n")), ("raw.txt", Bytes("A", X(0xFF), "\n"))]),
            new("invalid-utf8-eval-lemma-gold", ["eval", "lemma", "--gold", "gold.conllu"], [("gold.conllu", Bytes("1\tCaf", X(0xE9), "\tcafe\t_\t_\t_\t_\t_\t_\t_\n"))]),
            new("invalid-utf8-eval-stem-reference", ["eval", "stem", "--reference", "ref.tsv"], [("ref.tsv", Bytes("makanan\tmakan\nCaf", X(0xE9), "\tcafe\n"))]),
            new("invalid-utf8-eval-ner-gold", ["eval", "ner", "--gold", "gold.tsv"], [("gold.tsv", Bytes("Caf", X(0xE9), "\tO\n"))]),
            new("lenient-eval-ner-gold", ["eval", "ner", "--lenient", "--gold", "gold.tsv", "-o", "out.tsv"], [("gold.tsv", Bytes("Caf", X(0xE9), "\tO\nJakarta\tB-LOC\n"))]),

            // Malformed JSON Lines: the file and line are named; nothing is written.
            new("jsonl-truncated-object", ["analyze", "--input", "jsonl", "in.jsonl", "-o", "out.jsonl"], [("in.jsonl", Bytes("{\"text\":\"satu\"}\n{\"text\": \n{\"text\":\"tiga\"}\n"))]),
            new("jsonl-not-an-object", ["analyze", "--input", "jsonl", "in.jsonl"], [("in.jsonl", Bytes("[1, 2, 3]\n"))]),
            new("jsonl-no-text-field", ["analyze", "--input", "jsonl", "in.jsonl"], [("in.jsonl", Bytes("{\"id\": 1, \"judul\": \"x\"}\n"))]),
            new("jsonl-text-not-a-string", ["analyze", "--input", "jsonl", "in.jsonl"], [("in.jsonl", Bytes("{\"text\": 42}\n"))]),
            new("jsonl-unpaired-surrogate-escape", ["analyze", "--input", "jsonl", "in.jsonl"], [("in.jsonl", Bytes("{\"text\":\"a\\ud800b\"}\n"))]),
            new("jsonl-unpaired-surrogate-in-other-field", ["analyze", "--input", "jsonl", "in.jsonl", "-o", "out.jsonl"], [("in.jsonl", Bytes("{\"text\":\"Satu.\"}\n{\"text\":\"Dua.\", \"meta\":{\"judul\":[\"a\\ud800b\"]}}\n"))]),
            new("jsonl-unpaired-surrogate-in-property-name", ["analyze", "--input", "jsonl", "in.jsonl", "-o", "out.jsonl"], [("in.jsonl", Bytes("{\"text\":\"Satu.\"}\n{\"text\":\"Dua.\",\"sou\\ud800rce\":\"x\"}\n"))]),
            new("jsonl-unpaired-surrogate-in-nested-property-name", ["analyze", "--input", "jsonl", "in.jsonl"], [("in.jsonl", Bytes("{\"text\":\"Satu.\",\"meta\":{\"a\\udc00\":1}}\n"))]),
            new("jsonl-duplicate-property", ["analyze", "--input", "jsonl", "in.jsonl", "-o", "out.jsonl"], [("in.jsonl", Bytes("{\"text\":\"Satu.\", \"text\":\"Dua.\"}\n"))]),
            new("jsonl-duplicate-nested-property", ["analyze", "--input", "jsonl", "in.jsonl"], [("in.jsonl", Bytes("{\"text\":\"Satu.\"}\n{\"text\":\"Dua.\", \"meta\":{\"id\":1, \"id\":2}}\n"))]),
            new("jsonl-garbage-line", ["analyze", "--input", "jsonl", "in.jsonl"], [("in.jsonl", Bytes("{\"text\":\"satu\"}\n<html>\n"))]),
            new("jsonl-error-after-300-good-lines", ["analyze", "--input", "jsonl", "--format", "jsonl", "in.jsonl", "-o", "out.jsonl"], [("in.jsonl", Bytes(goodLines + "{\"text\": tidak}\n"))]),
            new("jsonl-with-bom-and-crlf", ["analyze", "--input", "jsonl", "--format", "jsonl", "in.jsonl", "-o", "out.jsonl"], [("in.jsonl", Bytes(X(0xEF, 0xBB, 0xBF), "{\"text\":\"satu\"}\r\n\r\n{\"text\":\"dua\"}\r\n"))]),

            // Line ends of old Mac files (a lone CR) end lines in every line-based reader: each CoNLL token, JSON line and
            // word is read, where 'tag' and 'eval ner' read the whole file as one line (one token tagged, gold empty).
            new("cr-only-tag-conll", ["tag", "--format", "conll", "in.conll"], [("in.conll", Bytes("Joko\tB-PER\rWidodo\tI-PER\rtiba\tO\r\rIa\tO\rpergi\tO\r"))]),
            new("cr-only-eval-ner-gold", ["eval", "ner", "--gold", "gold.tsv"], [("gold.tsv", Bytes("Joko\tB-PER\rWidodo\tI-PER\rtiba\tO\r\rIa\tO\rpergi\tO\r"))]),
            new("cr-only-jsonl", ["analyze", "--input", "jsonl", "--format", "conllu", "in.jsonl"], [("in.jsonl", Bytes("{\"text\":\"Joko tiba.\"}\r{\"text\":\"Ia pergi.\"}\r"))]),
            new("cr-only-stem", ["stem", "in.txt"], [("in.txt", Bytes("makanan\rpermainan\r\rkebersamaan"))]),
            new("cr-only-invalid-utf8-line-number", ["stem", "in.txt"], [("in.txt", Bytes("makanan\rpermainan\rCaf", X(0xE9), "\r"))]),

            // Files that cannot be read or written.
            new("missing-input-file", ["analyze", "tidak-ada.txt", "-o", "out.json"], []),
            new("input-is-a-directory", ["analyze", ".", "-o", "out.json"], []),
            new("output-folder-missing", ["analyze", "in.txt", "-o", "tidak-ada/out.json"], [("in.txt", GoodText)]),

            // Usage errors: exit 2.
            new("usage-unknown-format", ["analyze", "--format", "xml", "in.txt"], [("in.txt", GoodText)]),
            new("usage-unknown-command", ["terjemahkan", "in.txt"], [("in.txt", GoodText)]),
            new("usage-unknown-eval-command", ["eval", "tokens", "--gold", "in.txt"], [("in.txt", GoodText)]),
            new("usage-bad-date", ["analyze", "--published", "2016-13-01", "in.txt", "-o", "out.json"], [("in.txt", GoodText)]),
            new("usage-unknown-option-analyze", ["analyze", "--bogus", "-o", "out.json"], [], Bytes("Satu.\n")),
            new("usage-unknown-option-stem", ["stem", "-x"], [("-x", GoodText)]),
            new("usage-unknown-option-tag", ["tag", "in.txt", "--bogus"], [("in.txt", GoodText)]),
            new("usage-unknown-option-eval-ud", ["eval", "ud", "--gold", "gold.conllu", "--bogus"], [("gold.conllu", [])]),
            // A tokenised corpus that is not one: named with its line (it was an internal error, exit 70), or refused when it holds no sentence.
            new("train-ner-corpus-invalid-json", ["train", "ner", "--data", ".", "--gazetteers", ".", "--corpus", "corpus.jsonl", "-o", "out.bin"], [("corpus.jsonl", Bytes("{\"paragraphs\":[[[\"Presiden\",\"tiba\"]]]}\n{\"paragraphs\":[[[\"Jokowi\",\n"))]),
            new("train-ner-corpus-token-not-a-string", ["train", "ner", "--data", ".", "--gazetteers", ".", "--corpus", "corpus.jsonl", "-o", "out.bin"], [("corpus.jsonl", Bytes("{\"paragraphs\":[[[\"Presiden\",7]]]}\n"))]),
            new("train-ner-corpus-without-paragraphs", ["train", "ner", "--data", ".", "--gazetteers", ".", "--corpus", "corpus.jsonl", "-o", "out.bin"], [("corpus.jsonl", Bytes("{\"id\":1,\"text\":\"Presiden tiba.\"}\n"))]),
            new("tag-model-missing", ["tag", "in.tsv", "--model", "tidak-ada.bin", "-o", "out.tsv"], [("in.tsv", Bytes("Joko\tO\n"))]),
            new("dash-file-as-path", ["stem", "./-x", "-o", "out.tsv"], [("-x", Bytes("Makanan\n"))]),
            new("usage-negative-parallel", ["analyze", "--input", "jsonl", "--parallel", "-1", "in.txt", "-o", "out.json"], [("in.txt", GoodText)]),
            new("usage-stem-sastrawi-lemma-style", ["stem", "--mode", "sastrawi", "--lemma-style", "ud-gsd", "in.txt", "-o", "out.tsv"], [("in.txt", Bytes("mempermainkan\nbukunya\n"))]),
            // A path that must be a file refuses standard input ('-') as bad usage, not as a file named '-' "not found".
            new("usage-stem-lexicon-stdin", ["stem", "--mode", "sastrawi", "--lexicon", "-", "in.txt", "-o", "out.tsv"], [("in.txt", Bytes("mempermainkan\nbukunya\n"))], Bytes("main\nbuku\n")),
            new("usage-eval-stem-lexicon-stdin", ["eval", "stem", "--reference", "ref.tsv", "--lexicon", "-", "-o", "out.txt"], [("ref.tsv", Bytes("mempermainkan\tmain\n"))], Bytes("main\n")),
            new("usage-tag-model-stdin", ["tag", "in.tsv", "--model", "-", "-o", "out.tsv"], [("in.tsv", Bytes("Joko\nWidodo\n"))]),
            new("usage-eval-ner-model-stdin", ["eval", "ner", "--gold", "gold.tsv", "--model", "-"], [("gold.tsv", Bytes("Joko\tB-PER\nWidodo\tI-PER\n\n"))]),
            new("usage-train-ner-data-stdin", ["train", "ner", "--data", "-", "-o", "out.bin"], []),
            new("usage-train-ner-output-stdout", ["train", "ner", "--data", ".", "--gazetteers", ".", "--corpus", "none", "-o", "-"], []),
            new("usage-eval-min-out-of-range", ["eval", "ner", "--gold", "gold.tsv", "--min", "F1=200", "-o", "out.txt"], [("gold.tsv", Bytes("Joko\tB-PER\nWidodo\tI-PER\ndi\tO\nJakarta\tB-LOC\n\n"))]),
            new("usage-eval-min-twice", ["eval", "ner", "--gold", "gold.tsv", "--min", "F1=80", "--min", "f1=90", "-o", "out.txt"], [("gold.tsv", Bytes("Joko\tB-PER\nWidodo\tI-PER\ndi\tO\nJakarta\tB-LOC\n\n"))]),
            new("usage-jsonl-input-json-format", ["analyze", "--input", "jsonl", "--format", "json", "in.jsonl", "-o", "out.json"], [("in.jsonl", Bytes("{\"text\":\"Satu.\"}\n{\"text\":\"Dua.\"}\n"))]),

            // Gold data with nothing to score is invalid input, not a 0% (or vacuous 100%) result.
            new("eval-ud-empty-gold", ["eval", "ud", "--gold", "gold.conllu", "-o", "out.txt"], [("gold.conllu", [])]),
            new("eval-ud-comments-only-gold", ["eval", "ud", "--gold", "gold.conllu"], [("gold.conllu", Bytes("# newdoc id = 1\n# text = \n\n"))]),
            new("eval-ner-empty-gold", ["eval", "ner", "--gold", "gold.tsv", "--errors", "err.txt"], [("gold.tsv", [])]),
            new("eval-ner-docstart-only-gold", ["eval", "ner", "--gold", "gold.tsv"], [("gold.tsv", Bytes("-DOCSTART- O\n\n"))]),
            new("eval-stem-empty-reference", ["eval", "stem", "--reference", "ref.tsv"], [("ref.tsv", [])]),
            new("eval-stem-header-only-reference", ["eval", "stem", "--reference", "ref.tsv"], [("ref.tsv", Bytes("word\tstem\n"))]),
            new("eval-stem-empty-word", ["eval", "stem", "--reference", "ref.tsv", "-o", "out.txt"], [("ref.tsv", Bytes("makanan\tmakan\n\tbuku\n"))]),
            new("eval-stem-empty-stem", ["eval", "stem", "--reference", "ref.tsv", "-o", "out.txt"], [("ref.tsv", Bytes("word\tstem\nbukunya\t\tcatatan\n"))]),
            new("eval-lemma-empty-gold", ["eval", "lemma", "--gold", "gold.conllu"], [("gold.conllu", [])]),
            // Gold CoNLL-U that the CoNLL 2018 script refuses: a multiword range without its words, a gap in the word IDs.
            new("eval-ud-range-without-words", ["eval", "ud", "--gold", "gold.conllu", "-o", "out.txt"], [("gold.conllu", Bytes("# text = Halo dunianya\n1\tHalo\thalo\t_\t_\t_\t_\t_\t_\t_\n2-3\tdunianya\t_\t_\t_\t_\t_\t_\t_\t_\n\n"))]),
            new("eval-ud-word-id-gap", ["eval", "ud", "--gold", "gold.conllu"], [("gold.conllu", Bytes("1\tHalo\thalo\t_\t_\t_\t_\t_\t_\t_\n3\tdunia\tdunia\t_\t_\t_\t_\t_\t_\t_\n\n"))]),
            new("eval-lemma-range-without-words", ["eval", "lemma", "--gold", "gold.conllu"], [("gold.conllu", Bytes("1-2\tbukunya\t_\t_\t_\t_\t_\t_\t_\t_\n1\tbuku\tbuku\t_\t_\t_\t_\t_\t_\t_\n"))]),
            new("eval-lemma-word-id-gap", ["eval", "lemma", "--gold", "gold.conllu"], [("gold.conllu", Bytes("1\tHalo\thalo\t_\t_\t_\t_\t_\t_\t_\n3\tdunia\tdunia\t_\t_\t_\t_\t_\t_\t_\n\n"))]),

            // The output formats of ../shared/docs/cli-contract.md, byte for byte, on a short news text.
            new("format-analyze-json", ["analyze", "--published", "2016-07-02", "in.txt", "-o", "out.json"], [("in.txt", FormatText)]),
            new("format-analyze-jsonl", ["analyze", "--input", "jsonl", "in.jsonl", "-o", "out.jsonl"], [("in.jsonl", Bytes("{\"id\":\"a1\",\"published\":\"2016-07-02\",\"text\":\"Menlu Rusia Sergei Lavrov tiba di Jakarta, Sabtu (2/7). Ia bertemu Retno.\"}\n"))]),
            new("format-analyze-conllu", ["analyze", "--format", "conllu", "in.txt", "-o", "out.conllu"], [("in.txt", FormatText)]),
            new("jsonl-published-field", ["analyze", "--input", "jsonl", "--no-news", "--published-field", "tanggal", "--published", "2020-01-01", "in.jsonl", "-o", "out.jsonl"], [("in.jsonl", Bytes("{\"tanggal\":\"2016-07-03\",\"text\":\"Sabtu (2/7).\"}\n{\"tanggal\":\"2017-03-27T10:00:00+07:00\",\"text\":\"Kemarin.\"}\n{\"text\":\"Kemarin.\"}\n"))]),
            new("jsonl-published-text", ["analyze", "--input", "jsonl", "--no-news", "--published-field", "tanggal", "--published", "text", "in.jsonl", "-o", "out.jsonl"], [("in.jsonl", Bytes("{\"text\":\"Ditemui di Banten, Kamis (18/8/2016), Henry mengatakan penjualan naik sejak dua pekan lalu.\"}\n{\"tanggal\":\"2016-08-19\",\"text\":\"Ditemui di Banten, Kamis (18/8/2016), Henry mengatakan penjualan naik sejak dua pekan lalu.\"}\n{\"text\":\"Polisi menahan tiga orang pada Minggu (21/8). Juli lalu, polisi menangkap 15 orang.\"}\n"))]),
            new("usage-published-not-text", ["analyze", "--published", "teks", "in.txt", "-o", "out.json"], [("in.txt", GoodText)]),
            new("jsonl-published-field-not-a-date", ["analyze", "--input", "jsonl", "--published-field", "tanggal", "in.jsonl", "-o", "out.jsonl"], [("in.jsonl", Bytes("{\"tanggal\":\"2016-07-03\",\"text\":\"Satu.\"}\n{\"tanggal\":\"3 Juli 2016\",\"text\":\"Dua.\"}\n"))]),
            new("usage-published-field-without-jsonl", ["analyze", "--published-field", "tanggal", "in.txt"], [("in.txt", GoodText)]),
            new("format-stem", ["stem", "in.txt", "-o", "out.tsv"], [("in.txt", Bytes("mempermainkan\nbukunya\nanak-anak\ndikurangi\n"))]),
            new("format-stem-lemma", ["stem", "--mode", "lemma", "in.txt", "-o", "out.tsv"], [("in.txt", Bytes("mempermainkan\nbukunya\nanak-anak\ndikurangi\n"))]),
            new("format-tag-conll", ["tag", "--format", "conll", "in.tsv", "-o", "out.tsv"], [("in.tsv", Bytes("Sergei\nLavrov\ntiba\ndi\nMoskow\n.\n\nIa\nbertemu\nJohn\nKerry\n.\n"))]),

            // Odd but valid input succeeds.
            new("empty-input", ["analyze", "in.txt", "-o", "out.json"], [("in.txt", [])]),
            new("bom-only-input", ["analyze", "in.txt", "-o", "out.json"], [("in.txt", X(0xEF, 0xBB, 0xBF))]),
            new("nul-and-control-characters", ["analyze", "in.txt", "-o", "out.json"], [("in.txt", Bytes("a\0b\u0001c\u001B[31m d\u007F\n"))]),
        ];
        var data = new TheoryData<Case>();
        foreach (var c in cases) data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_CLI_gives_the_golden_exit_code_message_and_files(Case testCase)
    {
        using var cli = new CliProcess();
        foreach (var (name, bytes) in testCase.Files) cli.WriteFile(name, bytes);
        var result = cli.Run(testCase.Args, testCase.Stdin);
        string actual = Render(testCase, result, cli.Files(), cli.PathOf);
        string goldenPath = Path.Combine(GoldenDir, testCase.Name + ".txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(GoldenDir);
            File.WriteAllText(goldenPath, actual, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(goldenPath), $"No golden file {goldenPath}; run with UPDATE_GOLDEN=1 to create it. Actual:\n{actual}");
        Assert.Equal(File.ReadAllText(goldenPath).ReplaceLineEndings("\n"), actual);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal); // never a stack trace
        Assert.True(result.ExitCode is ExitCodes.Success or ExitCodes.InvalidInput or ExitCodes.Usage, $"exit {result.ExitCode}: {result.Stderr}");
    }

    [Fact]
    public void Jsonl_input_writes_one_json_object_per_line_by_default()
    {
        using var cli = new CliProcess();
        var result = cli.Run(["analyze", "--input", "jsonl", "--no-news"], Bytes("{\"id\":1,\"text\":\"Satu.\"}\n{\"id\":2,\"text\":\"Dua.\"}\n"));
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        string[] lines = result.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal([1, 2], lines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt32()));
    }

    [Fact]
    public void Lenient_mode_replaces_invalid_bytes_with_U_FFFD_and_keeps_the_rest()
    {
        using var cli = new CliProcess();
        cli.WriteFile("in.txt", Bytes("Halo ", X(0xFF), "dunia.\n"));
        var result = cli.Run(["analyze", "--lenient", "in.txt"]);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Stdout);
        Assert.Equal("Halo \uFFFDdunia.\n", json.RootElement.GetProperty("text").GetString());
        Assert.Contains("replaced 1 invalid UTF-8 sequence(s) in in.txt", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_input_keeps_its_line_breaks_so_offsets_point_into_the_file()
    {
        using var cli = new CliProcess();
        cli.WriteFile("in.txt", Encoding.UTF8.GetBytes("Baris satu\r\nBaris dua.\n"));
        var result = cli.Run(["analyze", "--no-news", "in.txt"]);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Stdout);
        Assert.Equal("Baris satu\r\nBaris dua.\n", json.RootElement.GetProperty("text").GetString());
        var dua = json.RootElement.GetProperty("tokens").EnumerateArray().First(t => t.GetProperty("text").GetString() == "dua");
        Assert.Equal(18, dua.GetProperty("start").GetInt32());
    }

    [Fact]
    public void Output_to_a_device_is_written_directly_and_leaves_the_device_in_place()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("Needs /dev/null.");
        using var cli = new CliProcess();
        cli.WriteFile("in.txt", Encoding.UTF8.GetBytes("Presiden tiba di Bandung."));
        var result = cli.Run(["analyze", "in.txt", "-o", "/dev/null"]);
        Assert.Equal(ExitCodes.Success, result.ExitCode);

        // Were /dev/null replaced by a regular file, what the analysis wrote would still be there.
        Assert.Equal(string.Empty, File.ReadAllText("/dev/null"));
        Assert.DoesNotContain(Directory.GetFiles("/dev"), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Output_to_a_named_pipe_reaches_its_reader_and_leaves_the_pipe_in_place()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("Needs mkfifo.");
        using var cli = new CliProcess();
        cli.WriteFile("in.txt", "MOSKOW - Menteri Luar Negeri Rusia Sergei Lavrov bertemu John Kerry.");
        string fifo = cli.PathOf("keluaran.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // The reader opens the pipe as a shell's 'cat keluaran.fifo &' would; a rename over it would leave it waiting.
        var reader = Task.Run(() => File.ReadAllText(fifo));
        var result = cli.Run(["analyze", "in.txt", "-o", fifo]);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        string received = await reader.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Contains("\"text\": \"Sergei Lavrov\"", received, StringComparison.Ordinal);
        Assert.Equal(["keluaran.fifo"], cli.Files().Where(f => f != "in.txt"));
        Assert.Equal(0, new FileInfo(fifo).Length);
    }

    [Fact]
    public void An_invalid_byte_far_into_a_long_line_is_reported_at_its_exact_offset()
    {
        // The line is longer than the reader's first buffer, so the offset must survive buffer growth.
        using var cli = new CliProcess();
        byte[] prefix = Encoding.UTF8.GetBytes("Baris pertama.\n" + new string('a', 200_000) + "é");
        cli.WriteFile("in.txt", [.. prefix, 0xFF, (byte)'\n']);
        var result = cli.Run(["analyze", "in.txt"]);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal($"indonews: in.txt:2: invalid UTF-8 at byte offset {prefix.Length} (use --lenient to replace invalid bytes).\n", result.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Help_lists_the_exit_codes_for_the_tool_and_every_command()
    {
        using var cli = new CliProcess();
        var root = cli.Run(["--help"]);
        Assert.Equal(ExitCodes.Success, root.ExitCode);
        Assert.Contains("Exit codes:\n  0    success\n  1    ", root.StdoutText.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var analyze = cli.Run(["analyze", "--help"]);
        Assert.Contains("  130  cancelled (Ctrl+C)", analyze.StdoutText, StringComparison.Ordinal);
        Assert.DoesNotContain("--min floor", analyze.StdoutText, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_gives_one_default_for_parallel()
    {
        using var cli = new CliProcess();
        string help = string.Join(' ', cli.Run(["analyze", "--help"]).StdoutText.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        int start = help.IndexOf("--parallel <parallel>", StringComparison.Ordinal);
        string parallel = help[start..help.IndexOf("[default: 0]", start, StringComparison.Ordinal)] + "[default: 0]";
        Assert.Contains("0, the default, means one per processor. [default: 0]", parallel, StringComparison.Ordinal);
        Assert.DoesNotContain("processor count", parallel, StringComparison.Ordinal);
    }

    private static byte[] X(params int[] bytes) => bytes.Select(b => (byte)b).ToArray();

    internal static byte[] Bytes(params object[] parts)
    {
        var buffer = new List<byte>();
        foreach (var part in parts)
        {
            buffer.AddRange(part switch
            {
                string s => Encoding.UTF8.GetBytes(s),
                byte[] b => b,
                int[] ints => ints.Select(i => (byte)i),
                _ => throw new ArgumentException("string or bytes", nameof(parts)),
            });
        }

        return [.. buffer];
    }

    private static string Render(Case testCase, CliResult result, string[] files, Func<string, string> cliDirectory)
    {
        string stderr = result.Stderr.ReplaceLineEndings("\n");
        // Usage errors end with the command's help text, which grows with every option; the error lines are what matter.
        int help = stderr.IndexOf("\nDescription:", StringComparison.Ordinal);
        if (help >= 0) stderr = stderr[..help].TrimEnd('\n') + "\n[help text follows]\n";
        var sb = new StringBuilder();
        sb.Append("$ indonews ").AppendJoin(' ', testCase.Args).Append(testCase.Stdin is null ? "" : " < stdin").Append('\n');
        sb.Append("exit ").Append(result.ExitCode).Append('\n');
        sb.Append("--- stderr\n").Append(stderr);
        if (stderr.Length > 0 && !stderr.EndsWith('\n')) sb.Append('\n');
        string stdout = result.StdoutText.ReplaceLineEndings("\n");
        if (stdout.Length > 0) sb.Append("--- stdout\n").Append(stdout).Append(stdout.EndsWith('\n') ? "" : "\n");
        sb.Append("--- files after the run\n");
        foreach (string file in files) sb.Append(file).Append('\n');

        // What was written is part of the format contract (field names, order, offsets), byte for byte.
        foreach (string file in files.Where(f => f.StartsWith("out.", StringComparison.Ordinal)))
        {
            string content = File.ReadAllText(cliDirectory(file)).ReplaceLineEndings("\n");
            sb.Append("--- ").Append(file).Append('\n').Append(content).Append(content.EndsWith('\n') || content.Length == 0 ? "" : "\n");
        }

        return sb.ToString();
    }
}

/// <summary>
/// Every command's <c>--help</c> ends with the exit codes that command can give, once; exit 3 (a <c>--min</c> floor)
/// only where there is a floor. The codes are not in the descriptions, which the parent's list of commands repeats.
/// </summary>
public class CliHelpTests
{
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var command in IndoNews.NLP.Cli.Commands.CommandCatalog.All()) Add(command, command.Name);
        return data;

        void Add(System.CommandLine.Command command, string path)
        {
            data.Add(path);
            foreach (var sub in command.Subcommands) Add(sub, path + " " + sub.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_command_help_ends_with_its_own_exit_codes_once(string path)
    {
        string help = Help([.. path.Split(' '), "--help"]);
        int section = help.IndexOf("\nExit codes:\n", StringComparison.Ordinal);
        Assert.True(section > 0, help);
        Assert.Equal(section, help.LastIndexOf("\nExit codes:", StringComparison.Ordinal));
        string codes = help[section..];
        foreach (string code in new[] { "  0    success", "  1    unreadable or invalid input", "  2    bad usage", "  70   internal error", "  130  cancelled" })
        {
            Assert.Contains(code, codes, StringComparison.Ordinal);
        }

        // Only the eval commands have --min floors, so only they (and 'eval' itself, which leads to them) can exit 3.
        bool floors = path.StartsWith("eval", StringComparison.Ordinal);
        Assert.Equal(floors, codes.Contains("  3    a figure below its --min floor", StringComparison.Ordinal));
        Assert.Equal(floors && path != "eval", help.Contains("  --min <min>", StringComparison.Ordinal));
        Assert.DoesNotContain("On any error", codes, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_help_lists_every_code_once_and_the_commands_without_them()
    {
        string help = Help(["--help"]);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(help, "Exit codes"));
        Assert.Contains("  3    an eval figure below its --min floor\n", help, StringComparison.Ordinal);
        Assert.Contains("  On any error no partial output file is left.\n", help, StringComparison.Ordinal);
        string commands = help[help.IndexOf("Commands:", StringComparison.Ordinal)..help.IndexOf("Exit codes:", StringComparison.Ordinal)];
        Assert.Contains("  analyze <file>  Analyse text: sentences, tokens, lemmas, entities (and news structure).\n", commands, StringComparison.Ordinal);
        Assert.DoesNotContain("130", commands, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_help_does_not_mention_exit_3()
    {
        string help = Help(["analyze", "--help"]);
        Assert.DoesNotContain("  3 ", help, StringComparison.Ordinal);
        Assert.DoesNotContain("--min", help, StringComparison.Ordinal);
        Assert.Contains("\nExit codes:\n  0    success\n  1    unreadable or invalid input, or a missing or corrupt model or lexicon (named on standard error)\n  2    bad usage\n  70   internal error\n  130  cancelled (Ctrl+C)\n", help, StringComparison.Ordinal);
    }

    // The help as the tool prints it, from the same root command.
    private static string Help(string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        int exit = IndoNews.NLP.Cli.CliRoot.Create().Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { Output = output });
        Assert.Equal(ExitCodes.Success, exit);
        return output.ToString();
    }
}
