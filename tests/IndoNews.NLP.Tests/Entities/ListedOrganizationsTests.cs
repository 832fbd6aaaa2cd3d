using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

/// <summary>A person or place whose whole text is a listed organisation, and no listed person or place, is the organisation.</summary>
public class ListedOrganizationsTests
{
    private static string? Label(Document doc, string text) => doc.Entities.FirstOrDefault(e => e.Text == text)?.Label;

    [Theory]
    // IndoSum 1330: the tagger read the club as a person.
    [InlineData("Sebelum bergabung dengan Besiktas, Pepe sempat merapat ke Paris Saint - Germain.", "Besiktas")]
    // IndoSum 1324 and 1210: clubs read as places after "di".
    [InlineData("Selama berada di Stoke, Bony hanya sanggup dua kali menjebol gawang lawan.", "Stoke")]
    [InlineData("Pemain asal Brasil itu masih menyisakan masa kontrak 12 bulan lagi di Juve dan belum ada tanda-tanda untuk memperpanjang.", "Juve")]
    // IndoSum 475: fashion houses read as persons.
    [InlineData("Dari kota ini, lahir merek fesyen ternama seperti Louis Vuitton, Hermes dan Chanel.", "Louis Vuitton")]
    [InlineData("Dari kota ini, lahir merek fesyen ternama seperti Louis Vuitton, Hermes dan Chanel.", "Hermes")]
    // IndoSum 1325: a band quoted like a person.
    [InlineData("\"Kami tidak pernah melupakan para penggemar yang sangat setia kepada kami sepanjang tahun ini,\" ujar Black Sabbath lewat sebuah pernyataan.", "Black Sabbath")]
    // IndoSum 1134: the supporters' club.
    [InlineData("Salah seorang Aremania, Ahmad Ghozali, mengaku kecewa dengan hasil pertandingan itu.", "Aremania")]
    // IndoSum 816: a club named after its town, read as the town.
    [InlineData("Pada laga lawan Granada, James Rodriguez dan Alvaro Morata tampil sebagai starter.", "Granada")]
    // IndoSum 745, 1216 and 562: clubs by their nicknames, read as a person and a place without the nickname list.
    [InlineData("Kemenangan tersebut pun sekaligus membuat Los Blancos terus menempel Barcelona yang sebelumnya menyalip mereka dari puncak klasemen.", "Los Blancos")]
    [InlineData("Rencananya, klub berjulukan Macan Kemayoran itu bakal menghadapi Espanyol pada 19 Juli di Stadion Patriot, Bekasi.", "Macan Kemayoran")]
    [InlineData("Essien sudah menjalani latihan perdana dengan tim Maung Bandung di lapangan Lodaya, Kota Bandung, Kamis (30/3/2017) sore.", "Maung Bandung")]
    // IndoSum 950 and 958: a crowdfunding platform and a game maker read as persons, listed since (technology firms).
    [InlineData("Februari lalu, Indiegogo mengungkap sebuah inisiatif untuk mengatasi masalah yang kerap menjadi image buruk crowdfunding: proyek yang batal terealisasi meski sudah mencapai target pendanaan.", "Indiegogo")]
    [InlineData("Rovio mengatakan film baru itu akan disutradarai Thurop Van Orman, kreator serial animasi TV \"The Marvelous Misadventures of Flapjack\".", "Rovio")]
    public void A_listed_organisation_read_as_a_person_or_place_is_an_organisation(string text, string name)
    {
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", Label(doc, name));
    }

    [Fact]
    public void A_band_named_before_its_singer_is_an_organisation_and_the_singer_stays()
    {
        const string text = "Vokalis Soundgarden, Chris Cornell, meninggal dunia. Cornell ditemukan tewas di kamar hotelnya.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", Label(doc, "Soundgarden"));
        Assert.Equal("PER", Label(doc, "Chris Cornell"));
        // "Cornell" is also a listed university; here it is the singer's surname, so it stays a person.
        var surname = Assert.Single(doc.Entities, e => e.Text == "Cornell");
        Assert.Equal("PER", surname.Label);
    }

    [Fact]
    public void A_person_with_an_age_in_brackets_stays_a_person()
    {
        // IndoSum 759: "Muse" is a listed band, but a name followed by an age is a person.
        const string text = "Sementara itu, empat perempuan Somalia yaitu Samiya (20), Muse (20), Halimo (29), dan Mariam (59).";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("PER", Label(doc, "Muse"));
    }

    [Theory]
    // IndoSum 288: a building whose name is also its body's stays a place where the tagger read one.
    [InlineData("Dalai Lama bertemu dengan Presiden Barack Obama di Gedung Putih meskipun pemerintah China memprotes.", "Gedung Putih")]
    // IndoSum 383: a town that also names a club, before its country.
    [InlineData("Dr Lea Weber dari Universitas Ruhr di Bochum, Jerman, menyatakan hal serupa.", "Bochum")]
    // IndoSum 2873: a district court by its short form, where the defendant arrives.
    [InlineData("Dia telah tiba di PN Jakarta Barat dan menunggu di ruang tahanan.", "PN Jakarta Barat")]
    public void A_place_that_a_body_shares_stays_a_place(string text, string name)
    {
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", Label(doc, name));
    }

    [Fact]
    public void The_table_takes_a_name_only_from_the_labels_no_list_gives_it()
    {
        var folders = ListedOrganizations.Folders.Select(f => Path.Combine(SharedData.RepoRoot, "data", f)).ToArray();
        var table = ListedOrganizations.Load(folders);
        // A club only: from a person and from a place.
        Assert.True(table.IsOrganization("Schalke", person: true));
        Assert.True(table.IsOrganization("Schalke", person: false));
        // A club and a town: from a person, not from a place.
        Assert.True(table.IsOrganization("Liverpool", person: true));
        Assert.False(table.IsOrganization("Liverpool", person: false));
        // A team and a surname: from a place, not from a person.
        Assert.False(table.IsOrganization("Williams", person: true));
        Assert.True(table.IsOrganization("Williams", person: false));
        // As written only.
        Assert.False(table.IsOrganization("schalke", person: true));
        Assert.True(table.HasPlaceHead("Gedung Putih"));
        Assert.False(table.HasPlaceHead("Black Sabbath"));
    }

    [Fact]
    public void Without_the_lists_nothing_changes()
    {
        var folders = new[] { Path.Combine(SharedData.RepoRoot, "no-such-folder") };
        Assert.True(ListedOrganizations.Load(folders).IsEmpty);
    }

    [Fact]
    public void A_listed_firm_stays_an_organisation_beside_its_product_line_read_as_a_person()
    {
        // IndoSum 1410: the tagger read "Logitech G" (the gaming line) as a person, whose first word kept every lone
        // "Logitech" a person.
        const string text = "Kabarnya, Logitech membeli Astro Gaming senilai US$ 85 juta, dibayar secara tunai. Belakangan ini, Logitech "
                            + "pelan-pelan memantapkan eksistensinya di ranah gaming. \"Bergabungnya Astro Gaming bersama kami akan melengkapi "
                            + "langkah Logitech G untuk fokus ke PC gaming,\" ucap Ujesh Desai selaku general manager Logitech G via VentureBeat.";
        var doc = Pipeline.Analyze(text);
        // The product line itself is named by the firm's brand: the organisation, with every mention.
        Assert.Equal(2, doc.Entities.Count(e => e.Text == "Logitech G"));
        Assert.All(doc.Entities.Where(e => e.Text == "Logitech G"), e => Assert.Equal("ORG", e.Label));
        Assert.Equal(2, doc.Entities.Count(e => e.Text == "Logitech"));
        Assert.All(doc.Entities.Where(e => e.Text == "Logitech"), e => Assert.Equal("ORG", e.Label));
    }

    [Fact]
    public void A_person_with_an_initial_that_is_no_listed_firm_stays_a_person()
    {
        // IndoSum 160: a name and an initial looks like "Logitech G", but "Faizal" is no listed organisation.
        const string text = "Kepala Bandara Tunggul Wulung Cilacap Faizal M saat dikonfirmasi melalui telepon mengaku belum mengetahui kejadian itu.";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Text == "Faizal M" && e.Label == "PER");
    }
}
