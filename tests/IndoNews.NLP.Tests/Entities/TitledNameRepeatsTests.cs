namespace IndoNews.NLP.Tests.Entities;

/// <summary>A person tagged elsewhere in the document is the person after a title where the tagger left it untagged.</summary>
public class TitledNameRepeatsTests
{
    [Fact]
    public void A_name_after_a_rank_is_the_person_tagged_elsewhere()
    {
        // IndoSum: "Sutisna" is tagged a person twice and left untagged after "Aiptu" four times.
        const string text = "Merdeka.com - Aiptu Sutisna, polisi yang menjadi sasaran cakar perempuan pegawai MA, Dora Natalia, dikabarkan mendapatkan "
                            + "penghargaan dari Kapolda Metro Jaya. Hal itu terungkap dari akun resmi Twitter TMC Polda Metro Jaya yang menyebutkan bahwa "
                            + "pagi tadi penghargaan kepada Aiptu Sutisna diberikan.\n"
                            + "\"07:11 Kapolda Metro Jaya memberi Penghargaan kepada Aiptu Sutisna korban penganiayaan kemarin 13/12/16 atas kesabarannya,\" "
                            + "tulis akun @TMCPoldaMetro, Rabu (14/12).\n"
                            + "Sontak atas penghargaan itu, netizen pun ramai-ramai memuji Aiptu Sutisna.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("Aiptu Sutisna korban", StringComparison.Ordinal) + 6;
        var entity = Assert.Single(doc.Entities, e => e.Start == at);
        Assert.Equal("PER", entity.Label);
        Assert.Equal("Sutisna", entity.Text);
        // The rank stays outside the person.
        Assert.DoesNotContain(doc.Entities, e => e.Text.StartsWith("Aiptu", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_that_the_word_completes_makes_no_person()
    {
        // IndoSum: the tagger read "Kejaksaaan Agung" as a person, but "Jaksa Agung" is the Attorney General's office.
        const string text = "Mereka adalah Menteri Negara Koordinator Bidang Perekonomian; Menteri Kehakiman dan HAM; para menteri anggota Komite "
                            + "Kebijakan Sektor Keuangan; Menteri Negara BUMN; Jaksa Agung; Kapolri; dan Ketua Badan Penyehatan Perbankan Nasional (BPPN).\n"
                            + "Dengan adanya Inpres Megawati, Kejaksaaan Agung juga mengeluarkan Surat Perintah Penghentian Penyidikan (SP3) kepada "
                            + "sejumlah obligor, di antaranya adalah Sjamsul Nursalim.";
        var doc = Pipeline.Analyze(text);
        // The word is a person elsewhere, so only the title check keeps it out here.
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text.EndsWith("Agung", StringComparison.Ordinal));
        int at = text.IndexOf("Jaksa Agung;", StringComparison.Ordinal) + 6;
        Assert.DoesNotContain(doc.Entities, e => e.Start == at);
    }

    [Fact]
    public void A_place_named_after_a_person_is_left_alone()
    {
        // IndoSum: "Makam Mbah Priuk" is a tomb on a bus route, although "Mbah Priuk" is tagged a person in the next paragraph.
        const string text = "Bus pariwisata tersebut rencananya akan melayani 4 rute, yaitu Kota Tua, Makam Mbah Priuk, Kalijodo, dan Ancol.\n"
                            + "\"Bukan hanya Kota Tua (saja) tapi kami bisa masuk ke Selatan dan ke tempat lain. Sekarang kami sudah masuk ke Kalijodo "
                            + "(dan) Mbah Priuk juga (akan) kami layani. Mungkin kami akan masuk ke Ancol,\" kata Budi.";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text.EndsWith("Priuk", StringComparison.Ordinal));
        int at = text.IndexOf("Makam Mbah Priuk", StringComparison.Ordinal) + 11;
        Assert.DoesNotContain(doc.Entities, e => e.Start == at && e.Label == "PER");
    }
}
