using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

/// <summary>A name labelled one way at most of its mentions takes that label at an odd mention, in the directions that hold.</summary>
public class DocumentLabelVotesTests
{
    // A document with the default tokens and the given labels for the mentions of name, in text order.
    private static DocumentBuilder Mentions(string text, string name, params string[] labels)
    {
        var entities = new List<(string, int, string)>();
        int at = -1;
        foreach (string label in labels)
        {
            at = text.IndexOf(name, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"too few mentions of {name}");
            entities.Add((name, at, label));
        }

        Assert.Equal(-1, text.IndexOf(name, at + 1, StringComparison.Ordinal));
        return RuleDocuments.WithEntities(text, [.. entities]);
    }

    private static string[] Labels(DocumentBuilder doc) => [.. doc.Entities.Select(e => e.Label)];

    // IndoSum 1245: the club, read as a place after "di" and "dari".
    private const string Perez = "\"Ronaldo adalah pemain Madrid. Kami sangat bangga dan senang bisa memiliknya di Madrid. "
                                 + "Saya pikir, yang terbaik buat Madrid dan Ronaldo adalah bertahan,\" ucap Perez.\n"
                                 + "\"Hanya hal aneh yang bisa membuatnya pergi dari Madrid,\" tutur Perez lagi.";

    [Fact]
    public void A_club_read_as_a_place_among_its_organisation_mentions_is_the_organisation()
    {
        var doc = Mentions(Perez[..Perez.IndexOf('\n')], "Madrid", "ORG", "LOC", "ORG");
        DocumentLabelVotes.Relabel(doc);
        Assert.Equal(["ORG", "ORG", "ORG"], Labels(doc));
    }

    [Theory]
    [InlineData("ORG", "LOC", "ORG", "LOC")] // two to two
    [InlineData("ORG", "LOC", "ORG", "PER")] // two against one and one
    public void Without_a_clear_majority_every_label_stays(params string[] labels)
    {
        var doc = Mentions(Perez, "Madrid", labels);
        DocumentLabelVotes.Relabel(doc);
        Assert.Equal(labels, Labels(doc));
    }

    [Fact]
    public void One_mention_against_one_is_no_majority()
    {
        const string text = "Ronaldo adalah pemain Madrid. Kami sangat bangga dan senang bisa memiliknya di Madrid.";
        var doc = Mentions(text, "Madrid", "ORG", "LOC");
        DocumentLabelVotes.Relabel(doc);
        Assert.Equal(["ORG", "LOC"], Labels(doc));
    }

    [Fact]
    public void A_country_read_as_a_person_among_its_place_mentions_is_the_place()
    {
        // IndoSum 1204: the national side opening a clause reads as a person.
        const string text = "Tim nasional (timnas) Cile menang 2-0 atas Kamerun pada partai Piala Konfederasi.\n"
                            + "Dalam pertandingan ini, Cile tampil mendominasi dengan catatan 62 persen penguasaan bola.\n"
                            + "Superioritas Cile tidak lepas dari permainan dari kaki ke kaki.\n"
                            + "Hanya, catatan itu terasa kurang berkesan karena Cile tidak mampu membuka skor pada paruh pertama.";
        var doc = Mentions(text, "Cile", "LOC", "PER", "LOC", "LOC");
        DocumentLabelVotes.Relabel(doc);
        Assert.Equal(["LOC", "LOC", "LOC", "LOC"], Labels(doc));
    }

    [Fact]
    public void A_club_among_its_town_mentions_stays_the_club()
    {
        // IndoSum 1366: "suporter Madura" names the supporters of Madura United; the island is named twice.
        const string text = "Mereka datang ke Madura bersama dengan rombongan bobotoh lainnya.\n"
                            + "\"Kami bangga atas sigapnya suporter Madura yang segera mencarikan solusi,\" sanjung pria itu.\n"
                            + "Tretan Dhibi menyerahkan tiket pada tiga bobotoh yang tertinggal di Madura.";
        var doc = Mentions(text, "Madura", "LOC", "ORG", "LOC");
        DocumentLabelVotes.Relabel(doc);
        Assert.Equal(["LOC", "ORG", "LOC"], Labels(doc));
    }

    [Fact]
    public void A_person_among_organisation_mentions_stays_the_person()
    {
        // IndoSum 1065: the singer Bunga Citra Lestari, whose initials the tagger reads as a body.
        const string text = "BCL, sapaan akrab Bunga, mengajarkan puasa pada Noah secara pelan-pelan.\n"
                            + "\"Aku ingin anakku mencintai puasa itu sendiri,\" tutur BCL.\n"
                            + "Noah Sinclair merupakan anak dari BCL dengan artis Malaysia, Ashraf Sinclair. Selain mengurus anak, dalam puasa kali ini BCL masih disibukkan bermain film.";
        var doc = Mentions(text, "BCL", "ORG", "PER", "ORG", "ORG");
        DocumentLabelVotes.Relabel(doc);
        Assert.Equal(["ORG", "PER", "ORG", "ORG"], Labels(doc));
    }

    [Fact]
    public void A_listed_person_name_read_as_a_place_among_its_person_mentions_is_the_person()
    {
        // IndoSum 313: the former vice-president after a comma reads as a place.
        const string text = "Mantan Wakil Presiden (Wapres) Indonesia, Boediono, mewanti-wanti pemerintah untuk mengendalikan APBN.\n"
                            + "\"APBN itu tidak boleh menjadi bagian dari masalah tapi bagian solusi,\" tutur Boediono dalam Seminar Nasional.\n"
                            + "Lebih lanjut, Boediono memperingatkan untuk berhati-hati jika ada wacana revisi UU Keuangan Negara.";
        var doc = Mentions(text, "Boediono", "LOC", "PER", "PER");
        DocumentLabelVotes.Relabel(doc);
        Assert.Equal(["PER", "PER", "PER"], Labels(doc));
    }

    [Fact]
    public void A_firm_that_the_tagger_reads_as_a_person_elsewhere_keeps_its_organisation_mention()
    {
        // IndoSum 1387: the marketplace Droom is no listed person name; the person mentions are the tagger's error.
        const string text = "Salah satu yang terbaru yang dikabarkan akan segera masuk ke Indonesia adalah Droom, layanan marketplace kendaraan asal India.\n"
                            + "Di putaran kali ini, Droom mendapatkan suntikan dana sekitar $ 20 juta.\n"
                            + "Di Indonesia sendiri Droom akan mendapat saingan dari MobilKamu dan juga Carro.";
        var doc = Mentions(text, "Droom", "PER", "PER", "ORG");
        DocumentLabelVotes.Relabel(doc);
        Assert.Equal(["PER", "PER", "ORG"], Labels(doc));
    }

    // IndoSum 1231: the suspect, read once as an organisation after "kasus"; "Miryam" is no listed person name.
    private const string Miryam = "Menurutnya segala bukti yang berkaitan dengan kasus Miryam akan dibuka di persidangan.\n"
                                  + "\"Saya mau sidang, sudah P21,\" kata Miryam usai diperiksa sebagai tersangka di Gedung KPK.\n"
                                  + "Dalam persidangan, Miryam mencabut seluruh keterangannya dalam Berita Acara Pemeriksaan (BAP).";

    [Fact]
    public void An_unlisted_name_among_persons_becomes_the_person_where_one_mention_is_a_speaker()
    {
        var doc = Mentions(Miryam, "Miryam", "ORG", "PER", "PER");
        DocumentLabelVotes.Relabel(doc);
        Assert.Equal(["PER", "PER", "PER"], Labels(doc));
    }

    [Fact]
    public void An_unlisted_name_among_persons_stays_without_a_speaker()
    {
        // The same mentions with "kata Miryam" written "dari Miryam": no speech verb, so no evidence that it is a person.
        var doc = Mentions(Miryam.Replace("kata Miryam", "dari Miryam", StringComparison.Ordinal), "Miryam", "ORG", "PER", "PER");
        DocumentLabelVotes.Relabel(doc);
        Assert.Equal(["ORG", "PER", "PER"], Labels(doc));
    }

    [Fact]
    public void A_place_after_a_noun_for_a_kind_of_place_stays_the_place()
    {
        // IndoSum 842: "wilayah ASEAN" is the region, whatever the other mentions are.
        const string text = "Tak cuma itu, potensi lebih terintegrasinya wilayah melalui Masyarakat Ekonomi ASEAN (MEA) juga terbukti menarik.\n"
                            + "UOB menilai, potensi pertumbuhan ekonomi ASEAN masih sangat besar. Produk domestik bruto (PDB) gabungan "
                            + "negara-negara di wilayah ASEAN bertumbuh. Ini membuat ASEAN sebagai ekonomi terbesar keempat di dunia.";
        var doc = Mentions(text, "ASEAN", "ORG", "ORG", "LOC", "ORG");
        DocumentLabelVotes.Relabel(doc);
        Assert.Equal(["ORG", "ORG", "LOC", "ORG"], Labels(doc));
    }

    [Fact]
    public void The_default_pipeline_gives_a_national_side_one_label()
    {
        // IndoSum 1204, the report's first thirteen lines: the tagger read two of the six "Cile" as persons.
        const string text = "MOSKWA, JUUARA.net - Tim nasional (timnas) Cile menang 2-0 atas Kamerun pada partai Piala Konfederasi di Otrytie Arena, Minggu (18/6/2017).\n"
                            + "Dua gol pasukan Juan Antonio Pizzi berasal dari Arturo Vidal dan Eduardo Vargas. Keduanya diawali aksi Alexis Sanchez, yang masuk sebagai pengganti.\n"
                            + "Dalam pertandingan ini, Cile tampil mendominasi dengan catatan 62 persen penguasaan bola dan empat tembakan tepat sasaran dari 16 percobaan.\n"
                            + "Adapun Kamerun cuma melepaskan satu tendangan ke arah gawang dari delapan usaha.\n"
                            + "Superioritas Cile tidak lepas dari permainan dari kaki ke kaki. Tercatat oleh Opta pada babak pertama, mereka melepaskan 355 operan, 88,8 persen di antaranya menemui target.\n"
                            + "Hanya, catatan itu terasa kurang berkesan karena Cile tidak mampu membuka skor pada paruh pertama yang berakhir tanpa gol.\n"
                            + "Peruntungan Cile baru berubah setelah Alexis Sanchez masuk menggantikan Edson Puch pada menit ke-58. Ini menjadi penampilan ke-111 buat penyerang Arsenal itu bersama timnas.\n"
                            + "Kehadiran Sanchez mendongkrak ancaman Cile. Dia berkali-kali mengirimkan umpan matang ke kotak penalti Kamerun.\n"
                            + "Puncaknya adalah sembilan menit menjelang waktu normal berakhir. Bola silang dari Sanchez diteruskan tandukan Arturo Vidal hingga menggetarkan gawang Fabrice Ondoa.\n"
                            + "Sanchez kembali berkontribusi terhadap gol kedua Cile pada masa injury time. Dia sempat mengelabui Ondoa sebelum melepaskan tembakan yang dihalau oleh pemain belakang Kamerun.\n"
                            + "Bola liar lekas disambar Eduardo Vargas guna menggandakan skor. Situasi ini sempat memaksa wasit menggunakan fitur Video Assist Referee (VAR) untuk memeriksa apakah pemain terjebak ofsside atau tidak.\n"
                            + "Lesakan Vargas menjadi penutup pertandingan. Laga pun ditutup dengan skor 2-0 untuk kemenangan Cile.\n"
                            + "Berbekal kemenangan atas Kamerun, Cile memuncaki tabel Grup B dengan tiga angka dari satu laga. Pertandingan lainnya antara Australia dan Jerman baru digelar pada Senin (19/6/2017).";
        var doc = Pipeline.Analyze(text);
        var cile = doc.Entities.Where(e => e.Text == "Cile").ToList();
        Assert.True(cile.Count >= 6);
        Assert.All(cile, e => Assert.Equal("LOC", e.Label));
    }
}
