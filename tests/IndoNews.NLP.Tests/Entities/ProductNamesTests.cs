namespace IndoNews.NLP.Tests.Entities;

/// <summary>
/// A product or work after its noun (a car or phone model, malware, a film's or song's title) is no person, place or
/// organisation, nor are its repeats; makers, owners, bodies and listed names after such nouns stay (IndoSum sentences).
/// </summary>
public class ProductNamesTests
{
    private static List<string> Names(string text)
        => Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "LOC" or "ORG").Select(e => $"{e.Label} {e.Text}").ToList();

    [Theory]
    [InlineData("Suara.com - Diluncurkan sekitar dua pekan lalu, mobil baru Toyota Calya rupanya telah melampuai target penjualan yang "
                + "ditetapkan demikian dikatakan Henry Tanoto, Wakil Presiden Direktur PT Toyota Astra Motor (TAM).", "Toyota Calya")]
    [InlineData("Celah ini kemudian bocor dan dipakai para peretas untuk menerobos keamanan sistem operasi Windows dan menyebarkan "
                + "ransomware WannaCry.", "WannaCry")]
    [InlineData("Seperti diketahui Samsung mencoba untuk menarik ponsel Galaxy Note 7 karena potensi untuk meledak saat diisi ulang.", "Galaxy Note 7")]
    [InlineData("Mbah Sutiyem bersaing dengan nominator asal Vietnam, Ngoc Thanh Tam lewat film The Way Station, Subenja Pongkorn dari Laos "
                + "dalam film Bangkok Nites, Al-Al Delas Allas dari Filipina lewat film Area dan Cut Mini dari Indonesia lewat film Athirah.", "Bangkok Nites")]
    [InlineData("Di antaranya, Bowie sebelumnya merilis debut lagu Hunky Dory dan Ziggy Stardust di klub lokal setempat.", "Hunky Dory")]
    [InlineData("Kala itu mantan kekasih Anji eks Drive duduk di sebelah kiri pengemudi, sementara Vanesha yang mengemudikan mobil Honda Jazz "
                + "tersebut, dan asistennya, M Daut, duduk di kursi belakang.", "Honda Jazz")]
    [InlineData("Tapi kali ini, sang pelantun Wrecking Ball tak dapat menyembunyikan kegembiraannya mendapat kado dari tunangannya.", "Wrecking Ball")]
    [InlineData("Setelah beberapa kali mengumbar kemesraan dengan Rihanna, bahkan memuji sang pelantun Umbrella di atas panggung MTV Video "
                + "Music Awards 2016, mereka dikabarkan kembali putus cinta.", "Umbrella")]
    [InlineData("Drake merilis album pada 2016. Pelantun Hotline Bling itu memang merupakan pemuda yang berasal dari Kanada.", "Hotline Bling")]
    [InlineData("Pharrell Williams menyanyikan ulang dengan versi berbeda. Lagu Happy bahkan sudah dibuat video klipnya.", "Happy")]
    [InlineData("Semua ini, dipadukan dengan prosesor quad-core Intel Atom x7-8700, RAM 4 GB dan storage sebesar 32 GB, menjadikan robot ini "
                + "ideal.", "Intel Atom")]
    [InlineData("Selama ini kedua slot masih dihuni oleh satelit Palapa D milik Indosat dan Pasifik Satelit Nusantara (PSN).", "Palapa")]
    [InlineData("Serangan itu menginfeksi perangkat lunak pengendali bernama Mirai. Allison Nixon, direktur lembaga riset keamanan, "
                + "mengatakan kode Mirai disebar di internet.", "Mirai")]
    [InlineData("Pertama, Snapchat menghadirkan fitur Tint Brush. Tool baru ini difungsikan untuk mengganti warna objek.", "Tint Brush")]
    public void A_product_or_title_after_its_noun_is_no_name(string text, string product)
    {
        var names = Names(text);
        Assert.DoesNotContain(names, n => n.EndsWith(" " + product, StringComparison.Ordinal));
    }

    [Fact]
    public void The_model_is_no_name_where_it_is_repeated_alone()
    {
        const string text = "Suara.com - Diluncurkan sekitar dua pekan lalu, mobil baru Toyota Calya rupanya telah melampuai target penjualan.\n"
                            + "\"Per 16 Agustus, pemesanan Calya sudah lebih dari 8.000 unit. Kalau melihat target kami untuk Calya yang sekitar "
                            + "7.000 unit per bulan, kami sudah mencapai target,\" kata Henry.";
        var names = Names(text);
        Assert.DoesNotContain(names, n => n.Contains("Calya", StringComparison.Ordinal));
        Assert.Contains("PER Henry", names);
    }

    [Theory]
    [InlineData("Namun, 12 tahun pasca mengikutinya, dia mengaku pada pembawa acara Jimmy Kimmel bahwa dirinya sengaja membuat sebuah kesalahan "
                + "agar tidak menang.", "PER Jimmy Kimmel")]
    [InlineData("Dia memulai debutnya dalam Rectoverso pada 2013 yang diadaptasi dari novel Dewi Lestari.", "PER Dewi Lestari")]
    [InlineData("Dalam pertunjukan itu, Styles membawakan lagu Kanye West yang berjudul Ultralight Beam.", "PER Kanye West")]
    [InlineData("Hingga sekitar pukul 22.00 wib, akhirnya tiga unit mobil Dinas Pemadam Kebakaran (Damkar) berhasil memadamkan api.", "ORG Dinas Pemadam Kebakaran")]
    [InlineData("Ketiganya sudah diatur dalam program BPJS Kesehatan dan BPJS Ketenagakerjaan yang meliputi jaminan kesehatan, jaminan "
                + "kecelakaan kerja, jaminan kematian, dan jaminan hari tua.", "ORG BPJS Kesehatan")]
    [InlineData("Direktur Program Pascasarjana Institut Hindhu Dharma Negeri (IHDN) Denpasar Dr Ketut Sumadi menyatakan Hari Suci Galungan "
                + "dan Kuningan dirayakan umat Hindu secara turun temurun sejak abad VIII masehi.", "ORG Pascasarjana Institut Hindhu Dharma Negeri")]
    public void A_maker_owner_body_or_listed_name_after_the_noun_stays(string text, string name) => Assert.Contains(name, Names(text));

    [Fact]
    public void A_device_named_after_its_noun_is_no_name_alone_nor_after_its_maker()
    {
        const string text = "Semua orang tahu kalau mengembangkan robot itu sulit, tapi Intel ingin membantu mempermudahnya lewat sebuah komputer "
                            + "mini bernama Euclid. Premis sederhananya adalah, selama ada Euclid, Anda tinggal menyiapkan bodi sang robot saja.\n"
                            + "Pertama diumumkan tahun lalu, Intel Euclid saat ini sudah bisa dipesan langsung dari situs Intel seharga $ 399.";
        var names = Names(text);
        Assert.DoesNotContain(names, n => n.Contains("Euclid", StringComparison.Ordinal));
        Assert.Contains("ORG Intel", names);
    }

    [Fact]
    public void A_maker_before_a_model_is_dropped_in_that_mention_only()
    {
        const string text = "Menteri BUMN Rini Soemarno menyampaikan sambutannya mengenai pengoperasian satelit Telkom 3S. Direktur Utama Telkom "
                            + "Alex J. Sinaga mengatakan Telkom akan meluncurkan satelit baru.";
        var names = Names(text);
        Assert.Equal(2, names.Count(n => n == "ORG Telkom")); // of the three, not the satellite's
        Assert.Contains("PER Alex J. Sinaga", names);
    }

    [Fact]
    public void A_firm_named_after_a_dealer_and_a_device_noun_stays()
    {
        const string text = "Kebanyakan bengkel dikelola oleh pria, bukan? Namun sebuah bengkel mobil bernama Girls Auto Clinic Repair Center yang "
                            + "ada di Pennsylvania ini berbeda.";
        Assert.Contains(Names(text), n => n.Contains("Girls Auto Clinic", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lone_brand_after_a_phone_noun_is_its_maker_which_stays_with_its_repeats()
    {
        const string text = "BlackBerry memang sudah \u201Clepas tangan\u201D untuk memproduksi smartphone seorang diri. Tapi, salah satu perusahaan "
                            + "pemegang hak lisensinya TCL tak ingin berlama-lama menahan diri. Tahun lalu saja, pabrikan asal Tiongkok itu sudah "
                            + "meluncurkan tiga model smartphone berlabel BlackBerry, antara lain DTEK50, DTEK60 dan KeyOne.\nBerbeda dengan ponsel "
                            + "BlackBerry terakhir keluaran TCL, BlackBerry Motion tidak memiliki keyboard fisik, alias sepenuhnya mengandalkan input "
                            + "sentuhan.";
        var names = Names(text);
        Assert.Equal(3, names.Count(n => n == "ORG BlackBerry"));
    }
}
