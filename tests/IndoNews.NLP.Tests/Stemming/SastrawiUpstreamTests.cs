using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

/// <summary>
/// Sastrawi's 195 upstream pairs (theories generated into SastrawiUpstreamCases.g.cs): the integration
/// suite with the full kata-dasar.txt, the functional suite with its own 127-word dictionary, as
/// ../shared/data/sastrawi/SOURCE.md prescribes.
/// </summary>
public partial class SastrawiUpstreamTests
{
    private static void AssertIntegration(string word, string expected)
        => Assert.Equal(expected, StemmingData.Sastrawi(StemmingData.KataDasar).Stem(word));

    private static void AssertFunctional(string word, string expected)
        => Assert.Equal(expected, StemmingData.Sastrawi(StemmingData.FunctionalDictionary).Stem(word));

    [Fact]
    public void Generated_cases_match_upstream_tests_tsv()
    {
        var fromFile = StemmingData.ReadPairs(StemmingData.UpstreamTests);
        var generated = typeof(SastrawiUpstreamCases).GetProperties()
            .SelectMany(p => (TheoryData<string, string>)p.GetValue(null)!)
            .Select(row => row.Data)
            .ToHashSet();
        Assert.Equal(195, fromFile.Length);
        Assert.Equal(fromFile.Length, generated.Count);
        Assert.All(fromFile, pair => Assert.Contains(pair, generated));
    }

    [Fact]
    public void Upstream_pairs_all_pass_through_the_span_api_too()
    {
        var pairs = StemmingData.ReadPairs(StemmingData.UpstreamTests);
        var integration = StemmingData.Sastrawi(StemmingData.KataDasar);
        var functional = StemmingData.Sastrawi(StemmingData.FunctionalDictionary);
        Span<char> buffer = stackalloc char[256];
        for (int i = 0; i < pairs.Length; i++)
        {
            var stemmer = i < 35 ? integration : functional;
            Assert.True(stemmer.TryStem(pairs[i].Word, buffer, out int written));
            Assert.Equal(pairs[i].Stem, buffer[..written].ToString());
        }
    }
}
