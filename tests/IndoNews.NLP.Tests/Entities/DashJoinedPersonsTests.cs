namespace IndoNews.NLP.Tests.Entities;

/// <summary>Two people joined by a spaced dash are two persons; a double-barrelled name stays one.</summary>
public class DashJoinedPersonsTests
{
    [Fact]
    public void A_pair_of_candidates_is_two_persons()
    {
        // IndoSum: the tagger ran one person over the pair.
        const string text = "Pasangan Wahidin - Andika dipastikan memenangkan Pilkada Banten dengan perolehan suara 50,95 persen sementara pesaingnya "
                            + "Rano Karno - Embay Mulya Syarif 49,05 persen.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("PER", Assert.Single(doc.Entities, e => e.Text == "Rano Karno").Label);
        Assert.Equal("PER", Assert.Single(doc.Entities, e => e.Text == "Embay Mulya Syarif").Label);
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains("Karno - Embay", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pair_of_one_word_names_tagged_alone_elsewhere_is_split()
    {
        const string text = "Lokasi blusukan Agus dan Sylvi tak jauh dari letak vihara, yaitu di kampung sekitar Kelurahan Mangga Dua Selatan, "
                            + "Kecamatan Sawah Besar, Jakarta Pusat.\n"
                            + "Agus dan Sylvi berjalan menyusuri sempitnya jalan kampung di bawah terik matahari.\n"
                            + "Agus seperti biasa menjadi sasaran warga yang ingin foto bersama. Selain bersalaman, Agus juga menyapa warga yang meminta "
                            + "foto tersebut. Tak jarang, tim sukses Agus - Sylvi meminta warga yang sudah foto bersama untuk memilih pasangan itu di "
                            + "Pilkada 2017 nanti.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("Agus - Sylvi", StringComparison.Ordinal);
        var agus = Assert.Single(doc.Entities, e => e.Start == at);
        Assert.Equal("Agus", agus.Text);
        Assert.Contains(doc.Entities, e => e.Start == at + 7 && e.Text == "Sylvi" && e.Label == "PER");
    }

    [Fact]
    public void A_double_barrelled_given_name_stays_one_person()
    {
        // IndoSum: Bali United's coach Hans-Peter Schaller, written "Hans - Peter Schaller"; "Hans Peter Schaller" opens the article.
        const string text = @"Rimanews - Hans Peter Schaller didepak manajemen Bali United karena beberapa hal yang tidak sesuai dengan keinginan manajemen. Pengumuman itu disampaikan oleh CEO Bali United, Yabes Tanuri.
""Ya, kami dari manajemen menyampaikan bila kami tidak lagi menggunakan jasa Hans - Peter Schaller sebagai pelatih kepala. Ada beberapa hal yang menjadi perbedaan visi antara kami dengan Hans - Peter Schaller,"" kata Yabes dikutip laman resmi klub, Rabu (26/4/2017).
""Namun terlepas dari itu, kami tetap mengucapkan terima kasih untuk Coach Peter dan semoga kedepannya semakin sukses dimana pun berkarir,"" sambungnya.
Sebagai pengganti, manajemen Bali United mengangkat Eko Purjianto sebagai pelatih sementara sampai adanya pelatih baru. Eko Purjianto dinilai cocok untuk memimpin para punggawa Serdadu Tridatu lantaran sudah mengenal karakter para pemain.
""Saat ini kami percayakan posisi pelatih kepala kepada Coach Eko Purjianto. Posisi tersebut kami berikan sampai dengan dua pekan kedepan hingga kami sudah mendapatkan pelatih kepala yang baru,"" ujar Yabes.
""Kami pikir Coach Eko jadi sosok yang tepat untuk memimpin tim karena dia sudah lama bergabung dengan tim dan pastinya sudah mengenal karakter para pemain,"" imbuh Yabes Tanuri.
Sejak ditangani Hans - Peter Schaller, total Irfan Bachdim dan kawan-kawan sudah melakoni delapan pertandingan di berbagai ajang termasuk uji coba dengan hasil empat kali kalah, dua kali imbang dan sekali menang.
Bali United bersama Hans - Peter Schaller juga sempat mengikuti turnamen dengan format Trofeo saat sukses menjuarai Trofeo Bali Island Cup 2017.
Hans - Peter Schaller pun menyempatkan diri untuk hadir dalam sesi latihan yang berlangsung pagi ini di Lapangan Tri Sakti. Ia berpamitan dengan seluruh pemain dan official Bali United sebelum benar-benar meninggalkan tim Serdadu Tridatu.
Saat ini, Bali United masih berada di dasar klasemen sementara Liga 1 setelah dua kali tumbang melawan Madura United dan Persipura Jayapura";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("Hans - Peter Schaller", StringComparison.Ordinal);
        var entity = Assert.Single(doc.Entities, e => e.Start == at);
        Assert.Equal("PER", entity.Label);
        Assert.Equal("Hans - Peter Schaller", entity.Text);
    }
}
