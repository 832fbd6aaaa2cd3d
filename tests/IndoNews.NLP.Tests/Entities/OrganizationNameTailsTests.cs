namespace IndoNews.NLP.Tests.Entities;

/// <summary>An organisation that opens with a head word gets back the capitalised words the tagger left after it.</summary>
public class OrganizationNameTailsTests
{
    private static List<string> Names(string text)
        => Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "LOC" or "ORG").Select(e => $"{e.Label} {e.Text}").ToList();

    [Fact]
    public void A_company_gets_its_last_word_back_before_its_acronym()
    {
        const string text = "Setelah 11 pekan kompetisi GoJek Traveloka Liga 1 dan Liga 2 bergulir, kini PSSI bersama dengan PT Liga Indonesia "
                            + "Baru (LIB) selaku operator kompetisi resmi meluncurkan kompetisi lainnya.";
        var names = Names(text);
        Assert.Contains("ORG PT Liga Indonesia Baru", names);
        Assert.DoesNotContain("ORG PT Liga Indonesia", names);
    }

    [Fact]
    public void An_agency_gets_its_last_word_back()
    {
        const string text = "Erlinda mengungkapkan KPAI telah bekerja sama beberapa kali dengan para ahli psikolog dan juga Badan Nasional "
                            + "Penanggulangan Terorisme (BNPT) dalam menangani anak-anak yang terpengaruh pemahaman teroris.";
        Assert.Contains("ORG Badan Nasional Penanggulangan Terorisme", Names(text));
    }

    [Fact]
    public void A_number_after_the_words_is_a_reference_not_a_name()
    {
        const string text = "Hal itu sesuai dengan Peraturan Bank Indonesia Nomor 18/40/PBI/2016 tentang Penyelenggaraan Pemrosesan "
                            + "Transaksi Pembayaran (PTP).";
        Assert.DoesNotContain(Names(text), n => n.Contains("Nomor", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rank_after_an_organisation_stays_out_of_it()
    {
        const string text = "Jakarta (ANTARA News) - Direktur Penyidikan Komisi Pemberantasan Korupsi Brigjen (Pol) Aris Budiman membantah "
                            + "meminta uang pengamanan kasus korupsi kartu tanda penduduk elektronik.";
        var names = Names(text);
        Assert.Contains("ORG Komisi Pemberantasan Korupsi", names);
        Assert.DoesNotContain(names, n => n.Contains("Brigjen", StringComparison.Ordinal));
    }
}
