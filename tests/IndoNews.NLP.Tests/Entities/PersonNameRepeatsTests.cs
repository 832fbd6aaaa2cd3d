namespace IndoNews.NLP.Tests.Entities;

/// <summary>A lone repeat of a person's first or last name, found elsewhere in the document, is that person.</summary>
public class PersonNameRepeatsTests
{
    [Fact]
    public void A_surname_repeated_alone_is_the_person()
    {
        // IndoSum: the tagger finds "Fernando Torres" but not "Torres" in the last sentence on its own.
        const string text = "Jakarta, CNN Indonesia - - Penyerang Atletico Madrid, Fernando Torres, bersyukur mendapat satu tahun "
                            + "kontrak tambahan di klub berjulukan Los Colchoneros tersebut hingga 30 Juli 2018.\n"
                            + "Kini untuk musim mendatang, para penggemar Atletico Madrid tentu berharap agar Torres yang telah "
                            + "menginjak usia 33 tahun ini dapat menjaga performanya dengan baik.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("agar Torres", StringComparison.Ordinal) + 5;
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Torres" && e.Start == at && e.End == at + 6);
    }

    [Fact]
    public void A_first_name_in_a_pair_is_the_person()
    {
        const string text = "JAKARTA, JUARA.net - Kepala Bidang Pembinaan dan Prestasi PBSI Susy Susanti mengapresiasi keberhasilan "
                            + "pasangan ganda putra, Marcus Fernaldi Gideon / Kevin Sanjaya Sukamuljo.\n"
                            + "Sebelum di Malaysia, Marcus / Kevin juga memetik gelar pada All England dan India Terbuka.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("Marcus / Kevin", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Marcus" && e.Start == at);
    }

    [Fact]
    public void A_title_at_the_start_of_a_person_is_not_taken_for_a_name()
    {
        // "Raja Bhumibol" is tagged whole; the king named by his title alone is no person's name.
        const string text = "\"Tidak ada tanda bahwa Raja Bhumibol pernah menggunakan uang pembayar pajak itu sebagai miliknya "
                            + "sendiri,\" ujar Paul Handley.\nNamun satu dekade kemudian, sekitar tahun 1946, kontrol CPB kembali "
                            + "dipegang Raja.";
        var doc = Pipeline.Analyze(text);
        int at = text.LastIndexOf("Raja", StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Entities, e => e.Start == at);
    }

    [Fact]
    public void A_part_inside_a_longer_capitalised_name_is_left_alone()
    {
        // "Santoso" of "Aji Santoso" would cut a longer name that the tagger missed.
        const string text = "Pelatih Arema, Santo Santoso, memimpin latihan pagi tadi.\n"
                            + "Suporter menuntut agar Aji Santoso mundur dari jabatannya.";
        var doc = Pipeline.Analyze(text);
        int at = text.LastIndexOf("Santoso", StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Entities, e => e.Label == "PER" && e.Start == at && e.Text == "Santoso");
    }

    [Fact]
    public void A_product_with_a_model_number_tagged_as_a_person_gives_no_person_for_its_name()
    {
        // IndoSum: the tagger reads "Beoplay P2" as a person; "Beoplay" alone later is still the speaker brand.
        const string text = "Bang & Olufsen kembali merilis speaker wireless yang cukup menarik. Saya bilang rumahan karena speaker "
                            + "ini tidak termasuk kategori portable - di kategori itu masih ada yang lebih mungil lagi, yakni Beoplay P2.\n"
                            + "Tombol kontrol pada M3 tergolong minimalis, tapi pengguna masih memiliki opsi yang lebih lengkap melalui "
                            + "aplikasi pendamping Beoplay di smartphone.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("pendamping Beoplay", StringComparison.Ordinal) + 11;
        Assert.DoesNotContain(doc.Entities, e => e.Label == "PER" && e.Start == at);
    }
}
