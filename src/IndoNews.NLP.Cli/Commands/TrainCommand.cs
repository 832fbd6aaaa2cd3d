using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using IndoNews.NLP.Cli.IO;
using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Cli.Commands;

/// <summary><c>indonews train</c>: rebuilds shipped models from the shared data; one subcommand per model.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a shipped model from the shared corpora (ner, lemma, upos).");
        command.Subcommands.Add(CreateNer());
        command.Subcommands.Add(TrainLemmaCommand.Create());
        command.Subcommands.Add(TrainUposCommand.Create());
        return command;
    }

    private static Command CreateNer()
    {
        var data = CommonOptions.FileOnly(new Option<string>("--data") { Description = "Folder of the NER corpora (idner-news-2k, nergrit, nerugm, nerp).", DefaultValueFactory = _ => "../shared/data/ner" }, "give the folder of the corpora");
        var corpus = CommonOptions.FileOnly(new Option<string>("--corpus") { Description = "IndoSum tokenised articles (JSON Lines) for word profiles; 'none' to skip.", DefaultValueFactory = _ => "../shared/data/corpus/indosum/articles.tokenized.jsonl" }, "the tokenised corpus must be a file");
        var gazetteers = CommonOptions.FileOnly(new Option<string[]>("--gazetteers") { Description = "Folder(s) of the gazetteer lists; lists of the same name in several folders are merged (e.g. data/ner/gazetteers data/ner/gazetteers-extra).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => ["data/ner/gazetteers"] }, "give each gazetteer folder");
        var output = CommonOptions.FileOnly(new Option<string>("--output", "-o") { Description = "Model file to write (read back to check it, so not standard output).", DefaultValueFactory = _ => "data/ner/ner-model.bin" }, "the model is written to a file and read back to check it", output: true);
        var epochs = new Option<int>("--epochs") { Description = "Maximum training epochs (1 or more); the epoch with the best mean dev F1 is kept.", DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Random seed of the shuffling.", DefaultValueFactory = _ => 1 };
        var seeds = new Option<int>("--runs") { Description = "Training runs (1 or more) with consecutive seeds whose weights are averaged (default 4, as the shipped model: with every default, train ner rebuilds data/ner/ner-model.bin).", DefaultValueFactory = _ => 4 };
        var weights = new Option<string[]>("--weight") { Description = "Corpus weight, e.g. --weight idner=2 (0 leaves the corpus out).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var upperShare = new Option<double>("--upper-copies") { Description = "Share (0 to 1) of mixed-case training sentences that also train as all-caps copies.", DefaultValueFactory = _ => 0.1 };
        var hashBits = new Option<int>("--hash-bits") { Description = "log2 of the number of hashed feature rows.", DefaultValueFactory = _ => new NerTrainingOptions().HashBits };
        var margin = new Option<float>("--margin") { Description = "Margin of the cost-augmented decoding in training (0 = plain perceptron).", DefaultValueFactory = _ => new NerTrainingOptions().Margin };
        var ugmOrg = new Option<bool>("--nerugm-o-may-be-org") { Description = "Treat NER UGM's O tokens as possibly ORG, because it leaves many organisations unannotated (default true; pass false to trust its O tokens).", DefaultValueFactory = _ => new NerCorpusTreatment(Gazetteer.Empty).NerUgmPartialOrganizations };
        var ugmOrgLike = new Option<bool>("--nerugm-org-like-only") { Description = "With --nerugm-o-may-be-org true (not with false): only O tokens that look like organisations (all-caps words, listed organisations, capitalised runs after an organisation head) may be ORG." };
        var ugmSplit = new Option<bool>("--nerugm-split-joined") { Description = "Split NER UGM's joined spans (places listed with commas, name pairs with a hyphen, parenthesised short forms) as the other corpora write them." };
        var features = new Option<string[]>("--features") { Description = "Optional feature templates: char-ngrams (5-letter affixes and character trigrams of rare words), char-ngrams-all (of every word), gaz-window (gazetteer categories within 3 tokens).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var algorithm = new Option<string>("--algorithm") { Description = "How the weights are learned: perceptron (averaged structured perceptron, the shipped model) or crf (linear-chain CRF: log-likelihood by AdaGrad; same features, model format and decoder).", DefaultValueFactory = _ => "perceptron" };
        algorithm.AcceptOnlyFromAmong("perceptron", "crf");
        var learningRate = new Option<float>("--learning-rate") { Description = "With --algorithm crf: AdaGrad base step size.", DefaultValueFactory = _ => new NerTrainingOptions().LearningRate };
        var gazetteerDropout = new Option<double>("--gazetteer-dropout") { Description = "Share (0 to 1) of training sentences whose features leave out the gazetteer matches, so the model also learns names no list holds (0 = none, the shipped model).", DefaultValueFactory = _ => new NerTrainingOptions().GazetteerDropout };
        var gazetteerMatchDropout = new Option<double>("--gazetteer-match-dropout") { Description = "Probability (0 to 1) that a single match of a listed phrase in a training sentence leaves out its gazetteer features, the sentence's other matches kept (0 = none, the shipped model).", DefaultValueFactory = _ => new NerTrainingOptions().GazetteerMatchDropout };
        var gazetteerDropoutLists = new Option<string[]>("--gazetteer-dropout-lists") { Description = "With --gazetteer-dropout or --gazetteer-match-dropout: the lists whose matches are dropped, by file name (e.g. person-names; default every list).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var l2 = new Option<float>("--l2") { Description = "With --algorithm crf: L2 strength over the whole training set, applied as a per-sentence shrink at each weight's AdaGrad rate (0 = none; the dev-chosen epoch stops training early).", DefaultValueFactory = _ => new NerTrainingOptions().L2 };
        var average = new Option<bool>("--average") { Description = "With --algorithm crf: keep the average of the weights after every step (as the perceptron does) instead of the last weights." };
        var dropDev = new Option<bool>("--drop-dev-duplicates") { Description = "Also drop training sentences that occur in a dev split, so the dev figures that choose the epoch are not partly trained on." };
        var epochDev = new Option<string>("--epoch-dev") { Description = "Dev sentences whose mean F1 chooses the epoch: all (default, the shipped model) or clean (only those that occur in no corpus's training data, by lower-cased letters and digits; the model still trains on every training sentence).", DefaultValueFactory = _ => "all" };
        epochDev.AcceptOnlyFromAmong("all", "clean");
        var brownClusters = new Option<int>("--brown-clusters") { Description = "Also Brown clusters of the --corpus words: C clusters (e.g. 500 or 1000; 0 = none, the shipped model); the tagger reads prefixes of 4, 6, 10 and 20 bits of the paths of each token and its neighbours. The paths are stored in the model (format version 3).", DefaultValueFactory = _ => 0 };
        var brownMinCount = new Option<int>("--brown-min-count") { Description = "With --brown-clusters: only words seen at least this often in the corpus (lower-cased) are clustered.", DefaultValueFactory = _ => 3 };
        var brownCache = CommonOptions.FileOnly(new Option<string?>("--brown-cache") { Description = "With --brown-clusters: a file that keeps the clustering (bits TAB word lines); read when it was made from the same corpus file with the same settings, else computed and written." }, "the Brown clusters are kept in a file");
        var kmeansClusters = new Option<bool>("--kmeans-clusters") { Description = "The two k-means word clusters (512 and 64) of the corpus words (default true, the shipped model; false leaves them out, e.g. to try Brown clusters instead).", DefaultValueFactory = _ => true };
        var command = new Command("ner", "Train the named-entity tagger (PER, LOC, ORG) and write the model file. Reads train splits for training and dev splits for choosing the epoch; drops training sentences found in any test split.")
        {
            data, corpus, gazetteers, output, epochs, seed, seeds, weights, upperShare, hashBits, margin, ugmOrg, ugmOrgLike, ugmSplit, features, dropDev, epochDev, algorithm, learningRate, l2, average, gazetteerDropout, gazetteerMatchDropout, gazetteerDropoutLists, brownClusters, brownMinCount, brownCache, kmeansClusters,
        };
        CommandRunner.SetAction(command, (parse, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            CheckNumbers(parse, epochs, seeds, upperShare, hashBits, margin);
            CheckWeightsOnce(parse.GetValue(weights)!);
            if (parse.GetValue(gazetteerDropout) is not (>= 0 and <= 1)) throw new CliException("--gazetteer-dropout is a share of sentences: expected 0 to 1.", ExitCodes.Usage);
            if (parse.GetValue(gazetteerMatchDropout) is not (>= 0 and <= 1)) throw new CliException("--gazetteer-match-dropout is a probability: expected 0 to 1.", ExitCodes.Usage);
            if (parse.GetValue(gazetteerDropout) == 0 && parse.GetValue(gazetteerMatchDropout) == 0) CommonOptions.RefuseIfGiven(parse, gazetteerDropoutLists, "chooses the lists that a gazetteer dropout removes; give --gazetteer-dropout or --gazetteer-match-dropout above 0 too.");
            byte dropoutCategories = ParseDropoutLists(parse.GetValue(gazetteerDropoutLists)!);
            bool crf = parse.GetValue(algorithm) == "crf";
            if (crf) CommonOptions.RefuseIfGiven(parse, margin, "is the perceptron's cost-augmented decoding; --algorithm crf does not use it.");
            else
            {
                CommonOptions.RefuseIfGiven(parse, learningRate, "applies to --algorithm crf only.");
                CommonOptions.RefuseIfGiven(parse, l2, "applies to --algorithm crf only.");
                CommonOptions.RefuseIfGiven(parse, average, "applies to --algorithm crf only (the perceptron's weights are always averaged).");
            }

            bool cleanEpochDev = parse.GetValue(epochDev) == "clean";
            if (cleanEpochDev && parse.GetValue(dropDev)) throw new CliException("--epoch-dev clean with --drop-dev-duplicates: no dev sentence is trained on then, so every dev sentence is clean already; drop one of them.", ExitCodes.Usage);
            if (parse.GetValue(learningRate) is not (> 0 and < float.PositiveInfinity)) throw new CliException("--learning-rate: expected a finite number above 0.", ExitCodes.Usage);
            if (parse.GetValue(l2) is not (>= 0 and < float.PositiveInfinity)) throw new CliException("--l2: expected a finite number of at least 0.", ExitCodes.Usage);

            int brownCount = parse.GetValue(brownClusters);
            if (brownCount is < 0 or 1) throw new CliException("--brown-clusters: expected 0 (none) or 2 or more clusters.", ExitCodes.Usage);
            if (brownCount == 0)
            {
                CommonOptions.RefuseIfGiven(parse, brownMinCount, "applies to --brown-clusters only.");
                CommonOptions.RefuseIfGiven(parse, brownCache, "applies to --brown-clusters only.");
            }

            if (parse.GetValue(brownMinCount) < 1) throw new CliException("--brown-min-count must be 1 or more.", ExitCodes.Usage);
            if (parse.GetValue(corpus) == "none" && brownCount > 0) throw new CliException("--brown-clusters needs a --corpus to cluster, not 'none'.", ExitCodes.Usage);
            if (parse.GetValue(corpus) == "none") CommonOptions.RefuseIfGiven(parse, kmeansClusters, "applies to the --corpus word profiles, which 'none' skips.");

            // The templates and weights are read before the gazetteers and the corpus (minutes): a typo must fail now.
            var featureSet = ParseFeatures(parse.GetValue(features)!) | (brownCount > 0 ? NerFeatureSet.BrownClusters : NerFeatureSet.None);
            var corpusWeights = ParseWeights(parse.GetValue(weights)!, new NerCorpusTreatment(Gazetteer.Empty).Weights.Keys);

            // NER UGM's O tokens are trusted unless they may be ORG: then there is nothing to restrict.
            if (!parse.GetValue(ugmOrg)) CommonOptions.RefuseIfGiven(parse, ugmOrgLike, "narrows --nerugm-o-may-be-org, which is false here: drop one of them.");

            // Training takes minutes: an output path that cannot be written must fail now, not after it.
            // The model is written onto the file a symbolic link ends at, not over the link.
            string outPath = parse.GetValue(output)!;
            string writePath = AtomicOutput.CheckWritable(outPath);
            string dataDir = parse.GetValue(data)!;
            CheckFolder("--data", dataDir);
            string[] gazDirs = parse.GetValue(gazetteers)!;
            foreach (string gazDir in gazDirs) CheckFolder("--gazetteers", gazDir);
            string corpusPath = parse.GetValue(corpus)!;
            if (corpusPath != "none")
            {
                if (Directory.Exists(corpusPath)) throw new CliException($"--corpus: '{corpusPath}' is a folder, not a file.");
                if (!File.Exists(corpusPath)) throw new CliException($"--corpus: file '{corpusPath}' not found.");
            }

            var gazetteer = GazetteerFiles.Load(gazDirs);
            Console.Error.WriteLine($"gazetteers: {gazetteer.EntryCount} phrases");

            var profiles = WordProfiles.Empty;
            if (corpusPath != "none")
            {
                var builder = new WordProfileBuilder();
                var clusterer = new WordClusterer();
                bool kmeans = parse.GetValue(kmeansClusters);
                int brownMin = parse.GetValue(brownMinCount);
                string? brownCachePath = parse.GetValue(brownCache);
                var corpusFile = new FileInfo(corpusPath);
                string brownHeader = string.Create(CultureInfo.InvariantCulture, $"# IndoNews.NLP Brown clusters v1; corpus {corpusFile.FullName}, {corpusFile.Length} bytes, written {corpusFile.LastWriteTimeUtc.Ticks}; {brownCount} clusters; words seen {brownMin} times or more");
                var brown = brownCount > 0 && brownCachePath is not null ? BrownClusters.TryRead(brownCachePath, brownHeader) : null;
                var brownClusterer = brownCount > 0 && brown is null ? new BrownClusterer() : null;
                long sentences = 0;
                foreach (string[] sentence in WordProfileBuilder.ReadIndoSum(corpusPath))
                {
                    builder.AddSentence(sentence);
                    if (kmeans) clusterer.AddSentence(sentence);
                    brownClusterer?.AddSentence(sentence);
                    sentences++;
                }

                // Profiles of no word would train a different model without a word of warning.
                if (sentences == 0) throw new CliException($"--corpus {corpusPath}: no tokenised sentences found (expected JSON Lines with 'paragraphs'; 'none' skips the word profiles).");

                Dictionary<string, int>? fine = null, coarse = null;
                if (kmeans)
                {
                    var clusters = clusterer.Cluster(words: 30000, contextWords: 2000, dimensions: 96, iterations: 12, seed: parse.GetValue(seed), 512, 64);
                    (fine, coarse) = (clusters[0], clusters[1]);
                }

                profiles = builder.Build(minCount: 2, fine, coarse);
                Console.Error.WriteLine($"word profiles: {profiles.Count} words from {corpusPath}, {fine?.Count ?? 0} clustered by k-means ({clock.Elapsed.TotalSeconds:F0} s)");
                if (brownCount > 0)
                {
                    if (brown is not null)
                    {
                        Console.Error.WriteLine($"Brown clusters: {brown.Paths.Count} words in {brown.ClusterCount} clusters read from {brownCachePath}");
                    }
                    else
                    {
                        var brownClock = Stopwatch.StartNew();
                        brown = brownClusterer!.Cluster(brownCount, brownMin, progress: (words, active) => Console.Error.WriteLine($"Brown clusters: {words} words in, {active} clusters ({brownClock.Elapsed.TotalSeconds:F0} s)"));
                        Console.Error.WriteLine($"Brown clusters: {brown.Paths.Count} words in {brown.ClusterCount} clusters ({brownClock.Elapsed.TotalSeconds:F0} s)");
                        if (brownCachePath is not null) brown.Write(brownCachePath, brownHeader);
                    }

                    profiles = profiles.WithBrown(brown.ToCodes());
                }
            }

            var treatment = new NerCorpusTreatment(gazetteer) { UpperCopyShare = parse.GetValue(upperShare), NerUgmPartialOrganizations = parse.GetValue(ugmOrg), NerUgmOrganizationLikeOnly = parse.GetValue(ugmOrgLike), NerUgmSplitJoinedSpans = parse.GetValue(ugmSplit) };
            foreach (var (name, value) in corpusWeights)
            {
                if (value == 0) treatment.Weights.Remove(name);
                else treatment.Weights[name] = value;
            }

            var corpusData = NerTrainingCorpus.Load(dataDir, treatment, parse.GetValue(dropDev));
            foreach (var (name, count) in corpusData.DroppedAsTestDuplicates)
            {
                Console.Error.WriteLine($"{name}: dropped {count} training sentences that occur in a test split{(parse.GetValue(dropDev) ? " or a dev split" : "")}");
            }

            var epochDevSets = corpusData.Dev;
            if (cleanEpochDev)
            {
                epochDevSets = corpusData.DevNotInTraining();
                foreach (var (name, sentences) in epochDevSets)
                {
                    Console.Error.WriteLine($"{name}: the epoch is chosen on {sentences.Count} of {corpusData.Dev[name].Count} dev sentences ({corpusData.Dev[name].Count - sentences.Count} occur in training data)");
                }
            }

            Console.Error.WriteLine($"training examples: {corpusData.Training.Count} ({string.Join(", ", corpusData.Training.GroupBy(e => e.Source).Select(g => $"{g.Key} {g.Count()}"))})");
            var options = new NerTrainingOptions
            {
                Epochs = parse.GetValue(epochs),
                Seed = parse.GetValue(seed),
                Seeds = parse.GetValue(seeds),
                HashBits = parse.GetValue(hashBits),
                Margin = parse.GetValue(margin),
                Algorithm = crf ? NerTrainingAlgorithm.Crf : NerTrainingAlgorithm.Perceptron,
                LearningRate = parse.GetValue(learningRate),
                L2 = parse.GetValue(l2),
                Average = parse.GetValue(average),
                GazetteerDropout = parse.GetValue(gazetteerDropout),
                GazetteerMatchDropout = parse.GetValue(gazetteerMatchDropout),
                GazetteerDropoutCategories = dropoutCategories,
                Log = message => Console.Error.WriteLine(message),
            };
            var extractor = new NerFeatureExtractor(options.HashBits, gazetteer, profiles, featureSet);
            string description = string.Create(CultureInfo.InvariantCulture, $"IndoNews.NLP NER; trained on {string.Join(", ", treatment.Weights.Select(w => $"{w.Key}×{w.Value}"))} train splits (test duplicates dropped), all-caps copies {treatment.UpperCopyShare}; seed {options.Seed}, {options.Seeds} run(s), up to {options.Epochs} epochs{(crf ? $", CRF (AdaGrad rate {options.LearningRate}, L2 {options.L2}{(options.Average ? ", averaged" : "")})" : "")}{(options.Margin != 0 ? $", margin {options.Margin}" : "")}{(treatment.NerUgmPartialOrganizations ? (treatment.NerUgmOrganizationLikeOnly ? ", NER UGM O tokens may be ORG where organisation-like" : "") : ", NER UGM O tokens trusted")}{(treatment.NerUgmSplitJoinedSpans ? ", NER UGM joined spans split" : "")}{(featureSet != NerFeatureSet.None ? $", features +{featureSet}" : "")}{(options.GazetteerDropout > 0 ? $", gazetteer dropout {options.GazetteerDropout}" : "")}{(options.GazetteerMatchDropout > 0 ? $", gazetteer match dropout {options.GazetteerMatchDropout}" : "")}{(dropoutCategories != GazetteerMatchDropout.AllCategories ? $" (lists: {string.Join(", ", parse.GetValue(gazetteerDropoutLists)!)})" : "")}{(brownCount > 0 ? $", Brown clusters {brownCount} (words seen {parse.GetValue(brownMinCount)}+ times)" : "")}{(corpusPath != "none" && !parse.GetValue(kmeansClusters) ? ", no k-means clusters" : "")}{(parse.GetValue(dropDev) ? ", dev duplicates dropped" : "")}{(cleanEpochDev ? $", epoch chosen on the {epochDevSets.Values.Sum(d => d.Count)} dev sentences not in training" : "")}");
            var (model, dev) = new NerTrainer(extractor, options).Train(corpusData.Training, epochDevSets, description);
            cancellationToken.ThrowIfCancellationRequested();
            NerModelFormat.Write(model, writePath);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kept epoch {model.Info.Epochs}: dev F1 {string.Join(", ", dev.Select(d => $"{d.Key} {d.Value:F2}"))}"));
            Console.Error.WriteLine($"wrote {outPath} ({new FileInfo(writePath).Length / 1024.0 / 1024.0:F1} MB) in {clock.Elapsed.TotalSeconds:F0} s");
            var load = Stopwatch.StartNew();
            var reloaded = EntityTagger.Load(writePath);
            Console.Error.WriteLine($"read back in {load.ElapsedMilliseconds} ms: {reloaded.ModelDescription}");
            return ExitCodes.Success;
        });
        return command;
    }

    // A missing or wrong kind of input is invalid input (exit 1), as for every other command's files.
    private static void CheckFolder(string option, string path)
    {
        if (File.Exists(path)) throw new CliException($"{option}: '{path}' is a file, not a folder.");
        if (!Directory.Exists(path)) throw new CliException($"{option}: folder '{path}' not found.");
    }

    private static NerFeatureSet ParseFeatures(string[] values)
    {
        var featureSet = NerFeatureSet.None;
        foreach (string f in values.SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            featureSet |= f switch
            {
                "char-ngrams" => NerFeatureSet.CharacterNgrams,
                "char-ngrams-all" => NerFeatureSet.CharacterNgrams | NerFeatureSet.CharacterNgramsAllWords,
                "gaz-window" => NerFeatureSet.GazetteerWindow,
                _ => throw new CliException($"--features '{f}': expected char-ngrams, char-ngrams-all or gaz-window.", ExitCodes.Usage),
            };
        }

        return featureSet;
    }

    /// <summary>The category mask of the <c>--gazetteer-dropout-lists</c> file names; every category when none is given.</summary>
    private static byte ParseDropoutLists(string[] values)
    {
        byte mask = 0;
        foreach (string name in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!GazetteerFiles.Files.TryGetValue(name, out var category)) throw new CliException($"--gazetteer-dropout-lists '{name}': expected list names among {string.Join(", ", GazetteerFiles.Files.Keys)}.", ExitCodes.Usage);
            mask |= (byte)(1 << (int)category);
        }

        return mask == 0 ? GazetteerMatchDropout.AllCategories : mask;
    }

    /// <summary>The <c>--weight CORPUS=WEIGHT</c> values; <paramref name="corpora"/> are the names a weight may have.</summary>
    private static List<(string Corpus, float Weight)> ParseWeights(string[] values, IEnumerable<string> corpora)
    {
        var known = corpora.ToList();
        var result = new List<(string, float)>();
        foreach (string w in values)
        {
            int eq = w.IndexOf('=');
            if (eq <= 0 || !float.TryParse(w.AsSpan(eq + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out float value) || value < 0 || !float.IsFinite(value) || !known.Contains(w[..eq]))
            {
                throw new CliException($"--weight '{w}': expected CORPUS=WEIGHT with CORPUS one of {string.Join(", ", known)}.", ExitCodes.Usage);
            }

            result.Add((w[..eq], value));
        }

        return result;
    }

    /// <summary>Refuses a second <c>--weight</c> for one corpus, whose last value would win silently.</summary>
    private static void CheckWeightsOnce(string[] weights)
    {
        var corpora = new HashSet<string>(StringComparer.Ordinal);
        foreach (string w in weights)
        {
            int eq = w.IndexOf('=');
            if (eq > 0 && !corpora.Add(w[..eq])) throw new CliException($"--weight '{w}': {w[..eq]} has a weight already; give one weight per corpus.", ExitCodes.Usage);
        }
    }

    /// <summary>The numeric options, checked before the corpora are read: a value out of range is a usage error, never clamped.</summary>
    private static void CheckNumbers(ParseResult parse, Option<int> epochs, Option<int> runs, Option<double> upperShare, Option<int> hashBits, Option<float> margin)
    {
        if (parse.GetValue(epochs) < 1) throw new CliException("--epochs must be 1 or more.", ExitCodes.Usage);
        if (parse.GetValue(runs) < 1) throw new CliException("--runs must be 1 or more.", ExitCodes.Usage);
        if (parse.GetValue(upperShare) is not (>= 0 and <= 1)) throw new CliException("--upper-copies is a share of sentences: expected 0 to 1.", ExitCodes.Usage);
        if (parse.GetValue(hashBits) is < NerTrainingOptions.MinHashBits or > NerTrainingOptions.MaxHashBits)
        {
            throw new CliException($"--hash-bits must be {NerTrainingOptions.MinHashBits} to {NerTrainingOptions.MaxHashBits}.", ExitCodes.Usage);
        }

        if (parse.GetValue(margin) is not (>= 0 and < float.PositiveInfinity)) throw new CliException("--margin: expected a finite number of at least 0.", ExitCodes.Usage);
    }
}
