namespace IndoNews.NLP.Tests.Entities;

public class PersonFullNamesTests
{
    [Fact]
    public void A_name_after_a_director_noun_is_the_person()
    {
        // IndoSum: the tagger reads "Clint Eastwood" after "sutradara" as an organisation.
        const string text = "Suasana berubah, dari kepanikan akan keselamatan saat terbang, menjadi persoalan benar tidaknya keputusan yang diambil Sully.\n"
                            + "Dengan alur maju mundur, sutradara Clint Eastwood dengan sangat cerdas menjaga emosi dan ketegangan sepanjang film.";
        var doc = Pipeline.Analyze(text);
        var entity = Assert.Single(doc.Entities, e => e.Text == "Clint Eastwood");
        Assert.Equal("PER", entity.Label);
    }

    [Fact]
    public void A_full_name_in_a_quotation_is_the_person_tagged_elsewhere()
    {
        // IndoSum: "Harry Styles" is a person twice in the article, but left out inside the quotation.
        const string text = "Jakarta, CNN Indonesia - - Mantan personel boyband One Direction, Harry Styles menjajal bakat aktingnya dalam film besutan Christopher Nolan, bertajuk Dunkirk.\n"
                            + "Harry Styles akan berperan sebagai tentara Inggris bernama Alex.\n"
                            + "“Sepupu saya membaca berita tentang Styles di Billboard dan dia sangat bersemangat. Saya memenangkan Harry Styles!” kata Rylance, dikutip NME.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("memenangkan Harry", StringComparison.Ordinal) + "memenangkan ".Length;
        var entity = Assert.Single(doc.Entities, e => e.Start == at);
        Assert.Equal("PER", entity.Label);
        Assert.Equal("Harry Styles", entity.Text);
    }

    [Fact]
    public void A_footballer_s_surname_is_the_player_though_a_firm_has_the_name()
    {
        // IndoSum: "Keisuke Honda" is tagged a person once, after his post; the three "Honda" alone were the car maker.
        const string text = "Merdeka.com - Gelandang asal Jepang Keisuke Honda mengkonfirmasikan bahwa ia akan meninggalkan AC Milan di setelah kompetisi "
                            + "musim ini berakhir.\n"
                            + "Setelah mengalami musim yang sulit itu, Honda akhirnya memutuskan untuk angkat kaki dari San Siro. Ucapan perpisahan tersebut "
                            + "dilansir oleh Kyodo News.\n"
                            + "Milan mencomot Honda dengan gratis pada Januari 2014. Kontraknya di San Siro sendiri akan berakhir pada Juni 2017 mendatang.\n"
                            + "Selama membela Milan, Honda total sudah tampil sebanyak 91 kali dan mencetak 11 gol dan 14 assist.";
        var doc = Pipeline.Analyze(text);
        var mentions = doc.Entities.Where(e => e.Text == "Honda").ToList();
        Assert.Equal(3, mentions.Count);
        Assert.All(mentions, e => Assert.Equal("PER", e.Label));
    }

    [Fact]
    public void A_club_named_after_its_noun_gets_no_person_label_after_ke()
    {
        // IndoSum: "klub Cina, Jiangsu Suning" is the club; the tagger read "pindah ke Jiangsu Suning" as a place, and the full-name
        // rule had made it a person with the other mentions.
        const string text = "NANJING, JUARA.net - Pelatih kawakan Italia, Fabio Capello, resmi melatih klub Cina, Jiangsu Suning. Capello akan bertugas "
                            + "di klub tersebut dengan kontrak 18 bulan senilai 10 juta euro (Rp 148 miliar).\n"
                            + "Kabar tersebut dikonfirmasi langsung oleh manajemen Jiangsu Suning, setelah Fabio Capello tiba di Nanjing, Tiongkok, dan "
                            + "melihat pemusatan latihan klub tersebut.\n"
                            + "\"Kami resmi mengontrak Fabio Capello hari ini. Dia akan menjadi pelatih kepala Jiangsu Suning mulai hari ini. Selamat "
                            + "datang, Fabio!\" demikian bunyi pernyataan resmi Jiangsu Suning.\n"
                            + "Sebelum memutuskan pindah ke Jiangsu Suning, Capello adalah pelatih yang sudah punya banyak pengalaman menangani tim besar.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("ke Jiangsu Suning", StringComparison.Ordinal) + "ke ".Length;
        Assert.DoesNotContain(doc.Entities, e => e.Start == at && e.Label == "PER");
    }

    [Fact]
    public void A_team_mate_named_after_a_comma_keeps_his_surname()
    {
        // IndoSum: "rekan satu timnya, Norman Nato" is no club's apposition: "Nato" alone stays the driver.
        const string text = "Bagi Sean, balap di sirkuit Katalonia itu diharapkannya berakhir positif. Pasalnya ia dan juga rekan satu timnya, Norman "
                            + "Nato telah bekerja intensif untuk seri F2 akhir pekan ini.\n"
                            + "Awal musim ini, keduanya bahkan menunjukkan hasil yang bagus dalam sesi latihan resmi pertama yang digelar di sirkuit ini. "
                            + "Kala itu Sean dan Nato sama-sama tampil konsisten dengan selalu berada di posisi sepuluh besar.\n"
                            + "Norman Nato lebih beruntung. Pebalap asal Perancis itu mampu finis di posisi kedua pada balapan Feature di Bahrain. "
                            + "Sayangnya, Nato tidak bisa melanjutkan lomba pada balap sprint.\n"
                            + "Adapun posisi kedua ditempati Artem Markelov dari tim Russian Times dengan 28 poin, dan Norman Nato (Pertamina Arden) 18 poin.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("Nato tidak", StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Entities, e => e.Start == at && e.Label != "PER");
    }
}
