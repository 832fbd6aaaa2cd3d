using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

/// <summary>A person whose whole text is a listed place and no listed person is the place, unless the document gives the name a person's context.</summary>
public class ListedPlacePersonsTests
{
    private static DocumentBuilder Persons(string text, params string[] names)
    {
        var entities = new List<(string, int, string)>();
        int from = 0;
        foreach (string name in names)
        {
            int at = text.IndexOf(name, from, StringComparison.Ordinal);
            Assert.True(at >= 0, name);
            entities.Add((name, at, EntityLabels.Person));
            from = at + name.Length;
        }

        return RuleDocuments.WithEntities(text, [.. entities]);
    }

    private static void Relabel(DocumentBuilder doc) => ListedPlacePersons.Relabel(doc, EntityTagger.Default.Model.Extractor.Gazetteer);

    [Theory]
    // IndoSum 662: the mountains' farmers.
    [InlineData("Jakarta, CNN Indonesia - - Sembilan perempuan petani Kendeng memulai aksi menabuh lesung di depan Istana Merdeka pada hari ini.", "Kendeng")]
    // IndoSum 708: a town of Riau between two others.
    [InlineData("Saat ini diakui sedang ada gangguan link Jakarta - Batam akibat putusnya fiber optik antara Rengat dan Sorek di Proponsi Riau.", "Rengat")]
    // IndoSum 15: a local police chief's regency (the post is the place's, no person's title).
    [InlineData("Tersangka ditangkap petugas, Senin (29/8), kata Kapolres Ogan Komering Ulu (OKU) AKBP Leo Andi Gunawan di Baturaja, Selasa.", "Ogan Komering Ulu")]
    public void A_listed_place_read_as_a_person_is_the_place(string text, string name)
    {
        var doc = Persons(text, name);
        Relabel(doc);
        Assert.Equal("LOC", Assert.Single(doc.Entities).Label);
    }

    [Theory]
    // IndoSum 1476: the assistant coach, after a speech verb ("Bima" is also a town of Sumbawa).
    [InlineData("\"Kita benar-benar tampil tanpa beban untuk menghadapi pertandingan ini,\" ujar Bima pada Bola.net.", "Bima")]
    // IndoSum 926: a police officer after his rank.
    [InlineData("Petugas Traffic Management Center, Brigadir Harlem, mengatakan saat ini polisi telah turun ke lokasi.", "Harlem")]
    // IndoSum 926 again: a speaker's verb after the name.
    [InlineData("Harlem menuturkan, kondisi lalu lintas sempat tersendat di ruas tol.", "Harlem")]
    public void A_name_with_a_persons_context_stays_a_person(string text, string name)
    {
        var doc = Persons(text, name);
        Relabel(doc);
        Assert.Equal("PER", Assert.Single(doc.Entities).Label);
    }

    [Fact]
    public void The_context_at_one_mention_keeps_every_mention_a_person()
    {
        // IndoSum 1476: "Bima menyebut" is not a speech verb's context by itself, but "tutur Bima" is.
        const string text = "\"Itu tidak lepas dari motivasi lebih yang diberikan tim pelatih pada para pemain,\" tutur Bima.\n"
                            + "Selain tampil lepas, Bima yakin ada hal lain yang membuat Hansamu Yama dan kawan-kawan bangkit.";
        var doc = Persons(text, "Bima", "Bima");
        Relabel(doc);
        Assert.All(doc.Entities, e => Assert.Equal("PER", e.Label));
    }

    [Fact]
    public void A_word_of_a_full_name_stays_a_person()
    {
        const string text = "Hal ini diungkapkan Asisten Pelatih Timnas U-22, Bima Sakti.\nMenurut Bima, para pemain tampil tanpa beban.";
        var doc = Persons(text, "Bima Sakti", "Bima");
        Relabel(doc);
        Assert.All(doc.Entities, e => Assert.Equal("PER", e.Label));
    }

    [Fact]
    public void The_default_pipeline_gives_a_province_after_its_city_as_a_place()
    {
        // IndoSum 1327: the tagger read the province after "Edmonton," as a person.
        const string text = "Setelah dibebaskan dari penjara di Provinsi Alberta pada 2015, Khadr memaafkan keluarga tentara AS. Dia menegaskan bahwa "
                            + "dirinya menolak jihad dengan kekerasan dan ingin memulai hidup baru dan menyelesaikan pendidikannya di bidang kesehatan. "
                            + "Dia kini tinggal di Edmonton, Alberta.";
        var doc = Pipeline.Analyze(text);
        int at = text.LastIndexOf("Alberta", StringComparison.Ordinal);
        Assert.Equal("LOC", Assert.Single(doc.Entities, e => e.Start == at).Label);
    }
}
