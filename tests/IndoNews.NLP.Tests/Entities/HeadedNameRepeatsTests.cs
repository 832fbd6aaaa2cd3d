using System.Diagnostics;
using System.Text;
using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

/// <summary>An organisation or place whose name opens with a listed head and is tagged elsewhere in the document is that name where it was left untagged.</summary>
public class HeadedNameRepeatsTests
{
    [Fact]
    public void An_untagged_directorate_tagged_elsewhere_is_the_organisation()
    {
        // IndoSum: "Ditjen Perkeretaapian" is tagged in the first sentence and missed in the next three.
        const string text = "Ia menjelaskan, pada tahun ini, Ditjen Perkeretaapian memiliki program-program pembangunan prioritas seperti "
                            + "pembangunan jalur ganda, reaktivasi jalur KA serta pembangunan infrastruktur dan fasilitas lainnya.\n"
                            + "Anggaran Direktorat Jenderal Perkeretaapian Kementerian Perhubungan Tahun 2017 mencapai Rp 16 triliun yang "
                            + "dialokasikan ke beberapa kegiatan pembangunan maupun kegiatan Ditjen Perkeretaapian lainnya.\n"
                            + "Sementara untuk beberapa kegiatan Ditjen Perkeretaapian lainnya adalah, seperti Pembangunan dan Pengelolaan "
                            + "Bidang Lalu Lintas dan Angkutan KA.";
        var doc = Pipeline.Analyze(text);
        var found = doc.Entities.Where(e => e.Text == "Ditjen Perkeretaapian").ToList();
        Assert.Equal(3, found.Count);
        Assert.All(found, e => Assert.Equal("ORG", e.Label));
    }

    [Fact]
    public void An_untagged_sea_tagged_elsewhere_is_the_place_also_at_a_sentence_start()
    {
        // IndoSum: "Laut Hitam" is tagged in the first sentence only.
        const string text = "Jakarta, CNN Indonesia - - Walau bernama Laut Hitam, namun perairan yang berada di antara Eropa Tenggara dan Asia "
                            + "ini tetap berwarna biru.\n"
                            + "Dilansir dari Travel and Leisure pada Selasa (20/6), saat ini perairan Laut Hitam berubah warna menjadi biru kehijauan.\n"
                            + "Laut Hitam dipenuhi oleh mikro - oragnisme Emiliania huxleyi yang “merangsang” mekarnya tumbuhan phytoplankton.";
        var doc = Pipeline.Analyze(text);
        int inside = text.IndexOf("perairan Laut Hitam", StringComparison.Ordinal) + 9;
        int opening = text.IndexOf("Laut Hitam dipenuhi", StringComparison.Ordinal);
        Assert.Equal("LOC", Assert.Single(doc.Entities, e => e.Start == inside && e.Text == "Laut Hitam").Label);
        Assert.Equal("LOC", Assert.Single(doc.Entities, e => e.Start == opening && e.Text == "Laut Hitam").Label);
    }

    [Fact]
    public void A_name_without_a_head_is_left_untagged()
    {
        // IndoSum: the dish "Nasi Gandul" is tagged (wrongly) as a person in some sentences; its other mentions stay untagged.
        const string text = "Tapi, Nasi Gandul, bukanlah nasi yang digantung.\n"
                            + "Dari situlah, nama Nasi Gandul bermula.\n"
                            + "Dimasa itu, seporsi Nasi Gandul dihargai Rp 7.\n"
                            + "Internet juga yang membawa Sutopo ke berbagai kota memperkenalkan Nasi Gandul.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("seporsi Nasi Gandul", StringComparison.Ordinal) + 8;
        Assert.DoesNotContain(doc.Entities, e => e.Start == at);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Of_several_names_on_one_head_the_longest_that_stands_alone_is_taken(bool longerFirst)
    {
        // "Dinas Pendidikan" and "Dinas Pendidikan dan Kebudayaan" both stand alone at the untagged mention; the longer
        // name is the one written there, whichever was tagged first (the first tagged was taken: "Dinas Pendidikan" of it).
        const string longer = "Dinas Pendidikan dan Kebudayaan", shorter = "Dinas Pendidikan";
        string first = longerFirst ? longer : shorter, second = longerFirst ? shorter : longer;
        string text = first + " menang. " + second + " kalah. Ia memuji " + longer + " itu.";
        var doc = RuleDocuments.WithOrganizations(text, (first, 0), (second, first.Length + 9));
        HeadedNameRepeats.Add(doc, EntityTagger.Default.Model.Extractor.Gazetteer);
        var added = Assert.Single(doc.Entities.Skip(2));
        Assert.Equal(longer, added.Text);
        Assert.Equal(text.LastIndexOf(longer, StringComparison.Ordinal), added.Start);
    }

    [Fact]
    public void Many_names_on_one_head_stay_linear()
    {
        // 40,000 distinct "Dinas ..." names and as many untagged "Dinas" alone: each untagged head word tried every name
        // on it (8 s here; 0.04 s when a mention is looked up by its text).
        var text = new StringBuilder();
        var names = new List<(string, int)>();
        for (int i = 0; i < 40_000; i++)
        {
            string name = "Dinas Nama" + Letters(i);
            names.Add((name, text.Length));
            text.Append(name).Append(" menang. kata Dinas dan kantor. ");
        }

        var doc = RuleDocuments.WithOrganizations(text.ToString(), [.. names]);
        var stopwatch = Stopwatch.StartNew();
        HeadedNameRepeats.Add(doc, EntityTagger.Default.Model.Extractor.Gazetteer);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"{stopwatch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(40_000, doc.Entities.Count);
    }

    private static string Letters(int i)
    {
        var letters = new StringBuilder();
        do
        {
            letters.Append((char)('a' + (i % 26)));
            i /= 26;
        }
        while (i > 0);
        return letters.ToString();
    }

    [Fact]
    public void An_organisation_a_bodys_noun_names_is_the_organisation_where_left_untagged()
    {
        // IndoSum 511: "grup Kangen Band" (a tail only a body carries, and a body's noun) is tagged; the three headlines
        // that quote the band are not.
        const string text = "Vokalis grup Kangen Band, Maesa Andika Setiawan kini kembali bisa menghirup udara bebas, setelah pihak kepolisian Polresta Bandar Lampung membebaskannya dari jeruji besi.\n"
                            + "Pengacara Bantah Andika 'Kangen Band' Telah Desak Istri Cabut Laporan\n"
                            + "Kuasa Hukum Minta Penahanan Andika 'Kangen Band' Ditangguhkan\n"
                            + "Ayah Mertua Andika 'Kangen Band': Saya Mau Dia Sadar Saat di Penjara";
        var doc = Pipeline.Analyze(text);
        var found = doc.Entities.Where(e => e.Text == "Kangen Band").ToList();
        Assert.Equal(4, found.Count);
        Assert.All(found, e => Assert.Equal("ORG", e.Label));
    }

    [Fact]
    public void An_organisation_with_no_heads_or_bodys_evidence_gives_no_repeats()
    {
        // IndoSum 1326: the tagger reads the politician "La Nyalla" as an organisation in some sentences; nothing in the
        // name or around it names a body, so the mentions it left untagged stay so.
        const string text = "Selain itu, La Nyalla juga diharapkan bisa membuat kebijakan atau program kerja yang menarik sesuai dengan problematika yang terjadi di Jatim.\n"
                            + "Sebelumnya, La Nyalla sudah menyatakan siap bertarung di Pilkada Jatim 2018 dan juga sudah menemui sejumlah petinggi partai di Jakarta dalam rangka menggalang dukungan.\n"
                            + "Sejumlah tokoh yang telah ditemui La Nyalla antara lain Ketua Majelis Kehormatan Partai Amanat (PAN) Amien Rais dan Ketua Umum Partai Gerindra Prabowo Subianto.\n"
                            + "Sebelumnya, La Nyalla didakwa menyalahgunakan wewenang dalam penggunaan dana hibah dari Pemerintah Provinsi Jawa Timur tahun 2011 hingga 2014. Atas tindakannya itu, La Nyalla dituntut enam tahun penjara oleh jaksa penuntut umum dari Kejaksaan Tinggi Jawa Timur.\n"
                            + "La Nyalla juga dituntut membayar denda Rp 500 juta subsider enam bulan kurungan. Selain itu, jaksa juga menuntut La Nyalla membayar uang pengganti Rp 1,1 miliar. Jaksa menilai La Nyalla telah terbukti melawan hukum memperkaya diri sendiri atau orang lain atau suatu korporasi yang dapat merugikan keuangan negara.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("ditemui La Nyalla", StringComparison.Ordinal) + 8;
        Assert.DoesNotContain(doc.Entities, e => e.Start == at);
        at = text.IndexOf("Sebelumnya, La Nyalla didakwa", StringComparison.Ordinal) + 12;
        Assert.DoesNotContain(doc.Entities, e => e.Start == at);
    }

    [Fact]
    public void A_mention_after_of_is_part_of_a_longer_name_and_left()
    {
        // IndoSum 1115: "Chinese Academy of Sciences" (a body's tail) is tagged at its end; its first mention closes the
        // longer "National Astronomical Observatories of Chinese Academy of Sciences" and is not cut out of it.
        const string text = "\"Untuk mengungkap misteri percepatan kosmik, para astronom berusaha memetakan semesta dari sekarang sampai jauh ke masa lalu. Para astronom Cina, khususnya dari National Astronomical Observatories of Chinese Academy of Sciences (NAOC) yang bekerja dalam bidang kosmologi observasi dan teoritis, berperan penting dalam kolaborasi internasional survei galaksi eBOSS,\" kata Xue Suijian, profesor dan wakil direktur NAOC, yang berada di bawah Chinese Academy of Sciences, Minggu (29/05/2017).";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("of Chinese", StringComparison.Ordinal) + 3;
        Assert.DoesNotContain(doc.Entities, e => e.Start == at);
        Assert.Contains(doc.Entities, e => e.Text == "Chinese Academy of Sciences" && e.Label == "ORG");
    }
}
