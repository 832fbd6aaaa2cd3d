namespace IndoNews.NLP.Tests.Entities;

/// <summary>
/// A listed product line or award standing with no product noun before it (<c>iPhone X</c>, <c>Galaxy A</c>, <c>Grammy</c>,
/// <c>Ballon d'Or</c>, <c>Emmy</c> where the document names the award) is no person, place or organisation; makers, the
/// footballer <c>Oscar</c>, a brand alone and an academy stay (IndoSum sentences).
/// </summary>
public class ProductLinesTests
{
    private static List<string> Names(string text)
        => Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "LOC" or "ORG").Select(e => $"{e.Label} {e.Text}").ToList();

    [Theory]
    [InlineData("Apple bakal menerima pesanan iPhone X mulai 27 Oktober mendatang, dan konsumen bisa mendapatkannya mulai 3 November.", "iPhone")]
    [InlineData("Irfan Rinaldi selaku Product Marketing Samsung Mobile Indonesia, mengatakan Galaxy A cocok bagi mereka kaum millenial "
                + "dengan rentang umur 20-35 tahun yang membutuhkan gadget keren dengan kamera yang bagus.", "Galaxy")]
    [InlineData("Baca juga: Perang Robot Epik 'Gundam Versus' Hadir di PlayStation 4", "PlayStation")]
    [InlineData("Setelahnya, Grammy pindah ke Staples Center Los Angeles selama 14 tahun.", "Grammy")]
    [InlineData("Saya juga ingin melihat dia memenangi Ballon d'Or berikutnya,\" ucap Xavi.", "Ballon")]
    [InlineData("Keinginan Trump mendapat Piala Emmy disampaikan berkali-kali. “Saya kacau oleh Emmy. Semua orang berpikir saya akan "
                + "memenanginya,” ungkap Trump.", "Emmy")]
    public void A_listed_product_or_award_is_no_name(string text, string word)
        => Assert.DoesNotContain(Names(text), n => n.Contains(word, StringComparison.Ordinal));

    [Fact]
    public void The_maker_stays_an_organisation() => Assert.Contains(
        "ORG Apple",
        Names("Apple bakal menerima pesanan iPhone X mulai 27 Oktober mendatang, dan konsumen bisa mendapatkannya mulai 3 November."));

    [Fact]
    public void A_winner_run_on_after_the_award_stays_alone()
    {
        var names = Names("Terutama, setelah kehadiran Chiper, otak kriminal yang diperankan oleh aktris peraih Oscar Charlize Theron.");
        Assert.Contains("PER Charlize Theron", names);
        Assert.DoesNotContain(names, n => n.Contains("Oscar", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sedangkan di Liga Super China, ada tiga pemain yang pernah berseragam The Blues yakni Oscar, Demba Ba, dan Ramires.", "PER Oscar")]
    [InlineData("Harvey Weinstein telah didepak dari Bafta, Academy of Motion Picture Arts and Sciences serta Directors Guild of America.", "ORG Bafta")]
    [InlineData("Event ini merupakan acara Sony PlayStation pertama di tanah air dalam kurun waktu tiga tahun setelah peluncuran perdana "
                + "console PlayStation 4 di Indonesia.", "ORG Sony PlayStation")]
    public void A_person_a_body_or_a_brand_alone_stays(string text, string name) => Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("Sedangkan Google menunda memboyong Android Wear 2.0 ke pasar sampai tahun depan.", "Android")]
    [InlineData("Cara yang dilakukan perusahaan teknologi ini adalah dengan meluncurkan sistem operasi baru bernama Windows 10 S.", "Windows")]
    [InlineData("Microsoft, selaku pengembang sistem operasi tersebut sudah memberikan pernyataan terkait hal ini dan sudah merilis pembaruan "
                + "bagi para pengguna Windows agar terlindungi dari serangan WannaCry.", "Windows")]
    [InlineData("HTC Messages kini sudah bisa diunduh dari Play Store secara gratis untuk pemilik HTC yang sudah merasa bosan dengan aplikasi "
                + "pesan bawaan Android.", "Android")]
    [InlineData("Awalnya disediakan sebagai periferal kendali sekunder untuk PlayStation, DualShock kini menjadi bagian dari identitas console "
                + "Sony itu, karena pertama kalinya menawarkan sensasi getar pada gamer PlayStation.", "PlayStation")]
    [InlineData("Jeroan LG Q8 dihuni oleh Snapdragon 820, memiliki bodi metal dengan sertifikasi IP67, QUAD DAC, RAM 4 GB, penyimpanan 32 GB "
                + "dan tambahan slot microSD.", "Snapdragon")]
    public void A_system_with_its_version_or_a_brand_in_use_is_no_name(string text, string word)
        => Assert.DoesNotContain(Names(text), n => n.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("Seperti contohnya, MacBook Pro Apple yang tidak fokus pada gaming memiliki ketebalan 0,61 inci sementara Razer Blade punya "
                + "0,7 inci ketebalan.", "ORG Apple")]
    [InlineData("Sedangkan Google menunda memboyong Android Wear 2.0 ke pasar sampai tahun depan.", "ORG Google")]
    [InlineData("Awalnya disediakan sebagai periferal kendali sekunder untuk PlayStation, DualShock kini menjadi bagian dari identitas console "
                + "Sony itu, karena pertama kalinya menawarkan sensasi getar pada gamer PlayStation.", "ORG Sony")]
    [InlineData("Dalam sebuah acara yang digelar pada Selasa, (2/5), Kepala Microsoft Windows Terry Myerson menjelaskan, versi baru dari "
                + "Windows 10 ini hanya dapat menjalankan seluruh aplikasi yang khusus tersedia di Windows Store.", "ORG Microsoft Windows")]
    [InlineData("Berita itu datang dari bos pemasaran Xbox Mike Nichols yang juga mengungkapkan bahwa Xbox One merupakan konsol terlaris "
                + "bulan lalu di Inggris.", "ORG Xbox")]
    public void The_maker_or_its_division_stays(string text, string name) => Assert.Contains(name, Names(text));
}
