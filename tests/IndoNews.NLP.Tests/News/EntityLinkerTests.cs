using IndoNews.NLP.News;

namespace IndoNews.NLP.Tests.News;

public class EntityLinkerTests
{
    private static Document Analyze(string text, AliasList? aliases, params (string, string)[] names)
        => Pipeline.CreateBuilder().AddEntityRecognizer(new NameListRecognizer(names)).UseNewsDocuments(new NewsDocumentOptions { Aliases = aliases }).Build().Process(text);

    private static string[][] Groups(Document doc)
        => [.. doc.Clusters.Select(c => doc.GetMentions(c).Select(e => e.Text).Distinct().Order(StringComparer.Ordinal).ToArray())];

    [Fact]
    public void The_alias_list_links_an_acronym_with_its_expansion_without_a_definition_in_the_text()
    {
        var doc = Analyze("KPK menahan bupati itu. Komisi Pemberantasan Korupsi menyebut penahanan berlangsung 20 hari.", AliasList.Default,
            ("KPK", EntityLabels.Organization), ("Komisi Pemberantasan Korupsi", EntityLabels.Organization));
        var cluster = Assert.Single(doc.Clusters);
        Assert.Equal("Komisi Pemberantasan Korupsi", cluster.Canonical);
        Assert.Equal(2, cluster.Mentions.Count);
    }

    [Fact]
    public void Without_the_alias_list_initials_still_link_an_unambiguous_acronym()
    {
        var doc = Analyze("Mahkamah Agung menunda pengumuman. MA menyatakan kuota hakim 1.600 orang.", AliasList.Empty,
            ("Mahkamah Agung", EntityLabels.Organization), ("MA", EntityLabels.Organization));
        Assert.Equal([["MA", "Mahkamah Agung"]], Groups(doc));
    }

    [Fact]
    public void A_definition_in_brackets_links_a_non_initial_acronym()
    {
        var doc = Analyze("Pasukan Demokratik Suriah (SDF) maju ke Raqqa. SDF didukung AS.", AliasList.Empty,
            ("Pasukan Demokratik Suriah", EntityLabels.Organization), ("SDF", EntityLabels.Organization), ("Raqqa", EntityLabels.Location));
        Assert.Contains(["Pasukan Demokratik Suriah", "SDF"], Groups(doc));
    }

    [Fact]
    public void A_bracketed_acronym_does_not_define_a_name_the_tagger_found_only_in_part()
    {
        // The tagger found "Tiongkok" of "Liga Super Tiongkok (CSL)": CSL is not China.
        var doc = Analyze("Ia bermain di Liga Super Tiongkok (CSL) musim lalu. CSL kini kaya. Tiongkok menyambutnya.", AliasList.Empty,
            ("Tiongkok", EntityLabels.Location), ("CSL", EntityLabels.Organization));
        Assert.DoesNotContain(Groups(doc), g => g.Contains("CSL") && g.Contains("Tiongkok"));

        // A syllabic acronym, with more capitals than its name has words, still takes its name.
        doc = Analyze("Kepolisian Daerah (POLDA) menahan dua orang. POLDA menyita senjata.", AliasList.Empty,
            ("Kepolisian Daerah", EntityLabels.Organization), ("POLDA", EntityLabels.Organization));
        Assert.Contains(["Kepolisian Daerah", "POLDA"], Groups(doc));
    }

    [Fact]
    public void A_place_without_its_administrative_head_joins_the_full_name()
    {
        var doc = Analyze("Banjir melanda Kabupaten Garut. Warga Garut mengungsi ke Jalan Bandung.", AliasList.Empty,
            ("Kabupaten Garut", EntityLabels.Location), ("Garut", EntityLabels.Location), ("Jalan Bandung", EntityLabels.Location));
        Assert.Contains(["Garut", "Kabupaten Garut"], Groups(doc));

        // A street is no name of its city, and beside both Kota and Kabupaten Bekasi, "Bekasi" joins neither.
        doc = Analyze("Ia tinggal di Jalan Bandung, bukan di Bandung. Kota Bekasi dan Kabupaten Bekasi bersiap; Bekasi siaga.", AliasList.Empty,
            ("Jalan Bandung", EntityLabels.Location), ("Bandung", EntityLabels.Location), ("Kota Bekasi", EntityLabels.Location),
            ("Kabupaten Bekasi", EntityLabels.Location), ("Bekasi", EntityLabels.Location));
        var groups = Groups(doc);
        Assert.Contains(["Bandung"], groups);
        Assert.Contains(["Bekasi"], groups);
    }

    [Fact]
    public void A_wife_named_after_her_husband_does_not_take_his_mentions()
    {
        var doc = Analyze("Presiden Joko Widodo dan Ibu Negara Iriana Joko Widodo tiba di Bandung. Joko Widodo lalu berpidato. Sri Mulyani Indrawati hadir; Sri Mulyani tersenyum.", AliasList.Empty,
            ("Joko Widodo", EntityLabels.Person), ("Iriana Joko Widodo", EntityLabels.Person), ("Sri Mulyani Indrawati", EntityLabels.Person), ("Sri Mulyani", EntityLabels.Person));
        var groups = Groups(doc);
        Assert.Contains(["Joko Widodo"], groups);
        Assert.Contains(["Iriana Joko Widodo"], groups);
        Assert.Contains(["Sri Mulyani", "Sri Mulyani Indrawati"], groups);

        // A full name with a leading element news drops still takes the short name.
        doc = Analyze("Muhammad Jusuf Kalla tiba. Jusuf Kalla lalu berbicara. I Wayan Koster hadir; Wayan Koster tersenyum.", AliasList.Empty,
            ("Muhammad Jusuf Kalla", EntityLabels.Person), ("Jusuf Kalla", EntityLabels.Person), ("I Wayan Koster", EntityLabels.Person), ("Wayan Koster", EntityLabels.Person));
        Assert.Contains(["Jusuf Kalla", "Muhammad Jusuf Kalla"], Groups(doc));
        Assert.Contains(["I Wayan Koster", "Wayan Koster"], Groups(doc));

        // A two-word surname with a particle still joins the full name it ends.
        doc = Analyze("Virgil van Dijk bermain baik. Van Dijk mencetak gol.", AliasList.Empty, ("Virgil van Dijk", EntityLabels.Person), ("Van Dijk", EntityLabels.Person));
        Assert.Equal([["Van Dijk", "Virgil van Dijk"]], Groups(doc));
    }

    [Fact]
    public void A_slip_in_one_word_or_a_dropped_middle_name_keeps_one_person()
    {
        var doc = Analyze("Toni Kross mencetak gol. Pelatih memuji Toni Kroos. Wahyu Tri Nugroho hadir, dan Wahyu Nugroho berbicara. Toni Kaya absen.", AliasList.Empty,
            ("Toni Kross", EntityLabels.Person), ("Toni Kroos", EntityLabels.Person), ("Wahyu Tri Nugroho", EntityLabels.Person), ("Wahyu Nugroho", EntityLabels.Person), ("Toni Kaya", EntityLabels.Person));
        var groups = Groups(doc);
        Assert.Contains(["Toni Kroos", "Toni Kross"], groups);
        Assert.Contains(["Wahyu Nugroho", "Wahyu Tri Nugroho"], groups);
        Assert.Contains(["Toni Kaya"], groups); // another surname, more than one letter away
    }

    [Fact]
    public void A_surname_joins_the_one_full_name_that_holds_it_and_titles_do_not_matter()
    {
        var doc = Analyze("Presiden Joko Widodo tiba di Bandung. Joko Widodo lalu meresmikan jalan tol. Menurut Widodo, proyek itu penting.", AliasList.Empty,
            ("Presiden Joko Widodo", EntityLabels.Person), ("Joko Widodo", EntityLabels.Person), ("Widodo", EntityLabels.Person), ("Bandung", EntityLabels.Location));
        var cluster = doc.Clusters.Single(c => c.Label == EntityLabels.Person);
        Assert.Equal("Joko Widodo", cluster.Canonical);
        Assert.Equal(3, cluster.Mentions.Count);
    }

    [Fact]
    public void A_surname_shared_by_two_people_goes_to_the_nearest_one_before_it()
    {
        var doc = Analyze("Hafez al-Assad memerintah hingga 2000. Bashar al-Assad menggantikannya. Assad kini menghadapi perang.", AliasList.Empty,
            ("Hafez al-Assad", EntityLabels.Person), ("Bashar al-Assad", EntityLabels.Person), ("Assad", EntityLabels.Person));
        Assert.Contains(["Assad", "Bashar al-Assad"], Groups(doc));
        Assert.Contains(["Hafez al-Assad"], Groups(doc));
    }

    [Fact]
    public void People_never_link_with_places_or_organisations()
    {
        var doc = Analyze("Washington Sanchez terbang ke Washington.", AliasList.Empty,
            ("Washington Sanchez", EntityLabels.Person), ("Washington", EntityLabels.Location));
        Assert.Equal(2, doc.Clusters.Count);
    }

    [Fact]
    public void Places_and_organisations_may_link_because_taggers_disagree_on_them()
    {
        var doc = Analyze("Amerika Serikat (AS) dan Rusia bertemu. AS meminta Rusia menekan Suriah.", AliasList.Empty,
            ("Amerika Serikat", EntityLabels.Location), ("AS", EntityLabels.Organization), ("Rusia", EntityLabels.Location), ("Suriah", EntityLabels.Location));
        var us = doc.Clusters.Single(c => c.Canonical == "Amerika Serikat");
        Assert.Equal(EntityLabels.Location, us.Label);
        Assert.Equal(3, us.Mentions.Count);
    }

    [Fact]
    public void An_acronym_is_not_linked_to_a_longer_name_it_merely_starts()
    {
        var doc = Analyze("TNI menggelar rapat. TNI AD mengirim pasukan.", AliasList.Empty,
            ("TNI", EntityLabels.Organization), ("TNI AD", EntityLabels.Organization));
        Assert.Equal(2, doc.Clusters.Count);
    }

    [Fact]
    public void A_club_named_without_its_suffix_joins_the_full_name()
    {
        var doc = Analyze("Newcastle United promosi. Newcastle juara Divisi Championship.", AliasList.Empty,
            ("Newcastle United", EntityLabels.Organization), ("Newcastle", EntityLabels.Organization));
        Assert.Equal([["Newcastle", "Newcastle United"]], Groups(doc));
    }

    [Fact]
    public void Value_entities_are_not_clustered()
    {
        var doc = Pipeline.CreateBuilder().UseValueEntities().UseNewsDocuments().Build().Process("Harga naik 30 persen pada 2 Juli 2016.");
        Assert.Equal(2, doc.Entities.Count);
        Assert.Empty(doc.Clusters);
    }

    [Fact]
    public void Cluster_indices_follow_the_entity_order_of_the_built_document()
    {
        // The stand-in tagger adds entities longest name first, so the builder's order differs from the document's.
        var doc = Analyze("Assad bertemu Putin. Bashar al-Assad lalu kembali ke Damaskus.", AliasList.Empty,
            ("Assad", EntityLabels.Person), ("Bashar al-Assad", EntityLabels.Person), ("Putin", EntityLabels.Person), ("Damaskus", EntityLabels.Location));
        Assert.True(doc.Entities.Zip(doc.Entities.Skip(1)).All(p => p.First.Start <= p.Second.Start));
        foreach (var cluster in doc.Clusters)
        {
            Assert.All(doc.GetMentions(cluster), e => Assert.Contains(e.Text, cluster.Canonical, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_one_letter_slip_does_not_join_two_clubs_each_with_its_own_full_name()
    {
        // From IndoSum: Persib and Persiba Balikpapan were put in one cluster through the slip Persiba ↔ Persib.
        var doc = Analyze("Persib Bandung menjamu Persiba Balikpapan di Stadion Si Jalak Harupat. Persib menang 2-0, sementara Persiba tetap di dasar klasemen.", AliasList.Empty,
            ("Persib Bandung", EntityLabels.Organization), ("Persiba Balikpapan", EntityLabels.Organization), ("Persib", EntityLabels.Organization), ("Persiba", EntityLabels.Organization));
        var groups = Groups(doc);
        Assert.Contains(["Persib", "Persib Bandung"], groups);
        Assert.Contains(["Persiba", "Persiba Balikpapan"], groups);

        // A slip of a name with no fuller form of its own still joins: Masinto ↔ Masinton.
        doc = Analyze("Masinton Pasaribu hadir di rapat. Masinton menyebut panitia angket bekerja. Menurut Masinto, rapat berlanjut.", AliasList.Empty,
            ("Masinton Pasaribu", EntityLabels.Person), ("Masinton", EntityLabels.Person), ("Masinto", EntityLabels.Person));
        Assert.Equal([["Masinto", "Masinton", "Masinton Pasaribu"]], Groups(doc));
    }

    [Fact]
    public void A_cluster_is_named_by_its_name_not_by_a_listed_nickname()
    {
        var doc = Analyze("Partenopei menang di kandang. Napoli kini di posisi kedua.", AliasList.Default,
            ("Partenopei", EntityLabels.Organization), ("Napoli", EntityLabels.Organization));
        var cluster = Assert.Single(doc.Clusters);
        Assert.Equal("Napoli", cluster.Canonical);
    }

    [Fact]
    public void A_maker_does_not_join_a_product_with_a_model_number()
    {
        var doc = Analyze("Ferrari meluncurkan Ferrari GTC4Lusso T di Jakarta. Ferrari menjual 20 unit.", AliasList.Empty,
            ("Ferrari", EntityLabels.Organization), ("Ferrari GTC4Lusso T", EntityLabels.Organization));
        Assert.Equal([["Ferrari"], ["Ferrari GTC4Lusso T"]], Groups(doc));

        // A club's full name still takes its short name.
        doc = Analyze("Persegres Gresik kalah. Persegres kini di dasar klasemen.", AliasList.Empty,
            ("Persegres Gresik", EntityLabels.Organization), ("Persegres", EntityLabels.Organization));
        Assert.Equal([["Persegres", "Persegres Gresik"]], Groups(doc));
    }

    [Fact]
    public void A_full_name_shortened_by_its_first_word_in_a_later_sentence_keeps_one_person()
    {
        var doc = Analyze("Bek Rudolof Yanto Basna dipanggil ke tim nasional. Yanto Basna siap tampil.", AliasList.Empty,
            ("Rudolof Yanto Basna", EntityLabels.Person), ("Yanto Basna", EntityLabels.Person));
        Assert.Equal([["Rudolof Yanto Basna", "Yanto Basna"]], Groups(doc));

        // A child named after the father, in the same sentence, is someone else.
        doc = Analyze("Ia berpacaran dengan Radhan Nur Alam, anak Gubernur Sulawesi Tenggara Nur Alam.", AliasList.Empty,
            ("Radhan Nur Alam", EntityLabels.Person), ("Nur Alam", EntityLabels.Person));
        Assert.Equal(2, doc.Clusters.Count);
    }

    [Fact]
    public void A_repeated_name_costs_the_linker_no_more_than_its_index_in_the_cluster()
    {
        // The same report with Sri Mulyani named 5 and 45 times. Each mention's key, words and initials are built once
        // per name and the working tables are reused, so the forty more mentions add only their indices to the cluster
        // (4 bytes each) and the list of mentions; building them per mention cost well over 100 bytes each.
        const string head = "Menteri Keuangan Sri Mulyani Indrawati bertemu Bank Indonesia di Jakarta. ";
        const string repeat = "Sri Mulyani menyebut defisit APBN terjaga. ";
        string Report(int repeats) => head + string.Concat(Enumerable.Repeat(repeat, repeats)) + "Bank Indonesia menahan suku bunga.";
        (string, string)[] names = [("Sri Mulyani Indrawati", EntityLabels.Person), ("Sri Mulyani", EntityLabels.Person),
            ("Bank Indonesia", EntityLabels.Organization), ("Jakarta", EntityLabels.Location), ("APBN", EntityLabels.Organization)];
        var pipeline = Pipeline.CreateBuilder().AddEntityRecognizer(new NameListRecognizer(names)).Build();
        var labels = new HashSet<string> { EntityLabels.Person, EntityLabels.Location, EntityLabels.Organization };

        long Allocated(int repeats)
        {
            var doc = pipeline.Process(Report(repeats));
            var ignored = new bool[doc.Entities.Count];
            EntityLinker.Link(doc.Text, doc.Entities, ignored, AliasList.Default, labels); // warms the thread's tables
            long before = GC.GetAllocatedBytesForCurrentThread();
            var clusters = EntityLinker.Link(doc.Text, doc.Entities, ignored, AliasList.Default, labels);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Contains(clusters, c => c.Canonical == "Sri Mulyani Indrawati" && c.Mentions.Count == repeats + 1);
            return allocated;
        }

        long few = Allocated(5), many = Allocated(45);
        Assert.True(many - few <= 40 * 8, $"40 more mentions allocated {many - few} bytes more ({few} for 5, {many} for 45)");
    }
}
