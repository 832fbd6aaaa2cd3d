using System.Text;
using IndoNews.NLP.Cli;

namespace IndoNews.NLP.Tests.Cli;

/// <summary>
/// An option the chosen mode or format would ignore, or a number outside its meaningful range, is a usage
/// error (exit 2, one line naming the option) found before any work: nothing on standard output and no
/// output file. The same commands without the offending option succeed, so each refusal is that option's.
/// </summary>
public class CliOptionConflictTests
{
    private const string Gold = "# text = Presiden Joko Widodo meresmikan bendungan itu.\n"
        + "1\tPresiden\tpresiden\t_\t_\t_\t_\t_\t_\t_\n2\tJoko\tJoko\t_\t_\t_\t_\t_\t_\t_\n3\tWidodo\tWidodo\t_\t_\t_\t_\t_\t_\t_\n"
        + "4\tmeresmikan\tresmi\t_\t_\t_\t_\t_\t_\t_\n5\tbendungan\tbendung\t_\t_\t_\t_\t_\t_\t_\n6\titu\titu\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n7\t.\t.\t_\t_\t_\t_\t_\t_\t_\n\n"
        + "# text = Warga menyambutnya.\n"
        + "1\tWarga\twarga\t_\t_\t_\t_\t_\t_\t_\n2-3\tmenyambutnya\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\tmenyambut\tsambut\t_\t_\t_\t_\t_\t_\t_\n3\tnya\tdia\t_\t_\t_\t_\t_\t_\t_\n4\t.\t.\t_\t_\t_\t_\t_\t_\t_\n\n";

    private const string NerGold = "Presiden\tO\nJoko\tB-PER\nWidodo\tI-PER\ntiba\tO\ndi\tO\nSurabaya\tB-LOC\n.\tO\n\n";

    public static TheoryData<string[], string[], string> Refusals() => new()
    {
        // Sastrawi has one style of stem: --lemma-style would be ignored.
        { ["stem", "--mode", "sastrawi", "--lemma-style", "ud-gsd", "words.txt", "-o", "out.tsv"], ["--lemma-style", "ud-gsd"], "--lemma-style applies to --mode lemma, not to --mode sastrawi (Sastrawi's stems have one style)." },
        { ["stem", "--mode", "sastrawi", "--lemma-style", "root", "words.txt", "-o", "out.tsv"], ["--lemma-style", "root"], "--lemma-style applies to --mode lemma, not to --mode sastrawi (Sastrawi's stems have one style)." },
        { ["eval", "stem", "--reference", "ref.tsv", "--mode", "sastrawi", "--lemma-style", "ud-csui", "-o", "out.txt"], ["--lemma-style", "ud-csui"], "--lemma-style applies to --mode lemma, not to --mode sastrawi (Sastrawi's stems have one style)." },

        // Examples are printed per kind of root-lemma disagreement only.
        { ["eval", "stem", "--reference", "ref.tsv", "--mode", "sastrawi", "--examples", "2", "-o", "out.txt"], ["--examples", "2"], "--examples applies to --mode lemma with --lemma-style root (its kinds of disagreement), not to --mode sastrawi." },
        { ["eval", "stem", "--reference", "ref.tsv", "--lemma-style", "ud-gsd", "--examples", "2", "-o", "out.txt"], ["--examples", "2"], "--examples applies to --mode lemma with --lemma-style root (its kinds of disagreement), not to --lemma-style ud-gsd." },

        // A --system file is scored as it is; --predicted tags are scored as they are.
        { ["eval", "ud", "--gold", "gold.conllu", "--system", "gold.conllu", "--raw", "raw.txt", "-o", "out.txt"], ["--raw", "raw.txt"], "--raw applies when the text is analysed, not with --system (whose CoNLL-U file is scored as it is)." },
        { ["eval", "ud", "--gold", "gold.conllu", "--system", "gold.conllu", "--lemma-style", "ud-gsd", "-o", "out.txt"], ["--lemma-style", "ud-gsd"], "--lemma-style applies when the text is analysed, not with --system (whose CoNLL-U file is scored as it is)." },
        { ["eval", "ud", "--gold", "gold.conllu", "--system", "gold.conllu", "--token-style", "ud-gsd", "--errors", "err.txt"], ["--token-style", "ud-gsd"], "--token-style applies when the text is analysed, not with --system (whose CoNLL-U file is scored as it is)." },
        { ["eval", "ner", "--gold", "gold.tsv", "--predicted", "gold.tsv", "--model", "model.bin", "-o", "out.txt"], ["--model", "model.bin"], "--model tags the gold tokens; it does not apply with --predicted (whose tags are scored as they are)." },

        // Without --folds nothing is trained.
        { ["eval", "lemma", "--gold", "gold.conllu", "--lemma-style", "ud-gsd", "--also", "gold.conllu", "-o", "out.txt"], ["--also", "gold.conllu"], "--also applies with --folds (what each fold learns from), not without it (the shipped model)." },
        { ["eval", "lemma", "--gold", "gold.conllu", "--lemma-style", "ud-gsd", "--weight", "Identity=1", "-o", "out.txt"], ["--weight", "Identity=1"], "--weight applies with --folds (the weights each fold is trained with), not without it (the shipped model)." },
        { ["eval", "lemma", "--gold", "gold.conllu", "--lemma-style", "ud-gsd", "--folds", "3", "-o", "out.txt"], ["--folds", "3"], "--folds 3: gold.conllu has only 2 sentence(s); use at most that many folds." },
        { ["eval", "lemma", "--gold", "gold.conllu", "--lemma-style", "ud-gsd", "--folds", "2", "--weight", "Identity=1", "--weight", "Identity=2", "-o", "out.txt"], ["--weight", "Identity=1", "--weight", "Identity=2"], "--weight 'Identity=2': Identity has a value already; give one value per weight." },

        // Checked before the gold file is read (it does not exist here): --folds trains a UD model, and a bad --weight.
        { ["eval", "lemma", "--gold", "tidak-ada.conllu", "--lemma-style", "root", "--folds", "2", "-o", "out.txt"], ["--lemma-style", "root", "--folds", "2"], "--folds cross-validates a UD style: use --lemma-style ud-gsd or ud-csui." },
        { ["eval", "lemma", "--gold", "tidak-ada.conllu", "--lemma-style", "ud-gsd", "--folds", "2", "--weight", "Identity", "-o", "out.txt"], ["--weight", "Identity"], "--weight 'Identity': expected NAME=VALUE." },

        // One text is one document; CoNLL-U has no column for the values that a publication date resolves.
        { ["analyze", "--parallel", "2", "berita.txt", "-o", "out.json"], ["--parallel", "2"], "--parallel 2 applies to --input jsonl (documents analysed at once), not to --input text (one document; only 0, the default, is accepted)." },
        { ["analyze", "--parallel", "1", "berita.txt", "-o", "out.json"], ["--parallel", "1"], "--parallel 1 applies to --input jsonl (documents analysed at once), not to --input text (one document; only 0, the default, is accepted)." },
        { ["analyze", "--input", "jsonl", "--parallel", "5000", "berita.jsonl", "-o", "out.jsonl"], ["--parallel", "5000"], "--parallel must be 0 (one per processor) to 4096." },
        { ["analyze", "--format", "conllu", "--published", "2016-07-03", "berita.txt", "-o", "out.conllu"], ["--published", "2016-07-03"], "--published resolves the values of dates, which --format conllu does not write: use --format json or jsonl." },
        { ["analyze", "--input", "jsonl", "--format", "conllu", "--published-field", "tanggal", "berita.jsonl", "-o", "out.conllu"], ["--published-field", "tanggal"], "--published-field resolves the values of dates, which --format conllu does not write: use --format jsonl." },

        // Training numbers that were clamped, crashed or were ignored; checked before any corpus is read.
        { ["train", "ner", "--epochs", "0", "-o", "out.bin"], ["--epochs", "0"], "--epochs must be 1 or more." },
        { ["train", "ner", "--runs", "-2", "-o", "out.bin"], ["--runs", "-2"], "--runs must be 1 or more." },
        { ["train", "ner", "--upper-copies", "1.5", "-o", "out.bin"], ["--upper-copies", "1.5"], "--upper-copies is a share of sentences: expected 0 to 1." },
        { ["train", "ner", "--upper-copies", "NaN", "-o", "out.bin"], ["--upper-copies", "NaN"], "--upper-copies is a share of sentences: expected 0 to 1." },
        { ["train", "ner", "--gazetteer-dropout", "1.5", "-o", "out.bin"], ["--gazetteer-dropout", "1.5"], "--gazetteer-dropout is a share of sentences: expected 0 to 1." },
        { ["train", "ner", "--gazetteer-dropout", "NaN", "-o", "out.bin"], ["--gazetteer-dropout", "NaN"], "--gazetteer-dropout is a share of sentences: expected 0 to 1." },
        { ["train", "ner", "--gazetteer-match-dropout", "-0.1", "-o", "out.bin"], ["--gazetteer-match-dropout", "-0.1"], "--gazetteer-match-dropout is a probability: expected 0 to 1." },
        { ["train", "ner", "--gazetteer-match-dropout", "NaN", "-o", "out.bin"], ["--gazetteer-match-dropout", "NaN"], "--gazetteer-match-dropout is a probability: expected 0 to 1." },
        { ["train", "ner", "--gazetteer-dropout-lists", "person-names", "-o", "out.bin"], ["--gazetteer-dropout-lists", "person-names"], "--gazetteer-dropout-lists chooses the lists that a gazetteer dropout removes; give --gazetteer-dropout or --gazetteer-match-dropout above 0 too." },
        { ["train", "ner", "--gazetteer-match-dropout", "0.5", "--gazetteer-dropout-lists", "persons", "-o", "out.bin"], ["--gazetteer-dropout-lists", "persons"], "--gazetteer-dropout-lists 'persons': expected list names among countries, places, organizations, titles, honorifics, person-names, organization-heads, place-heads." },
        { ["train", "ner", "--nerugm-o-may-be-org", "false", "--nerugm-org-like-only", "-o", "out.bin"], ["--nerugm-o-may-be-org", "false", "--nerugm-org-like-only"], "--nerugm-org-like-only narrows --nerugm-o-may-be-org, which is false here: drop one of them." },
        { ["train", "ner", "--algorithm", "crf", "--margin", "3", "-o", "out.bin"], ["--algorithm", "crf", "--margin", "3"], "--margin is the perceptron's cost-augmented decoding; --algorithm crf does not use it." },
        { ["train", "ner", "--l2", "1", "-o", "out.bin"], ["--l2", "1"], "--l2 applies to --algorithm crf only." },
        { ["train", "ner", "--learning-rate", "0.05", "-o", "out.bin"], ["--learning-rate", "0.05"], "--learning-rate applies to --algorithm crf only." },
        { ["train", "ner", "--algorithm", "crf", "--learning-rate", "0", "-o", "out.bin"], ["--learning-rate", "0"], "--learning-rate: expected a finite number above 0." },
        { ["train", "ner", "--algorithm", "crf", "--l2", "-1", "-o", "out.bin"], ["--l2", "-1"], "--l2: expected a finite number of at least 0." },
        { ["train", "ner", "--epoch-dev", "clean", "--drop-dev-duplicates", "-o", "out.bin"], ["--epoch-dev", "clean", "--drop-dev-duplicates"], "--epoch-dev clean with --drop-dev-duplicates: no dev sentence is trained on then, so every dev sentence is clean already; drop one of them." },
        { ["train", "ner", "--weight", "idner=2", "--weight", "idner=3", "-o", "out.bin"], ["--weight", "idner=2", "--weight", "idner=3"], "--weight 'idner=3': idner has a weight already; give one weight per corpus." },
        { ["train", "ner", "--brown-clusters", "1", "-o", "out.bin"], ["--brown-clusters", "1"], "--brown-clusters: expected 0 (none) or 2 or more clusters." },
        { ["train", "ner", "--brown-min-count", "2", "-o", "out.bin"], ["--brown-min-count", "2"], "--brown-min-count applies to --brown-clusters only." },
        { ["train", "ner", "--brown-cache", "brown.txt", "-o", "out.bin"], ["--brown-cache", "brown.txt"], "--brown-cache applies to --brown-clusters only." },
        { ["train", "ner", "--brown-clusters", "500", "--brown-min-count", "0", "-o", "out.bin"], ["--brown-min-count", "0"], "--brown-min-count must be 1 or more." },
        { ["train", "ner", "--brown-clusters", "500", "--corpus", "none", "-o", "out.bin"], ["--brown-clusters", "500", "--corpus", "none"], "--brown-clusters needs a --corpus to cluster, not 'none'." },
        { ["train", "ner", "--corpus", "none", "--kmeans-clusters", "false", "-o", "out.bin"], ["--corpus", "none", "--kmeans-clusters", "false"], "--kmeans-clusters applies to the --corpus word profiles, which 'none' skips." },
        { ["train", "lemma", "--style", "ud-gsd", "--conllu", "gold.conllu", "--corpus", "berita.txt", "--min-count", "0", "-o", "out.tsv"], ["--min-count", "0"], "--min-count must be 1 or more." },

        // train ner's templates, weights and paths, checked before the gazetteers and the corpus (minutes) are read;
        // a bad --features or --weight used to surface only after the word profiles were built.
        { ["train", "ner", "--features", "char-ngram", "-o", "out.bin"], ["--features", "char-ngram"], "--features 'char-ngram': expected char-ngrams, char-ngrams-all or gaz-window." },
        { ["train", "ner", "--weight", "idner=dua", "-o", "out.bin"], ["--weight", "idner=dua"], "--weight 'idner=dua': expected CORPUS=WEIGHT with CORPUS one of idner, nergrit, nerugm, nerp." },

        // Standard input can be read once: the second reader got nothing and failed with a misleading mismatch,
        // or (train lemma --corpus, read twice) quietly counted no words.
        { ["eval", "ud", "--gold", "-", "--raw", "-", "-o", "out.txt"], ["--gold", "-", "--raw"], "standard input ('-') is given to --gold and to --raw, but it can be read only once: give all but one of them as files." },
        { ["eval", "ud", "--gold", "-", "--system", "-", "-o", "out.txt"], ["--gold", "-", "--system"], "standard input ('-') is given to --gold and to --system, but it can be read only once: give all but one of them as files." },
        { ["eval", "ner", "--gold", "-", "--predicted", "-", "-o", "out.txt"], ["--gold", "-", "--predicted"], "standard input ('-') is given to --gold and to --predicted, but it can be read only once: give all but one of them as files." },
        { ["eval", "lemma", "--gold", "-", "--lemma-style", "ud-gsd", "--folds", "2", "--also", "-", "-o", "out.txt"], ["--gold", "-", "--also"], "standard input ('-') is given to --gold and to --also, but it can be read only once: give all but one of them as files." },
        { ["train", "lemma", "--style", "ud-gsd", "--conllu", "gold.conllu", "-", "--exclude", "-", "--corpus", "berita.txt", "-o", "out.tsv"], ["--conllu", "-", "--exclude"], "standard input ('-') is given to --conllu and to --exclude, but it can be read only once: give all but one of them as files." },
        { ["train", "lemma", "--style", "ud-gsd", "--conllu", "-", "-", "--corpus", "berita.txt", "-o", "out.tsv"], ["--conllu", "-"], "standard input ('-') is given to --conllu 2 times, but it can be read only once: give all but one of them as files." },
        { ["train", "lemma", "--style", "ud-gsd", "--conllu", "gold.conllu", "--corpus", "-", "-o", "out.tsv"], ["--corpus", "-"], "--corpus: standard input ('-') is not accepted: the corpus is read twice, so it must be a file (see 'indonews train lemma --help')." },

        // Two reports to one file: the second replaced the first silently; a report over its gold file destroyed it.
        { ["eval", "ud", "--gold", "gold.conllu", "--errors", "out.txt", "-o", "out.txt"], ["--errors", "out.txt", "-o"], "--errors and --output name the same file 'out.txt': give --errors a file of its own." },
        { ["eval", "ner", "--gold", "gold.tsv", "--errors", "out.txt", "-o", "./out.txt"], ["--errors", "out.txt", "./out.txt"], "--errors and --output name the same file 'out.txt': give --errors a file of its own." },
        { ["eval", "lemma", "--gold", "gold.conllu", "--errors", "out.txt", "-o", "out.txt"], ["--errors", "out.txt", "-o"], "--errors and --output name the same file 'out.txt': give --errors a file of its own." },
        { ["eval", "ud", "--gold", "gold.conllu", "--errors", "gold.conllu"], ["--errors", "gold.conllu"], "--errors and --gold name the same file 'gold.conllu': give --errors a file of its own." },
        { ["eval", "ner", "--gold", "gold.tsv", "-o", "gold.tsv"], ["-o", "gold.tsv"], "--output and --gold name the same file 'gold.tsv': give --output a file of its own." },
        { ["eval", "stem", "--reference", "ref.tsv", "-o", "ref.tsv"], ["--reference", "ref.tsv", "-o"], "--output and --reference name the same file 'ref.tsv': give --output a file of its own." },
        { ["eval", "stem", "--reference", "ref.tsv", "--mode", "sastrawi", "--lexicon", "words.txt", "-o", "words.txt"], ["--lexicon", "words.txt", "-o"], "--output and --lexicon name the same file 'words.txt': give --output a file of its own." },
        // An output over its own input: the atomic rename replaced the article, word list or model with the result.
        { ["analyze", "berita.txt", "-o", "berita.txt"], ["berita.txt", "-o"], "--output and the input name the same file 'berita.txt': give --output a file of its own." },
        { ["analyze", "--input", "jsonl", "berita.jsonl", "-o", "./berita.jsonl"], ["berita.jsonl", "./berita.jsonl"], "--output and the input name the same file './berita.jsonl': give --output a file of its own." },
        { ["stem", "words.txt", "-o", "words.txt"], ["words.txt", "-o"], "--output and the input name the same file 'words.txt': give --output a file of its own." },
        { ["stem", "raw.txt", "--mode", "sastrawi", "--lexicon", "words.txt", "-o", "words.txt"], ["--lexicon", "words.txt", "-o"], "--output and --lexicon name the same file 'words.txt': give --output a file of its own." },
        { ["tag", "kalimat.tsv", "--format", "conll", "-o", "kalimat.tsv"], ["kalimat.tsv", "-o"], "--output and the input name the same file 'kalimat.tsv': give --output a file of its own." },
        { ["eval", "ner", "--gold", "gold.tsv", "--model", "model.bin", "--errors", "model.bin"], ["--model", "model.bin", "--errors"], "--errors and --model name the same file 'model.bin': give --errors a file of its own." },
        { ["tag", "kalimat.tsv", "--format", "conll", "--model", "model.bin", "-o", "model.bin"], ["--model", "model.bin", "-o"], "--output and --model name the same file 'model.bin': give --output a file of its own." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void An_option_that_would_be_ignored_or_makes_no_sense_is_a_usage_error(string[] args, string[] offending, string message)
    {
        using var cli = Setup();
        var result = cli.Run(args);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("indonews: " + message + "\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.Empty(result.Stdout);
        Assert.Equal(InputFiles, cli.Files());
        Assert.True(offending.All(args.Contains), "the offending arguments are part of the command line");
    }

    public static TheoryData<string[]> Accepted() => new()
    {
        // The refused commands above without their offending option (training aside: it needs the corpora).
        { ["stem", "--mode", "sastrawi", "words.txt", "-o", "out.tsv"] },
        { ["stem", "--lemma-style", "ud-gsd", "words.txt", "-o", "out.tsv"] },
        { ["eval", "stem", "--reference", "ref.tsv", "--mode", "sastrawi", "-o", "out.txt"] },
        { ["eval", "stem", "--reference", "ref.tsv", "--examples", "2", "-o", "out.txt"] },
        { ["eval", "ud", "--gold", "gold.conllu", "--system", "gold.conllu", "--errors", "err.txt", "-o", "out.txt"] },
        { ["eval", "ud", "--gold", "gold.conllu", "--raw", "raw.txt", "--token-style", "ud-gsd", "--lemma-style", "ud-gsd", "-o", "out.txt"] },
        { ["eval", "ner", "--gold", "gold.tsv", "--predicted", "gold.tsv", "-o", "out.txt"] },
        { ["eval", "lemma", "--gold", "gold.conllu", "--lemma-style", "ud-gsd", "-o", "out.txt"] },
        { ["eval", "lemma", "--gold", "gold.conllu", "--lemma-style", "ud-gsd", "--folds", "2", "--also", "gold.conllu", "--weight", "Identity=1", "-o", "out.txt"] },
        { ["analyze", "berita.txt", "--published", "2016-07-03", "-o", "out.json"] },
        // 0 is the default of --parallel ("one per processor"): given explicitly it is accepted with either input.
        { ["analyze", "--parallel", "0", "berita.txt", "-o", "out.json"] },
        { ["analyze", "--input", "jsonl", "--parallel", "0", "berita.jsonl", "-o", "out.jsonl"] },
        { ["analyze", "--input", "jsonl", "--parallel", "2", "--published-field", "tanggal", "berita.jsonl", "-o", "out.jsonl"] },
        { ["analyze", "--format", "conllu", "--no-news", "berita.txt", "-o", "out.conllu"] },
        { ["eval", "ner", "--gold", "gold.tsv", "--min", "F1=0", "--min", "R=100", "-o", "out.txt"] },
        { ["train", "lemma", "--style", "ud-gsd", "--conllu", "gold.conllu", "--corpus", "berita.txt", "-o", "out.tsv"] },
        { ["eval", "ud", "--gold", "gold.conllu", "--errors", "out.err", "-o", "out.txt"] },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void The_same_commands_without_the_offending_option_succeed(string[] args)
    {
        using var cli = Setup();
        var result = cli.Run(args);
        Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
        Assert.Contains("out.", string.Join(' ', cli.Files()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--output", "analyze berita.txt -o {0}", "indonews analyze")]
    [InlineData("the file argument", "analyze {0} -o out.json", "indonews analyze")]
    [InlineData("--gold", "eval ud --gold {0} -o out.txt", "indonews eval ud")]
    [InlineData("--errors", "eval ud --gold gold.conllu --errors {0} -o out.txt", "indonews eval ud")]
    [InlineData("--lexicon", "stem --lexicon {0} words.txt -o out.tsv", "indonews stem")]
    [InlineData("--published", "analyze --published {0} berita.txt -o out.json", "indonews analyze")]
    [InlineData("--min", "eval ner --gold gold.tsv --min {0} -o out.txt", "indonews eval ner")]
    public void An_empty_value_is_a_usage_error_not_standard_input_or_output(string name, string command, string help)
    {
        // '-' means standard input or output only for the command's input and output files, so only they mention it.
        string hint = name is "--lexicon" or "--published" or "--min" ? "give a value" : "give a file name ('-' is standard input or output)";
        // '-o "$OUT"' with OUT unset used to print to standard output, and '--gold ""' read standard input.
        foreach (string empty in new[] { "", " " })
        {
            using var cli = Setup();
            var result = cli.Run(string.Format(System.Globalization.CultureInfo.InvariantCulture, command, "\u0001").Split(' ').Select(a => a == "\u0001" ? empty : a).ToArray());
            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Equal($"indonews: {name}: the value is empty; {hint} (see '{help} --help').\n", result.Stderr.ReplaceLineEndings("\n"));
            Assert.Empty(result.Stdout);
            Assert.Equal(InputFiles, cli.Files());
        }
    }

    [Fact]
    public void Train_ner_refuses_an_output_folder_before_reading_the_corpora()
    {
        // Training takes minutes; the path was only tried when the model was written.
        using var cli = Setup();
        Directory.CreateDirectory(cli.PathOf("models"));
        var result = cli.Run(["train", "ner", "--data", "tidak-ada", "-o", "models"]);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("indonews: models: cannot write: it is a folder.\n", result.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Train_lemma_refuses_to_learn_from_no_sentence()
    {
        // Every training sentence is also in the excluded file: the model used to be written, learned from nothing.
        using var cli = Setup();
        var result = cli.Run(["train", "lemma", "--style", "ud-gsd", "--conllu", "gold.conllu", "--exclude", "gold.conllu", "--corpus", "berita.txt", "-o", "out.tsv"]);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("indonews: no training sentences left: every sentence of gold.conllu occurs in an --exclude file.\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(InputFiles, cli.Files());
    }

    public static TheoryData<string[], string> MissingTrainingInputs() => new()
    {
        // Missing or wrong-kind paths are invalid input (exit 1), as for every other command's files; they were usage errors.
        { ["train", "ner", "--data", "berita.txt", "-o", "out.bin"], "--data: 'berita.txt' is a file, not a folder." },
        { ["train", "ner", "--data", "korpus-ner", "-o", "out.bin"], "--data: folder 'korpus-ner' not found." },
        { ["train", "ner", "--data", ".", "--gazetteers", "gold.tsv", "-o", "out.bin"], "--gazetteers: 'gold.tsv' is a file, not a folder." },
        { ["train", "ner", "--data", ".", "--gazetteers", ".", "--corpus", ".", "-o", "out.bin"], "--corpus: '.' is a folder, not a file." },
        { ["train", "ner", "--data", ".", "--gazetteers", ".", "--corpus", "indosum.jsonl", "-o", "out.bin"], "--corpus: file 'indosum.jsonl' not found." },
    };

    [Theory]
    [MemberData(nameof(MissingTrainingInputs))]
    public void Train_ner_names_a_missing_or_wrong_kind_input_as_invalid_input(string[] args, string message)
    {
        using var cli = Setup();
        var result = cli.Run(args);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("indonews: " + message + "\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(InputFiles, cli.Files());
    }

    [Fact]
    public void Eval_stem_reads_its_reference_from_standard_input_for_a_dash()
    {
        using var cli = Setup();
        var result = cli.Run(["eval", "stem", "--reference", "-", "--mode", "sastrawi", "--show", "0"], stdin: Encoding.UTF8.GetBytes("mempermainkan\tmain\nbukunya\tbuku\nmenangis\ttangis\n"));
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("reference: - (3 pairs)", result.StdoutText, StringComparison.Ordinal);

        // Sastrawi reads menangis as menang + -is: two of the three agree.
        Assert.Contains("Agreement: 66.667% (2/3)", result.StdoutText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--model", "tag", "--model {0} kalimat.tsv")]
    [InlineData("--lexicon", "stem", "--lexicon {0} words.txt")]
    [InlineData("--reference", "eval", "stem --reference {0}")]
    public void A_folder_given_as_a_data_file_is_named_as_a_folder(string option, string command, string rest)
    {
        using var cli = Setup();
        Directory.CreateDirectory(cli.PathOf("data"));
        var result = cli.Run([command, .. string.Format(System.Globalization.CultureInfo.InvariantCulture, rest, "data").Split(' ')]);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal($"indonews: {option} data: is a folder, not a file.\n", result.Stderr.ReplaceLineEndings("\n"));
    }

    private static readonly string[] InputFiles = ["berita.jsonl", "berita.txt", "gold.conllu", "gold.tsv", "kalimat.tsv", "model.bin", "raw.txt", "ref.tsv", "words.txt"];

    private static CliProcess Setup()
    {
        var cli = new CliProcess();
        cli.WriteFile("words.txt", "mempermainkan\nbukunya\nketidakadilan\n");
        cli.WriteFile("ref.tsv", "word\tstem\nmempermainkan\tmain\nbukunya\tbuku\n");
        cli.WriteFile("gold.conllu", Gold);
        cli.WriteFile("raw.txt", "Presiden Joko Widodo meresmikan bendungan itu.\nWarga menyambutnya.\n");
        cli.WriteFile("gold.tsv", NerGold);
        cli.WriteFile("kalimat.tsv", "Joko\nWidodo\ntiba\n");
        cli.WriteFile("model.bin", "bukan model");
        cli.WriteFile("berita.txt", "SURABAYA - Presiden Joko Widodo meresmikan Bendungan Tukul, Sabtu (2/7).\n");
        cli.WriteFile("berita.jsonl", "{\"tanggal\":\"2016-07-03\",\"text\":\"Presiden Joko Widodo tiba di Surabaya, Sabtu (2/7).\"}\n");
        return cli;
    }
}
