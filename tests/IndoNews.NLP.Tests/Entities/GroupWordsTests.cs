namespace IndoNews.NLP.Tests.Entities;

/// <summary>
/// A religion, sect, ideology or people alone is no person, place or organisation; organisations and people whose names
/// hold such a word keep them (IndoSum sentences).
/// </summary>
public class GroupWordsTests
{
    private static List<string> Names(string text)
        => Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "LOC" or "ORG").Select(e => $"{e.Label} {e.Text}").ToList();

    [Theory]
    [InlineData("Serangan ini, menurut militer Pakistan, berkaitan dengan Lashkar - e-Jhangvi al-Alami, kelompok ekstremis Sunni yang juga "
                + "telah terlibat dalam serangan mematikan di Pakistan dalam beberapa tahun terakhir.", "Sunni")]
    [InlineData("Jakarta, CNN Indonesia - - Kepolisian menyebut seorang penjaga kuil Sufi di tepi Sargodha, kota terpencil di wilayah Punjab, "
                + "Pakistan, menyiksa dan membunuh 20 jemaatnya.", "Sufi")]
    [InlineData("Sufisme merupakan salah satu aliran agama Islam yang telah dipraktikkan selama berabad-abad dan dianut oleh lebih dari "
                + "jutaan penduduk Muslim di negara Asia Selatan itu.", "Sufisme")]
    [InlineData("Konflik antara etnis Rohingya dan mayoritas penduduk Myanmar yang mayoritas beragama Budha seolah tak berkesudahan.", "Rohingya")]
    [InlineData("Konflik antara etnis Rohingya dan mayoritas penduduk Myanmar yang mayoritas beragama Budha seolah tak berkesudahan.", "Budha")]
    [InlineData("Kebanyakan tahanan yang dimasukkan ke dalam kamp konsentrasi ini oleh Nazi Jerman adalah kaum Komunis Jerman, Sosialis, "
                + "Sosial Demokrat, orang Roma (Gipsi), penganut aliran Saksi Yehova, dan kaum homoseksual.", "Sosialis")]
    [InlineData("Menurut Wanderley, kemenangan timnya merupakan sebuah berkat dari Tuhan padanya dan Persipura.", "Tuhan")]
    public void A_group_word_alone_is_no_name(string text, string word)
    {
        var names = Names(text);
        Assert.DoesNotContain(names, n => n.EndsWith(" " + word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Jakarta, CNN Indonesia - - Ratusan orang yang diduga merupakan anggota Front Pembela Islam membakar kantor Gerakan "
                + "Masyarakat Bawah Indonesia (GMBI) di Ciampea, Bogor, Jawa Barat, Jumat (13/1) dini hari.", "ORG Front Pembela Islam")]
    [InlineData("Ia tegas menyebut jika Partai Komunis Indonesia muncul, juga harus ditindak tegas.", "ORG Partai Komunis Indonesia")]
    [InlineData("Jombang, CNN Indonesia - - Tokoh Nahdlatul Ulama (NU) KH Salahuddin Wahid memandang saat ini ada gejala yang "
                + "mempertentangkan Islam dan keindonesiaan yang membuat persatuan bangsa menjadi memprihatinkan.", "ORG Nahdlatul Ulama")]
    [InlineData("Penulis: Moh. Shofan, aktivis Muhammadiyah, kandidat doktor UIN Syarif Hidayatullah Jakarta", "ORG Muhammadiyah")]
    [InlineData("Dua gol Liverpool dicetak oleh Mohamed Salah pada menit 20 dan Philippe Coutinho pada menit 44, sementara satu gol "
                + "Leicester dicetak oleh Islam Slimani pada menit 12.", "PER Islam Slimani")]
    public void A_name_that_holds_a_group_word_stays(string text, string name) => Assert.Contains(name, Names(text));
}
