using System.Diagnostics;
using System.Text;
using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

/// <summary>A club written with the prefix "PS." before its short form is one organisation.</summary>
public class ClubPrefixNamesTests
{
    [Fact]
    public void A_club_with_the_PS_prefix_is_one_organisation()
    {
        // IndoSum 983 (the league's disciplinary decisions): "PS" and "TNI" were two organisations, or the army alone.
        const string text = "2. Pemain PS. TNI Sdr. Manahati Lestusen dikenakan sanksi 3 kali larangan bermain.\n"
                            + "13. Tim PS. TNI dikenakan sanksi denda Rp. 28.000.000, - karena dalam satu pertandingan mendapatkan 7 kartu kuning.";
        var doc = Pipeline.Analyze(text);
        var clubs = doc.Entities.Where(e => e.Text == "PS. TNI").ToList();
        Assert.Equal(2, clubs.Count);
        Assert.All(clubs, e => Assert.Equal("ORG", e.Label));
        Assert.DoesNotContain(doc.Entities, e => e.Text is "PS" or "TNI");
    }

    [Fact]
    public void PS_before_a_word_that_is_not_in_capitals_is_left()
    {
        const string text = "Kirim chat di PS. Saya akan balas nanti.";
        var doc = Pipeline.Analyze(text);
        Assert.DoesNotContain(doc.Entities, e => e.Text.StartsWith("PS.", StringComparison.Ordinal));
    }

    [Fact]
    public void Many_clubs_take_time_linear_in_their_number()
    {
        // 40,000 sentences of IndoSum 983's ruling, each with the tagger's "TNI": every prefix scanned every entity of the
        // document (quadratic: 6.5 s here, 64,000 clubs on one line 24 s in the whole pipeline); now only those near it.
        const string sentence = "Tim PS. TNI dikenakan sanksi denda. ";
        var text = new StringBuilder();
        var armies = new List<(string, int)>();
        for (int i = 0; i < 40_000; i++)
        {
            armies.Add(("TNI", text.Length + sentence.IndexOf("TNI", StringComparison.Ordinal)));
            text.Append(sentence);
        }

        var doc = RuleDocuments.WithOrganizations(text.ToString(), [.. armies]);
        var stopwatch = Stopwatch.StartNew();
        ClubPrefixNames.Join(doc);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"{stopwatch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(40_000, doc.Entities.Count);
        Assert.All(doc.Entities, e => Assert.Equal("PS. TNI", e.Text));
    }
}
