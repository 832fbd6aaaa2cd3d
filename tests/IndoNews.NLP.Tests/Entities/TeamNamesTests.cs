namespace IndoNews.NLP.Tests.Entities;

/// <summary>A club named after its town is an organisation where the document uses it as a team, and the town stays a place.</summary>
public class TeamNamesTests
{
    [Fact]
    public void A_club_named_after_its_city_is_an_organisation_where_it_plays()
    {
        // IndoSum: after "AC Milan", the tagger read "Milan takluk dengan skor 1-3" and "penggawa baru Milan" as the city.
        const string text = "Kiprah AC Milan di International Champions Cup (ICC) 2017 tak dimulai dengan memuaskan. Menghadapi Borussia "
                            + "Dortmund di University Town Main Stadium, Guangzhou, Selasa (18/7) malam WIB, Milan takluk dengan skor 1-3.\n"
                            + "Eks - pemain AC Milan, Pierre - Emerick Aubameyang menjadi bintang dalam laga ini lewat dua golnya pada menit ke-20 "
                            + "dan ke-62. Satu gol Dortmund lainnya diciptakan oleh Nuri Sahin pada menit ke-16. Sementara satu-satunya gol Milan "
                            + "dilesakkan oleh Carlos Bacca pada menit ke-24.\n"
                            + "Dalam laga ini, penggawa baru Milan sudah diberi kesempatan bermain. Beberapa nama, seperti Ricardo Rodriguez, "
                            + "Franck Kessie, dan Fabio Borini bahkan dimainkan sejak menit perdana dalam formasi 4-3 - 3.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Milan takluk"));
        Assert.Equal("ORG", LabelAt(doc, text, "Milan sudah diberi"));
        Assert.Equal("ORG", LabelAt(doc, text, "Milan dilesakkan"));
        Assert.Equal("LOC", LabelAt(doc, text, "Guangzhou"));
    }

    [Fact]
    public void A_club_read_as_a_person_is_an_organisation_when_it_hosts_a_match()
    {
        // IndoSum: "Perseru menjamu Persija" had "Perseru" as a person; "Perseru Serui" is named before.
        const string text = "Merdeka.com - Pelatih Persija Jakarta, Stefano Cugurra Teco mengacungkan jempol atas performa pasukannya saat "
                            + "menghadapi Perseru Serui. Teco senang melihat timnya bisa tampil bagus di laga tersebut.\n"
                            + "Perseru menjamu Persija pada laga tunda pekan ke delapan Liga 1 di Stadion Patriot, Bekasi, Selasa (13/6/2017) malam. "
                            + "Laga tersebut digelar di Stadion Patriot lantaran Stadion Marora tidak memiliki fasilitas penerangan yang layak untuk "
                            + "menggelar laga di malam hari.\n"
                            + "Persija jelas diuntungkan dengan laga tandang rasa kandang ini. Pada akhirnya, tim berjuluk Macan Kemayoran itu bisa "
                            + "menggulung Perseru dengan skor telak, 0-3.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Perseru menjamu"));
    }

    [Fact]
    public void The_town_stays_a_place_beside_its_club()
    {
        // IndoSum: "suporter Madura" is Madura United's; "terkatung-katung di Madura" and "datang ke Madura" are the island.
        const string text = "Merdeka.com - Sebuah persahabatan dan persaudaraan ditunjukkan suporter Madura United di tengah maraknya insiden "
                            + "kekerasan antar suporter. Salah satu kelompok suporter Madura United, Tretan Dhibi \"dengan sigap membantu tiga orang "
                            + "bobotoh, julukan suporter Persib Bandung, yang terkatung-katung di Madura.\n"
                            + "Tiga orang suporter Persib ini adalah Fahmi, Rama dan Sarif. Mereka datang ke Madura bersama dengan rombongan bobotoh "
                            + "lainnya untuk mendukung langsung Persib Bandung, kala menghadapi Madura United.\n"
                            + "Sementara itu, aksi Tretan Dhibi \"yang sigap membantu sesama suporter ini mendapat apresiasi tinggi dari Achsanul "
                            + "Qosasi. Presiden klub Madura United tersebut menilai aksi ini sesuai dengan semboyan Madruji (Madura rukun dan terpuji) "
                            + "yang juga jadi maskot klub ini.\n"
                            + "\"Indahnya perdamaian suporter. Kami bangga atas sigapnya suporter Madura yang segera mencarikan solusi,\" sanjung "
                            + "pria yang karib disapa AQ tersebut.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Madura yang segera"));
        Assert.Equal("LOC", LabelAt(doc, text, "Madura.\n"));
        Assert.Equal("LOC", LabelAt(doc, text, "Madura bersama"));
    }

    [Fact]
    public void A_national_team_named_by_its_country_stays_a_place()
    {
        // The NER corpora tag a national team by its country as a place ("timnas Indonesia", "mengalahkan Singapura 1-0").
        const string text = "Rimanews - Timnas Puerto Rico tak sabar untuk menghadapi timnas Indonesia dalam pertandingan uji coba yang "
                            + "dijadwalkan berlangsung di Stadion Maguwoharjo, Sleman, DI Yogyakarta, Selasa (13/6).\n"
                            + "\"Kami begitu antusias menjadi bagian dari pertandingan bersejarah ini dan tidak sabar menghadapi Indonesia, tim "
                            + "dengan sejarah panjang di Asia,\" ujar Eric, dikutip keterangan resmi PSSI yang diterima di Jakarta.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", LabelAt(doc, text, "Indonesia, tim"));
        Assert.Equal("LOC", LabelAt(doc, text, "Indonesia dalam"));
    }

    [Fact]
    public void A_club_named_only_by_its_city_is_an_organisation_in_a_football_report_where_it_plays_a_match()
    {
        // IndoSum (JUARA.net): no "AS Roma" anywhere, but "menang 2-0 atas Roma" in a report of goals and Serie A; the
        // tagger read every "Roma" as the city.
        const string text = "JUARA.net - Lazio berada di jalur unggulan melangkah ke final menjelang laga semifinal kedua Coppa Italia "
                            + "2016-2017, Selasa (4/4/2017). Maklum, pada pertemuan pertama yang digelar pada 1 Maret silam, mereka menang 2-0 atas Roma.\n"
                            + "Sergej Milinkovic - Savic dan Ciro Immobile menjadi pencetak gol. Nama yang disebut belakangan melanjutkan "
                            + "ketajamannya seusai laga itu. Dalam empat pertandingan, Immobile membuat empat gol.\n"
                            + "Gol terbaru Immobile lahir saat Gli Aquilotti (Sang Elang Muda) mengalahkan Sassuolo 2-1 akhir pekan kemarin. Gol "
                            + "itu merupakan yang ke-20 di Serie A.\n"
                            + "Peringatan Immobile wajar mengingat saat ini Roma sudah kembali menjadi Roma yang mengerikan. Setelah sempat "
                            + "mengalami krisis hasil pada akhir Februari hingga pertengahan Maret, I Lupi kembali galak.\n"
                            + "Sudah empat pertandingan teranyar Roma selalu menang. Sang Serigala membuat 10 gol dalam periode itu dan hanya "
                            + "kebobolan dua kali.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Roma.\n"));
        Assert.Equal("ORG", LabelAt(doc, text, "Roma sudah kembali"));
        Assert.Equal("ORG", LabelAt(doc, text, "Roma selalu menang"));
    }

    [Fact]
    public void A_club_named_with_FC_elsewhere_is_an_organisation_without_a_team_word()
    {
        // IndoSum (Merdeka.com): "Southampton FC" in a quote; the tagger had "kubu Southampton" as a place and
        // "permintaan maaf terhadap Southampton" as a person.
        const string text = "Merdeka.com - Raksasa Premier League, Liverpool baru saja merilis pernyataan yang berisi permintaan maaf "
                            + "terhadap Southampton terkait tuduhan pendekatan ilegal terhadap bek Virgil van Dijk.\n"
                            + "Sebelumnya kubu Southampton menuding The Reds telah menyalahi aturan di Premier League saat mencoba merekrut Van "
                            + "Dijk. The Saints pun diklaim mengancam akan melaporkan Liverpool ke FA terkait hal ini.\n"
                            + "Tak ingin masalah berlarut-larut, Liverpool pun segera menyampaikan permintaan maaf terhadap Southampton lewat "
                            + "pernyataan di laman resmi mereka.\n"
                            + "\"Liverpool FC ingin menyampaikan penyesalan kami menyikapi spekulasi yang berkembang di media akhir-akhir ini "
                            + "terkait Southampton FC dan transfer pemain di antara kedua klub,\"\n"
                            + "\"Kami meminta maaf kepada pemilik, petinggi klub dan fans dari Southampton atas segala kesalahpahaman terkait "
                            + "Virgil van Dijk,\"";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Southampton menuding"));
        Assert.Equal("ORG", LabelAt(doc, text, "Southampton lewat"));
    }

    [Fact]
    public void An_unlisted_country_stays_a_place_where_national_sides_play()
    {
        // IndoSum: "Cile" is no listed spelling of Chile, but "Jerman unggul 1-0" shows national sides playing.
        const string text = "Jerman memang tampil di Piala Konfederasi 2017 ini dengan skuat \"pelapis\" -nya, tapi mereka nyatanya masih "
                            + "terlalu kuat dibanding negara-negara lain. Buktinya, anak asuh Joachim Loew berhasil meraih gelar juara di ajang "
                            + "tersebut usai menaklukkan Cile di partai final yang berlangsung di Stadion Saint Petersburg, Senin (3/7) dini hari "
                            + "WIB. Satu-satunya gol Jerman pada laga ini dicetak oleh Lars Stindl.\n"
                            + "Tepat pada menit 20, Diaz melakukan kesalahan di lini belakang sehingga bola mampu direbut Werner. Berhadapan satu "
                            + "lawan satu dengan Bravo, Werner memberi umpan pendek kepada Stindl yang dengan mudah menceploskan bola ke gawang "
                            + "yang kosong. Jerman unggul 1-0 walau Cile terus menekan mereka.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", LabelAt(doc, text, "Cile di partai"));
    }

    private static string? LabelAt(Document doc, string text, string from)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return doc.Entities.FirstOrDefault(e => e.Start == at)?.Label;
    }
}
