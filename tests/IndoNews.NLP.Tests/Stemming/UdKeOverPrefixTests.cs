using IndoNews.NLP.Cli.Formats;
using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>
/// ke-…-an over a ber-, ter- or peN- word is that word's abstract noun, and both treebanks keep it whole (GSD dev:
/// keberadaan, keberuntungan, kebertahanan, kepemilikan, kepemimpinan; CSUI train: kepemilikan, keterbukaan, keterkaitan,
/// keterlambatan, against keberhasilan → hasil). The CSUI model keeps it; the GSD model is trained without the rule (its
/// accuracy step fell below the floor with it; see data/lemmas/SOURCE.md). The words below come from the IndoSum news
/// articles; none is in either model's lookups, so the affix analysis answers.
/// </summary>
public class UdKeOverPrefixTests
{
    [Theory]
    [InlineData("keberlanjutan")]
    [InlineData("ketergantungan")]
    [InlineData("keterlibatan")]
    [InlineData("kepengurusan")]
    public void Csui_keeps_the_abstract_noun_of_a_derived_word_whole_and_gsd_analyses_it(string word)
    {
        Assert.Equal(word, UdTestTokens.Lemmas(UdLemmatizer.Csui, "Mereka mempersoalkan " + word + " itu .")[2]);
        Assert.NotEqual(word, UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Mereka mempersoalkan " + word + " itu .")[2]);
        var gsdWithRule = Reweighted(UdLemmatizer.Gsd.Model, UdLemmatizer.Gsd.Model.Weights with { KeepKeOverPrefix = 1 });
        Assert.Equal(word, gsdWithRule.Analyze(word));
    }

    [Theory]
    // ke-…-an on a root: terang and bersih are roots, not ter- + ang or ber- + sih.
    [InlineData("keterangan", "terang")]
    [InlineData("kebersihan", "bersih")]
    [InlineData("kemenangan", "menang")]
    [InlineData("kesejahteraan", "sejahtera")]
    public void A_ke_an_noun_on_a_root_is_still_analysed(string word, string root)
    {
        Assert.Equal(root, UdLemmatizer.Gsd.Model.Analyze(word));
        Assert.Equal(root, UdLemmatizer.Csui.Model.Analyze(word));
    }

    [Fact]
    public void Without_the_rule_the_analysis_strips_one_layer_or_two()
    {
        var csui = UdLemmatizer.Csui.Model;
        var model = Reweighted(csui, csui.Weights with { KeepKeOverPrefix = 0 });
        Assert.Equal("keterlibatan", csui.Analyze("keterlibatan"));
        Assert.NotEqual("keterlibatan", model.Analyze("keterlibatan"));
        Assert.NotEqual("keberlanjutan", model.Analyze("keberlanjutan"));
    }

    [Theory]
    [InlineData("ke+ber+-an", true)]
    [InlineData("ke+ter+-an", true)]
    [InlineData("ke+pem+-an", true)]
    [InlineData("ke+pengk+-an", true)]
    [InlineData("ke+-an", false)]
    [InlineData("ke+se+-an", false)]
    [InlineData("ke+per+-an", false)]
    [InlineData("ke+ber+", false)]
    [InlineData("di+ber+-kan", false)]
    [InlineData("ke+pem+ber+-an", false)]
    public void The_pattern_is_ke_over_one_ber_ter_or_peN_layer_with_an(string pattern, bool expected)
        => Assert.Equal(expected, UdAffixAnalyzer.IsKeOverVerbalPrefix(pattern));

    [Fact]
    public void A_pe_noun_with_an_whose_noun_the_stemmer_roots_reads_as_the_confix()
    {
        // The root stemmer misread pemberontakan as a whole (ronta) but rooted pemberontak → berontak, GSD dev's lemma, and
        // only the rule gave berontak. Since 2026-12-08 the stemmer reads it right itself (the -an-after-k rule covers pe- +
        // ber- + ronta + -kan), so both settings give it. Learned as cross-validation learns it, from GSD dev without the
        // sentences that hold the word (the shipped GSD model is trained without the rule, see data/lemmas/SOURCE.md; the
        // CSUI model has it).
        Assert.Equal("berontak", Train("pemberontakan", nounStemConfix: 1).Analyze("pemberontakan"));
        Assert.Equal("berontak", Train("pemberontakan", nounStemConfix: 0).Analyze("pemberontakan"));
    }

    private static UdLemmaModel Train(string heldOut, double nounStemConfix)
    {
        var gold = ConlluLemmaReader.Read(SharedData.Require("data/ud/UD_Indonesian-GSD/id_gsd-ud-dev.conllu"));
        var other = ConlluLemmaReader.Read(SharedData.Require("data/ud/UD_Indonesian-CSUI/id_csui-ud-train.conllu"));
        var shipped = UdLemmatizer.Gsd.Model;
        var training = gold.Where(s => !s.Exists(w => w.Form.Equals(heldOut, StringComparison.OrdinalIgnoreCase))).Select(Pairs).ToList();
        Assert.True(training.Count < gold.Count);
        return UdLemmaTrainer.Train(training, UdLemmaConventions.Gsd, shipped.CorpusFrequencies, shipped.Weights with { NounStemConfix = nounStemConfix }, other.Select(Pairs), shipped.CorpusFamilies, shipped.AfterDi)
            .WithRoots(shipped.RootLexicon, shipped.Stemmer);
    }

    private static IReadOnlyList<(string, string)> Pairs(List<GoldWord> sentence) => [.. sentence.Select(w => (w.Form, w.Lemma))];

    private static UdLemmaModel Reweighted(UdLemmaModel m, UdLemmaWeights weights)
        => new(m.Forms, m.LowerForms, m.Lemmas, m.Patterns, m.CorpusFrequencies, weights, m.OtherForms, m.CorpusFamilies, m.RootLexicon, m.Stemmer, m.Hosts, m.Applicable, m.AfterDi);
}
