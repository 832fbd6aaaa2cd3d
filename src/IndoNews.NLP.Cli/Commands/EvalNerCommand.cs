using System.CommandLine;
using System.Globalization;
using IndoNews.NLP.Cli.Formats;
using IndoNews.NLP.Cli.IO;
using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Cli.Commands;

/// <summary>
/// <c>indonews eval ner --gold FILE</c>: tags the gold file's tokens (or reads <c>--predicted</c>) and
/// prints entity-level exact-match precision, recall and F1 per label and overall (conlleval
/// definitions; corpus labels mapped to PER, LOC, ORG, everything else O).
/// </summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold file: one token per line with its tag in the last field (idner-news-2k, NERGrit, NERP, NER UGM formats), a blank line between sentences.", Required = true };
        var predicted = new Option<string?>("--predicted") { Description = "Score this token<TAB>TAG file (e.g. from 'indonews tag') instead of tagging the gold tokens; --model does not apply then." };
        var model = NerModelOption.Create();
        var floors = MetricFloors.Option("F1, P, R overall; PER, LOC, ORG the F1 of one label", "--min F1=89 --min PER=90");
        var lenient = CommonOptions.Lenient();
        var errors = new Option<string?>("--errors") { Description = "Also write every entity error (missed, spurious, wrong label, wrong boundary) with its sentence to this file." };
        var outputOption = CommonOptions.Output();
        var command = new Command("ner", "Score the entity tagger on a gold file: precision, recall and F1 (percent) per label and overall. Metric names for --min: F1, P, R, PER, LOC, ORG.")
        {
            gold, predicted, model, floors, lenient, errors, outputOption,
        };
        CommandRunner.SetAction(command, (parse, cancellationToken) =>
        {
            var minimums = MetricFloors.Parse(parse.GetValue(floors)!, ["F1", "P", "R", EntityLabels.Person, EntityLabels.Location, EntityLabels.Organization]);
            // The predicted tags are read, not made: a model given with them would be ignored.
            if (parse.GetValue(predicted) is not null) CommonOptions.RefuseIfGiven(parse, model, "tags the gold tokens; it does not apply with --predicted (whose tags are scored as they are).");
            bool isLenient = parse.GetValue(lenient);
            string goldPath = parse.GetValue(gold)!;
            CommonOptions.RefuseStdinTwice(("--gold", [goldPath]), ("--predicted", [parse.GetValue(predicted)]));
            CommonOptions.RefuseSameFile([("--errors", parse.GetValue(errors)), ("--output", parse.GetValue(outputOption))], [("--gold", goldPath), ("--predicted", parse.GetValue(predicted)), ("--model", parse.GetValue(model))]);
            var goldSentences = Read(goldPath, isLenient);
            if (goldSentences.All(s => s.Tokens.Length == 0)) throw new CliException($"{CliInput.DisplayName(goldPath)}: no tokens found (expected one token per line with its tag in the last field).");
            var scorer = new EntityScorer();
            var pairs = new List<(NerSentence Gold, byte[] Predicted)>(goldSentences.Count);
            string? predictedPath = parse.GetValue(predicted);
            if (predictedPath is not null)
            {
                var system = Read(predictedPath, isLenient);
                if (system.Count != goldSentences.Count) throw new CliException($"{predictedPath}: {system.Count} sentences, the gold file has {goldSentences.Count}.");
                for (int i = 0; i < system.Count; i++)
                {
                    if (system[i].Tags.Length != goldSentences[i].Tags.Length) throw new CliException($"{predictedPath}: sentence {i + 1} has {system[i].Tags.Length} tokens, the gold one {goldSentences[i].Tags.Length}.");
                    CheckSameTokens(predictedPath, i, goldSentences[i].Tokens, system[i].Tokens);
                    scorer.Add(goldSentences[i].Tags, system[i].Tags);
                    pairs.Add((goldSentences[i], system[i].Tags));
                }
            }
            else
            {
                var tagger = NerModelOption.Load(parse.GetValue(model));
                var state = new TaggerState();
                foreach (var sentence in goldSentences)
                {
                    var tags = new byte[sentence.Tokens.Length];
                    tagger.Tag(sentence.Tokens, state, tags);
                    scorer.Add(sentence.Tags, tags);
                    pairs.Add((sentence, tags));
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            if (parse.GetValue(errors) is string errorsPath)
            {
                using var sink = AtomicOutput.Open(errorsPath);
                NerErrorReport.Write(sink.Writer, CliInput.DisplayName(goldPath), pairs);
                sink.Commit();
            }

            Dictionary<string, double> metrics;
            using (var sink = AtomicOutput.Open(parse.GetValue(outputOption)))
            {
                metrics = Print(scorer, sink.Writer);
                sink.Commit();
            }

            return MetricFloors.Check(metrics, minimums);
        });
        return command;
    }

    /// <summary>A predicted file of another text would be scored silently against the wrong tags, so its tokens must be the gold ones.</summary>
    private static void CheckSameTokens(string predictedPath, int sentence, string[] gold, string[] predicted)
    {
        for (int t = 0; t < gold.Length; t++)
        {
            if (!string.Equals(gold[t], predicted[t], StringComparison.Ordinal))
            {
                throw new CliException($"{predictedPath}: sentence {sentence + 1}, token {t + 1} is '{predicted[t]}', the gold one '{gold[t]}' (a predicted file must keep the gold tokens).");
            }
        }
    }

    private static List<NerSentence> Read(string path, bool lenient)
    {
        using var reader = CliInput.OpenLines(path, lenient);
        List<NerSentence> sentences = [.. ConllNerParser.Parse(reader.ReadLines().Select(l => (l.Text, l.Number)), CliInput.DisplayName(path))];
        CliInput.WarnReplaced(reader.ReplacedSequences, CliInput.DisplayName(path));
        return sentences;
    }

    /// <summary>Prints the table and returns the metrics by name.</summary>
    public static Dictionary<string, double> Print(EntityScorer scorer, TextWriter writer)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        var ci = CultureInfo.InvariantCulture;
        writer.WriteLine("label\tprecision\trecall\tf1\tgold\tpredicted\tcorrect");
        foreach (string label in new[] { EntityLabels.Person, EntityLabels.Location, EntityLabels.Organization })
        {
            var s = scorer.Score(label);
            writer.WriteLine(string.Create(ci, $"{label}\t{s.Precision:F2}\t{s.Recall:F2}\t{s.F1:F2}\t{s.Gold}\t{s.Predicted}\t{s.Correct}"));
            metrics[label] = s.F1;
        }

        var all = scorer.Score();
        writer.WriteLine(string.Create(ci, $"overall\t{all.Precision:F2}\t{all.Recall:F2}\t{all.F1:F2}\t{all.Gold}\t{all.Predicted}\t{all.Correct}"));
        metrics["P"] = all.Precision;
        metrics["R"] = all.Recall;
        metrics["F1"] = all.F1;
        return metrics;
    }
}
