namespace IndoNews.NLP.Tests.Entities;

/// <summary>A person's short form that the tagger read as a place or organisation is the person of the document.</summary>
public class PersonShortFormsTests
{
    [Fact]
    public void A_surname_tagged_as_an_organisation_is_the_person()
    {
        // IndoSum: the tagger finds "Dani Pedrosa" and reads "Pedrosa" alone as an organisation.
        const string text = "Ia bahkan tanpa ragu menyebut bahwa Dani Pedrosa pun masih berpeluang jadi juara dunia musim ini.\n"
                            + "Saat ini Pedrosa ada di peringkat kelima dengan koleksi 103 poin, hanya berjarak 26 angka dari pemuncak klasemen.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("ini Pedrosa", StringComparison.Ordinal) + 4;
        var entity = Assert.Single(doc.Entities, e => e.Start == at);
        Assert.Equal("PER", entity.Label);
        Assert.Equal("Pedrosa", entity.Text);
    }

    [Fact]
    public void A_first_name_tagged_as_a_place_is_the_person()
    {
        // IndoSum: "ke Amien" reads like a place to the tagger, after "Amien Rais" in the same article.
        const string text = "Jakarta, CNN Indonesia - - Tim kuasa hukum mantan Menteri Kesehatan Siti Fadilah Supari mengklaim uang Rp 600 juta "
                            + "yang mengalir ke rekening Ketua Dewan Kehormatan PAN Amien Rais tak terkait dengan kasus dugaan korupsi proyek "
                            + "pengadaan alat kesehatan untuk kejadian luar biasa pada 2005.\n"
                            + "Aliran uang ke Amien dikirim Nuki lewat rekening Yayasan SBF.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("ke Amien", StringComparison.Ordinal) + 3;
        var entity = Assert.Single(doc.Entities, e => e.Start == at);
        Assert.Equal("PER", entity.Label);
    }

    [Fact]
    public void A_listed_place_after_a_name_stays_a_place()
    {
        // IndoSum: the tagger reads the hospital "RSD dr Haryoto Lumajang" as a person; "Lumajang" alone is the regency.
        const string text = "Lumajang (ANTARA News) - Pendaki bernama Sahat M. Pasaribu (23) asal Depok, Jawa Barat meninggal dunia saat "
                            + "melakukan pendakian di Gunung Semeru berketinggian 3.676 meter dari permukaan laut, di Kabupaten Lumajang, Jawa Timur, Sabtu.\n"
                            + "Antong menjelaskan korban langsung dievakuasi menuju ke Pos Ranupani dan dibawa ke ruang pemulasaraan RSD dr Haryoto "
                            + "Lumajang sambil menunggu keputusan keluarga, apakah jenazah korban diotopsi atau tidak.";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Start == 0 && e.Text == "Lumajang" && e.Label == "LOC");
        Assert.DoesNotContain(doc.Entities, e => e.Text == "Lumajang" && e.Label == "PER");
    }

    [Fact]
    public void A_name_after_di_stays_a_place()
    {
        // IndoSum: hotels named "Ammi Cepu" and "Allium Cepu" are read as people; "di Cepu" is the town.
        const string text = "Jakarta, CNN Indonesia - - PT Marga Abhinaya Abadi Tbk (MABA) mengklaim, tingkat okupansi tiga hotelnya, yakni "
                            + "Ammi Cepu, Allium Tangerang, dan Allium Cepu berpotensi tembus hingga 100 persen saat libur lebaran.\n"
                            + "Satu di antaranya sedang dibangun di Cepu, Jawa Tengah.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("di Cepu", StringComparison.Ordinal) + 3;
        Assert.DoesNotContain(doc.Entities, e => e.Start == at && e.Label == "PER");
    }
}
