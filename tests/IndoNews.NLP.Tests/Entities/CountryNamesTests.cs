namespace IndoNews.NLP.Tests.Entities;

/// <summary>A country the tagger read as a person or organisation is a place, in its listed spelling or another.</summary>
public class CountryNamesTests
{
    [Fact]
    public void A_national_side_under_an_unlisted_spelling_is_a_place()
    {
        // IndoSum (the 2017 Confederations Cup final): the tagger read "Cile" as a person four times and as an organisation
        // three times; the model's country list has "Chili" only.
        const string text = "Jerman memang tampil di Piala Konfederasi 2017 ini dengan skuat \"pelapis\" -nya, tapi mereka nyatanya masih terlalu kuat "
                            + "dibanding negara-negara lain. Buktinya, anak asuh Joachim Loew berhasil meraih gelar juara di ajang tersebut usai menaklukkan "
                            + "Cile di partai final yang berlangsung di Stadion Saint Petersburg, Senin (3/7) dini hari WIB.\n"
                            + "Sementara Cile tampil dengan formasi 4-3 - 1-2 pada laga ini. Mauricio Isla, Gary Medel, Gonzalo Jara, dan Jean Beausejour "
                            + "menjadi kuartet di lini belakang untuk melindungi Claudio Bravo.\n"
                            + "Cile sejak menit awal sudah menerapkan pressing ketat. Alhasil build-up Jerman sudah kacau sejak lini belakang. Di sini "
                            + "kemudian Cile mendapat banyak peluang.\n"
                            + "Laga sendiri kemudian berlangsung panas. Cile kemudian mendapat peluang emas pada menit 75. Namun tendangan keras Vidal "
                            + "dari dalam kotak penalti masih bisa ditepis oleh Ter Stegen. Usaha Cile lagi-lagi masih menemui tembok kokoh bernama Ter Stegen.";
        var doc = Pipeline.Analyze(text);
        var countries = doc.Entities.Where(e => e.Text == "Cile").ToList();
        Assert.NotEmpty(countries);
        Assert.All(countries, e => Assert.Equal("LOC", e.Label));
        Assert.Equal("LOC", LabelAt(doc, text, "Cile tampil"));
        Assert.Equal("LOC", LabelAt(doc, text, "Cile lagi-lagi"));
    }

    [Fact]
    public void A_listed_country_read_as_a_person_or_organisation_is_a_place()
    {
        // IndoSum: "Sri Lanka" read as a person in a list of countries, "San Marino" as an organisation in a match report.
        const string text = "Dalai Lama meminta Umat Budha menghentikan kekerasan di Myanmar dan Sri Lanka. \"Saya menyerukan kepada umat Buddha di "
                            + "Myanmar, Sri Lanka, membayangkan wajah Buddha sebelum mereka melakukan kejahatan,\" kata Dalai Lama.\n"
                            + "Merdeka.com - Jerman terlalu tangguh bagi San Marino. Bermain di Stadion Nurnberg, Minggu (11/6), Jerman menang dengan skor "
                            + "7-0. Tuan rumah langsung menguasai permainan dan meneror pertahanan San Marino.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", LabelAt(doc, text, "Sri Lanka."));
        Assert.Equal("LOC", LabelAt(doc, text, "Sri Lanka,"));
        Assert.Equal("LOC", LabelAt(doc, text, "San Marino."));
    }

    [Fact]
    public void A_suspect_with_a_country_s_initials_stays_a_person()
    {
        // "AS" is the United States' short form and a suspect's initials; capitals are left to PersonInitials.
        const string text = "Polisi menangkap seorang pria berinisial AS (32) di rumahnya di Bekasi, Jawa Barat. AS diduga menjual narkoba kepada "
                            + "pelajar di sekitar rumahnya.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("PER", LabelAt(doc, text, "AS (32)"));
    }

    private static string? LabelAt(Document doc, string text, string from)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return doc.Entities.FirstOrDefault(e => e.Start == at)?.Label;
    }
}
