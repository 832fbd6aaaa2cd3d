using System.CommandLine;
using System.Text;
using IndoNews.NLP.Cli.Commands;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>Golden tests of <c>indonews stem</c> and <c>indonews eval stem</c> (the formats of the CLI contract).</summary>
public sealed class StemCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("indonews-stem-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Sastrawi_mode_writes_word_tab_stem_per_input_line_with_the_word_as_read()
    {
        string input = Write("in.txt", "Pembangunan\r\n\r\nkebaikannya\nBuku-buku\n  bersuara \nkuasa-Mu\nxyz");
        string output = Path.Combine(_dir, "out.tsv");
        int exit = Run("stem", input, "--mode", "sastrawi", "--lexicon", SharedData.Require(StemmingData.FunctionalDictionary), "--output", output);
        Assert.Equal(0, exit);
        Assert.Equal(
            "Pembangunan\tbangun\n\t\nkebaikannya\tbaik\nBuku-buku\tbuku\n  bersuara \tsuara\nkuasa-Mu\tkuasa\nxyz\txyz\n",
            File.ReadAllText(output));
    }

    [Fact]
    public void Lemma_mode_is_the_default_and_gives_lower_case_roots()
    {
        string input = Write("in.txt", "Dikurangi\nperbankan\nanak-anak\n12.500\n");
        string output = Path.Combine(_dir, "out.tsv");
        Assert.Equal(0, Run("stem", input, "-o", output));
        Assert.Equal("Dikurangi\tkurang\nperbankan\tbank\nanak-anak\tanak\n12.500\t12.500\n", File.ReadAllText(output));
    }

    [Theory]
    [InlineData("root", "makan")]
    [InlineData("ud-gsd", "makan")]
    public void Lemma_mode_stems_the_trimmed_word_and_echoes_the_line_as_read(string lemmaStyle, string stem)
    {
        string input = Write("in.txt", "  Makanan \n\tMakanan\n   \n");
        string output = Path.Combine(_dir, "out.tsv");
        Assert.Equal(0, Run("stem", input, "--lemma-style", lemmaStyle, "-o", output));
        Assert.Equal($"  Makanan \t{stem}\n\tMakanan\t{stem}\n   \t\n", File.ReadAllText(output));
    }

    [Fact]
    public void Invalid_utf8_fails_with_no_output_file()
    {
        string input = Path.Combine(_dir, "bad.txt");
        File.WriteAllBytes(input, [0x61, 0x0A, 0xC3, 0x28, 0x0A]);
        string output = Path.Combine(_dir, "out.tsv");
        Assert.Equal(1, Run("stem", input, "-o", output));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_missing_lexicon_is_a_clear_error()
    {
        string input = Write("in.txt", "rumah\n");
        Assert.Equal(1, Run("stem", input, "--mode", "sastrawi", "--lexicon", Path.Combine(_dir, "nope.txt"), "-o", Path.Combine(_dir, "o")));
    }

    [Fact]
    public void An_empty_lexicon_is_a_clear_error_not_a_silent_identity_stemmer()
    {
        // An empty list stemmed every word to itself with exit 0 (memasuki -> memasuki).
        string input = Write("in.txt", "memasuki\n");
        Assert.Equal(1, Run("stem", input, "--mode", "sastrawi", "--lexicon", Write("empty.txt", "\n  \n"), "-o", Path.Combine(_dir, "o")));
        var e = Assert.Throws<InvalidDataException>(() => IndoNews.NLP.Stemming.RootLexicon.FromFile(Path.Combine(_dir, "empty.txt")));
        Assert.Contains("holds no words", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lexicon_that_is_not_utf8_names_the_line_and_byte()
    {
        string path = Path.Combine(_dir, "latin1.txt");
        File.WriteAllBytes(path, [.. "rumah\nbuku\n"u8, 0x63, 0x61, 0x66, 0xE9, (byte)'\n']); // "café" in Latin-1 on line 3
        var e = Assert.Throws<InvalidDataException>(() => IndoNews.NLP.Stemming.RootLexicon.FromFile(path));
        Assert.Contains("line 3, byte 14", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_stem_checks_agreement_floors()
    {
        string reference = Write("ref.tsv", "word\texpected_stem\nkebaikannya\tbaik\nbersuara\tsuara\nxyz\tabc\n");
        string lexicon = SharedData.Require(StemmingData.FunctionalDictionary);
        Assert.Equal(0, RunEval(reference, "--mode", "sastrawi", "--lexicon", lexicon, "--min", "Agreement=66"));
        Assert.Equal(3, RunEval(reference, "--mode", "sastrawi", "--lexicon", lexicon, "--min", "Agreement=100"));
        Assert.Equal(2, RunEval(reference, "--mode", "sastrawi", "--lexicon", lexicon, "--min", "Recall=1"));
    }

    [Fact]
    public void Eval_stem_reaches_100_percent_on_reference_dev_with_kata_dasar()
    {
        Assert.Equal(0, RunEval(SharedData.Require(StemmingData.ReferenceDev), "--mode", "sastrawi", "--lexicon", SharedData.Require(StemmingData.KataDasar), "--min", "Agreement=100"));
    }

    [Fact]
    public void Eval_stem_rejects_a_malformed_reference()
    {
        Assert.Equal(1, RunEval(Write("ref.tsv", "no tab here\n")));
    }

    private string Write(string name, string content)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static int Run(params string[] args)
    {
        var root = new RootCommand { StemCommand.Create(), EvalCommand.Create() };
        return root.Parse(args).Invoke();
    }

    private static int RunEval(string reference, params string[] args) => Run(["eval", "stem", "--reference", reference, "--show", "0", .. args]);
}
