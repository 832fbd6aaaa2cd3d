namespace IndoNews.NLP.Tests.Entities;

/// <summary>A name after a member's or leader's noun is the group, with its other mentions.</summary>
public class GroupMemberCuesTests
{
    [Fact]
    public void A_band_after_pentolan_is_an_organisation()
    {
        // IndoSum (Chris Cornell's death): the tagger read the band "Soundgarden" as a person.
        const string text = "Polisi masih menunggu hasil uji toksikologi untuk melihat penyebab kematian pentolan Soundgarden yang meninggal "
                            + "17 Mei lalu.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Soundgarden"));
    }

    [Fact]
    public void A_group_after_personel_is_an_organisation_at_every_mention()
    {
        // IndoSum (the nasyid group Snada): read as a person at every mention.
        const string text = "Dua anggota memutuskan untuk keluar sehingga menyisakan lima personel Snada saja.\n"
                            + "Snada memulai karier dengan tampil dari masjid ke masjid di Jakarta.";
        var doc = Pipeline.Analyze(text);
        var mentions = doc.Entities.Where(e => e.Text == "Snada").ToList();
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, e => Assert.Equal("ORG", e.Label));
    }

    [Fact]
    public void A_person_after_a_force_and_its_member_s_noun_stays()
    {
        // The person follows the body and the rank: "personel Polri Bripka ..." leaves the person alone.
        const string text = "Seorang personel Polri, Bripka Andi Saputra, terluka dalam bentrokan di Makassar, Sulawesi Selatan.";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Text.Contains("Andi Saputra", StringComparison.Ordinal) && e.Label == "PER");
    }

    private static string? LabelAt(Document doc, string text, string from)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return doc.Entities.FirstOrDefault(e => e.Start == at)?.Label;
    }
}
