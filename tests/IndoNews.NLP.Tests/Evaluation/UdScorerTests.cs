using IndoNews.NLP.Cli.Commands;
using IndoNews.NLP.Cli.Evaluation;

namespace IndoNews.NLP.Tests.Evaluation;

/// <summary>The CoNLL 2018 scorer on small hand-made gold/system pairs whose scores are worked out by hand.</summary>
public class UdScorerTests
{
    private static UdDocument Read(string conllu, List<string>? texts = null)
        => ConlluReader.Read(conllu.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'), "test", texts);

    private static string Line(string id, string form, string lemma = "_", string misc = "_")
        => $"{id}\t{form}\t{lemma}\t_\t_\t_\t_\t_\t_\t{misc}\n";

    private const string NoSpace = "SpaceAfter=No";

    [Fact]
    public void IdenticalFilesScoreOneHundred()
    {
        string gold = "# text = Harga naik.\n" + Line("1", "Harga", "harga") + Line("2", "naik", "naik", NoSpace) + Line("3", ".", ".") + "\n";
        var result = UdScorer.Evaluate(Read(gold), Read(gold));
        Assert.Equal((1.0, 1.0, 1.0, 1.0), (result.Tokens.F1, result.Sentences.F1, result.Words.F1, result.Lemmas.F1));
        Assert.Equal(3, result.Tokens.Gold);
    }

    [Fact]
    public void MergedTokenCountsAsOneWrongSystemTokenAndTwoMissedGoldTokens()
    {
        // Gold: Rp | 1,5 | triliun ; system: Rp1,5 | triliun. Correct 1 of gold 3 / system 2: F1 = 2/5.
        string gold = Line("1", "Rp", misc: NoSpace) + Line("2", "1,5") + Line("3", "triliun") + "\n";
        string system = Line("1", "Rp1,5") + Line("2", "triliun") + "\n";
        var result = UdScorer.Evaluate(Read(gold), Read(system));
        Assert.Equal(new UdScore(3, 2, 1), result.Tokens);
        Assert.Equal(0.4, result.Tokens.F1, 10);
        Assert.Equal(new UdScore(3, 2, 1), result.Words);
        Assert.Equal(new UdScore(1, 1, 1), result.Sentences);
    }

    [Fact]
    public void SplitSentenceLosesTheGoldSentenceAndBothSystemSentences()
    {
        string gold = Line("1", "Ia", misc: "_") + Line("2", "datang", misc: NoSpace) + Line("3", ".") + Line("4", "Lalu") + Line("5", "pergi", misc: NoSpace) + Line("6", ".") + "\n"
                    + Line("1", "Besok") + Line("2", "libur", misc: NoSpace) + Line("3", ".") + "\n";
        string system = Line("1", "Ia") + Line("2", "datang", misc: NoSpace) + Line("3", ".") + "\n"
                      + Line("1", "Lalu") + Line("2", "pergi", misc: NoSpace) + Line("3", ".") + "\n"
                      + Line("1", "Besok") + Line("2", "libur", misc: NoSpace) + Line("3", ".") + "\n";
        var result = UdScorer.Evaluate(Read(gold), Read(system));
        Assert.Equal(new UdScore(2, 3, 1), result.Sentences);
        Assert.Equal(0.4, result.Sentences.F1, 10);
        Assert.Equal(1.0, result.Tokens.F1);
    }

    [Fact]
    public void MultiwordTokenAlignsItsWordsByForm()
    {
        // Gold splits bukunya into buku + nya; the system leaves it whole. The surface token matches, the words do not:
        // aligned words = baru only, gold 3 words, system 2 words.
        string gold = Line("1-2", "bukunya") + Line("1", "buku", "buku") + Line("2", "nya", "dia") + Line("3", "baru", "baru") + "\n";
        string system = Line("1", "bukunya", "buku") + Line("2", "baru", "baru") + "\n";
        var result = UdScorer.Evaluate(Read(gold), Read(system));
        Assert.Equal(new UdScore(2, 2, 2), result.Tokens);
        Assert.Equal(new UdScore(3, 2, 1), result.Words);
        Assert.Equal(new UdScore(3, 2, 1), result.Lemmas);
    }

    [Fact]
    public void SameMultiwordSplitAlignsEveryWordAndLemmaUnderscoreAcceptsAny()
    {
        string gold = Line("1-2", "Apakah") + Line("1", "Apa", "_") + Line("2", "kah", "kah") + Line("3", "benar", "benar") + "\n";
        string system = Line("1-2", "Apakah") + Line("1", "Apa", "apa") + Line("2", "kah", "kah") + Line("3", "benar", "salah") + "\n";
        var result = UdScorer.Evaluate(Read(gold), Read(system));
        Assert.Equal(new UdScore(3, 3, 3), result.Words);
        Assert.Equal(new UdScore(3, 3, 2), result.Lemmas);
    }

    [Fact]
    public void DifferentTextsAreRejected()
    {
        var e = Assert.Throws<global::IndoNews.NLP.Cli.CliException>(() => UdScorer.Evaluate(Read(Line("1", "naik") + "\n"), Read(Line("1", "turun") + "\n")));
        Assert.Contains("differ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderRebuildsMissingTextAndRejectsBrokenLines()
    {
        var texts = new List<string>();
        Read(Line("1", "Rp", misc: NoSpace) + Line("2", "5") + Line("3", "juta") + "\n", texts);
        Assert.Equal(["Rp5 juta"], texts);
        var e = Assert.Throws<InvalidDataException>(() => Read("1\tonly three\tcolumns\n"));
        Assert.Contains("test:1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1\tHalo\thalo\t_\t_\t_\t_\t_\t_\t_\n3\tdunia\tdunia\t_\t_\t_\t_\t_\t_\t_\n\n", "test:2", "out of order")]           // word 2 missing
    [InlineData("1\tHalo\thalo\t_\t_\t_\t_\t_\t_\t_\n2-3\tdunianya\t_\t_\t_\t_\t_\t_\t_\t_\n\n", "test:2", "not followed by its words 2-3")] // range with no words
    [InlineData("1-2\tbukunya\t_\t_\t_\t_\t_\t_\t_\t_\n1\tbuku\tbuku\t_\t_\t_\t_\t_\t_\t_\n", "test:1", "not followed by its words 2-2")]   // range cut short at the end of the file
    [InlineData("1\tHalo\thalo\t_\t_\t_\t_\t_\t_\t_\n3-4\tbukunya\t_\t_\t_\t_\t_\t_\t_\t_\n", "test:2", "should start at word 2")]
    [InlineData("1\tHalo\thalo\t_\t_\t_\t_\t_\t_\t_\n2\t\tdunia\t_\t_\t_\t_\t_\t_\t_\n", "test:2", "empty FORM")]
    public void ReaderRejectsWordIdsOutOfSequenceIncompleteRangesAndEmptyForms(string conllu, string where, string what)
    {
        // The CoNLL 2018 script refuses these gold files; scoring them silently gave Words F1 66.67 on a one-word sentence.
        var e = Assert.Throws<InvalidDataException>(() => Read(conllu));
        Assert.Contains(where, e.Message, StringComparison.Ordinal);
        Assert.Contains(what, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderAcceptsRangesEmptyNodesAndRestartsIdsPerSentence()
    {
        var document = Read(Line("1-2", "bukunya") + Line("1", "buku") + Line("2", "nya") + Line("2.1", "x") + Line("3", "baru") + "\n" + Line("1", "Lagi") + "\n");
        Assert.Equal(3, document.Tokens.Count);
        Assert.Equal(4, document.Words.Count);
        Assert.Equal(2, document.Sentences.Count);
    }

    [Fact]
    public void EvalUdCommandScoresRawTextAndEnforcesFloors()
    {
        string dir = Directory.CreateTempSubdirectory("indonews-eval-ud").FullName;
        try
        {
            string gold = Path.Combine(dir, "gold.conllu");
            File.WriteAllText(gold,
                "# text = Harga naik 30%.\n" + Line("1", "Harga", "no-lemmatizer-gives-this") + Line("2", "naik", "naik") + Line("3", "30", "30", NoSpace) + Line("4", "%", "%", NoSpace) + Line("5", ".", ".") + "\n"
                + "# text = Bukunya hilang.\n" + Line("1-2", "Bukunya") + Line("1", "Buku", "buku") + Line("2", "nya", "nya") + Line("3", "hilang", "hilang", NoSpace) + Line("4", ".", ".") + "\n");
            string output = Path.Combine(dir, "out.txt");
            int exit = EvalUdCommand.Create().Parse(["--gold", gold, "--output", output, "--min", "Tokens=100", "Words=100", "Sentences=100"]).Invoke();
            Assert.Equal(0, exit);
            string report = File.ReadAllText(output);
            Assert.Contains("Tokens     |    100.00 |    100.00 |    100.00 |         8 |         8 |         8", report, StringComparison.Ordinal);
            Assert.Contains("Sentences  |    100.00 |    100.00 |    100.00 |         2 |         2 |         2", report, StringComparison.Ordinal);
            Assert.Contains("Words      |    100.00 |    100.00 |    100.00 |         9 |         9 |         9", report, StringComparison.Ordinal);

            int below = EvalUdCommand.Create().Parse(["--gold", gold, "--output", output, "--min", "Lemmas=100"]).Invoke();
            Assert.Equal(3, below);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
