namespace IndoNews.NLP.Tests.Entities;

/// <summary>A firm named between an officer's post and the officer is an organisation, with its other mentions.</summary>
public class OfficerFirmNamesTests
{
    [Fact]
    public void A_startup_run_into_its_CEO_is_split_from_him_and_is_an_organisation_at_its_other_mentions()
    {
        // IndoSum (Ruangguru's grant): the tagger read "Ruangguru Belva Devara" as one person and "Ruangguru" alone as a person.
        const string text = "Kabar teranyar, pada tanggal 8 Mei 2017 lalu Ruangguru baru saja mengumumkan perolehan hibah dari Ecosystem "
                            + "Accelerator Innovation Fund dari Groupe Speciale Mobile Association (GSMA).\n"
                            + "“Kami terus mengembangkan produk-produk untuk mendukung kegiatan belajar,” ujar Co-Founder & CEO Ruangguru Belva Devara.\n"
                            + "Terkait dengan rencana ekspansi, Ruangguru memilih untuk masih fokus di Indonesia saja, kata Belva.";
        var doc = Pipeline.Analyze(text);
        var firm = doc.Entities.Where(e => e.Text == "Ruangguru").ToList();
        Assert.Equal(3, firm.Count);
        Assert.All(firm, e => Assert.Equal("ORG", e.Label));
        Assert.Contains(doc.Entities, e => e.Text == "Belva Devara" && e.Label == "PER");
        Assert.Equal("PER", LabelAt(doc, text, "Belva."));
    }

    [Fact]
    public void A_firm_after_its_founder_and_his_posts_is_an_organisation()
    {
        // IndoSum (the keto diet): "Fuelary" read as a person.
        const string text = "Joshua Shadle, pendiri dan CEO Fuelary, melakukan diet keto saat berlatih triatlon.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Fuelary"));
        Assert.Equal("PER", LabelAt(doc, text, "Joshua Shadle"));
    }

    [Fact]
    public void A_firm_closing_a_sentence_after_juru_bicara_is_an_organisation_with_its_other_mentions()
    {
        // IndoSum (Snapchat and Instagram Stories): "SurveyMonkey" read as a person at each mention.
        const string text = "Berdasarkan panel data dari SurveyMonkey, penggunaan Snapchat dari 1 juta pengguna aktif di Amerika Serikat "
                            + "tidak bergerak sama sekali selama Agustus,\" tutur juru bicara SurveyMonkey.";
        var doc = Pipeline.Analyze(text);
        var firm = doc.Entities.Where(e => e.Text == "SurveyMonkey").ToList();
        Assert.Equal(2, firm.Count);
        Assert.All(firm, e => Assert.Equal("ORG", e.Label));
    }

    [Fact]
    public void An_officer_named_after_CEO_and_by_his_given_name_stays_one_person()
    {
        // After IndoSum (Garansindo's electric scooter): the word after the post is the officer's given name, which the
        // article writes alone after a speech verb, not a firm.
        const string text = "Hal itu disampaikan CEO Muhammad Al Abdullah di Jakarta, Kamis (18/5).\n"
                            + "\"Insya Allah kita launching sesuai jadwal kita,\" kata Muhammad di Jakarta.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("PER", LabelAt(doc, text, "Muhammad Al Abdullah"));
        Assert.DoesNotContain(doc.Entities, e => e.Label == "ORG" && e.Text == "Muhammad");
    }

    private static string? LabelAt(Document doc, string text, string from)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return doc.Entities.FirstOrDefault(e => e.Start == at)?.Label;
    }
}
