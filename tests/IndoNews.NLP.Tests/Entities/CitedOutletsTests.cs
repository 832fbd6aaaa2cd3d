namespace IndoNews.NLP.Tests.Entities;

/// <summary>The outlet cited as a source after or before a source verb is an organisation (IndoSum sentences).</summary>
public class CitedOutletsTests
{
    private static List<string> Names(string text)
        => Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "LOC" or "ORG").Select(e => $"{e.Label} {e.Text}").ToList();

    [Theory]
    [InlineData("Dilansir dari boldsky.com, berikut adalah daftarnya.", "boldsky.com")]
    [InlineData("Seperti dikutip dari Metro, medali perunggu, yang terdiri atas 475 gram tembaga dan 25 gram seng, hanya bernilai sekitar 2 sampai 3 Poundsterling atau sekitar Rp 33 ribu.", "Metro")]
    [InlineData("Mengutip Ace Showbiz, Drake bahkan disebut-sebut sudah menemukan tambatan hati baru.", "Ace Showbiz")]
    [InlineData("Beberapa waktu lalu, TMZ melaporkan ada laporan hasil uji toksikologi atau pengujian terhadap kandungan senyawa kimia pada jenazah Cornell telah terungkap.", "TMZ")]
    [InlineData("Himalayan Times melaporkan bahwa dua dari pendaki yang tewas itu adalah warga asing, namun tidak menyebutkan kewarganegaraan keduanya.", "Himalayan Times")]
    public void The_cited_outlet_is_an_organisation(string text, string outlet)
    {
        var names = Names(text);
        Assert.Contains($"ORG {outlet}", names);
        Assert.DoesNotContain($"PER {outlet}", names);
        Assert.DoesNotContain($"LOC {outlet}", names);
    }

    [Fact]
    public void The_outlet_has_exact_offsets()
    {
        const string text = "Dilansir dari boldsky.com, berikut adalah daftarnya.";
        var entity = Assert.Single(Pipeline.Analyze(text).Entities, e => e.Label == EntityLabels.Organization);
        Assert.Equal((14, 25), (entity.Start, entity.End));
    }

    [Fact]
    public void A_person_quoted_after_mengutip_stays_a_person()
    {
        // "mengutip Trump mengacu pada ...": a capitalised word that runs on into the clause is no source.
        var names = Names("Menurut notulensi pertemuan dari tim kampanye Trump, keduanya juga mendiskusikan \"panjang\" pagar batas Israel, mengutip Trump mengacu pada kebijakan imigran kontroversial dia yang meliputi pembangunan dinding di perbatasan Amerika Serikat dan Meksiko.");
        Assert.DoesNotContain("ORG Trump", names);
    }

    [Fact]
    public void The_outlets_country_is_no_outlet()
    {
        var names = Names("“Sejarah telah dicatat,” kata Frej seperti dikutip surat kabar Israel, Haaretz.");
        Assert.DoesNotContain("ORG Israel", names);
        Assert.Contains("LOC Israel", names);
    }

    [Fact]
    public void A_weekday_after_diberitakan_is_no_outlet()
    {
        var doc = Pipeline.Analyze("Diberitakan Kamis (15/9), amandemen Undang-undang Substansi dan Kendali Obat-obatan pekan lalu memperbolehkan dokter memberikan diacetylmorphine.");
        Assert.DoesNotContain(doc.Entities, e => e.Label == EntityLabels.Organization && e.Text == "Kamis");
    }

    [Fact]
    public void A_title_that_runs_on_past_a_dash_is_left()
    {
        var names = Names("Melansir E-Daily, pada Selasa (23/5), agensi yang menaungi Tae Hee, Ruach Entertainment mengumumkan bahwa sang aktris tengah mengandung anak Rain.");
        Assert.DoesNotContain("ORG E", names);
    }

    [Theory]
    [InlineData("Seperti yang dikutip CNNIndonesia.com dari situs Asianikkei bahwa kebijakan perdagangan Trump tentu saja berdampak berat bagi Jepang.", "Asianikkei")]
    [InlineData("Melansir My Daily via Naver, ketiga bintang film tersebut, Emma Watson, Luke Evans, dan Josh Gad akan berkomunikasi secara langsung dengan penggemar mereka di Korea Selatan melalui situs siaran daring Naver V Live pada hari ini, Senin (6/3) pukul 09.20 waktu setempat.", "My Daily")]
    [InlineData("Melansir My Daily via Naver, ketiga bintang film tersebut, Emma Watson, Luke Evans, dan Josh Gad akan berkomunikasi secara langsung dengan penggemar mereka di Korea Selatan melalui situs siaran daring Naver V Live pada hari ini, Senin (6/3) pukul 09.20 waktu setempat.", "Naver")]
    [InlineData("Diberitakan Osen via Naver, hingga saat ini kondisi T.O.P masih belum sadarkan diri.", "Osen")]
    public void The_second_outlet_after_dari_or_via_is_an_organisation(string text, string outlet)
    {
        var names = Names(text);
        Assert.Contains($"ORG {outlet}", names);
        Assert.DoesNotContain($"PER {outlet}", names);
    }

    [Fact]
    public void A_place_or_person_after_dari_is_no_second_outlet()
    {
        // The agency reports from a city, and quotes a person: neither is an outlet (sentences in IndoSum's style).
        var names = Names("Seperti dilansir AFP dari Washington, Presiden Donald Trump menandatangani perintah eksekutif itu pada Jumat.");
        Assert.DoesNotContain("ORG Washington", names);
        names = Names("Seperti dikutip Antara dari Sutopo Purwo Nugroho, jumlah korban tewas akibat banjir bertambah menjadi 12 orang.");
        Assert.DoesNotContain(names, n => n.StartsWith("ORG Sutopo", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_after_the_sources_comma_stays_a_person()
    {
        // Only a known outlet continues a list past a comma: the comma ends the source phrase.
        var names = Names("Dilansir Bored Panda, Bridget Collins adalah seorang seniman dari Seattle yang membuat ilustrasi dari kelopak bunga.");
        Assert.Contains("ORG Bored Panda", names);
        Assert.DoesNotContain("ORG Bridget Collins", names);
    }
}
