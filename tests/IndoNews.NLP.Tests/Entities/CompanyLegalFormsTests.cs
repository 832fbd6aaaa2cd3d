using System.Diagnostics;
using System.Text;
using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

/// <summary>A company's legal form written after its name is part of the organisation.</summary>
public class CompanyLegalFormsTests
{
    [Fact]
    public void Persero_and_Tbk_are_part_of_the_company()
    {
        // IndoSum 1431: "PT PP", "Persero" and "Tbk" were three organisations.
        const string text = "Jakarta, CNN Indonesia - - Perusahaan konstruksi pelat merah, PT PP (Persero) Tbk, memperkirakan dapat meraih "
                            + "kontrak baru senilai Rp 45 triliun hingga akhir tahun ini.";
        var doc = Pipeline.Analyze(text);
        var company = Assert.Single(doc.Entities, e => e.Text.StartsWith("PT PP", StringComparison.Ordinal));
        Assert.Equal("PT PP (Persero) Tbk", company.Text);
        Assert.Equal("ORG", company.Label);
        Assert.DoesNotContain(doc.Entities, e => e.Text is "Persero" or "Tbk");
    }

    [Fact]
    public void Persero_alone_is_part_of_the_company()
    {
        // IndoSum 1021: "Persero" was an organisation of its own.
        const string text = "PALEMBANG, JUARA.net – PT Pertamina (Persero) akan membantu pembangunan fasilitas olahraga di Palembang.";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Text == "PT Pertamina (Persero)" && e.Label == "ORG");
        Assert.DoesNotContain(doc.Entities, e => e.Text == "Persero");
    }

    [Fact]
    public void A_short_form_in_brackets_still_ends_the_name()
    {
        // IndoSum 1185: "(Persero) Tbk atau BRI": the bracket holds the legal form, not the short form, which stays apart.
        const string text = "Jakarta, CNN Indonesia - - PT Bank Rakyat Indonesia (Persero) Tbk atau BRI menyiapkan dana tunai Rp 1,5 triliun.";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Text == "PT Bank Rakyat Indonesia (Persero) Tbk" && e.Label == "ORG");
        Assert.Contains(doc.Entities, e => e.Text == "BRI" && e.Label == "ORG");
    }

    [Fact]
    public void Tbk_after_a_comma_is_part_of_the_company()
    {
        // IndoSum 846: "PT Jasa Marga" was the organisation and "Tbk" a person.
        const string text = "Sementara itu, Direktur Utama PT Jasa Marga, Tbk, Desi Arryani mengatakan salah satu ruas yang kemungkinan "
                            + "yang akan diterapkan wacana ganjil genap ialah ruas tol Jakarta - Cikampek.";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Text == "PT Jasa Marga, Tbk" && e.Label == "ORG");
        Assert.DoesNotContain(doc.Entities, e => e.Text == "Tbk");
        Assert.Contains(doc.Entities, e => e.Text == "Desi Arryani" && e.Label == "PER");
    }

    [Fact]
    public void A_comma_and_a_word_other_than_Tbk_end_the_company()
    {
        // The comma after a company followed by its head's name: nothing joins across it.
        const string text = "Sementara itu, Direktur Utama PT Jasa Marga, Desi Arryani mengatakan salah satu ruas yang kemungkinan "
                            + "akan diterapkan wacana ganjil genap ialah ruas tol Jakarta - Cikampek.";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Text == "PT Jasa Marga" && e.Label == "ORG");
        Assert.DoesNotContain(doc.Entities, e => e.Text.StartsWith("PT Jasa Marga,", StringComparison.Ordinal));
    }

    [Fact]
    public void Many_listed_companies_take_time_linear_in_their_number()
    {
        // A long list of listed companies, each tagged "PT PP" and "Tbk" apart: every company read every entity of the
        // document (quadratic: 9.8 s here for these 40,000); now only the entities on its legal forms.
        const string sentence = "Saham PT PP (Persero) Tbk naik. ";
        var text = new StringBuilder();
        var spans = new List<(string, int)>();
        for (int i = 0; i < 40_000; i++)
        {
            spans.Add(("PT PP", text.Length + sentence.IndexOf("PT PP", StringComparison.Ordinal)));
            spans.Add(("Tbk", text.Length + sentence.IndexOf("Tbk", StringComparison.Ordinal)));
            text.Append(sentence);
        }

        var doc = RuleDocuments.WithOrganizations(text.ToString(), [.. spans]);
        var stopwatch = Stopwatch.StartNew();
        CompanyLegalForms.Join(doc);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"{stopwatch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(40_000, doc.Entities.Count);
        Assert.All(doc.Entities, e => Assert.Equal("PT PP (Persero) Tbk", e.Text));
    }
}
