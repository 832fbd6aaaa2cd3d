using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

public class UdLemmatizerTests
{
    [Fact]
    public void Gsd_maps_clitic_and_free_pronouns_to_dia_and_strips_affixes()
    {
        string[] lemmas = UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Ia membeli buku+nya di Jakarta .");
        Assert.Equal(["dia", "beli", "buku", "dia", "di", "jakarta", "."], lemmas);
    }

    [Fact]
    public void Csui_keeps_nya_and_ia()
    {
        string[] lemmas = UdTestTokens.Lemmas(UdLemmatizer.Csui, "Ia membeli buku+nya di Jakarta .");
        Assert.Equal(["ia", "beli", "buku", "nya", "di", "Jakarta", "."], lemmas);
    }

    [Fact]
    public void Csui_roots_tersebut_and_sebagai_while_gsd_keeps_them()
    {
        const string sentence = "Kenaikan harga tersebut dianggap sebagai ancaman .";
        Assert.Equal(["naik", "harga", "sebut", "anggap", "bagai", "ancam", "."], UdTestTokens.Lemmas(UdLemmatizer.Csui, sentence));
        Assert.Equal(["naik", "harga", "tersebut", "anggap", "sebagai", "ancam", "."], UdTestTokens.Lemmas(UdLemmatizer.Gsd, sentence));
    }

    [Fact]
    public void Gsd_keeps_the_se_prefix_of_unseen_words_as_its_treebank_does()
    {
        // GSD strips se- in 19 of 88 chances (it keeps sejauh, seribu, sejumlah); none of these words is in its lookup.
        string[] lemmas = UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Mereka tinggal semalam di rumah sekeluarga itu , setinggi menara .");
        Assert.Equal(["mereka", "tinggal", "semalam", "di", "rumah", "sekeluarga", "itu", ",", "setinggi", "menara", "."], lemmas);
    }

    [Fact]
    public void A_capitalised_name_inside_a_sentence_keeps_its_form()
    {
        const string sentence = "Menurut Menteri Keuangan Sri Mulyani , penerimaan pajak meningkat .";
        string[] csui = UdTestTokens.Lemmas(UdLemmatizer.Csui, sentence);
        Assert.Equal(["turut", "Menteri", "Keuangan", "Sri", "Mulyani", ",", "terima", "pajak", "tingkat", "."], csui);

        // GSD lower-cases every lemma but does not stem a name: Keuangan stays keuangan, not uang.
        // (GSD also keeps menurut as it is, unlike CSUI.)
        string[] gsd = UdTestTokens.Lemmas(UdLemmatizer.Gsd, sentence);
        Assert.Equal(["menurut", "menteri", "keuangan", "sri", "mulyani", ",", "terima", "pajak", "tingkat", "."], gsd);
    }

    [Fact]
    public void The_first_word_of_a_sentence_is_looked_up_lower_cased_even_after_a_full_stop()
    {
        // Two sentences in one token stream: "Perusahaan" after the full stop is sentence-initial.
        string[] lemmas = UdTestTokens.Lemmas(UdLemmatizer.Csui, "Laba naik . Perusahaan tersebut menambah modal .");
        Assert.Equal("usaha", lemmas[3]);
        Assert.Equal("sebut", lemmas[4]);

        // Mid-sentence, CSUI keeps a capitalised term as it is written.
        Assert.Equal("Perusahaan", UdTestTokens.Lemmas(UdLemmatizer.Csui, "Laba PT Perusahaan Gas Negara naik .")[2]);
    }

    [Fact]
    public void Csui_lower_cases_only_the_very_first_word_not_one_after_an_opening_quote()
    {
        Assert.Equal("jadi", UdTestTokens.Lemmas(UdLemmatizer.Csui, "Jadi kita sepakat .")[0]);
        Assert.Equal("Jadi", UdTestTokens.Lemmas(UdLemmatizer.Csui, "\" Jadi kita sepakat , \" ujarnya .")[1]);

        // An opening quote after the full stop: "Pada" is the quote's second word and keeps its case …
        Assert.Equal("Pada", UdTestTokens.Lemmas(UdLemmatizer.Csui, "Ia berkata . \" Pada 2016 laba naik .")[4]);

        // … but a closing quote glued to the full stop (berkata." Pada) ends the sentence: Pada starts the next.
        Assert.Equal("pada", UdTestTokens.Lemmas(UdLemmatizer.Csui, "\" Ia berkata .+\" Pada 2016 laba naik .")[5]);
    }

    [Theory]
    [InlineData("anak-anak", "anak")]
    [InlineData("negara-negara", "negara")]
    [InlineData("sekolah-sekolah", "sekolah")]
    [InlineData("perusahaan-perusahaan", "usaha")]
    public void Reduplicated_plurals_take_the_lemma_of_their_base(string word, string lemma)
    {
        Assert.Equal(lemma, UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Para " + word + " itu datang .")[1]);
    }

    [Theory]
    [InlineData("Pembinaan", "pembinaan", "penbinaan", "bina")]
    [InlineData("Pengadilan", "pengadilan", "penadilan", "adil")]
    [InlineData("Pelaporan", "pelaporan", "penlaporan", "lapor")]
    public void Gsd_joins_the_morphemes_of_an_unseen_name_built_on_a_peN_noun(string name, string lower, string nameLemma, string root)
    {
        // Unseen in training: the convention, not the lookup, gives these (GSD dev: Pelabuhan → penlabuhan).
        Assert.DoesNotContain(name, UdLemmatizer.Gsd.Model.Forms.Keys);
        Assert.DoesNotContain(lower, UdLemmatizer.Gsd.Model.LowerForms.Keys);
        Assert.Equal(nameLemma, UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Ketua Badan " + name + " Ideologi hadir .")[2]);

        // The lower-case word is rooted as usual; CSUI keeps a name as it is written.
        Assert.Equal(root, UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Ketua bidang " + lower + " hadir .")[2]);
        Assert.Equal(name, UdTestTokens.Lemmas(UdLemmatizer.Csui, "Ketua Badan " + name + " Ideologi hadir .")[2]);
    }

    [Theory]
    [InlineData("didalam")]
    [InlineData("ditengah")]
    [InlineData("dikalangan")]
    [InlineData("diindonesia")]
    public void Gsd_keeps_di_written_joined_to_its_noun_as_the_lemma(string word)
    {
        // Unseen in training; news text writes "di tengah" far more often than "ditengah": the preposition, not di-.
        Assert.False(UdLemmatizer.Gsd.Model.LowerForms.ContainsKey(word));
        Assert.Equal(word, UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Banjir terjadi " + word + " kota itu .")[2]);
    }

    [Theory]
    [InlineData("dipukul", "pukul")]
    [InlineData("ditahan", "tahan")]
    public void Gsd_still_strips_the_passive_prefix_di(string word, string root)
    {
        Assert.False(UdLemmatizer.Gsd.Model.LowerForms.ContainsKey(word));
        Assert.Equal(root, UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Pencuri itu " + word + " warga .")[2]);
    }

    [Fact]
    public void Joined_preposition_counts_only_di_as_a_separate_word_before_a_space()
    {
        string[] lines = ["Rapat digelar di tengah kota, di tengah hujan.", "Ia tinggal di Tengah; adi tengah di-tengah di3 tengah", "di  tengah"];
        var counts = JoinedPreposition.CountAfterDi(lines, 1);
        // di tengah (twice), di Tengah, di  tengah; not adi tengah, di-tengah, di3 tengah.
        Assert.Equal(4, counts["tengah"]);
        Assert.False(counts.ContainsKey("kota"));
        Assert.False(counts.ContainsKey("digelar"));
        Assert.True(JoinedPreposition.IsJoined("ditengah", counts, new Dictionary<string, int>()));
        Assert.False(JoinedPreposition.IsJoined("ditengah", counts, new Dictionary<string, int> { ["ditengah"] = 2 }));
        Assert.False(JoinedPreposition.IsJoined("ditengah", new Dictionary<string, int> { ["tengah"] = 2 }, new Dictionary<string, int>()));
        Assert.True(JoinedPreposition.IsJoined("ditengah", new Dictionary<string, int> { ["tengah"] = 7 }, new Dictionary<string, int> { ["ditengah"] = 3 }));
        Assert.False(JoinedPreposition.IsJoined("ditengah", new Dictionary<string, int> { ["tengah"] = 6 }, new Dictionary<string, int> { ["ditengah"] = 3 }));
    }

    [Fact]
    public void Gsd_a_name_seen_only_capitalised_does_not_lend_its_lemma_to_the_lower_case_word()
    {
        // GSD joins the morphemes of a peN- name (Pelabuhan → penlabuhan) but roots the common noun (pelabuhan → labuh).
        List<(string, string)> sentence = [("Kapal", "kapal"), ("tiba", "tiba"), ("di", "di"), ("Pelabuhan", "penlabuhan"), ("Tanjung", "tanjung"), ("Priok", "priok"), (".", ".")];
        var shipped = UdLemmatizer.Gsd.Model;
        var model = UdLemmaTrainer.Train([sentence], UdLemmaConventions.Gsd, shipped.CorpusFrequencies, shipped.Weights, corpusFamilies: shipped.CorpusFamilies);
        var lemmatizer = new UdLemmatizer(model.WithRoots(shipped.RootLexicon, shipped.Stemmer), UdLemmaConventions.Gsd);
        Assert.False(model.LowerForms.ContainsKey("pelabuhan"));
        Assert.Equal("penlabuhan", UdTestTokens.Lemmas(lemmatizer, "Kapal itu masuk Pelabuhan Merak .")[3]);
        Assert.NotEqual("penlabuhan", UdTestTokens.Lemmas(lemmatizer, "Kapal itu masuk pelabuhan kecil .")[3]);

        // First in a sentence, the word is looked up by its exact form when no lower-case use is known.
        Assert.Equal("penlabuhan", UdTestTokens.Lemmas(lemmatizer, "Pelabuhan Merak ramai .")[0]);
    }

    [Fact]
    public void Gsd_a_first_word_read_as_a_name_does_not_lend_its_lemma_to_the_lower_case_word()
    {
        // GSD dev: "Pembatasan air sedang diberlakukan" → penbatasan (a name's joined morphemes), yet pembatasan → batas.
        List<(string, string)> named = [("Pembatasan", "penbatasan"), ("air", "air"), ("sedang", "sedang"), ("diberlakukan", "laku"), (".", ".")];
        List<(string, string)> common = [("Penduduk", "penduduk"), ("desa", "desa"), ("bertambah", "tambah"), (".", ".")];
        var shipped = UdLemmatizer.Gsd.Model;
        var model = UdLemmaTrainer.Train([named, common], UdLemmaConventions.Gsd, shipped.CorpusFrequencies, shipped.Weights, corpusFamilies: shipped.CorpusFamilies);
        var lemmatizer = new UdLemmatizer(model.WithRoots(shipped.RootLexicon, shipped.Stemmer), UdLemmaConventions.Gsd);
        Assert.False(model.LowerForms.ContainsKey("pembatasan"));
        Assert.Equal("penbatasan", UdTestTokens.Lemmas(lemmatizer, "Pembatasan air berlaku .")[0]);
        Assert.NotEqual("penbatasan", UdTestTokens.Lemmas(lemmatizer, "Ada pembatasan air .")[1]);

        // A first word spelt pen- that is its own lemma is an ordinary word, not a joined name.
        Assert.Equal("penduduk", model.LowerForms["penduduk"]);
    }

    [Fact]
    public void Gsd_keeps_plain_pe_before_a_consonant_while_csui_strips_it()
    {
        // GSD dev strips none of its 18 pe- + consonant types (pekerja, pejalan, pesaing); CSUI strips pejabat, petani.
        // None of these words is in either lookup; pe- before l (pelatih) is stripped in both.
        const string sentence = "Para petugas , petinju , pesepeda dan pelatih datang .";
        foreach (string word in (string[])["petugas", "petinju", "pesepeda", "pelatih"])
        {
            Assert.False(UdLemmatizer.Gsd.Model.LowerForms.ContainsKey(word));
            Assert.False(UdLemmatizer.Csui.Model.LowerForms.ContainsKey(word));
        }

        Assert.Equal(["para", "petugas", ",", "petinju", ",", "pesepeda", "dan", "latih", "datang", "."], UdTestTokens.Lemmas(UdLemmatizer.Gsd, sentence));
        Assert.Equal(["para", "tugas", ",", "tinju", ",", "sepeda", "dan", "latih", "datang", "."], UdTestTokens.Lemmas(UdLemmatizer.Csui, sentence));
    }

    [Fact]
    public void Gsd_name_rule_beats_the_lookup_of_the_common_noun()
    {
        // penyelamatan is a known lower-case word (→ selamat); as an unseen name it joins its morphemes.
        Assert.Equal("selamat", UdLemmatizer.Gsd.Model.LowerForms["penyelamatan"]);
        Assert.DoesNotContain("Penyelamatan", UdLemmatizer.Gsd.Model.Forms.Keys);
        Assert.Equal("penselamatan", UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Tim Penyelamatan Satwa datang .")[1]);
        Assert.Equal("selamat", UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Tim penyelamatan satwa datang .")[1]);
    }

    [Theory]
    [InlineData("Pentagon")]
    [InlineData("Pennsylvania")]
    [InlineData("Pemberdayaan")]
    public void Gsd_keeps_the_form_of_a_name_not_built_on_a_single_peN_prefix(string name)
    {
        Assert.Equal(name.ToLowerInvariant(), UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Ia datang ke " + name + " kemarin .")[3]);
    }

    [Theory]
    [InlineData("mendengarkan-", "dengar")]
    [InlineData("kira2", "kira")]
    public void A_word_cut_by_a_hyphen_or_reduplicated_with_a_digit_takes_its_letters_lemma(string word, string lemma)
    {
        Assert.Equal(lemma, UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Mereka " + word + " itu .")[1]);

        // Upper-case codes keep their form (CSUI: idA- is a rating, M2 a unit).
        Assert.Equal("idA-", UdTestTokens.Lemmas(UdLemmatizer.Csui, "Peringkat idA- itu .")[1]);
    }

    [Fact]
    public void Gsd_trusts_csui_lemmas_only_for_affixes_gsd_strips_as_reliably()
    {
        // CSUI roots sesaat → saat; GSD strips se- from few of the words it could: its own analyzer decides.
        Assert.Equal("saat", UdLemmatizer.Gsd.Model.OtherForms["sesaat"]);
        Assert.False(UdLemmatizer.Gsd.Model.TrustsOther("sesaat", "saat"));

        // GSD strips di-…-kan almost always; a CSUI lemma equal to the word is always taken; the CSUI style trusts GSD.
        Assert.True(UdLemmatizer.Gsd.Model.TrustsOther("ditawarkan", "tawar"));
        Assert.True(UdLemmatizer.Gsd.Model.TrustsOther("sesaat", "sesaat"));
        Assert.True(UdLemmatizer.Csui.Model.TrustsOther("sesaat", "saat"));
    }

    [Fact]
    public void Csui_does_not_take_gsd_keeping_a_word_whole_where_its_own_analysis_strips_it()
    {
        // GSD keeps tertarik, menyerah, berdua and terdahulu whole (the lower-case lookup of GSD dev); CSUI train has
        // none of them, and strips ter-, meN- and ber- as a rule (terlambat → lambat, terpaksa → paksa in CSUI train).
        const string sentence = "Mereka tertarik , tidak menyerah , datang berdua seperti yang terdahulu .";
        foreach (string word in (string[])["tertarik", "menyerah", "berdua", "terdahulu"])
        {
            Assert.False(UdLemmatizer.Csui.Model.LowerForms.ContainsKey(word));
            Assert.Equal(word, UdLemmatizer.Csui.Model.OtherForms[word]);
            Assert.False(UdLemmatizer.Csui.Model.TrustsOther(word, word));
        }

        Assert.Equal(["mereka", "tarik", ",", "tidak", "serah", ",", "datang", "dua", "seperti", "yang", "dahulu", "."], UdTestTokens.Lemmas(UdLemmatizer.Csui, sentence));
        Assert.Equal(["mereka", "tertarik", ",", "tidak", "menyerah", ",", "datang", "berdua", "seperti", "yang", "terdahulu", "."], UdTestTokens.Lemmas(UdLemmatizer.Gsd, sentence));
    }

    [Theory]
    [InlineData("menggembirakan", "gembira")]
    [InlineData("dipertanyakan", "tanya")]
    [InlineData("keberangkatan", "berangkat")]
    [InlineData("menyelidiki", "selidik")]
    [InlineData("mengamankan", "aman")]
    [InlineData("pengusutan", "usut")]
    public void Words_unseen_in_training_are_analysed_into_their_roots(string word, string root)
    {
        // None of these forms occurs in GSD dev or CSUI train; the affix analyzer finds the root.
        Assert.DoesNotContain(word, UdLemmatizer.Gsd.Model.LowerForms.Keys);
        Assert.DoesNotContain(word, UdLemmatizer.Gsd.Model.OtherForms.Keys);
        Assert.Equal(root, UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Polisi " + word + " itu .")[1]);
    }

    [Theory]
    [InlineData("2016")]
    [InlineData("1.500")]
    [InlineData(",")]
    [InlineData("%")]
    public void Numbers_punctuation_and_symbols_are_their_own_lemma(string word)
    {
        Assert.Equal(word, UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Naik " + word + " persen")[1]);
        Assert.Equal(word, UdTestTokens.Lemmas(UdLemmatizer.Csui, "Naik " + word + " persen")[1]);
    }

    [Fact]
    public void Lemmatize_rejects_an_index_outside_the_tokens()
    {
        var tokens = UdTestTokens.Words("Ia datang");
        Assert.Throws<ArgumentOutOfRangeException>(() => UdLemmatizer.Gsd.Lemmatize(tokens, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => UdLemmatizer.Gsd.Lemmatize(tokens, -1));
    }

    [Fact]
    public void A_pipeline_with_the_gsd_style_gives_every_token_a_lemma()
    {
        var pipeline = Pipeline.CreateBuilder().UseLemmatizer(UdLemmatizer.Gsd).Build();
        var doc = pipeline.Process("Pemerintah menaikkan harga bahan bakar minyak.");
        Assert.Equal(["perintah", "naik", "harga", "bahan", "bakar", "minyak", "."], doc.Tokens.Select(t => t.Lemma));
    }

    [Fact]
    public void A_clitic_spelt_in_capitals_without_a_host_is_a_name_not_the_pronoun()
    {
        // IndoSum: MU is Manchester United (62 tokens read as kamu before); GSD dev: Al - Mu, hamba - Ku (PROPN, lemma mu, ku).
        Assert.Equal("mu", UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Rooney bermain untuk MU .")[3]);
        Assert.Equal("mu", UdTestTokens.Lemmas(UdLemmatizer.Gsd, "MU kalah lagi .")[0]);
        Assert.Equal("MU", UdTestTokens.Lemmas(UdLemmatizer.Csui, "Rooney bermain untuk MU .")[3]);
        Assert.Equal("mu", UdTestTokens.Lemmas(UdLemmatizer.Csui, "MU kalah lagi .")[0]);

        // Carried by its host word, it is still the pronoun.
        Assert.Equal("dia", UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Ia membeli buku+nya .")[3]);
        Assert.Equal("kamu", UdTestTokens.Lemmas(UdLemmatizer.Gsd, "Ini buku+MU .")[2]);
    }
}
