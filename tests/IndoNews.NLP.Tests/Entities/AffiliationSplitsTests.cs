namespace IndoNews.NLP.Tests.Entities;

/// <summary>A post holder's place or organisation that the tagger ran into the holder's name is split from it.</summary>
public class AffiliationSplitsTests
{
    [Fact]
    public void A_place_before_a_name_found_alone_is_split_off()
    {
        // IndoSum: "Sekda DKI Jakarta Saefullah" was one place; "Saefullah" alone is a person in the same article.
        const string text = "\"Dengan mengharap ridho dari Allah SWT, iklan layanan masyarakat pada Bus Transjakarta dengan tema 'Ngerokok Cuma Bakar Uang' "
                            + "secara resmi saya luncurkan,\" kata Sekretaris Daerah (Sekda) DKI Jakarta Saefullah saat acara peluncuran di Pendopo Balai Kota, "
                            + "Jalan Medan Merdeka Selatan, Jakarta Pusat, Selasa (06/06/2017).\n"
                            + "\"Saya rasa ini efeknya akan sangat besar dan luas, karena seluruh masyarakat yang melihat Bus Transjakarta ini akan membacanya,\" tambah Saefullah.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("DKI Jakarta Saefullah", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Start == at && e.Text == "DKI Jakarta" && e.Label == "LOC");
        Assert.Contains(doc.Entities, e => e.Start == at + 12 && e.Text == "Saefullah" && e.Label == "PER");
    }

    [Fact]
    public void A_party_before_a_full_name_is_split_off()
    {
        // IndoSum: "Ketua Umum Partai Golkar Setya Novanto" was one person.
        const string text = "Jakarta, CNN Indonesia - - Wakil Ketua Dewan Kehormatan Partai Golkar Akbar Tanjung mengkhawatirkan kondisi partai beringin saat ini, "
                            + "setelah ditetapkannya Ketua Umum Partai Golkar Setya Novanto sebagai kasus tersangka kasus dugaan korupsi kartu tanda penduduk elektronik (e-KTP).\n"
                            + "Salah satunya dengan perbaikan organisasi dan kepemimpinan partai yang kini masih di bawah Setya Novanto sebagai Ketua Umum.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("Partai Golkar Setya", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Start == at && e.Text == "Partai Golkar" && e.Label == "ORG");
        Assert.Contains(doc.Entities, e => e.Start == at + 14 && e.Text == "Setya Novanto" && e.Label == "PER");
    }

    [Fact]
    public void A_team_before_a_name_whose_surname_is_found_alone_is_split_off()
    {
        // IndoSum: "pebalap Ferrari Sebastian Vettel" was one organisation; "Vettel" and "Ferrari" are named alone.
        const string text = "Rosberg mencatatkan waktu terbaik 1 menit 32,431 detik, unggul 0,215 detik atas Hamilton. Posisi ketiga ditempati pebalap "
                            + "Ferrari Sebastian Vettel yang terpaut hingga 1,094 detik. Rekan setim Vettel, Kimi Raikkonen, berada di posisi keempat.\n"
                            + "Hasil latihan bebas pertama:\n3. Sebastian Vettel Ferrari + 1,094 detik\n4. Kimi Raikkonen Ferrari + 1,386 detik";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("Ferrari Sebastian", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Start == at && e.Text == "Ferrari" && e.Label == "ORG");
        Assert.Contains(doc.Entities, e => e.Start == at + 8 && e.Text == "Sebastian Vettel" && e.Label == "PER");
    }

    [Fact]
    public void An_organisation_before_a_name_whose_given_name_is_found_alone_is_split_off()
    {
        // IndoSum 1364: "pentolan FPI Rizieq Shihab" was one organisation; "FPI" and "Rizieq" are named alone.
        const string text = "Jakarta, CNN Indonesia - - Komisioner Komisi Nasional Hak Asasi Manusia (Komnas HAM) Muhammad Nurkhoiron menyatakan, "
                            + "draf hasil pemantauan kasus dugaan kriminalisasi aktivis dan ulama, salah satunya pentolan FPI Rizieq Shihab, "
                            + "yang disebut sudah rampung, belum dibeberkan di paripurna.\n"
                            + "Sebelumnya, Pigai mengatakan pihaknya sudah menyelesaikan draf rekomendasi terkait dengan dugaan kriminalisasi tokoh Islam. "
                            + "Selain pentolan FPI itu, tokoh lainnya adalah Al Khaththath yang dianggap makar terhadap pemerintah.\n"
                            + "Upaya dialog dengan pemerintah telah dilakukan kubu Rizieq pada Hari Raya Idulfitri 1438 Hijriyah, Minggu (25/6) lalu.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("FPI Rizieq", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Start == at && e.Text == "FPI" && e.Label == "ORG");
        Assert.Contains(doc.Entities, e => e.Start == at + 4 && e.Text == "Rizieq Shihab" && e.Label == "PER");
    }

    [Fact]
    public void An_initial_goes_with_the_person()
    {
        // IndoSum: "Partai Demokrat M Nazaruddin" was one organisation; "Nazaruddin" alone is the person.
        const string text = "Angie pun menerangkan urusan pembagian proyek itu menjadi kewenangan mantan Bendahara Umum Partai Demokrat M Nazaruddin, "
                            + "termasuk pengerjaan proyek pembangunan RS Universitas Udayana dan Wisma Atlet yang melibatkan Dudung.\n"
                            + "Hakim lantas menanyakan seberapa besar pengaruh Nazaruddin di parlemen.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("Partai Demokrat M", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Start == at && e.Text == "Partai Demokrat" && e.Label == "ORG");
        Assert.Contains(doc.Entities, e => e.Start == at + 16 && e.Text == "M Nazaruddin" && e.Label == "PER");
    }

    [Fact]
    public void A_brand_and_product_without_a_post_stay_whole()
    {
        // IndoSum: the tagger reads "Calya" alone as a person too; with no post before it, "Toyota Calya" is the car, not
        // the maker and a person (and, being a product after "mobil", no name at all: see ProductNamesTests).
        const string text = "Suara.com - Diluncurkan sekitar dua pekan lalu, mobil baru Toyota Calya rupanya telah melampuai target penjualan yang ditetapkan "
                            + "demikian dikatakan Henry Tanoto, Wakil Presiden Direktur PT Toyota Astra Motor (TAM).\n"
                            + "Calya varian G bertransmisi manual, jelas Henry, adalah yang paling banyak diminati konsumen.\n"
                            + "\"Per 16 Agustus, pemesanan Calya sudah lebih dari 8.000 unit. Kalau melihat target kami untuk Calya yang sekitar 7.000 unit per bulan, "
                            + "kami sudah mencapai target,\" kata Henry.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("Toyota Calya", StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Entities, e => e.Start == at && e.Text == "Toyota");
        Assert.DoesNotContain(doc.Entities, e => e.Start == at + "Toyota ".Length && e.Label == EntityLabels.Person);
    }

    [Fact]
    public void A_body_named_alone_before_a_new_full_name_is_split_off()
    {
        // IndoSum: "Ketua Umum Perbanas Kartika Wirjoatmodjo" was one person; "Perbanas" is named alone, the person nowhere else.
        const string text = "Jakarta, CNN Indonesia - - Perhimpunan Bank Nasional (Perbanas) menilai, koordinasi di tingkat internal OJK belum maksimal.\n"
                            + "Ketua Umum Perbanas Kartika Wirjoatmodjo menilai, peninjauan kembali peran Ketua OJK menjadi penting.\n"
                            + "Perbanas pun berharap jajaran DK OJK periode selanjutnya mampu mengintegrasi seluruh sektor keuangan.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("Perbanas Kartika", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Start == at && e.Text == "Perbanas" && e.Label == "ORG");
        Assert.Contains(doc.Entities, e => e.Start == at + 9 && e.Text == "Kartika Wirjoatmodjo" && e.Label == "PER");
    }

    [Fact]
    public void A_surname_named_nowhere_else_is_not_split_from_a_given_name()
    {
        // IndoSum: "pelatih Arema Aji Santoso"; the tagger once read "Aji" alone as a body, yet "Santoso" alone is no person.
        const string text = "Pelan namun pasti, skuat Arema FC per posisi mulai terisi. Yang terbaru, pelatih Arema Aji Santoso mendatangkan kiper Persela Lamongan Dwi Kuswanto.\n"
                            + "Kepada Goal Indonesia, Aji mengungkapkan alasannya merekrut Dwi.\n"
                            + "\"Dwi sudah fix ke Arema, dia tidak menjalani seleksi karena saya sudah tahu kemampuannya di Persela,\" jelas Aji.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("Aji Santoso", StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Entities, e => e.Start == at && e.Text == "Aji");
    }

    [Fact]
    public void A_country_before_a_name_with_a_hyphenated_given_name_is_split_off()
    {
        // An IndoSum sentence with the country in its short form, as other articles write it: the tagger reads "Korsel Moon Jae"
        // as one person, and HyphenatedGivenNames adds "- in" before the split is looked for.
        const string text = "Gedung Putih mengumumkan sanksi baru terhadap Korut. Pengumuman itu disampaikan saat Presiden Donald Trump dijadwalkan "
                            + "bertemu dengan Presiden Korsel Moon Jae - in di Gedung Putih pada Kamis (29/6). Keduanya bertemu guna membahas program nuklir Korut.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("Korsel Moon", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Start == at && e.Text == "Korsel" && e.Label == "LOC");
        Assert.Contains(doc.Entities, e => e.Start == at + "Korsel ".Length && e.Text == "Moon Jae - in" && e.Label == "PER");
    }
}
