using IndoNews.NLP.Tests.Cli;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary><c>indonews eval lemma</c> and <c>indonews train lemma</c> as a user runs them.</summary>
public sealed class UdLemmaCliTests : IDisposable
{
    // Two GSD-style sentences: a clitic split (bukunya), derived verbs, a name, punctuation.
    private const string Gold =
        "# text = Ia membeli bukunya.\n" +
        "1\tIa\tdia\tPRON\t_\t_\t2\tnsubj\t_\t_\n" +
        "2\tmembeli\tbeli\tVERB\t_\t_\t0\troot\t_\t_\n" +
        "3-4\tbukunya\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
        "3\tbuku\tbuku\tNOUN\t_\t_\t2\tobj\t_\t_\n" +
        "4\tnya\tdia\tPRON\t_\t_\t3\tnmod\t_\t_\n" +
        "5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n" +
        "\n" +
        "# text = Joko Widodo dilantik di Jakarta.\n" +
        "1\tJoko\tjoko\tPROPN\t_\t_\t3\tnsubj\t_\t_\n" +
        "2\tWidodo\twidodo\tPROPN\t_\t_\t1\tflat\t_\t_\n" +
        "3\tdilantik\tlantik\tVERB\t_\t_\t0\troot\t_\t_\n" +
        "4\tdi\tdi\tADP\t_\t_\t5\tcase\t_\t_\n" +
        "5\tJakarta\tjakarta\tPROPN\t_\t_\t3\tobl\t_\tSpaceAfter=No\n" +
        "6\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n" +
        "\n";

    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Eval_lemma_prints_words_and_accuracy_and_checks_floors()
    {
        _cli.WriteFile("gold.conllu", Gold);
        var result = _cli.Run(["eval", "lemma", "--gold", "gold.conllu", "--lemma-style", "ud-gsd", "--min", "Accuracy=100"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "Lemmas of gold.conllu (gold tokenization), style ud-gsd\n" +
            "Words       11\n" +
            "Accuracy    100.00\n" +
            "Alphabetic  100.00  (9 words of letters only)\n",
            result.StdoutText);

        // The CSUI style keeps nya and the case of names: below a 100 floor, exit 3.
        var csui = _cli.Run(["eval", "lemma", "--gold", "gold.conllu", "--lemma-style", "ud-csui", "--min", "Accuracy=100"]);
        Assert.Equal(3, csui.ExitCode);
        Assert.Contains("BELOW FLOOR", csui.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_lemma_errors_writes_each_wrong_word_with_what_it_was_seen_as()
    {
        // CSUI lemmas against GSD gold: ia, nya and the names' case are wrong; Widodo is in no CSUI lookup.
        _cli.WriteFile("gold.conllu", Gold);
        var result = _cli.Run(["eval", "lemma", "--gold", "gold.conllu", "--lemma-style", "ud-csui", "--errors", "errors.tsv"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "Ia\tdia\tia\tseen\tinitial\tupper\t\n" +
            "nya\tdia\tnya\tseen\tmid\tlower\tbuku\n" +
            "Widodo\twidodo\tWidodo\tunseen\tmid\tupper\tJoko\n" +
            "Jakarta\tjakarta\tJakarta\tseen\tmid\tupper\tdi\n",
            File.ReadAllText(_cli.PathOf("errors.tsv")));
    }

    [Fact]
    public void Eval_lemma_folds_splits_the_words_into_seen_and_unseen_in_the_folds_lookups()
    {
        // Two folds of one sentence each: only words of the other sentence (di, ., the clitic's dia) can be seen.
        _cli.WriteFile("gold.conllu", Gold);
        var result = _cli.Run(["eval", "lemma", "--gold", "gold.conllu", "--lemma-style", "ud-gsd", "--folds", "2"]);
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.StdoutText.Split('\n');
        Assert.Equal("Words       11", lines[1]);
        Assert.StartsWith("Seen        ", lines[4], StringComparison.Ordinal);
        Assert.EndsWith("(2 words in the fold's lookups)", lines[4], StringComparison.Ordinal);
        Assert.StartsWith("Unseen      ", lines[5], StringComparison.Ordinal);
        Assert.EndsWith("(9 words)", lines[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_lemma_names_file_and_line_of_a_malformed_conllu()
    {
        _cli.WriteFile("bad.conllu", "# text = Ia datang.\n1\tIa\tdia\n");
        var result = _cli.Run(["eval", "lemma", "--gold", "bad.conllu", "--lemma-style", "ud-gsd"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.conllu:2:", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_lemma_writes_a_model_that_the_lemmatizer_loads()
    {
        _cli.WriteFile("gold.conllu", Gold);
        _cli.WriteFile("corpus.txt", "Presiden dilantik. Pelantikan presiden di Jakarta. Ia melantik menteri.\n");
        var result = _cli.Run(["train", "lemma", "--style", "ud-gsd", "--conllu", "gold.conllu", "--corpus", "corpus.txt", "--min-count", "1", "-o", "model.tsv"]);
        Assert.Equal(0, result.ExitCode);
        var model = IndoNews.NLP.Stemming.UdLemmaModel.Load(_cli.PathOf("model.tsv"));
        Assert.Equal("beli", model.Forms["membeli"]);
        Assert.Equal("dia", model.LowerForms["nya"]);
        Assert.Equal(2, model.CorpusFrequencies["presiden"]);
    }

    [Fact]
    public void Eval_lemma_folds_with_pos_trains_a_tagger_per_fold_and_prints_its_accuracy()
    {
        _cli.WriteFile("gold.conllu", Gold);
        var tagged = _cli.Run(["eval", "lemma", "--gold", "gold.conllu", "--lemma-style", "ud-gsd", "--folds", "2", "--pos", "tagger"]);
        Assert.Equal(0, tagged.ExitCode);
        Assert.StartsWith("UPOS        ", tagged.StdoutText.Split('\n')[6], StringComparison.Ordinal);

        // Gold tags print no tagger line; without --folds the option is refused (the shipped model is not retrained).
        var gold = _cli.Run(["eval", "lemma", "--gold", "gold.conllu", "--lemma-style", "ud-gsd", "--folds", "2", "--pos", "gold"]);
        Assert.Equal(0, gold.ExitCode);
        Assert.DoesNotContain("UPOS", gold.StdoutText, StringComparison.Ordinal);
        var refused = _cli.Run(["eval", "lemma", "--gold", "gold.conllu", "--lemma-style", "ud-gsd", "--pos", "gold"]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--pos applies with --folds", refused.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_upos_writes_a_tagger_and_train_lemma_upos_the_tables_it_serves()
    {
        _cli.WriteFile("gold.conllu", Gold);
        _cli.WriteFile("corpus.txt", "Presiden dilantik. Pelantikan presiden di Jakarta. Ia melantik menteri.\n");
        var result = _cli.Run(["train", "upos", "--conllu", "gold.conllu", "-o", "upos.bin"]);
        Assert.Equal(0, result.ExitCode);
        var tagger = IndoNews.NLP.Tagging.UposTagger.Load(_cli.PathOf("upos.bin"));
        Assert.Equal(["ADP", "NOUN", "PRON", "PROPN", "PUNCT", "VERB"], tagger.Tags);

        var lemma = _cli.Run(["train", "lemma", "--style", "ud-gsd", "--upos", "--conllu", "gold.conllu", "--corpus", "corpus.txt", "--min-count", "1", "-o", "model.tsv"]);
        Assert.Equal(0, lemma.ExitCode);
        Assert.False(IndoNews.NLP.Stemming.UdLemmaModel.Load(_cli.PathOf("model.tsv")).Pos.IsEmpty);

        // CSUI has no tagger to use the tables.
        var csui = _cli.Run(["train", "lemma", "--style", "ud-csui", "--upos", "--conllu", "gold.conllu", "--corpus", "corpus.txt", "-o", "csui.tsv"]);
        Assert.Equal(2, csui.ExitCode);
    }
}
