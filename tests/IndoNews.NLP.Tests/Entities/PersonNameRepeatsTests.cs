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

    [Fact]
    public void A_team_before_a_full_name_is_not_taken_for_a_first_name()
    {
        // IndoSum: the tagger reads "Ducati Paolo Ciabatti" as one person; news goes on with "Ciabatti" alone, so the
        // span's first word is the team, and "Ducati" alone is no person.
        const string text = "Jakarta, CNN Indonesia - - Direktur Olahraga Ducati Paolo Ciabatti menegaskan mereka tak menyesal memilih Jorge Lorenzo sebagai pebalap di musim 2017 dibandingkan merekrut Maverick Vinales." + "\n"
                            + "Setelah aksi impresif Vinales di pramusim, beberapa pihak menilai bahwa Ducati melakukan kesalahan dengan memilih merekrut Lorenzo dibandingkan Vinales. Bila merekrut Vinales, maka Ducati berpeluang memiliki ikon yang bakal bertahan dalam jangka waktu lama." + "\n"
                            + "Sementara itu, Lorenzo sendiri terbilang sudah berumur. Ia sudah berusia 29 tahun dan telah identik dengan Yamaha karena sudah bersama selama sembilan musim." + "\n"
                            + "\"Vinales telah menunjukkan pada musim lalu bahwa ia bisa tampil lebih cepat dengan bergabung bersama Yamaha. Dan di tes resmi, ia mencatat waktu impresif. Pastinya Vinales bukan hanya mengejutkan Ducati saja (melainkan juga tim lainnya).\"" + "\n"
                            + "\"Tetapi kami yakin telah membuat keputusan yang tepat untuk Ducati (merekrut Lorenzo) dan kami bahagia dengan itu,\" ujar Ciabatti seperti dikutip dari Tuttomotoriweb." + "\n"
                            + "Ciabatti menegaskan perekrutan Lorenzo adalah sinyal Ducati memburu juara dunia. Tetapi hal itu merupakan program jangka panjang yang harus dilakukan setahap demi setahap.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("maka Ducati", StringComparison.Ordinal) + 5;
        Assert.DoesNotContain(doc.Entities, e => e.Label == "PER" && e.Start == at);
        int surname = text.LastIndexOf("Ciabatti", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Start == surname && e.Text == "Ciabatti");
    }

    [Fact]
    public void A_span_ending_in_an_acronym_gives_no_lone_person()
    {
        // The tagger reads "Fapet UB" (a faculty of Universitas Brawijaya) as a person; "(Fapet)" alone is no person.
        const string text = "Rimanews - Tiga mahasiswa Fakultas Peternakan (Fapet) Universitas Brawijaya dibawah bimbingan dosen "
                            + "Firman Jaya berhasil menciptakan sumber kolagen halal.\n"
                            + "Melalui produk yang diberi nama Moisturizer Colagen with Extract Malus sylvestris atau Camelis tersebut, "
                            + "ketiga mahasiswa Fapet UB itu berhasil mengusung juara III dalam ajang nasional LKTI Halal Patika 2017.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("(Fapet)", StringComparison.Ordinal) + 1;
        Assert.DoesNotContain(doc.Entities, e => e.Label == "PER" && e.Start == at);
    }

    [Fact]
    public void A_one_word_person_after_an_officials_post_is_found_again()
    {
        // IndoSum (ANTARA): "Sekjen Mendagri Diah" leaves the person "Diah" alone; the post says the word is a person, so the
        // lone "Diah" before and after it are that person too.
        const string text = "Hakim Jhon kemudian bertanya apakah dia melakukan pertemuan di Hotel Gran Melia bersama Irman, Sugiharto dan Diah.\n"
                            + "\"Saya tidak dalam posisi menuding, tapi hanya memperhadapkan terkait e-KTP ini, yang konon melibatkan Anda, apakah "
                            + "Anda kenal mantan Sekjen Mendagri Diah dan berpesan ke Diah agar bila Irman ditanya apakah kenal Anda atau tidak "
                            + "dijawab tidak kenal?\" tanya hakim Jhon.";
        var doc = Pipeline.Analyze(text);
        int first = text.IndexOf("dan Diah.", StringComparison.Ordinal) + 4;
        int later = text.IndexOf("ke Diah", StringComparison.Ordinal) + 3;
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Diah" && e.Start == first);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Diah" && e.Start == later);
    }

    [Fact]
    public void A_one_word_person_after_an_honorific_gives_a_place_back_to_the_person()
    {
        // IndoSum (Merdeka): "Mbak Wiwit" is the person; "kabar dari Wiwit", which the tagger read as a place, is her too.
        const string text = "Menurut Alvian Nur Budi Prasetyo, adik sepupu Wiwit, keluarga terakhir kali mendapat kabar dari Wiwit pada "
                            + "Sabtu (6/5) yang lalu.\n\"Mbak Wiwit sempat meminta saya menjemputnya di bandara jam 10 pagi. Saya tunggu "
                            + "sampai siang kok tidak ada kabar,\" ujar Alvian, Kamis (18/5).";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("dari Wiwit", StringComparison.Ordinal) + 5;
        var entity = Assert.Single(doc.Entities, e => e.Start == at);
        Assert.Equal("PER", entity.Label);
        Assert.Equal("Wiwit", entity.Text);
    }

    [Fact]
    public void A_one_word_person_after_a_players_role_is_not_found_again()
    {
        // IndoSum: the tagger reads the club in "pemain Basel" as a person; a role such as "pemain" is followed by the club
        // as often as by a name, so "pertahanan Basel" gets no person. (It is the club: Basel is a listed organisation, so
        // ListedOrganizations makes the tagger's mentions ORG and OrganizationRepeats finds this one.)
        const string text = "Manchester United membenamkan Basel dengan skor 3-0 di Old Trafford, Rabu (13/9) dini hari WIB.\n"
                            + "Sejak menit awal, United menggempur pertahanan Basel yang menumpuk banyak pemain di belakang.\n"
                            + "Pertandingan jadi semakin sengit setelah gol kedua tercipta. Para pemain Basel berusaha memaksimalkan serangan "
                            + "balik, tapi Fellaini dan Nemanja Matic sulit ditembus.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("pertahanan Basel", StringComparison.Ordinal) + 11;
        Assert.DoesNotContain(doc.Entities, e => e.Start == at && e.Label == "PER");
    }

    [Fact]
    public void A_one_word_person_after_a_speech_verb_is_found_again_alone()
    {
        // IndoSum 552: "tegas Sugiharto" names a speaker; the tagger left his two later mentions untagged.
        const string text = "“Jadi kalau ditotal 1.200.000 dolar Amerika. Empat kali pemberian,” tegas Sugiharto.\n"
                            + "Namun, pengakuan Sugiharto itu langsung dibantah Miryam. Miryam yang tetap berkukuh mencabut semua BAPnya "
                            + "menegaskan tidak pernah menerima uang dari Sugiharto.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("pengakuan Sugiharto", StringComparison.Ordinal) + 10;
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Sugiharto" && e.Start == at);
        at = text.LastIndexOf("Sugiharto", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Sugiharto" && e.Start == at);
    }

    [Fact]
    public void A_speakers_name_that_news_capitalises_is_taken_at_a_sentence_start()
    {
        // IndoSum 72: "kata Tulus" is the speaker (Tulus Abadi of YLKI). "tulus" is also a word ("sincere"), but news writes
        // it capitalised more than half the time inside sentences, so the sentence's first "Tulus" is the person too
        // (since the quote's speaker is found before the repeats; before, the speaker came too late to give it).
        const string text = "\"Bisa dipahami bila Presiden Joko Widodo mengevaluasi keberadaan beberapa lembaga atau komisi negara yang dianggap "
                            + "tumpang tindih. Namun, pembubaran Komisi Nasional Pengendalian Zoonosis sangat disesalkan,\" kata Tulus melalui "
                            + "pesan singkat di Jakarta, Kamis.\n"
                            + "Tulus menilai Komisi tersebut masih sangat diperlukan untuk mengantisipasi penularan penyakit akibat hewan atau "
                            + "zoonosis yang semakin tidak tertangani, bahkan semakin meluas.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("Tulus menilai", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Tulus" && e.Start == at);
    }

    [Fact]
    public void A_speakers_name_that_is_a_lower_case_word_is_not_taken_at_a_sentence_start()
    {
        // "indah" ("beautiful") is a word news writes in lower case: the sentence's first "Indah" is no evidence.
        const string text = "\"Kami akan terus mendampingi para korban hingga mereka pulih,\" kata Indah di Bandung, Senin.\n"
                            + "Indah sekali pemandangan dari puncak bukit itu pada pagi hari.";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Indah");
        int at = text.IndexOf("Indah sekali", StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Entities, e => e.Start == at);
    }

    [Fact]
    public void A_one_word_person_before_a_speakers_verb_gives_its_lone_repeats()
    {
        // IndoSum: "Miryam menyebut" is the tagger's person; its mention after "tim hukum" and the sentence's opener are too.
        const string text = "Menanggapi itu, anggota tim hukum Miryam, Heru Andeska memohon kepada Asiadi agar sidang dipercepat. Dia "
                            + "beralasan, sebagai kuasa hukum, mereka juga punya hak untuk mendampingi kliennya yang ditahan oleh KPK saat ini.\n"
                            + "\"Kami juga belum bisa dipertemukan dengan klien kami. Kami mohon bisa dipercepat,\" kata Heru.\n"
                            + "Dalam persidangan di Tipikor pada Kamis (23/3) lalu, Miryam menyebut keterangan dalam berita acara pemeriksaan "
                            + "(BAP) di KPK dibuat atas tekanan penyidik. Setelahnya, Miryam pun mencabut keterangan BAP itu dalam persidangan.\n"
                            + "Miryam kemudian dijadikan tersangka dan sempat ditetapkan sebagai buron karena tidak menghadiri panggilan "
                            + "pemeriksaan pada 13 April dan 18 April.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("Miryam,", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Start == at && e.Text == "Miryam");
        at = text.IndexOf("Miryam kemudian", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Start == at && e.Text == "Miryam");
    }

    [Fact]
    public void A_name_cut_from_a_longer_name_before_a_speakers_verb_gives_no_repeats()
    {
        // IndoSum: the tagger reads the resort's "Baturraden" after "Lokawisata" as a person before "menyebut"; the
        // capitalised word before it marks the end of a longer name, so "lokawisata Baturraden" stays untagged.
        const string text = "Jakarta, CNN Indonesia - - Pengelola lokawisata Baturraden di Kabupaten Banyumas, Jawa Tengah membuka dua "
                            + "wahana baru menjelang musim libur Lebaran 2017.\nDjoko Hariyanto, Kepala Unit Pelaksana Teknis Lokawisata "
                            + "Baturraden menyebut dua wahana baru tersebut adalah sepeda gantung (zip bike) dan ayunan (swing mountain).\n"
                            + "Djoko berharap dengan adanya dua wahana baru tersebut, jumlah wisatawan yang berkunjung ke lokawisata "
                            + "Baturraden dapat meningkat.";
        var doc = Pipeline.Analyze(text);
        int first = text.IndexOf("Baturraden", StringComparison.Ordinal), last = text.LastIndexOf("Baturraden", StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Entities, e => e.Label == "PER" && (e.Start == first || e.Start == last));
    }
}
