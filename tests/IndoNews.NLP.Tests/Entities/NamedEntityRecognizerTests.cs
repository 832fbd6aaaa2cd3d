using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

public class NamedEntityRecognizerTests
{
    /// <summary>Keeps hyphenated words whole, as the news tokenizer does, to test sub-token entities.</summary>
    private sealed class WhitespaceTokenizer : ITokenizer
    {
        public void Tokenize(string text, TokenList tokens)
        {
            int i = 0;
            while (i < text.Length)
            {
                if (char.IsWhiteSpace(text[i])) { i++; continue; }
                int start = i;
                if (char.IsLetterOrDigit(text[i]))
                {
                    while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-')) i++;
                }
                else
                {
                    i++;
                }

                tokens.Add(new Token(text, start, i, char.IsLetterOrDigit(text[start]) ? TokenKind.Word : TokenKind.Punctuation));
            }
        }
    }

    [Fact]
    public void Hyphenated_tokens_are_tagged_in_parts_with_exact_offsets()
    {
        const string text = "Kerjasama Rusia-Amerika melawan rezim Bashar al-Assad di Suriah.";
        var pipeline = Pipeline.CreateBuilder().UseTokenizer(new WhitespaceTokenizer()).UseNamedEntityTagger().Build();
        var doc = pipeline.Process(text);
        Assert.Contains(doc.Tokens, t => t.Text == "Rusia-Amerika");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "Rusia" && e.Start == 10 && e.End == 15);
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "Amerika" && e.Start == 16 && e.End == 23);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Bashar al-Assad");
        var rusia = doc.Entities.Single(e => e.Text == "Rusia");
        Assert.Equal(1, rusia.TokenStart);
        Assert.Equal(2, rusia.TokenEnd);
    }

    [Fact]
    public void Sub_token_list_splits_only_hyphens_between_letters_or_digits()
    {
        const string text = "Rusia-Amerika -abc x- a--b";
        var parts = new SubTokenList();
        parts.AddSplit(text, new Token(text, 0, 13, TokenKind.Word), 0);
        parts.AddSplit(text, new Token(text, 14, 18, TokenKind.Word), 1);
        parts.AddSplit(text, new Token(text, 19, 21, TokenKind.Word), 2);
        parts.AddSplit(text, new Token(text, 22, 26, TokenKind.Word), 3);
        string[] texts = [.. Enumerable.Range(0, parts.Count).Select(i => text[parts.Starts[i]..parts.Ends[i]])];
        Assert.Equal(["Rusia", "-", "Amerika", "-abc", "x-", "a--b"], texts);
        Assert.Equal([0, 0, 0, 1, 2, 3], parts.TokenIndex.ToArray());
    }

    [Fact]
    public void A_long_hyphen_chain_stays_one_unit()
    {
        string text = string.Concat(Enumerable.Repeat("a-", 5000)) + "a";
        var parts = new SubTokenList();
        parts.AddSplit(text, new Token(text, 0, text.Length, TokenKind.Word), 0);
        Assert.Equal(1, parts.Count);
        const string five = "satu-dua-tiga-empat-lima";
        parts.Clear();
        parts.AddSplit(five, new Token(five, 0, five.Length, TokenKind.Word), 0);
        Assert.Equal(9, parts.Count);
    }

    [Fact]
    public void A_word_split_from_its_clitic_is_tagged_whole_and_covers_both_tokens()
    {
        const string text = "kotanya Jakarta";
        var parts = new SubTokenList();
        parts.AddSplit(text, new Token(text, 0, 4, 0, 7, TokenKind.Word), 0); // kota
        parts.AddSplit(text, new Token(text, 4, 7, 0, 7, TokenKind.Word), 1); // nya
        parts.AddSplit(text, new Token(text, 8, 15, TokenKind.Word), 2);
        Assert.Equal(2, parts.Count);
        Assert.Equal("kotanya", text[parts.Starts[0]..parts.Ends[0]]);
        Assert.Equal([0, 2], parts.TokenIndex.ToArray());
        Assert.Equal([1, 2], parts.LastTokenIndex.ToArray());
    }

    [Fact]
    public void Entities_of_the_default_pipeline_map_to_the_text_with_the_real_tokenizer()
    {
        const string text = "Presiden Joko Widodo bertemu Perdana Menteri Malaysia Najib Razak di Istana Bogor, Jawa Barat, Sabtu (2/7). Pertemuan itu membahas kerja sama Indonesia-Malaysia.";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Joko Widodo");
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Najib Razak");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "Jawa Barat");
        int pair = text.IndexOf("Indonesia-Malaysia", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Start == pair && e.Text == "Indonesia");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Start == pair + 10 && e.Text == "Malaysia");
        foreach (var e in doc.Entities) Assert.Equal(e.Text, text[e.Start..e.End]);
    }

    [Fact]
    public void A_name_and_its_bracketed_short_form_are_two_entities()
    {
        const string text = "Presiden Joko Widodo (Jokowi) meneken UU Cipta Kerja. Partai Demokrasi Indonesia Perjuangan (PDI-P) dan Komisi Pemberantasan Korupsi (KPK) menolak.";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Joko Widodo");
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Jokowi");
        Assert.Contains(doc.Entities, e => e.Label == "ORG" && e.Text == "KPK");
        Assert.DoesNotContain(doc.Entities, e => e.Label is "PER" or "LOC" or "ORG" && e.Text.AsSpan().IndexOfAny("()") >= 0);
    }

    [Theory]
    [InlineData("(yul)")]
    [InlineData("(adt/ptr)")]
    [InlineData("(gk-48)")]
    [InlineData("(rinaldi / tri)")]
    [InlineData("(adji / M1/sir)")]
    [InlineData("(junius / bu)")]
    public void A_reporters_initials_after_the_last_sentence_are_no_name(string tag)
    {
        // IndoSum articles end so; the tagger read "yul" as a person (129 such spans in the 3,000 articles).
        string text = "Jakarta - Presiden Joko Widodo meresmikan jalan tol itu pada Senin (12/6). Ia didampingi Menteri PUPR Basuki Hadimuljono. " + tag;
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Basuki Hadimuljono");
        Assert.DoesNotContain(doc.Entities, e => e.Start >= text.IndexOf(tag, StringComparison.Ordinal));

        // A bracketed short form after its name is still one ("... Komisi Pemberantasan Korupsi (KPK)").
        Assert.Contains(Pipeline.Analyze("Ia diperiksa Komisi Pemberantasan Korupsi (KPK).").Entities, e => e.Text == "KPK");
    }

    [Fact]
    public void A_line_opening_dash_ends_the_head_and_no_name_runs_across_it()
    {
        const string text = "Merdeka.com - Kopi adalah minuman yang sering dikonsumsi para pria pada pagi hari.\n"
            + "Jakarta, CNN Indonesia - - Persib Bandung terancam sanksi berat usai kericuhan di Stadion Gelora Bandung Lautan Api.";
        var doc = Pipeline.Analyze(text);
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains(" -", StringComparison.Ordinal) || e.Text.Contains("Kopi", StringComparison.Ordinal));
        Assert.Contains(doc.Entities, e => e.Label == "ORG" && e.Text == "CNN Indonesia");
        Assert.Contains(doc.Entities, e => e.Label == "ORG" && e.Text == "Persib Bandung");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "Jakarta" && e.Start == text.IndexOf("Jakarta", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_longer_than_a_tagging_window_is_tagged_to_its_end()
    {
        // No sentence end for thousands of tokens: the tagger works window by window, and the windows must
        // cover the sentence to its end with the right offsets.
        string filler = string.Concat(Enumerable.Repeat("( ", EntityTagger.MaxTaggedParts * 3));
        string text = filler + "kata Presiden Joko Widodo di Jakarta";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Joko Widodo" && e.Start == text.IndexOf("Joko", StringComparison.Ordinal));
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "Jakarta");
        foreach (var e in doc.Entities) Assert.Equal(e.Text, text[e.Start..e.End]);
    }

    [Fact]
    public void An_abbreviated_title_stays_outside_a_person()
    {
        const string text = "Kapolda Metro Jaya Irjen Pol. Fadil Imran mengatakan, Prof. Dr. Budi Santoso dan H. Agus Salim hadir.";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Fadil Imran");
        Assert.DoesNotContain(doc.Entities, e => e.Label == "PER" && (e.Text.StartsWith("Pol.", StringComparison.Ordinal) || e.Text.StartsWith("Prof.", StringComparison.Ordinal) || e.Text.StartsWith("Dr.", StringComparison.Ordinal)));
    }

    [Theory]
    // Sentences from IndoSum articles: the tagger put these ranks inside the person.
    [InlineData("Kapolsek Cipondoh, Kompol Bayu Suseno mengatakan, peristiwa itu bermula dari perselisihan antara TH dan NL.", "Bayu Suseno")]
    [InlineData("Selain itu, penerimaan suap juga baru diketahui Eko dari Kepala Bakamla Laksamana Madya Arie Soedewo.", "Arie Soedewo")]
    [InlineData("\"Pelaku dua orang,\" kata Kapolda Sumatera Barat Irjen Pol Fakhrizal di Padang, Minggu (12/11).", "Fakhrizal")]
    [InlineData("Korban luka: 1. Serda Alpredo Siahaan, mengalami jari tangan kanan putus.", "Alpredo Siahaan")]
    public void A_rank_without_a_period_stays_outside_a_person(string text, string person)
    {
        var doc = Pipeline.Analyze(text);
        var found = Assert.Single(doc.Entities, e => e.Label == "PER" && e.Text.Contains(person, StringComparison.Ordinal));
        Assert.Equal(person, found.Text);
    }

    [Theory]
    // IndoSum: the tagger read a local commander's post and its place as a person.
    [InlineData("Kapolsek Tambun, Kompol Bobby Kusumawardana, mengatakan korban tewas di tempat.", "Tambun", "Bobby Kusumawardana")]
    [InlineData("Sebanyak 15 polisi, termasuk Kapolsek Ciampea, disiagakan di lokasi.", "Ciampea", null)]
    public void A_local_commanders_post_is_followed_by_its_place(string text, string place, string? person)
    {
        var doc = Pipeline.Analyze(text);
        Assert.DoesNotContain(doc.Entities, e => e.Label == "PER" && e.Text.Contains(place, StringComparison.Ordinal));
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == place);
        if (person is not null) Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == person);
    }

    [Fact]
    public void A_word_like_Pol_is_a_name_when_no_rank_stands_before_it()
    {
        var doc = Pipeline.Analyze("Pol Espargaro finis di urutan kesepuluh di Sepang.");
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Pol Espargaro");
    }

    [Theory]
    // A sentence-initial word with a clitic (-ku, -kah, -lah) was tagged as a name, alone or with the name after it.
    [InlineData("Rumahku jauh dari kantor.", null)]
    [InlineData("Haruskah Membayar Uang Tebusan?", null)]
    [InlineData("Mungkinkah Jose Mourinho kembali ke Real Madrid?", "Jose Mourinho")]
    public void A_sentence_initial_word_with_a_clitic_is_no_name(string text, string? person)
    {
        var people = Pipeline.Analyze(text).Entities.Where(e => e.Label == "PER").Select(e => e.Text).ToArray();
        Assert.Equal(person is null ? [] : [person], people);
    }

    [Theory]
    // Names that end like a clitic stay names at a sentence start: news writes them capitalised everywhere, or
    // they carry an inner capital.
    [InlineData("Lukaku dan Rooney bertukar posisi.", "PER", "Lukaku")]
    [InlineData("MobilKamu merupakan marketplace penjualan mobil bekas.", "ORG", "MobilKamu")]
    public void A_name_ending_like_a_clitic_stays_a_name_at_a_sentence_start(string text, string label, string name)
    {
        Assert.Contains(Pipeline.Analyze(text).Entities, e => e.Label == label && e.Text == name);
    }

    [Theory]
    // IndoSum headlines in title case: the tagger ran names into the capitalised ordinary words beside them
    // ("Prilly Latuconsina Kebal Dijodohkan", "Paul McCartney Bikin Pangling", "Toyota Bersedia", LOC "Tajir Banget").
    [InlineData("Prilly Latuconsina Kebal Dijodohkan dengan Lawan Mainnya", "PER:Prilly Latuconsina")]
    [InlineData("Baca juga: Main Film 'Pirates of Caribbean 5', Paul McCartney Bikin Pangling", "PER:Paul McCartney")]
    [InlineData("Toyota Bersedia untuk Investigasi", "ORG:Toyota")]
    [InlineData("Tajir Banget, 6 Anak Muda Nigeria Gemparkan Medsos", "LOC:Nigeria")]
    [InlineData("Mata Sembap, Pamela Safitri Minta Maaf Atas Goyang Drible di Ternate", "PER:Pamela Safitri|LOC:Ternate")]
    [InlineData("SIMAK JUGA: Klopp Targetkan Gelar Liga Primer", "PER:Klopp")]
    public void A_title_case_headline_keeps_ordinary_words_out_of_names(string text, string expected)
    {
        var names = Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "ORG" or "LOC").Select(e => $"{e.Label}:{e.Text}");
        Assert.Equal(expected.Split('|'), names);
    }

    [Theory]
    // IndoSum headlines in title case whose names the tagger ran across a verb: each side is tagged again on its own.
    [InlineData("Atalarik Syach Inginkan Tsania Marwa Pulang ke Rumah", "PER:Atalarik Syach|PER:Tsania Marwa")]
    [InlineData("SIMAK JUGA: Inter Catat Lima Kemenangan Beruntun", "ORG:Inter")]
    [InlineData("Baca juga: KPU Minta Paslon Tunggu Hasil Hitung Resmi", "ORG:KPU")]
    [InlineData("SIMAK JUGA - Persib Pastikan Incar Cole", "ORG:Persib")]
    [InlineData("Baca juga: Timnas Indonesia Tantang Real Madrid Pekan Depan", "LOC:Indonesia|ORG:Real Madrid")]
    public void A_title_case_headline_splits_names_at_an_inner_verb(string text, string expected)
    {
        var names = Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "ORG" or "LOC").Select(e => $"{e.Label}:{e.Text}");
        Assert.Equal(expected.Split('|'), names);
    }

    [Theory]
    // Nouns and listed names inside a headline's name are no verbs: the names stay whole.
    [InlineData("Baca juga: Partai Demokrasi Indonesia Perjuangan Dukung Ahok Jadi Gubernur", "ORG", "Partai Demokrasi Indonesia Perjuangan")]
    [InlineData("Baca juga: Mahasiswa Universitas Gadjah Mada Ciptakan Robot Pemadam Api", "ORG", "Universitas Gadjah Mada")]
    [InlineData("Baca juga: Palang Merah Indonesia Kirim Bantuan ke Lokasi Gempa", "ORG", "Palang Merah Indonesia")]
    [InlineData("Kemudian, Tim Nasional Pembakuan Nama Rupabumi, Dewan Kelautan Indonesia, Dewan Nasional Kawasan Perdagangan Bebas dan Pelabuhan Bebas dan Badan Koordinasi Penataan Ruang Nasional.", "ORG", "Badan Koordinasi Penataan Ruang Nasional")]
    [InlineData("Mikrobisnis Digital Sejahtera dan Yayasan Bina Mikro Mandiri.", "ORG", "Yayasan Bina Mikro Mandiri")]
    public void A_headline_name_of_nouns_is_not_split(string text, string label, string name)
    {
        Assert.Contains(Pipeline.Analyze(text).Entities, e => e.Label == label && e.Text == name);
    }

    [Theory]
    // IndoSum sentences (and one written for the test, "Budi Santoso MSc"): the tagger kept the degrees inside the person.
    [InlineData("ujar Kapolres Kotim AKBP Johanes Panghutan Siboro SH, SIK melalui Kapolsek Antang Kalang Iptu Afif Hasan SH dikutip Tribratanews", "Afif Hasan")]
    [InlineData("ujar Kapolres Kotim AKBP Johanes Panghutan Siboro SH, SIK melalui Kapolsek Antang Kalang Iptu Afif Hasan SH dikutip Tribratanews", "Johanes Panghutan Siboro")]
    [InlineData("Direktur RS Kasih Ibu Denpasar, dr. I Gusti Ngurah Rai MM mengatakan dengan kondisi pasien seperti itu sebenarnya merupakan keberuntungan.", "I Gusti Ngurah Rai")]
    [InlineData("\"Biarlah masyarakat bahasa kebebasan untuk memilih,\" kata Prof. Dr. Fathur Rokhman M.Hum. menjawab pertanyaan Antara di Semarang, Minggu.", "Fathur Rokhman")]
    [InlineData("Dr. Noorwat S. SpPD, KHOM saat ditemui kumparan di Hotel JS Luwansa, Jakarta Selatan, Selasa (29/8).", "Noorwat S.")]
    [InlineData("Rektor IPB Prof Dr Ir Budi Santoso MSc menghadiri acara itu.", "Budi Santoso")]
    [InlineData("\"Laser juga dapat merangsang produksi kolagen,\" jelas Dr Gauri Desai, dokter ahli laser di India.", "Gauri Desai")]
    // MD ends Mahfud MD's name; it is no degree.
    [InlineData("Mantan Ketua MK Mahfud MD hadir dalam rapat itu.", "Mahfud MD")]
    public void Degrees_after_a_name_and_academic_titles_before_it_stay_outside_a_person(string text, string person)
    {
        var doc = Pipeline.Analyze(text);
        var found = Assert.Single(doc.Entities, e => e.Label == "PER" && e.Text.Contains(person, StringComparison.Ordinal));
        Assert.Equal(person, found.Text);
    }

    [Theory]
    // IndoSum article 93: the German engineer's diploma "Dipl. Ing." was run into each person.
    [InlineData("Mike Boge Dipl. Ing. dan Bern Niedringhaus Dipl. Ing. (Spesialis manajemen air dari Jerman), dan Emmeline Decker Dipl (ahli laboratorium dari Jerman).", "Mike Boge", "Bern Niedringhaus", "Emmeline Decker")]
    public void A_german_diploma_after_a_name_stays_outside_the_person(string text, params string[] persons)
    {
        var doc = Pipeline.Analyze(text);
        Assert.Equal(persons, doc.Entities.Where(e => e.Label == "PER").Select(e => e.Text));
    }

    [Fact]
    public void Ing_without_the_diploma_before_it_stays_in_a_name()
    {
        // IndoSum article 359: "Ing" is Tsai Ing-wen's given name, not the diploma.
        var doc = Pipeline.Analyze("Ketegangan antar keduanya meninggi usai Presiden terpilih Amerika Serikat Donald Trump menghubungi Presiden Taiwan Tsai Ing - wen, memancing kemarahan dan membuat khawatir Beijing.");
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text.StartsWith("Tsai Ing", StringComparison.Ordinal));
        Assert.False(IndoNews.NLP.Entities.AcademicDegrees.IsDegree("Ing", "Tsai"));
        Assert.True(IndoNews.NLP.Entities.AcademicDegrees.IsDegree("Ing", "Dipl."));
    }

    [Theory]
    // IndoSum articles 227, 379 and 1311: the tagger read the short forms as a place or a person.
    [InlineData("\"Terkait Palestina, apa pun posisi AS, tidak akan mempengaruhi posisi Indonesia dalam mendukung kemerdekaan Palestina, baik itu secara bilateral, multilateral, dan regional,\" tutur Arrmanatha dalam jumpa pers di Kemlu, Jakarta, Kamis (10/11).", "Kemlu")]
    [InlineData("Kemlu juga mengingatkan bahwa pemerintah Australia bertanggung jawab untuk melindungi perwakilan diplomatik dan konsuler yang ada di negara tersebut, sesuai dengan Konvensi Wina tahun 1961 dan 1963 mengenai hubungan diplomatik dan konsuler.", "Kemlu")]
    [InlineData("Untuk mengantisipasi tindak penyalahgunaan tersebut, kata Sopan, Disdik telah bekerjasama dengan Bank DKI, untuk menindak tegas oknum yang menyalahgunakan KJP dengan cara menariknya.", "Disdik")]
    public void A_ministry_or_agency_short_form_is_an_organisation(string text, string body)
    {
        var doc = Pipeline.Analyze(text);
        var found = Assert.Single(doc.Entities, e => e.Text == body);
        Assert.Equal("ORG", found.Label);
        Assert.False(IndoNews.NLP.Entities.GovernmentShortForms.Contains("Kemenangan"));
    }

    [Fact]
    public void File_extensions_in_a_list_are_no_names()
    {
        // IndoSum article 891: the tagger read ".JPG" and ".PDF" as organisations.
        var doc = Pipeline.Analyze("Virus ransomware bisa menyerang berbagai jenis format dokumen komputer, mulai dari Microsoft Word, Excel, PowerPoint, .JPG, .PDF, .ZIP, hingga dokumen Adobe Photoshop.");
        Assert.DoesNotContain(doc.Entities, e => e.Text is "JPG" or "PDF" or "ZIP");
        // Without a dot or a file noun before it the word may be a club's or body's short form (IndoSum article 380).
        const string club = "APK Kalimantan Timur menjadi tim terakhir yang merebut tiket.";
        Assert.False(IndoNews.NLP.Entities.FileTypes.IsFileType(club, 0, "APK", default));
        Assert.False(IndoNews.NLP.Entities.FileTypes.IsFileType("situs Detik.PDF", 12, "PDF", default));
        Assert.True(IndoNews.NLP.Entities.FileTypes.IsFileType("dalam format PDF", 13, "PDF", "format"));
    }

    [Theory]
    [InlineData("SH", true)]
    [InlineData("S.H.", true)]
    [InlineData("M.Si", true)]
    [InlineData("S.Kom", true)]
    [InlineData("Ph.D", true)]
    [InlineData("SpOG", true)]
    [InlineData("Sp.PD", true)]
    [InlineData("M.Hum.", true)]
    [InlineData("MD", false)]
    [InlineData("Ma", false)]
    [InlineData("St", false)]
    [InlineData("Spanyol", false)]
    [InlineData("Budi", false)]
    public void Degrees_are_recognised_with_or_without_periods(string word, bool degree)
    {
        Assert.Equal(degree, AcademicDegrees.IsDegree(word));
    }

    [Theory]
    // Names made of ordinary-looking words survive in headlines: a listed name (Selandia Baru) keeps its words, and
    // a title stays out of a person as in any sentence.
    [InlineData("Presiden Joko Widodo Resmikan Tol Trans Jawa di Ngawi", "PER", "Joko Widodo")]
    [InlineData("Ular Piton Menumpang Pesawat Jet Pribadi ke Selandia Baru", "LOC", "Selandia Baru")]
    [InlineData("Bank Indonesia Pertahankan Suku Bunga Acuan", "ORG", "Bank Indonesia")]
    [InlineData("SIMAK JUGA: Madura United Coret Dua Pemain Seleksi", "ORG", "Madura United")]
    // Not headlines: the capitals of a list of places or of an institution's name are the names' own.
    [InlineData("Seksi II Cipete, Poris Plawad Indah, Buaran Indah, Tanah Tinggi.", "LOC", "Tanah Tinggi")]
    [InlineData("Presiden menerbitkan peraturan tentang penyertaan modal negara pada Badan Usaha Milik Negara dan perseroan terbatas.", "ORG", "Badan Usaha Milik Negara")]
    public void Names_of_ordinary_words_survive_the_headline_rule(string text, string label, string name)
    {
        Assert.Contains(Pipeline.Analyze(text).Entities, e => e.Label == label && e.Text == name);
    }

    [Fact]
    public void Concurrent_documents_get_the_same_entities_as_sequential_ones()
    {
        string[] texts =
        [
            "Presiden Joko Widodo tiba di Surabaya.",
            "Menteri Luar Negeri Rusia Sergei Lavrov bertemu John Kerry di Jenewa, Swiss.",
            "KPK memeriksa Direktur Utama PT Pertamina di Jakarta.",
            "warga kota bandung menyambut gubernur ridwan kamil.",
        ];
        var many = Enumerable.Range(0, 400).Select(i => texts[i % texts.Length] + new string(' ', i % 3)).ToArray();
        string Describe(Document d) => string.Join("|", d.Entities.Select(e => $"{e.Label}:{e.Start}-{e.End}"));
        var expected = many.Select(t => Describe(Pipeline.Analyze(t))).ToArray();
        var actual = Pipeline.AnalyzeMany(many, maxDegreeOfParallelism: 8).Select(Describe).ToArray();
        Assert.Equal(expected, actual);
        Assert.All(expected, e => Assert.NotEmpty(e));
    }

    [Fact]
    public void Recognize_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => NamedEntityRecognizer.Default.Recognize(null!));
        Assert.Throws<ArgumentNullException>(() => new NamedEntityRecognizer(null!));
    }

    [Fact]
    public void Text_without_sentences_gives_no_entities()
    {
        var doc = Pipeline.Analyze("   \n\t ");
        Assert.Empty(doc.Entities);
    }
}
