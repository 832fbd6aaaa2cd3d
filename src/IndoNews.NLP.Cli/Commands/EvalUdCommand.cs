using System.CommandLine;
using System.Globalization;
using IndoNews.NLP.Cli.Evaluation;
using IndoNews.NLP.Cli.IO;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Cli.Commands;

/// <summary>
/// <c>indonews eval ud</c>: analyses raw text end to end and scores tokens, sentences, words and lemmas
/// against a gold CoNLL-U file with the CoNLL 2018 shared task's definitions.
/// </summary>
internal static class EvalUdCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold CoNLL-U file.", Required = true };
        var raw = new Option<string?>("--raw") { Description = "Raw text to analyse (default: the gold '# text' lines joined by single spaces)." };
        var system = new Option<string?>("--system") { Description = "Score this CoNLL-U file instead of analysing the text (e.g. another tool's output); --raw, --lemma-style and --token-style do not apply then." };
        var lemmaStyle = CommonOptions.LemmaStyle();
        var tokenStyle = CommonOptions.TokenStyle();
        var errors = new Option<string?>("--errors") { Description = "Write the token and sentence-boundary differences to this file." };
        var min = MetricFloors.Option("Tokens, Sentences, Words, Lemmas", "--min Tokens=99.9 --min Sentences=94");
        var output = CommonOptions.Output();
        var command = new Command("ud", "Tokens, Sentences, Words and Lemmas F1 from raw text against UD gold (CoNLL 2018 definitions).")
        {
            gold, raw, system, lemmaStyle, tokenStyle, errors, min, output,
        };

        CommandRunner.SetAction(command, (parse, cancellationToken) =>
        {
            var floors = MetricFloors.Parse(parse.GetValue(min)!, UdEvaluation.MetricNames);
            if (parse.GetValue(system) is not null)
            {
                // A --system file is scored as it is: nothing is analysed, so the analysis options would be ignored.
                foreach (var analysisOption in new Option[] { raw, lemmaStyle, tokenStyle })
                {
                    CommonOptions.RefuseIfGiven(parse, analysisOption, "applies when the text is analysed, not with --system (whose CoNLL-U file is scored as it is).");
                }
            }

            string goldPath = parse.GetValue(gold)!;
            CommonOptions.RefuseStdinTwice(("--gold", [goldPath]), ("--raw", [parse.GetValue(raw)]), ("--system", [parse.GetValue(system)]));
            CommonOptions.RefuseSameFile([("--errors", parse.GetValue(errors)), ("--output", parse.GetValue(output))], [("--gold", goldPath), ("--raw", parse.GetValue(raw)), ("--system", parse.GetValue(system))]);
            var texts = new List<string>();
            var goldDocument = ConlluReader.ReadFile(goldPath, texts);
            if (goldDocument.Words.Count == 0) throw new CliException($"{CliInput.DisplayName(goldPath)}: no CoNLL-U sentences found.");
            UdDocument systemDocument;
            string what;
            string? systemPath = parse.GetValue(system);
            if (systemPath is not null)
            {
                systemDocument = ConlluReader.ReadFile(systemPath);
                what = systemPath;
            }
            else
            {
                string? rawPath = parse.GetValue(raw);
                string text = rawPath is null ? string.Join(' ', texts) : CliInput.ReadAllTextStrict(rawPath);
                var style = CommonOptions.ParseTokenStyle(parse.GetValue(tokenStyle));
                var pipeline = CliPipelines.Create(parse.GetValue(lemmaStyle)!, news: false, style);
                cancellationToken.ThrowIfCancellationRequested();
                systemDocument = DocumentToUd.Convert(pipeline.Process(text));
                what = $"{rawPath ?? "gold # text"} (token style {parse.GetValue(tokenStyle)}, lemma style {parse.GetValue(lemmaStyle)})";
            }

            var result = UdScorer.Evaluate(goldDocument, systemDocument);
            string? errorsPath = parse.GetValue(errors);
            if (errorsPath is not null)
            {
                using var errorSink = AtomicOutput.Open(errorsPath);
                UdErrorReport.Write(errorSink.Writer, goldDocument, systemDocument);
                errorSink.Commit();
            }

            using (var sink = AtomicOutput.Open(parse.GetValue(output)))
            {
                Write(sink.Writer, goldPath, what, result);
                sink.Commit();
            }

            return MetricFloors.Check(result.ToPercentages(), floors);
        });
        return command;
    }

    private static void Write(TextWriter writer, string goldPath, string what, UdEvaluation result)
    {
        writer.WriteLine($"# gold: {goldPath}");
        writer.WriteLine($"# system: {what}");
        writer.WriteLine("Metric     | Precision |    Recall |  F1 Score |      Gold |    System |   Correct");
        writer.WriteLine("-----------+-----------+-----------+-----------+-----------+-----------+-----------");
        Row(writer, "Tokens", result.Tokens);
        Row(writer, "Sentences", result.Sentences);
        Row(writer, "Words", result.Words);
        Row(writer, "Lemmas", result.Lemmas);
    }

    private static void Row(TextWriter writer, string name, UdScore score)
        => writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-10} | {score.Precision * 100,9:F2} | {score.Recall * 100,9:F2} | {score.F1 * 100,9:F2} | {score.Gold,9} | {score.System,9} | {score.Correct,9}"));
}
