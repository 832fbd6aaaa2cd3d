using IndoNews.NLP.Cli.IO;
using System.CommandLine;
using System.Globalization;
using System.Text;
using IndoNews.NLP.Cli.Formats;
using IndoNews.NLP.Entities;
using IndoNews.NLP.Stemming;
using IndoNews.NLP.Tagging;

namespace IndoNews.NLP.Cli.Commands;

/// <summary>
/// <c>indonews eval lemma</c>: lemma accuracy on gold tokenization. Reads the gold words of a CoNLL-U file,
/// builds one token per word (clitics such as <c>nya</c> stay their own words), lemmatises them in
/// sentence context and compares with LEMMA exactly. With <c>--folds K</c> it cross-validates a UD style
/// instead: each fold is lemmatised by a model learned from the other folds of the same file.
/// </summary>
internal static class EvalLemmaCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold CoNLL-U file.", Required = true };
        var lemmaStyle = CommonOptions.LemmaStyle();
        var folds = new Option<int>("--folds") { Description = "Cross-validate a UD style on the gold file: K folds (2 to the number of sentences), each lemmatised by a model trained on the others (0 = use the shipped model); also prints accuracy on words the training folds hold (Seen) and on the others (Unseen).", DefaultValueFactory = _ => 0 };
        var also = new Option<string?>("--also") { Description = "With --folds: the other treebank's training file, learned from as the shipped model does (roots, patterns, second-chance lookup)." };
        var weight = new Option<string[]>("--weight") { Description = "With --folds: override a scoring weight, NAME=VALUE (for tuning).", Hidden = true, AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var pos = new Option<string>("--pos") { Description = "With --folds: the part of speech the lemmatizer sees: none, gold (the file's UPOS column: an upper bound) or tagger (a UPOS tagger trained on the training folds and --also; prints its accuracy).", DefaultValueFactory = _ => "none" };
        pos.AcceptOnlyFromAmong("none", "gold", "tagger");
        var taggerKind = new Option<string>("--tagger") { Description = "With --pos tagger: token (each token tagged on its own) or sequence (tag transitions, Viterbi over each sentence).", DefaultValueFactory = _ => "token" };
        taggerKind.AcceptOnlyFromAmong("token", "sequence");
        var taggerProfiles = new Option<bool>("--tagger-profiles") { Description = "With --pos tagger: the tagger also reads the NER model's word profiles (how news capitalises each word, its frequency and clusters).", Hidden = true };
        var errors = new Option<int>("--show") { Description = "Also print the N most frequent errors (form, gold, predicted), like eval stem --show.", DefaultValueFactory = _ => 0 };
        var errorFile = new Option<string?>("--errors") { Description = "Also write every wrong word to this file, one per line: form, gold, predicted, and whether the word was seen in training (seen/unseen; with --folds, the fold's training), sentence-initial (initial/mid) and capitalised (upper/lower), and the previous word (the host of a clitic)." };
        var min = MetricFloors.Option("Accuracy, Alphabetic", "--min Accuracy=97.6");
        var outputOption = CommonOptions.Output();
        var command = new Command("lemma", "Lemma accuracy on gold tokenization (CoNLL-U LEMMA column).")
        {
            gold, lemmaStyle, folds, also, weight, pos, taggerKind, taggerProfiles, errors, errorFile, min, outputOption,
        };
        CommandRunner.SetAction(command, (parse, cancellationToken) =>
        {
            var floors = MetricFloors.Parse(parse.GetValue(min)!, ["Accuracy", "Alphabetic"]);
            string path = parse.GetValue(gold)!;
            string style = parse.GetValue(lemmaStyle)!;
            int k = parse.GetValue(folds);
            int showErrors = parse.GetValue(errors);
            if (k < 0 || k == 1) throw new CliException("--folds must be 0 or at least 2.", ExitCodes.Usage);
            if (showErrors < 0) throw new CliException("--show must be 0 or more.", ExitCodes.Usage);
            if (k == 0)
            {
                // Without --folds the shipped model is used: nothing is trained, so the training options would be ignored.
                CommonOptions.RefuseIfGiven(parse, also, "applies with --folds (what each fold learns from), not without it (the shipped model).");
                CommonOptions.RefuseIfGiven(parse, weight, "applies with --folds (the weights each fold is trained with), not without it (the shipped model).");
                CommonOptions.RefuseIfGiven(parse, pos, "applies with --folds (the tags each fold is trained and lemmatised with), not without it (the shipped model).");
                CommonOptions.RefuseIfGiven(parse, taggerKind, "applies with --folds --pos tagger (the tagger each fold trains), not without it (the shipped model).");
            }
            else
            {
                // Before any file is read: --folds needs a UD style, and a malformed or repeated --weight is refused up front.
                if (CliPipelines.UdConventions(style) is null) throw new CliException("--folds cross-validates a UD style: use --lemma-style ud-gsd or ud-csui.", ExitCodes.Usage);
                ApplyWeights(new UdLemmaWeights(), parse.GetValue(weight)!);
            }

            CommonOptions.RefuseStdinTwice(("--gold", [path]), ("--also", [parse.GetValue(also)]));
            CommonOptions.RefuseSameFile([("--errors", parse.GetValue(errorFile)), ("--output", parse.GetValue(outputOption))], [("--gold", path), ("--also", parse.GetValue(also))]);
            var sentences = ConlluLemmaReader.Read(path);

            // A fold of no sentences scores nothing and trains on everything: more folds than sentences is a mistake.
            if (k > sentences.Count) throw new CliException($"--folds {k}: {CliInput.DisplayName(path)} has only {sentences.Count} sentence(s); use at most that many folds.", ExitCodes.Usage);

            string? errorPath = parse.GetValue(errorFile);
            var score = new LemmaScore { ErrorLines = errorPath is null ? null : [] };
            if (k == 0)
            {
                var lemmatizer = CliPipelines.CreateLemmatizer(style);
                var known = (lemmatizer as UdLemmatizer)?.Model;
                foreach (var sentence in sentences) score.Add(sentence, lemmatizer, known);
            }
            else
            {
                var conventions = CliPipelines.UdConventions(style)!;
                var other = parse.GetValue(also) is { } alsoPath ? ConlluLemmaReader.Read(alsoPath).Select(ToPairs).ToList() : null;
                var shipped = CliPipelines.LoadData(() => UdLemmatizer.Load(conventions)).Model;
                var weights = ApplyWeights(shipped.Weights, parse.GetValue(weight)!);
                string posMode = parse.GetValue(pos)!;
                var otherGold = posMode == "tagger" && parse.GetValue(also) is { } otherPath ? ConlluLemmaReader.Read(otherPath) : [];
                List<GoldWord>? current = null;
                WordProfiles? profiles = null;
                for (int fold = 0; fold < k; fold++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var trainingSentences = sentences.Where((_, i) => i % k != fold).ToList();
                    var tags = posMode != "none" ? trainingSentences.Select(s => (IReadOnlyList<string>)s.Select(w => w.Upos).ToList()).ToList() : null;
                    var model = UdLemmaTrainer.Train(trainingSentences.Select(ToPairs), conventions, shipped.CorpusFrequencies, weights, other, shipped.CorpusFamilies, shipped.AfterDi, tags);
                    UposSource? source = null;
                    if (posMode == "gold") source = (_, index) => current![index].Upos;
                    if (posMode == "tagger")
                    {
                        // Trained on the training folds (domain 0) and the other treebank (domain 1) only.
                        UposTrainer.Sentence[] taggerTraining = [.. TaggerSentences(trainingSentences, 0), .. TaggerSentences(otherGold, 1)];
                        profiles ??= parse.GetValue(taggerProfiles) ? CliPipelines.LoadData(() => NerModelFormat.Read(DataFiles.Resolve(EntityTagger.ShippedModel))).Extractor.Profiles : null;
                        var tagger = parse.GetValue(taggerKind) == "sequence" ? UposSequenceTrainer.Train(taggerTraining, 0, profiles: profiles) : UposTrainer.Train(taggerTraining, 0, profiles: profiles);
                        source = UdLemmatizer.Tagged(tagger, weights);
                        for (int i = fold; i < sentences.Count; i += k) score.AddTags(sentences[i], tagger);
                    }

                    var lemmatizer = new UdLemmatizer(model.WithRoots(shipped.RootLexicon, shipped.Stemmer), conventions, source);
                    for (int i = fold; i < sentences.Count; i += k)
                    {
                        current = sentences[i];
                        score.Add(sentences[i], lemmatizer, model);
                    }
                }
            }

            var output = new StringBuilder();
            output.Append(CultureInfo.InvariantCulture, $"Lemmas of {path} (gold tokenization), style {style}{(k > 0 ? $", {k}-fold cross-validation" : "")}\n");
            output.Append(CultureInfo.InvariantCulture, $"Words       {score.Words}\n");
            output.Append(CultureInfo.InvariantCulture, $"Accuracy    {score.Accuracy:F2}\n");
            output.Append(CultureInfo.InvariantCulture, $"Alphabetic  {score.AlphabeticAccuracy:F2}  ({score.AlphabeticWords} words of letters only)\n");
            if (k > 0)
            {
                // Words the fold's lookups never saw are what a test set's new words look like.
                output.Append(CultureInfo.InvariantCulture, $"Seen        {score.SeenAccuracy:F2}  ({score.SeenWords} words in the fold's lookups)\n");
                output.Append(CultureInfo.InvariantCulture, $"Unseen      {score.UnseenAccuracy:F2}  ({score.Words - score.SeenWords} words)\n");
                if (score.TaggedWords > 0) output.Append(CultureInfo.InvariantCulture, $"UPOS        {score.TagAccuracy:F2}  (the fold's tagger)\n");
            }

            foreach (var ((form, expected, predicted), count) in score.Errors.OrderByDescending(e => e.Value).ThenBy(e => e.Key.Form, StringComparer.Ordinal).Take(showErrors))
            {
                output.Append(CultureInfo.InvariantCulture, $"  {count,4}  {form}\t{expected}\t{predicted}\n");
            }

            if (errorPath is not null)
            {
                using var errorSink = AtomicOutput.Open(errorPath);
                foreach (string line in score.ErrorLines!) errorSink.Writer.Write(line);
                errorSink.Commit();
            }

            using (var sink = AtomicOutput.Open(parse.GetValue(outputOption)))
            {
                sink.Writer.Write(output.ToString());
                sink.Commit();
            }

            return MetricFloors.Check(
                new Dictionary<string, double> { ["Accuracy"] = score.Accuracy, ["Alphabetic"] = score.AlphabeticAccuracy },
                floors);
        });
        return command;
    }

    /// <summary>Applies <c>--weight NAME=VALUE</c> overrides.</summary>
    internal static UdLemmaWeights ApplyWeights(UdLemmaWeights weights, string[] settings)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (string setting in settings)
        {
            int eq = setting.IndexOf('=');
            if (eq <= 0 || !double.TryParse(setting.AsSpan(eq + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)) throw new CliException($"--weight '{setting}': expected NAME=VALUE.", ExitCodes.Usage);

            // The last of two values would win silently.
            if (!named.Add(setting[..eq])) throw new CliException($"--weight '{setting}': {setting[..eq]} has a value already; give one value per weight.", ExitCodes.Usage);
            try
            {
                weights = weights.With(setting[..eq], value);
            }
            catch (InvalidDataException e)
            {
                throw new CliException(e.Message, ExitCodes.Usage);
            }
        }

        return weights;
    }

    // form, gold, predicted, seen|unseen (in this model's own lookups), initial|mid, upper|lower, previous word.
    private static string ErrorLine(string form, string gold, string predicted, UdLemmaModel? model, bool initial, string previous)
    {
        string lower = form.ToLowerInvariant();
        bool seen = IsSeen(form, model);
        bool upper = !string.Equals(lower, form, StringComparison.Ordinal);
        return $"{form}\t{gold}\t{predicted}\t{(model is null ? "-" : seen ? "seen" : "unseen")}\t{(initial ? "initial" : "mid")}\t{(upper ? "upper" : "lower")}\t{previous}\n";
    }

    // True when the UD model's own lookups (mid-sentence forms or lower-cased forms) hold the word.
    private static bool IsSeen(string form, UdLemmaModel? model)
        => model is not null && (model.Forms.ContainsKey(form) || model.LowerForms.ContainsKey(form.ToLowerInvariant()));

    /// <summary>Tagger training sentences of gold words (tokens as <see cref="GoldTokens"/> builds them), from treebank <paramref name="domain"/>.</summary>
    internal static IEnumerable<UposTrainer.Sentence> TaggerSentences(IEnumerable<List<GoldWord>> sentences, int domain)
        => sentences.Select(s => new UposTrainer.Sentence(GoldTokens(s), [.. s.Select(w => w.Upos)], domain));

    private static IReadOnlyList<(string Form, string Lemma)> ToPairs(List<GoldWord> sentence)
        => sentence.Select(w => (w.Form, w.Lemma)).ToList();

    /// <summary>Tokens for the gold words of one sentence, over a text that joins the words with spaces.</summary>
    internal static Token[] GoldTokens(IReadOnlyList<GoldWord> sentence)
    {
        var text = new StringBuilder();
        var spans = new (int Start, int End)[sentence.Count];
        for (int i = 0; i < sentence.Count; i++)
        {
            if (i > 0) text.Append(' ');
            spans[i] = (text.Length, text.Length + sentence[i].Form.Length);
            text.Append(sentence[i].Form);
        }

        string source = text.ToString();
        var tokens = new Token[sentence.Count];
        for (int i = 0; i < sentence.Count; i++)
        {
            // Words of one multiword token share its surface span, as the tokenizer's clitic splits do.
            int first = i, last = i;
            if (sentence[i].Multiword >= 0)
            {
                while (first > 0 && sentence[first - 1].Multiword == sentence[i].Multiword) first--;
                while (last < sentence.Count - 1 && sentence[last + 1].Multiword == sentence[i].Multiword) last++;
            }

            tokens[i] = new Token(source, spans[i].Start, spans[i].End, spans[first].Start, spans[last].End, KindOf(sentence[i].Form));
        }

        return tokens;
    }

    private static TokenKind KindOf(string form)
    {
        bool letter = false, digit = false, punctuation = false, symbol = false;
        foreach (char c in form)
        {
            if (char.IsLetter(c)) letter = true;
            else if (char.IsDigit(c)) digit = true;
            else if (char.IsPunctuation(c)) punctuation = true;
            else if (char.IsSymbol(c)) symbol = true;
        }

        if (letter) return TokenKind.Word;
        if (digit) return TokenKind.Number;
        if (symbol && !punctuation) return TokenKind.Symbol;
        return punctuation ? TokenKind.Punctuation : TokenKind.Other;
    }

    internal sealed class LemmaScore
    {
        public int Words { get; private set; }

        public int Correct { get; private set; }

        public int AlphabeticWords { get; private set; }

        public int AlphabeticCorrect { get; private set; }

        public Dictionary<(string Form, string Gold, string Predicted), int> Errors { get; } = [];

        public double Accuracy => Words == 0 ? 0 : 100.0 * Correct / Words;

        public double AlphabeticAccuracy => AlphabeticWords == 0 ? 0 : 100.0 * AlphabeticCorrect / AlphabeticWords;

        /// <summary>Words that the UD model's lookups hold (0 without a UD model).</summary>
        public int SeenWords { get; private set; }

        public int SeenCorrect { get; private set; }

        public double SeenAccuracy => SeenWords == 0 ? 0 : 100.0 * SeenCorrect / SeenWords;

        public double UnseenAccuracy => Words == SeenWords ? 0 : 100.0 * (Correct - SeenCorrect) / (Words - SeenWords);

        public int TaggedWords { get; private set; }

        public int TaggedCorrect { get; private set; }

        public double TagAccuracy => TaggedWords == 0 ? 0 : 100.0 * TaggedCorrect / TaggedWords;

        /// <summary>Scores a tagger's UPOS on one sentence.</summary>
        public void AddTags(List<GoldWord> sentence, UposTagger tagger)
        {
            var tokens = GoldTokens(sentence);
            for (int i = 0; i < tokens.Length; i++)
            {
                TaggedWords++;
                if (string.Equals(tagger.Tag(tokens, i), sentence[i].Upos, StringComparison.Ordinal)) TaggedCorrect++;
            }
        }

        /// <summary>With <c>--errors</c>: one tab-separated line per wrong word; null otherwise.</summary>
        public List<string>? ErrorLines { get; init; }

        /// <summary>Scores one sentence; <paramref name="model"/> (the UD model used, or null) tells seen from unseen words in the error lines.</summary>
        public void Add(List<GoldWord> sentence, ILemmatizer lemmatizer, UdLemmaModel? model = null)
        {
            var tokens = GoldTokens(sentence);
            for (int i = 0; i < tokens.Length; i++)
            {
                string predicted = lemmatizer.Lemmatize(tokens, i);
                bool ok = string.Equals(predicted, sentence[i].Lemma, StringComparison.Ordinal);
                bool alphabetic = sentence[i].Form.All(char.IsLetter);
                Words++;
                if (ok) Correct++;
                if (alphabetic) AlphabeticWords++;
                if (ok && alphabetic) AlphabeticCorrect++;
                if (IsSeen(sentence[i].Form, model))
                {
                    SeenWords++;
                    if (ok) SeenCorrect++;
                }

                if (!ok)
                {
                    var key = (sentence[i].Form, sentence[i].Lemma, predicted);
                    Errors[key] = Errors.GetValueOrDefault(key) + 1;
                    ErrorLines?.Add(ErrorLine(sentence[i].Form, sentence[i].Lemma, predicted, model, UdLemmatizer.IsSentenceInitial(tokens, i), i > 0 ? sentence[i - 1].Form : string.Empty));
                }
            }
        }
    }
}
