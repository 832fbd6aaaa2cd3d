using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

public class UdAffixAnalyzerTests
{
    [Theory]
    [InlineData("menobatkan", "obat", "nobat")]
    [InlineData("memukul", "ukul", "pukul")]
    [InlineData("penulis", "ulis", "tulis")]
    public void A_nasal_prefix_before_a_vowel_is_never_a_bare_mem_or_men(string word, string impossible, string root)
    {
        var candidates = UdAffixAnalyzer.Candidates(word);
        Assert.DoesNotContain(candidates, c => c.Root == impossible);
        Assert.Contains(candidates, c => c.Root == root);
    }

    [Fact]
    public void Mem_and_men_before_a_consonant_are_still_stripped()
    {
        Assert.Contains(("beli", "mem+"), UdAffixAnalyzer.Candidates("membeli"));
        Assert.Contains(("dengar", "men+"), UdAffixAnalyzer.Candidates("mendengar"));
    }
}
