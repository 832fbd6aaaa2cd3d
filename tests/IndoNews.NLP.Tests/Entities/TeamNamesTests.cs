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

    [Fact]
    public void A_club_takes_its_town_back_where_it_plays()
    {
        // IndoSum (JUARA.net): the tagger had "PSPS" as an organisation and "Pekanbaru" as a place; the club is "PSPS Pekanbaru".
        const string text = "MEDAN, JUARA.net - Sedikit kecemasan memayungi PSMS Medan saat menggelar persiapan menuju laga tandang "
                            + "menghadapi PSPS Pekanbaru, Sabtu (8/7/2017), di Stadion Utama Riau.\nDalam latihan perdana, Jumat (30/6/2017) "
                            + "pagi di Stadion Kebun Bunga, sejumlah pemain masih absen karena dibekap cedera. Legimin Rahardjo, Hardiantono, "
                            + "Tri Hardiansyah, dan Dimas Sumantri tak bisa ikut program tim.\n\"Hanya Fredyan Wahyu yang sanggup ikut "
                            + "latihan fisik pada hari pertama latihan. Sisanya enggak bisa ikut,\" kata Edi Syahputra asisten pelatih PSMS "
                            + "Medan.";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Text == "PSPS Pekanbaru" && e.Label == "ORG");
        Assert.DoesNotContain(doc.Entities, e => e.Text == "Pekanbaru");
    }

    [Fact]
    public void A_club_takes_its_town_back_after_a_post_word()
    {
        // IndoSum (CNN Indonesia): "bersama Persiwa Wamena" had "Wamena" as a place of its own.
        const string text = "Erick memulai karier di Indonesia bersama Persiwa Wamena pada 2008. Selain Persiwa, Erick berpengalaman pula "
                            + "bermain untuk Sriwijaya FC, Mitra Kukar, Pusamania Borneo FC. Musim lalu, Erick bermain untuk Madura United.";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Text == "Persiwa Wamena" && e.Label == "ORG");
    }

    [Fact]
    public void Every_club_in_a_long_document_takes_its_town_back()
    {
        // The join keeps a token map and drops the towns at the end instead of removing each at once (quadratic: 4 MB of
        // "bersama Persiwa Wamena" took 99 s); every one of many repeats must still be joined, none left as a place.
        const string paragraph = "Erick memulai karier di Indonesia bersama Persiwa Wamena pada 2008. Selain Persiwa, Erick bermain untuk "
                                 + "Sriwijaya FC. Persiwa Wamena pernah menjuarai turnamen itu.\n";
        string text = string.Concat(Enumerable.Repeat(paragraph, 300));
        var doc = Pipeline.Analyze(text);
        Assert.Equal(600, doc.Entities.Count(e => e.Text == "Persiwa Wamena" && e.Label == "ORG"));
        Assert.DoesNotContain(doc.Entities, e => e.Text == "Wamena");
        Assert.All(doc.Entities, e => Assert.Equal(e.Text, text[e.Start..e.End]));
    }

    [Fact]
    public void A_town_after_a_winger_or_bersama_in_a_football_report_is_the_club()
    {
        // IndoSum (JUARA.net): a Salah transfer story with no "AS Roma"; "penyerang sayap Roma", "bersama Roma" and
        // "Basel, Chelsea, dan Roma" were all the city.
        const string text = "Melihat gerak-gerik Manchester United dan Manchester City di bursa transfer, Liverpool tak mau ketinggalan. "
                            + "Klub yang bermarkas di Anfield itu dikabarkan selangkah lagi bakal mendapatkan penyerang sayap Roma, Mohamed "
                            + "Salah.\nMenurut kabar yang dihimpun oleh Sky Sport Italia, Liverpool harus membayar uang sejumlah 45 juta euro "
                            + "untuk mendapatkan Salah. Pemain asal Mesir itu akan melakoni tes medis pekan ini.\nSelama bermain untuk Basel, "
                            + "Chelsea, dan Roma, Salah selalu dimainkan sebagai penyerang sayap kanan. Sementara, Liverpool sendiri sudah "
                            + "memiliki Sadio Mane yang pada musim lalu menjadi salah satu penampil terbaik mereka.\n[Baca Juga: Liverpool: "
                            + "Lini Depan Oke, Bagaimana dengan Lini Belakang?]\nMeski begitu, Liverpool memang masih membutuhkan satu atau "
                            + "dua pemain tambahan di barisan depan. Apalagi, dua penyerang tengah mereka, Daniel Sturridge dan Danny Ings, "
                            + "sudah makin sulit untuk diharapkan. Praktis, untuk mengisi tiga pos tersedia, Liverpool hanya punya empat "
                            + "pemain. Selain Mane, hanya ada Philippe Coutinho, Divock Origi, dan Roberto Firmino.\nPada musim 2016/17 "
                            + "bersama Roma, Salah memainkan 41 pertandingan dan berhasil mengoleksi 19 gol serta 12 assist. Dia pun menjadi "
                            + "pencetak gol terproduktif Roma di Serie A setelah Edin Dzeko sekaligus pengemas assist terbanyak.\n[Baca Juga: "
                            + "Jika Juventus Juara (Lagi), Apa yang Perlu Dilakukan Roma dan Napoli?]\nKeunggulan utama Salah yang paling "
                            + "terlihat adalah kecepatan serta kemampuan dribelnya. Meski begitu, pemain berusia 25 tahun ini juga punya visi "
                            + "yang bagus dalam melepas umpan serta ketajaman di depan gawang. Selain itu, pria bertinggi 175 cm ini juga "
                            + "bisa dimainkan sebagai penyerang tengah dan berperan sebagai false nine, seperti halnya Firmino.\nJika memang "
                            + "tidak ada halangan, Salah akan menjadi pembelian yang sangat berharga bagi Liverpool. Sebaliknya, bagi Roma, "
                            + "hal ini merupakan kerugian yang amat besar. Selain karena kontribusi Salah yang sulit ditandingi pemain lain, "
                            + "I Lupi juga sama sekali tak memiliki pemain lain sekaliber dirinya. Untuk mencari pengganti sepadan pun "
                            + "tentunya bukan hal mudah bagi Roma.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Roma, Mohamed"));
        Assert.Equal("ORG", LabelAt(doc, text, "Roma, Salah selalu"));
        Assert.Equal("ORG", LabelAt(doc, text, "Roma di Serie A"));
        Assert.Equal("ORG", LabelAt(doc, text, "Roma, hal ini"));
    }

    [Fact]
    public void A_club_read_as_a_person_is_an_organisation_where_it_wins_in_a_football_report()
    {
        // IndoSum (JUARA.net): after "Barito Putera", "tuan rumah Barito menang" and its repeats had "Barito" as a person.
        const string text = "Dua tim yang sedang berjuang memutus tren buruk, Barito Putera dan Persegres Gresik United, bersua di Stadion "
                            + "17 Mei, Banjarmasin, pada laga GoJek Traveloka Liga 1 pekan ke-7, Jumat (19/5) siang WIB. Pada laga ini, tuan "
                            + "rumah Barito menang dengan skor 2-0.\nKalah dalam tiga laga terakhir, Barito masih belum bisa diperkuat pemain "
                            + "andalannya, Rizky Pora, yang mengalami cedera hamstring. Selain itu, Nazar Nurzaidin pun absen lantaran cedera "
                            + "engkel. Meski begitu, Hansamu Yama yang sebelumnya sempat diragukan pun akhirnya diturunkan oleh Jacksen F. "
                            + "Tiago.\nSelain Rizky dan Inyong (sapaan akrab Nazar), Barito tampil full - team. Pemain-pemain bintang lain "
                            + "seperti Paulo Sitanggang, Ambrizal, Gavin Kwan Adsit, Yongki Aribowo, dan marquee player mereka Douglas "
                            + "Packer, dimainkan sejak menit awal.\nDari kubu Persegres, dalam lima laga terakhir, mereka empat kali kalah "
                            + "dan hanya sekali meraih kemenangan. Pada pertandingan ini pun mereka hanya menarget hasil imbang.\nSejak awal "
                            + "laga, Barito sudah mendominasi laga dan menciptakan beberapa peluang. Yongki Aribowo dan kapten Matias Cordoba "
                            + "menjadi aktornya. Namun, peluang dua pemain ini masih dapat digagalkan kiper Syahrul Mustofa.\nPada menit "
                            + "ke-18, Barito akhirnya mampu mencetak gol perdana. Packer, mantan pemain Juventus ini, mampu menyambut umpan "
                            + "matang dari Yongki dengan sundulan kepala dan merobek jala gawang Persegres.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Barito menang"));
        Assert.Equal("ORG", LabelAt(doc, text, "Barito masih"));
    }

    [Fact]
    public void A_club_full_name_read_as_a_person_is_the_club()
    {
        // IndoSum (JUARA.net): "VfL Wolfsburg" and every "Wolfsburg" were persons.
        const string text = "WOLFSBURG, JUARA.net - VfL Wolfsburg akhirnya memastikan diri bertahan di Bundesliga 1 atau kompetisi level "
                            + "teratas Liga Jerman. Die Woelfe (Serigala) selamat dari degradasi lewat babak play-off.\nKarena cuma finis di "
                            + "peringkat ke-16 atau tiga terbawah pada klasemen akhir, Wolfsburg harus melalui babak play-off "
                            + "promosi-degradasi melawan Eintracht Braunschweig.\nBraunschweig adalah tim peringkat ketiga Bundesliga 2 atau "
                            + "kompetisi divisi kedua. Dalam dua pertemuan pada 25 dan 29 Mei lalu, Wolfsburg menang dengan skor identik 1-0.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "VfL Wolfsburg"));
        Assert.Equal("ORG", LabelAt(doc, text, "Wolfsburg harus"));
        Assert.Equal("ORG", LabelAt(doc, text, "Wolfsburg menang"));
    }

    [Fact]
    public void A_club_opening_a_title_case_subheading_is_not_cut_short()
    {
        // IndoSum (JUARA.net): "Madrid Memanfaatkan Permainan Sayap dan Serangan Balik" is a subheading of a Bayern–Madrid
        // report; its capitals are the heading's, not a longer name's.
        const string text = "Real Madrid kembali menunjukkan bahwa Allianz Arena bukan kandang yang sulit untuk mereka taklukkan. "
                            + "Menghadapi Bayern Muenchen pada leg I perempat final Liga Champions, Kamis (13/4/2017) dini hari WIB, tim "
                            + "arahan Zinedine Zidane itu pulang dengan membawa kemenangan 2-1.\nTuan rumah unggul ketika pertandingan baru "
                            + "berjalan 25 menit melalui sundulan Arturo Vidal yang memanfaatkan sepak pojok Thiago Alcantara. Memasuki babak "
                            + "kedua, Madrid mencetak dua gol balasan melalui Cristiano Ronaldo, masing-masing pada menit ke-47 dan "
                            + "77.\nApesnya Bayern semakin bertambah ketika Javi Martinez menerima kartu kuning kedua saat laga memasuki "
                            + "menit ke-61. Beruntung buat Die Roten, mereka tidak kebobolan lebih banyak kendatipun bermain dengan 10 "
                            + "orang.\nBayern Menguasai Lini Tengah\nKedua kesebelasan kembali memainkan formasi utama masing-masing dalam "
                            + "pertandingan ini. Bayern tampil dengan formasi 4-2 - 3-1, sementara Madrid kembali menggunakan formasi 4-3 - "
                            + "3.\nBayern memulai pertandingan sesuai dengan prediksi banyak orang. Keberadaan Thiago Alcantara sebagai "
                            + "penyuplai bola, yang ditunjang oleh Xabi Alonso dan Arturo Vidal di belakangnya, membuat Bayern mendominasi "
                            + "permainan di lini tengah.\nNamun, dominasi Bayern tidak berlanjut hingga ke kotak penalti Madrid. Pertahanan "
                            + "rendah yang dibangun oleh Sergio Ramos dkk. membuat Bayern, yang tampil minus Robert Lewandowski karena "
                            + "cedera, kesulitan untuk menciptakan peluang.\nThomas Mueller yang dimainkan sebagai pemain paling depan tidak "
                            + "mampu menggantikan Lewandowski dengan baik. Catatan Mueller untuk menjemput bola dalam pertandingan ini memang "
                            + "istimewa, namun catatannya saat membagi bola benar-benar buruk.\nHal ini diperparah dengan pergerakan "
                            + "Alcantara dan Robben selaku pengatur serangan yang kerap berada dekat dengan Casemiro. Keberadaan Casemiro "
                            + "sebagai perusak serangan beberapa kali menyulitkan kedua pemain ini. Tak heran, 6 dari 12 tekel yang "
                            + "dilepaskan oleh Casemiro dilakukan kepada dua pemain ini.\nSulitnya Bayern untuk menembus pertahanan Madrid "
                            + "berimbas pada skema yang mereka gunakan untuk menciptakan peluang. Lima dari 10 peluang yang diciptakan oleh "
                            + "pemain Bayern pada babak pertama bahkan tercipta dari sepak pojok.\nMadrid Memanfaatkan Permainan Sayap dan "
                            + "Serangan Balik\nKemunculan Dani Carvajal menjadi kejutan terbesar Madrid dalam pertandingan ini. Disebut "
                            + "sedang mengalami cedera, Carvajal justru tampil dalam — dan bahkan ditampilkan oleh Zidane sebagai starter.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Madrid Memanfaatkan"));
    }

    [Fact]
    public void A_club_read_as_a_person_is_a_side_where_it_loses_a_scored_match()
    {
        // IndoSum (JUARA.net): no organisation mention of Chievo anywhere; the tagger read "Chievo Verona" and "Chievo" as a person.
        const string text = "TURIN, JUARA.net - Gonzalo Higuain menjadi protagonis Juventus dengan mencetak dua gol ke gawang Chievo Verona pada partai "
                            + "lanjutan Serie A-kasta teratas Liga Italia - di Stadion Juventus, Sabtu (8/4/2017).\n"
                            + "Gol pembuka Higuain tercipta pada menit ke-23. Dia meneruskan umpan mendatar Paulo Dybala, yang sempat melakukan penetrasi "
                            + "di sisi kiri pertahanan Chievo.\n"
                            + "Sementara itu, Chievo terlihat inferior dengan lima percobaan yang tiga di antaranya mengarah ke gawang.\n"
                            + "Dengan kemenangan 2-0 atas Chievo, Juventus pun melebarkan kans juara. Mereka memuncaki klasemen dengan koleksi 77 poin "
                            + "dari 31 pertandingan atau membentangkan keunggulan sembilan angka atas AS Roma\n"
                            + "Juventus 2-0 Chievo Verona (Gonzalo Higuain 23 ', 84')";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Chievo Verona pada"));
        Assert.Equal("ORG", LabelAt(doc, text, "Chievo Verona (Gonzalo"));
        Assert.Equal("ORG", LabelAt(doc, text, "Chievo terlihat"));
        Assert.Equal("ORG", LabelAt(doc, text, "Chievo, Juventus"));
    }

    [Fact]
    public void A_club_read_as_a_person_is_a_side_where_it_is_hosted()
    {
        // IndoSum: "Menjamu Watford di Stamford Bridge"; the tagger read every "Watford" as a person.
        const string text = "Menakutkannya Chelsea seakan tak menurun meski telah memastikan diri menjuarai Premier League. Menjamu Watford di Stamford "
                            + "Bridge, Selasa (16/5/2017) dini hari WIB, anak-anak asuh Antonio Conte berhasil meraih poin penuh setelah menang dengan skor tipis 4-3.\n"
                            + "Di sisi lain, Watford terpaksa tampil tanpa skuat komplet. Cedera yang dialami oleh Younes Kaboul dan Miguel Britos memaksa "
                            + "Walter Mazzarri memainkan Adrian Mariappa dan Jose Holebas di posisi bek tengah.\n"
                            + "Sulitnya Chelsea untuk mencetak gol akhirnya terbantahkan ketika laga memasuki menit ke-22. Diawali oleh situasi sengit di "
                            + "dalam kotak penalti Watford, John Terry melepaskan tembakan untuk membawa Chelsea unggul.\n"
                            + "Dasar Watford yang tak menyerah, dua menit berselang, mereka berhasil memperkecil ketinggalan menjadi 3-2 setelah Daryl "
                            + "Janmaat sepakan keras masuk ke gawang Begovic. 13 menit kemudian, giliran Stefano Okaka yang mencetak gol untuk mengubah skor menjadi 3-3.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Watford di Stamford"));
        Assert.Equal("ORG", LabelAt(doc, text, "Watford terpaksa"));
    }

    [Fact]
    public void A_coach_after_a_counted_record_of_defeats_stays_a_person()
    {
        // IndoSum: "menelan 15 kekalahan dari Wenger" counts a coach's defeats against another coach, no match.
        const string text = "LONDON, JUARA.net - Arsenal takluk dari Crystal Palace dengan skor 0-3 pada pertandingan Premier League di Selhurst Park, "
                            + "Senin (10/4/2017) atau Selasa dini hari WIB.\n"
                            + "Rekor pelatih Palace, Sam Allardyce, saat melawan Arsene Wenger sangat memprihatinkan. Big Sam, sapaan akrabnya, menelan 15 "
                            + "kekalahan dari Wenger.\n"
                            + "Gol pertama Palace diciptakan Andros Townsend pada menit ke-17. Gol berawal dari umpan Townsend kepada Yohan Cabaye di depan "
                            + "kotak penalti Arsenal.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("PER", LabelAt(doc, text, "Wenger."));
    }

    [Fact]
    public void A_club_read_as_a_person_is_an_organisation_when_it_draws_or_holds_a_side()
    {
        // IndoSum: "ditahan 1-1 oleh Hercules" and its other mentions had Hercules as a person.
        const string text = "Jakarta, CNN Indonesia - - Barcelona kembali gagal meraih kemenangan setelah ditahan 1-1 oleh Hercules pada leg "
                            + "pertama perdelapan final Copa Del Rey, Kamis (1/12). Hasil ini dikhawatirkan bisa menjadi modal negatif Blaugrana "
                            + "menjelang duel klasik melawan Real Madrid, akhir pekan nanti.\n"
                            + "\"Kita tidak perlu takut dengan hasil dari laga terakhir. Memang sulit menemukan cara cetak gol karena Hercules "
                            + "bermain sangat ketat dan kami tidak mendapatkan banyak celah,\" kata Rafinha.\n"
                            + "Barcelona sempat tertinggal lebih dulu melalui gol David Mainz di menit ke-52. Rapatnya barisan pertahanan Hercules "
                            + "membuat Barca kesulitan untuk menembus kotak penalti.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Hercules pada"));
        Assert.Equal("ORG", LabelAt(doc, text, "Hercules bermain"));
        Assert.Equal("ORG", LabelAt(doc, text, "Hercules membuat"));
        Assert.Equal("PER", LabelAt(doc, text, "David Mainz"));
    }

    [Fact]
    public void A_club_read_as_a_person_is_an_organisation_when_it_plays_a_draw()
    {
        // IndoSum: "Hoffenheim bermain imbang 0-0" had Hoffenheim as a person, at both mentions.
        const string text = "Borussia Dortmund mengakhiri musim 2016/17 dengan raihan tiket Liga Champions musim depan. Kepastian itu didapat "
                            + "setelah Die Borussen mengemas kemenangan 4-3 atas Werder Bremen dalam partai pamungkas Bundesliga di Signal Iduna Park, "
                            + "Sabtu (20/5/2017) malam.\n"
                            + "Sedangkan, peringkat keempat sebagai syarat mengikuti play-off Liga Champions ditempati oleh Hoffenheim dengan 62 poin. "
                            + "Itu diraih setelah Hoffenheim bermain imbang 0-0 saat menghadapi Augsburg pada waktu yang sama.\n"
                            + "Berlaga di kandang lawan nyatanya tak membuat Bremen kikuk. Umpan Alexandre Garcia berhasil dikonversikan menjadi gol "
                            + "melalui sepakan Zlatko Junuzovic.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Hoffenheim dengan"));
        Assert.Equal("ORG", LabelAt(doc, text, "Hoffenheim bermain"));
        Assert.Equal("PER", LabelAt(doc, text, "Zlatko Junuzovic"));
    }

    [Fact]
    public void A_club_read_as_a_person_is_an_organisation_against_a_club_across_vs()
    {
        // IndoSum: in a broadcast schedule "Barcelona vs Alaves" had Alaves as a person, here and where Barcelona meets it.
        const string text = "Jakarta, CNN Indonesia - - Di pengujung akhir musim, sejumlah pertandingan sepak bola di Eropa masih akan digelar. "
                            + "Laga final Piala FA juga bisa menjadi pertandingan terakhir Arsene Wenger bersama Arsenal.\n"
                            + "Dari Spanyol, Barcelona akan berusaha terhindar dari hampa gelar musim ini saat menghadapi Alaves pada final Piala Raja, "
                            + "Minggu (28/5) dini hari WIB. Pelatih dan striker Barcelona siap mencetak gol.\n"
                            + "Berikut ini jadwal siaran langsung sepak bola 27-28 Mei 2017:\n"
                            + "02.30 / Final Piala Raja / Barcelona vs Alaves /\n";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Alaves /"));
        Assert.Equal("ORG", LabelAt(doc, text, "Alaves pada"));
        Assert.Equal("PER", LabelAt(doc, text, "Arsene Wenger"));
    }

    [Fact]
    public void Players_across_vs_stay_persons_and_a_national_side_drawing_stays_no_club()
    {
        // IndoSum: a badminton line-up has persons on both sides of "vs"; "tim Tango ditahan imbang Peru 2-2" is Argentina's
        // national side, which the corpora tag as a place, not a club.
        const string players = "MS: Son Wan - ho vs Suppanyu Avihingsanon 18-21, 21-10, 21-17. Laga itu digelar usai gol, penalti dan striker.";
        var doc = Pipeline.Analyze(players);
        Assert.DoesNotContain(doc.Entities, e => e.Label == "ORG" && e.Text.Contains("Suppanyu", StringComparison.Ordinal));

        const string text = "Jakarta, CNN Indonesia - - Timnas Argentina kembali gagal meraih kemenangan tanpa kehadiran Lionel Messi. Kali ini tim "
                            + "Tango ditahan imbang Peru 2-2 di Stadion Nasional, Lima, Kamis (6/10) malam waktu setempat atau Jumat pagi WIB.\n"
                            + "Argentina membuang keunggulan dua kali saat menghadapi Peru. Ramiro Funes Mori membawa Argentina unggul lewat gol pada "
                            + "menit ke-16. Bek Everton itu memanfaatkan kemelut di kotak penalti Peru lewat skema sepak pojok.";
        doc = Pipeline.Analyze(text);
        Assert.NotEqual("ORG", LabelAt(doc, text, "Tango ditahan"));
    }

    private static string? LabelAt(Document doc, string text, string from)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return doc.Entities.FirstOrDefault(e => e.Start == at)?.Label;
    }
}
