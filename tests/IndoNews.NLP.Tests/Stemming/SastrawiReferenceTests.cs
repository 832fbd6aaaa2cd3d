using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>Agreement with PySastrawi's stems of 42,719 IndoSum words (../shared/data/sastrawi/reference-dev.tsv).</summary>
public class SastrawiReferenceTests
{
    [Fact]
    public void With_kata_dasar_every_reference_stem_is_reproduced()
    {
        var stemmer = StemmingData.Sastrawi(StemmingData.KataDasar);
        var pairs = StemmingData.ReadPairs(StemmingData.ReferenceDev);
        Assert.Equal(42_719, pairs.Length);
        var wrong = pairs.Where(p => stemmer.Stem(p.Word) != p.Stem).Take(10).ToList();
        Assert.True(wrong.Count == 0, "disagreements: " + string.Join(", ", wrong.Select(p => $"{p.Word}→{stemmer.Stem(p.Word)} (expected {p.Stem})")));
    }

    [Fact]
    public void With_the_shipped_lexicon_agreement_stays_above_99_percent()
    {
        var pairs = StemmingData.ReadPairs(StemmingData.ReferenceDev);
        double agreement = pairs.Count(p => SastrawiStemmer.Default.Stem(p.Word) == p.Stem) / (double)pairs.Length;
        Assert.True(agreement >= 0.990, $"agreement {agreement:P3}");
    }

    [Fact]
    public void Root_mode_differs_from_sastrawi_only_on_a_small_share()
    {
        var stemmer = new RootStemmer(StemmingData.Lexicon(StemmingData.KataDasar));
        var pairs = StemmingData.ReadPairs(StemmingData.ReferenceDev);
        double agreement = pairs.Count(p => stemmer.Stem(p.Word) == p.Stem) / (double)pairs.Length;
        Assert.InRange(agreement, 0.99, 0.9999);
    }
}
