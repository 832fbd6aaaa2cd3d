using System.CommandLine;
using System.Globalization;
using IndoNews.NLP.Cli.Formats;
using IndoNews.NLP.Cli.IO;
using IndoNews.NLP.Entities;
using IndoNews.NLP.Tagging;

namespace IndoNews.NLP.Cli.Commands;

/// <summary>
/// <c>indonews train upos</c>: rebuilds the UPOS tagger the <c>ud-gsd</c> lemma style consults
/// (<c>data/pos/upos-gsd.bin</c>) from gold CoNLL-U files. Sentences that also occur in an <c>--exclude</c> file
/// (the test splits) are dropped first, as <c>train lemma</c> does.
/// </summary>
internal static class TrainUposCommand
{
    public static Command Create()
    {
        var conllu = new Option<string[]>("--conllu") { Description = "Gold CoNLL-U files of the treebank whose tag conventions the tagger follows (GSD).", Required = true, AllowMultipleArgumentsPerToken = true };
        var also = new Option<string[]>("--also") { Description = "Gold CoNLL-U files of another treebank (CSUI): learned from as a second domain.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var exclude = new Option<string[]>("--exclude") { Description = "CoNLL-U files (test splits) whose sentences must not be trained on.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data (1 or more).", DefaultValueFactory = _ => 10 };
        var sequence = new Option<bool>("--sequence") { Description = "Learn tag transitions and decode each sentence with Viterbi (default: each token tagged on its own)." };
        var profiles = new Option<bool>("--profiles") { Description = "Also read the shipped NER model's word profiles (how news capitalises each word, its frequency and clusters); the tagger then loads that model's profiles." };
        var output = new Option<string>("--output", "-o") { Description = "Model file to write.", DefaultValueFactory = _ => "data/pos/upos-gsd.bin" };
        var command = new Command("upos", "Rebuild the UPOS tagger of the ud-gsd lemma style from gold CoNLL-U.")
        {
            conllu, also, exclude, epochs, sequence, profiles, output,
        };
        CommandRunner.SetAction(command, (parse, cancellationToken) =>
        {
            if (parse.GetValue(epochs) < 1) throw new CliException("--epochs must be 1 or more.", ExitCodes.Usage);
            CommonOptions.RefuseStdinTwice(("--conllu", parse.GetValue(conllu)!), ("--also", parse.GetValue(also)!), ("--exclude", parse.GetValue(exclude)!));
            var excluded = new HashSet<string>(StringComparer.Ordinal);
            foreach (string path in parse.GetValue(exclude)!)
            {
                foreach (var sentence in ConlluLemmaReader.Read(path)) excluded.Add(TrainLemmaCommand.Normalize(sentence));
            }

            var own = new List<List<GoldWord>>();
            var other = new List<List<GoldWord>>();
            int dropped = 0;
            string[] files = parse.GetValue(conllu)!;
            foreach (string path in files.Concat(parse.GetValue(also)!))
            {
                bool isOther = !files.Contains(path);
                foreach (var sentence in ConlluLemmaReader.Read(path))
                {
                    if (excluded.Contains(TrainLemmaCommand.Normalize(sentence)))
                    {
                        dropped++;
                        continue;
                    }

                    (isOther ? other : own).Add(sentence);
                }
            }

            if (own.Count == 0) throw new CliException($"no training sentences left: every sentence of {string.Join(", ", files)} occurs in an --exclude file.");
            cancellationToken.ThrowIfCancellationRequested();
            UposTrainer.Sentence[] training = [.. EvalLemmaCommand.TaggerSentences(own, 0), .. EvalLemmaCommand.TaggerSentences(other, 1)];
            var wordProfiles = parse.GetValue(profiles) ? CliPipelines.LoadData(() => NerModelFormat.Read(DataFiles.Resolve(EntityTagger.ShippedModel))).Extractor.Profiles : null;
            var tagger = parse.GetValue(sequence) ? UposSequenceTrainer.Train(training, 0, parse.GetValue(epochs), profiles: wordProfiles) : UposTrainer.Train(training, 0, parse.GetValue(epochs), profiles: wordProfiles);
            using (var sink = AtomicOutput.Open(parse.GetValue(output)))
            {
                tagger.Save(sink.Stream);
                sink.Commit();
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"indonews: upos: {own.Count} + {other.Count} sentences ({dropped} dropped), {tagger.Tags.Length} tags, {tagger.FeatureCount} features."));
            return ExitCodes.Success;
        });
        return command;
    }
}
