namespace IndoNews.NLP.Tests.Entities;

/// <summary>A bracketed short form that spells the organisation before it makes the cut-short name whole.</summary>
public class SpelledOutNamesTests
{
    [Theory]
    // IndoSum sentences where the tagger cut the organisation short and left the bracket untagged.
    [InlineData("Saiful Mujani Research & Consulting (SMRC) merilis hasil elektabilitas pasangan calon gubernur.", "Saiful Mujani Research & Consulting", "SMRC")]
    [InlineData("Jakarta, CNN Indonesia - - Kepala Badan Riset dan Sumber Daya Manusia (BRSDM) Kementerian Kelautan dan Perikanan menjelaskan hal itu.", "Badan Riset dan Sumber Daya Manusia", "BRSDM")]
    [InlineData("Jakarta, CNN Indonesia - - Kementerian Energi dan Sumber Daya Mineral (ESDM) menampik bahwa Peraturan Pemerintah itu merugikan.", "Kementerian Energi dan Sumber Daya Mineral", "ESDM")]
    // The letters need a listed head before the tagged name, and the bracket was read as a person.
    [InlineData("Sementara itu, Ketua Umum Himpunan Bank-bank Milik Negara (Himbara) Maryono melihat, kehadiran jaringan itu menguntungkan.", "Himpunan Bank-bank Milik Negara", "Himbara")]
    public void The_name_is_whole_and_the_short_form_an_organisation(string text, string name, string shortForm)
    {
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Text == name && e.Label == "ORG");
        Assert.Contains(doc.Entities, e => e.Text == shortForm && e.Label == "ORG");
    }

    [Fact]
    public void Every_bracket_of_a_long_document_is_read()
    {
        // Each bracket looks up only the spans near it (scanning all of them per bracket was quadratic), and the lookup is
        // kept in step with each widened name (the spans it removes and adds) instead of being rebuilt: every one of 100
        // repeats of each sentence is still widened.
        const string paragraph = "Saiful Mujani Research & Consulting (SMRC) merilis hasil elektabilitas pasangan calon gubernur.\n"
                                 + "Kepala Badan Riset dan Sumber Daya Manusia (BRSDM) Kementerian Kelautan dan Perikanan menjelaskan hal itu.\n"
                                 + "Presiden Amerika Serikat (AS) Donald Trump tiba. Ketua Umum Himpunan Bank-bank Milik Negara (Himbara) Maryono melihat.\n";
        string text = string.Concat(Enumerable.Repeat(paragraph, 100));
        var doc = Pipeline.Analyze(text);
        foreach (string name in (string[])["Saiful Mujani Research & Consulting", "Badan Riset dan Sumber Daya Manusia", "Himpunan Bank-bank Milik Negara", "SMRC", "BRSDM", "Himbara"])
        {
            Assert.Equal(100, doc.Entities.Count(e => e.Text == name && e.Label == "ORG"));
        }
    }

    [Fact]
    public void The_short_forms_repeats_read_as_a_person_follow()
    {
        const string text = "Sementara itu, Ketua Umum Himpunan Bank-bank Milik Negara (Himbara) Maryono melihat, kehadiran jaringan itu menguntungkan. "
                            + "Hal itu berlaku bagi perbankan yang tergabung dalam Himbara.";
        var doc = Pipeline.Analyze(text);
        int at = text.LastIndexOf("Himbara", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Start == at && e.Text == "Himbara" && e.Label == "ORG");
    }

    [Theory]
    // A common noun before a body names a thing of it: the body keeps its own span.
    [InlineData("Kewajiban ini akan tertuang dalam Peraturan OJK (POJK) tentang Penerapan Keuangan Berkelanjutan.", "OJK")]
    [InlineData("Mereka adalah debitur yang menyelesaikan kewajibannya membayar Bantuan Likuiditas Bank Indonesia (BLBI).", "Bank Indonesia")]
    public void A_thing_named_after_a_body_leaves_the_body(string text, string body)
    {
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Text == body && e.Label == "ORG");
    }
}
