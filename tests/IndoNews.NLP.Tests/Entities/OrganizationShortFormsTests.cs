namespace IndoNews.NLP.Tests.Entities;

/// <summary>A firm's or party's name after its head elsewhere in the document is the organisation, not a person or place.</summary>
public class OrganizationShortFormsTests
{
    [Fact]
    public void A_firm_named_after_pt_is_an_organisation_alone()
    {
        // IndoSum: "PT Newmont" is tagged an organisation, "Newmont" alone in the quote a person.
        const string text = "Rimanews - Direktur Jenderal Bea dan Cukai Kementerian Keuangan, Heru Pambudi, mengatakan, PT Freeport Indonesia dan "
                            + "PT Newmont (yang sekarang berubah nama menjadi PT Amman Mineral Nusa Tenggara) pada 2016 telah membayar kepada "
                            + "negara bea keluar konsentrat total sebanyak Rp 2,5 triliun.\n"
                            + "\"Bea keluar dari Freeport dan Newmont sekitar Rp 2,5 triliun,\" kata Pambudi, di Jakarta, Kamis (12/01/2017).";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("dan Newmont sekitar", StringComparison.Ordinal) + 4;
        var entity = Assert.Single(doc.Entities, e => e.Start == at);
        Assert.Equal("ORG", entity.Label);
        Assert.Equal("Newmont", entity.Text);
    }

    [Fact]
    public void A_country_after_bank_stays_a_place()
    {
        // IndoSum: "Bank Indonesia" names the central bank; "Indonesia" alone is still the country.
        const string text = "Jakarta, CNN Indonesia - - Bank Indonesia (BI) memandang, inflasi September sebesar 0,22 persen sesuai dengan data "
                            + "yang dirilis Badan Pusat Statistik (BPS) sesuai dengan prediksi.\n"
                            + "Lebih lanjut, pertumbuhan inflasi ini sejalan dengan perbaikan ekonomi Indonesia bila dilihat dari sisi transaksi "
                            + "berjalan dan reformasi struktural yang telah diumumkan pemerintah.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("ekonomi Indonesia", StringComparison.Ordinal) + 8;
        var entity = Assert.Single(doc.Entities, e => e.Start == at);
        Assert.Equal("LOC", entity.Label);
    }

    [Fact]
    public void A_firm_named_with_its_legal_form_is_an_organisation_alone()
    {
        // IndoSum article 772: "Acer Inc" is tagged an organisation, "Acer" opening the next sentence a person.
        const string text = "\"Kami senang berada di sini di New York untuk melanjutkan pembicaraan kami mengenai hardware dan tentang bagaimana kami "
                            + "menerapkan teknologi ke tingkat yang lebih lanjut,\" kata Jason Chen, Corporate President and CEO, Acer Inc.\n"
                            + "Acer menjelaskan bahwa teknologi anti panas yang diperkenalkannya membawa kipas logam 3D AeroBlade yang memungkinkan "
                            + "pengembangan Form Factor super tipis untuk notebook gaming Predator Triton 700 tanpa mengurangi performa.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("\nAcer menjelaskan", StringComparison.Ordinal) + 1;
        var entity = Assert.Single(doc.Entities, e => e.Start == at);
        Assert.Equal("Acer", entity.Text);
        Assert.Equal("ORG", entity.Label);
    }
}
