using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using IndoNews.NLP.Cli.Evaluation;
using IndoNews.NLP.Cli.IO;

namespace IndoNews.NLP.Cli.Commands;

/// <summary>
/// <c>indonews eval stem</c>: stems every word of a reference file (<c>word&lt;TAB&gt;stem</c> per line, an
/// optional <c>word&lt;TAB&gt;…</c> header) and prints the agreement and the first disagreements.
/// </summary>
internal static class EvalStemCommand
{
    public static Command Create()
    {
        var reference = new Option<string>("--reference", "-r") { Description = "Reference file: word<TAB>expected stem per line, e.g. ../shared/data/sastrawi/reference-dev.tsv.", Required = true };
        var mode = StemModes.Mode();
        var lexicon = StemModes.Lexicon();
        var lemmaStyle = CommonOptions.LemmaStyle();
        var show = new Option<int>("--show") { Description = "How many disagreements to print (default 20).", DefaultValueFactory = _ => 20 };
        var examples = new Option<int>("--examples") { Description = "Lemma mode, root style only: how many examples to print for each kind of disagreement (default 4).", DefaultValueFactory = _ => 4 };
        var min = MetricFloors.Option("Agreement; in lemma mode with --lemma-style root also Explained", "--min Agreement=98.6 --min Explained=100");
        var outputOption = CommonOptions.Output();
        var command = new Command("stem", "Agreement of the stemmer with a reference list of word → stem pairs (metrics: Agreement; in lemma mode with --lemma-style root also Explained, the share of disagreements that a documented correction or a different root list explains, listed by kind).")
        {
            reference, mode, lexicon, lemmaStyle, show, examples, min, outputOption,
        };
        CommandRunner.SetAction(command, (parse, cancellationToken) =>
        {
            string path = parse.GetValue(reference)!;
            int shown = parse.GetValue(show);
            if (shown < 0) throw new CliException("--show must be 0 or more.", ExitCodes.Usage);
            int perKind = parse.GetValue(examples);
            if (perKind < 0) throw new CliException("--examples must be 0 or more.", ExitCodes.Usage);
            string modeName = parse.GetValue(mode)!, style = parse.GetValue(lemmaStyle)!;
            bool explains = modeName == "lemma" && style == "root";
            var floors = MetricFloors.Parse(parse.GetValue(min)!, explains ? ["Agreement", "Explained"] : ["Agreement"]);
            StemModes.CheckLemmaStyle(parse, mode, lemmaStyle);
            CommonOptions.RefuseSameFile([("--output", parse.GetValue(outputOption))], [("--reference", path), ("--lexicon", parse.GetValue(lexicon))]);

            // The kinds of disagreement are those of root lemmas; no other mode prints examples.
            if (!explains) CommonOptions.RefuseIfGiven(parse, examples, $"applies to --mode lemma with --lemma-style root (its kinds of disagreement), not to {(modeName == "sastrawi" ? "--mode sastrawi" : "--lemma-style " + style)}.");
            var (stem, description) = StemModes.Create(modeName, parse.GetValue(lexicon), style);
            var pairs = ReadPairs(path);
            var clock = Stopwatch.StartNew();
            long agree = 0;
            var disagreements = new List<(string Word, string Expected, string Got)>();
            var allDisagreements = new List<(string Word, string Expected, string Got)>();
            foreach (var (word, expected) in pairs)
            {
                string got = stem(word);
                if (string.Equals(got, expected, StringComparison.Ordinal)) agree++;
                else
                {
                    allDisagreements.Add((word, expected, got));
                    if (disagreements.Count < shown) disagreements.Add((word, expected, got));
                }
            }

            clock.Stop();

            // The root lemmatizer departs from Sastrawi on purpose: group its disagreements by cause.
            StemDisagreementKinds? kinds = null;
            if (explains)
            {
                kinds = new StemDisagreementKinds(StemModes.RootStemmerFor(parse.GetValue(lexicon)), StemModes.LoadLexicon(parse.GetValue(lexicon)));
                foreach (var (word, expected, got) in allDisagreements) kinds.Add(word, expected, got);
            }

            cancellationToken.ThrowIfCancellationRequested();
            double agreement = pairs.Count == 0 ? 0 : 100.0 * agree / pairs.Count;
            using var sink = AtomicOutput.Open(parse.GetValue(outputOption));
            var output = sink.Writer;
            output.WriteLine($"reference: {path} ({pairs.Count:N0} pairs)");
            output.WriteLine($"stemmer: {description}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Agreement: {agreement:F3}% ({agree:N0}/{pairs.Count:N0}); {pairs.Count - agree:N0} disagreements; {clock.Elapsed.TotalMilliseconds:F0} ms"));
            if (disagreements.Count > 0)
            {
                output.WriteLine($"first {disagreements.Count} disagreements (word, expected, got):");
                foreach (var (word, expected, got) in disagreements) output.WriteLine($"  {word}\t{expected}\t{got}");
            }

            var metrics = new Dictionary<string, double> { ["Agreement"] = agreement };
            if (kinds is not null)
            {
                kinds.Write(output, perKind);
                metrics["Explained"] = kinds.Count == 0 ? 100 : 100.0 * kinds.Explained / kinds.Count;
            }

            sink.Commit();
            return MetricFloors.Check(metrics, floors);
        });
        return command;
    }

    private static List<(string Word, string Expected)> ReadPairs(string path)
    {
        // '-' reads the pairs from standard input, as --gold does in the other evaluations.
        if (!CliInput.IsStdin(path))
        {
            if (Directory.Exists(path)) throw new CliException($"--reference {path}: is a folder, not a file.");
            if (!File.Exists(path)) throw new CliException($"--reference {path}: no such file.");
        }

        using var reader = CliInput.OpenLinesStrict(path);
        var pairs = new List<(string, string)>();
        foreach (var line in reader.ReadLines())
        {
            if (line.Text.Length == 0) continue;
            int tab = line.Text.IndexOf('\t');
            if (tab < 0) throw new CliException($"{path}:{line.Number}: expected 'word<TAB>stem'.");
            string word = line.Text[..tab];
            string expected = line.Text[(tab + 1)..];
            int extra = expected.IndexOf('\t');
            if (extra >= 0) expected = expected[..extra];
            if (line.Number == 1 && word == "word") continue; // header

            // An empty side would be scored as an ordinary disagreement (or agreement) instead of a broken line.
            if (word.Length == 0 || expected.Length == 0) throw new CliException($"{path}:{line.Number}: the {(word.Length == 0 ? "word" : "stem")} is empty (expected 'word<TAB>stem').");
            pairs.Add((word, expected));
        }

        if (pairs.Count == 0) throw new CliException($"{path}: no word<TAB>stem pairs found.");
        return pairs;
    }
}
