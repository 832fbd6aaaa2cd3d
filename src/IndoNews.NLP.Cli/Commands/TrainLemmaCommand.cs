using System.CommandLine;
using System.Globalization;
using IndoNews.NLP.Cli.Formats;
using IndoNews.NLP.Cli.IO;
using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Cli.Commands;

/// <summary>
/// <c>indonews train lemma</c> (hidden): rebuilds a shipped UD lemma model (<c>data/lemmas/ud-*.tsv</c>)
/// from gold CoNLL-U files and a news corpus. Training sentences that also occur in an <c>--exclude</c>
/// file (the test splits) are dropped first, compared on lower-cased letters and digits.
/// </summary>
internal static class TrainLemmaCommand
{
    public static Command Create()
    {
        var style = new Option<string>("--style") { Description = "The UD style to learn: ud-gsd or ud-csui.", Required = true }.AcceptOnlyFromAmong("ud-gsd", "ud-csui");
        var conllu = new Option<string[]>("--conllu") { Description = "Gold CoNLL-U training files.", Required = true, AllowMultipleArgumentsPerToken = true };
        var also = new Option<string[]>("--also") { Description = "The other treebank's training files: roots, affix patterns and a second-chance lookup of lower-case words.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var exclude = new Option<string[]>("--exclude") { Description = "CoNLL-U files (test splits) whose sentences must not be trained on.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var corpus = CommonOptions.FileOnly(new Option<string>("--corpus") { Description = "Plain-text news corpus file for root frequencies (e.g. ../shared/data/corpus/indosum/articles.txt).", Required = true }, "the corpus is read twice, so it must be a file");
        var minCount = new Option<int>("--min-count") { Description = "Keep corpus words seen at least this often (1 or more).", DefaultValueFactory = _ => 2 };
        var upos = new Option<bool>("--upos") { Description = "Also learn part-of-speech tables from the --conllu files' UPOS column, for a style with a tagger (ud-gsd; see data/lemmas/SOURCE.md: not used by the shipped model)." };
        var weight = new Option<string[]>("--weight") { Description = "Override a scoring weight for this style, NAME=VALUE (chosen by eval lemma --folds).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var output = CommonOptions.Output();
        var command = new Command("lemma", "Rebuild a UD lemma model from gold CoNLL-U and a news corpus.")
        {
            style, conllu, also, exclude, corpus, minCount, upos, weight, output,
        };
        CommandRunner.SetAction(command, (parse, cancellationToken) =>
        {
            if (parse.GetValue(minCount) < 1) throw new CliException("--min-count must be 1 or more.", ExitCodes.Usage);

            // The corpus is read twice (word counts, then the words after 'di'): from standard input the second pass got
            // nothing, so --corpus refuses '-' when parsed (CommonOptions.FileOnly).
            CommonOptions.RefuseStdinTwice(("--conllu", parse.GetValue(conllu)!), ("--also", parse.GetValue(also)!), ("--exclude", parse.GetValue(exclude)!));
            var conventions = CliPipelines.UdConventions(parse.GetValue(style)!)!;
            var excluded = new HashSet<string>(StringComparer.Ordinal);
            foreach (string path in parse.GetValue(exclude)!)
            {
                foreach (var sentence in ConlluLemmaReader.Read(path)) excluded.Add(Normalize(sentence));
            }

            var training = new List<IReadOnlyList<(string, string)>>();
            var tags = new List<IReadOnlyList<string>>();
            var other = new List<IReadOnlyList<(string, string)>>();
            int dropped = 0;
            string[] files = parse.GetValue(conllu)!;
            string[] otherFiles = parse.GetValue(also)!;
            foreach (string path in files.Concat(otherFiles))
            {
                bool isOther = !files.Contains(path);
                foreach (var sentence in ConlluLemmaReader.Read(path))
                {
                    if (excluded.Contains(Normalize(sentence)))
                    {
                        dropped++;
                        continue;
                    }

                    (isOther ? other : training).Add(sentence.Select(w => (w.Form, w.Lemma)).ToList());
                    if (!isOther) tags.Add(sentence.Select(w => w.Upos).ToList());
                }
            }

            // A model learned from no sentence would be written (over a shipped one, with -o) as if it were fine.
            if (training.Count == 0) throw new CliException($"no training sentences left: every sentence of {string.Join(", ", files)} occurs in an --exclude file.");
            cancellationToken.ThrowIfCancellationRequested();
            string corpusPath = parse.GetValue(corpus)!;
            Dictionary<string, int> frequencies;
            using (var reader = CliInput.OpenLines(corpusPath, lenient: true))
            {
                frequencies = UdLemmaTrainer.CountWords(reader.ReadLines().Select(l => l.Text), parse.GetValue(minCount));
            }

            Dictionary<string, int> afterDi;
            using (var reader = CliInput.OpenLines(corpusPath, lenient: true))
            {
                afterDi = JoinedPreposition.CountAfterDi(reader.ReadLines().Select(l => l.Text), parse.GetValue(minCount));
            }

            var weights = EvalLemmaCommand.ApplyWeights(new UdLemmaWeights(), parse.GetValue(weight)!);
            // Part-of-speech tables only for a style with a tagger to use them (GSD), from files that have UPOS.
            bool withTags = parse.GetValue(upos);
            if (withTags && conventions.TaggerFile is null) throw new CliException($"--upos: the {conventions.Name} style has no tagger to use the tables.", ExitCodes.Usage);
            if (withTags && tags.Any(s => s.Any(t => t == "_"))) throw new CliException("--upos: a --conllu file has words without UPOS ('_').", ExitCodes.InvalidInput);
            var model = UdLemmaTrainer.Train(training, conventions, frequencies, weights, other, corpusAfterDi: afterDi, tags: withTags ? tags : null);
            string header = string.Join('\n',
                $"IndoNews.NLP UD lemma model, style {conventions.Name}. Generated; do not edit.",
                $"Learned from {string.Join(", ", files.Select(Path.GetFileName))} ({training.Count} sentences), with roots and a second-chance lookup from",
                $"{string.Join(", ", otherFiles.Select(Path.GetFileName))} ({other.Count} sentences); {dropped} sentences dropped as they occur in a test split;",
                $"and word frequencies of {Path.GetFileName(corpusPath)}. Licence: CC BY-SA 4.0 (see SOURCE.md and LICENSE in this folder).",
                "Rebuild: see SOURCE.md.");
            using var sink = AtomicOutput.Open(parse.GetValue(output));
            model.Save(sink.Writer, header);
            sink.Commit();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"indonews: {conventions.Name}: {training.Count} sentences ({dropped} dropped), {model.Forms.Count} forms, {model.Lemmas.Count} lemmas, {model.Patterns.Count} patterns, {model.CorpusFrequencies.Count} corpus words."));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A sentence's lower-cased letters and digits: how training sentences are matched against test splits.</summary>
    internal static string Normalize(List<GoldWord> sentence)
    {
        var chars = new List<char>();
        foreach (var word in sentence)
        {
            foreach (char c in word.Form)
            {
                if (char.IsLetterOrDigit(c)) chars.Add(char.ToLowerInvariant(c));
            }
        }

        return new string([.. chars]);
    }
}
