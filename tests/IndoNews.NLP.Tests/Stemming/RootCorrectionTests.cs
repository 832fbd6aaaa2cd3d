using IndoNews.NLP.Cli.Evaluation;
using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>
/// <see cref="RootStemmer.Explain"/> names the correction behind a root, and <c>eval stem</c> groups the
/// disagreements with Sastrawi by it (<see cref="StemDisagreementKinds"/>).
/// </summary>
public class RootCorrectionTests
{
    [Theory]
    [InlineData("dikurangi", "kurang", nameof(RootCorrection.PrecedenceOverStemming))]
    [InlineData("berikan", "beri", nameof(RootCorrection.PrecedenceOverStemming))]
    [InlineData("apakah", "apa", nameof(RootCorrection.FunctionWordParticle))]
    [InlineData("ketidakadilan", "adil", nameof(RootCorrection.NegatedAbstractNoun))]
    [InlineData("menikah", "nikah", nameof(RootCorrection.FalseParticle))]
    [InlineData("kerusakan", "rusak", nameof(RootCorrection.AnNotKan))]
    [InlineData("menangis", "tangis", nameof(RootCorrection.FalseIs))]
    [InlineData("perbankan", "bank", nameof(RootCorrection.PerAnOnK))]
    [InlineData("pemrograman", "program", nameof(RootCorrection.NasalisedPr))]
    [InlineData("ngomong", "omong", nameof(RootCorrection.InformalPrefix))]
    [InlineData("dipakein", "pakai", nameof(RootCorrection.InformalSuffix))]
    [InlineData("berkali-kali", "kali", nameof(RootCorrection.Hyphenated))]
    [InlineData("senilai", "nilai", nameof(RootCorrection.SeOnRootInI))]
    [InlineData("memasuki", "masuk", nameof(RootCorrection.LemmaRootList))]
    [InlineData("pengunjung", "kunjung", nameof(RootCorrection.LemmaRootList))]
    [InlineData("pembangunan", "bangun", nameof(RootCorrection.None))]
    [InlineData("rumah", "rumah", nameof(RootCorrection.None))]
    public void Explain_names_the_correction_that_gave_the_root(string word, string root, string correction)
    {
        Assert.Equal(root, RootStemmer.Default.Explain(word, out var why));
        Assert.Equal(correction, why.ToString());
    }

    [Theory]
    [InlineData("Dikurangi")]
    [InlineData("MENIKAH")]
    [InlineData("Sadikin")]
    [InlineData("anak-anaknya")]
    [InlineData("kuasa-Mu")]
    [InlineData("12.500")]
    [InlineData("")]
    public void Explain_gives_the_same_root_as_Stem(string word)
        => Assert.Equal(RootStemmer.Default.Stem(word), RootStemmer.Default.Explain(word, out _));

    [Fact]
    public void Disagreements_are_grouped_by_kind_and_an_unexplained_one_is_counted()
    {
        var kinds = new StemDisagreementKinds(RootStemmer.Default, RootLexicon.Default);
        kinds.Add("dikurangi", "rang", "kurang");
        kinds.Add("berikan", "ikan", "beri");
        kinds.Add("ngomong", "ngomong", "omong");
        kinds.Add("berupa", "upa", "rupa");
        kinds.Add("rumah", "rumah", "rum"); // nothing in the stemmer gives "rum": unexplained
        var output = new StringWriter();
        kinds.Write(output, examples: 1);
        string text = output.ToString();
        Assert.Equal(5, kinds.Count);
        Assert.Equal(4, kinds.Explained);
        Assert.Contains("     1  lemma-mode root list: a rare root ignored (memasuki → masuk, not pasuk): berupa upa→rupa", text, StringComparison.Ordinal);
        Assert.Contains("disagreements by kind (4 of 5 explained", text, StringComparison.Ordinal);
        Assert.Contains("     2  prefix-first over-stemming (dikurangi → kurang, berikan → beri): dikurangi rang→kurang\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("     1  unexplained: rumah rumah→rum", text, StringComparison.Ordinal);
    }
}
