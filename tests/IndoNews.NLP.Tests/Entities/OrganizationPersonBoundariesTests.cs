namespace IndoNews.NLP.Tests.Entities;

/// <summary>An organisation's last words that the tagger ran into the person after it go back to the organisation where the
/// document tags the whole organisation elsewhere (IndoSum sentences).</summary>
public class OrganizationPersonBoundariesTests
{
    private static List<string> Names(string text)
        => Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "LOC" or "ORG").Select(e => $"{e.Label} {e.Text}").ToList();

    [Fact]
    public void A_firms_tail_run_into_its_officer_goes_back_to_the_firm()
    {
        // IndoSum 135: "XL Axiata" is tagged in the first sentence; after the posts the tagger reads "XL" | "Axiata Turina Farouk".
        const string text = "Jakarta, CNN Indonesia - - Komisi Pengawas Persaingan Usaha (KPPU) merespon laporan Forum Masyarakat Telekomunikasi Indonesia (FMTI) terkait dugaan kartel Indosat Ooredoo dan XL Axiata saat membentuk usaha patungan bernama PT One Indonesia Synergy.\n"
                            + "\u201CPemanggilan dari KPPU kemarin belum bisa berikan pernyataan karena belum tahu subjeknya tentang apa, \"kata Vice President Corporate Communication XL Axiata Turina Farouk.\n"
                            + "President Director & CEO XL Axiata Dian Siswarini, berharap usaha patungan bersama Indosat ini dapat memberikan jasa konsultasi untuk kolaborasi jaringan di masa mendatang. (tyo / pit)";
        var names = Names(text);
        Assert.Contains("PER Turina Farouk", names);
        Assert.Contains("PER Dian Siswarini", names);
        Assert.DoesNotContain("PER Axiata Turina Farouk", names);
        Assert.Equal(3, names.Count(n => n == "ORG XL Axiata"));
    }

    [Fact]
    public void A_bodys_one_word_tail_is_not_left_as_a_person()
    {
        // IndoSum 478: "Louis Vuitton" is an organisation, but cutting "Louis Vuitton Fondation" would leave "Fondation" a person.
        const string text = "Arnault merupakan taipan perusahaan barang mewah pemilik Moet Hennessy Louis Vuitton atau LVMH, perusahaan induk label barang mewah Louis Vuitton.\n"
                            + "Beberapa karya Gehry adalah bangunan ikonis di berbagai tempat di dunia, seperti Guggenheim Museum di Spanyol, Walt Disney Concert Hall Los Angeles, Louis Vuitton Foundation di Paris, Museum of Pop Culture di Seattle, dan Dancing House di Praha.\n"
                            + "\"Kami akan membawa kehidupan baru pada bangunan yang telah lama tidur. Proyek ini akan menciptakan pusat kebudayaan besar dan menjadi rekan baik bagi Louis Vuitton Fondation,\" kata Gehry.";
        Assert.Contains("PER Louis Vuitton Fondation", Names(text));
    }
}
