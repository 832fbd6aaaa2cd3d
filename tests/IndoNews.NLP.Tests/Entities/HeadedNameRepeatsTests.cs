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
}
