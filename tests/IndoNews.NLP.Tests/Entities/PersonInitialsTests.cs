namespace IndoNews.NLP.Tests.Entities;

/// <summary>A suspect's initials after <c>berinisial</c> are a person, where given and where repeated (IndoSum sentences).</summary>
public class PersonInitialsTests
{
    private static List<string> Names(string text)
        => Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "LOC" or "ORG").Select(e => $"{e.Label} {e.Text}").ToList();

    [Fact]
    public void Initials_read_as_an_organisation_are_a_person_and_so_are_their_repeats()
    {
        var names = Names("Polisi menetapkan satu pelaku utama berinisial CAS.\nDiduga, CAS adalah pelaku yang merencanakan aksi tersebut.");
        Assert.Equal(2, names.Count(n => n == "PER CAS"));
        Assert.DoesNotContain("ORG CAS", names);
    }

    [Fact]
    public void Initials_with_an_age_are_a_person_without_berinisial_and_so_are_their_repeats()
    {
        var names = Names("Rimanews - Polisi menangkap seorang PNS Dinas Sosial Pemkot Depok, MSH (34) ditangkap anggota Satuan Reserse Narkoba "
                          + "Polresta Depok karena kedapatan memiliki narkoba jenis sabu. Kasat Reserse Narkoba Polresta Depok, Kompol Putu Kholis "
                          + "Aryana, mengatakan MSH ditangkap Senin 8 Mei lalu sekitar pukul 20.00 WIB.\n\"Pelaku MSH tercatat sebagai PNS di Dinas "
                          + "Sosial Kota Depok,\" kata Putu.");
        Assert.Equal(3, names.Count(n => n == "PER MSH"));
        Assert.DoesNotContain("ORG MSH", names);
    }

    [Fact]
    public void Capitals_with_a_bracketed_number_after_a_capitalised_word_are_no_initials()
    {
        var names = Names("Ia telah tampil di Premier League (12 pertandingan), Piala FA (1), Piala Liga (1), hingga Liga Champions (5).");
        Assert.DoesNotContain("PER FA", names);
    }

    [Fact]
    public void A_list_of_initials_with_ages_is_a_list_of_people()
    {
        var names = Names("Tujuh pelaku yang diamankan, berinisial MA (29), IR (28), MU (40), AB (28), JU (31), DS (29), dan SU (21).");
        foreach (string initials in new[] { "MA", "IR", "MU", "AB", "JU", "DS", "SU" }) Assert.Contains($"PER {initials}", names);
        Assert.DoesNotContain(names, n => n.StartsWith("ORG ", StringComparison.Ordinal));
    }

    [Fact]
    public void AS_as_initials_is_a_person_not_the_country()
    {
        var names = Names("Polisi menangkap seorang pria berinisial AS (35) di rumahnya di Bekasi.");
        Assert.Contains("PER AS", names);
        Assert.DoesNotContain("LOC AS", names);
    }

    [Fact]
    public void Capitals_next_to_other_capitals_are_no_repeat()
    {
        // "SD" are the initials here, and "SD Negeri 1" a school: only the initials change.
        var names = Names("Pelaku berinisial SD sempat melarikan diri.\nIa pernah bersekolah di SD Negeri 1 Bandung.");
        Assert.Single(names, n => n == "PER SD");
    }

    [Fact]
    public void The_country_next_to_other_capitals_stays_the_country()
    {
        // "AS" is a suspect's initials in the second sentence only; in the first it is the United States, between a title
        // and a name.
        var names = Names("Presiden AS Donald Trump mengecam serangan itu.\nDi Bekasi, polisi menangkap pria berinisial AS (35) di rumahnya.");
        Assert.Single(names, n => n == "PER AS");
        Assert.Contains("LOC AS", names);

        // After the word that opens a sentence, whose capital is the sentence's, the initials stand alone.
        names = Names("Seorang pengemudi berinisial ZA, usia 37 tahun, mendatangi kantor itu.\nPerbuatan ZA langsung diantisipasi oleh petugas.");
        Assert.Equal(2, names.Count(n => n == "PER ZA"));
    }
    [Fact]
    public void The_country_after_a_place_preposition_or_in_brackets_stays_the_country()
    {
        // A suspect "AS" and, in the same document, IndoSum's sentences with the United States after "ke", "dari" and in
        // brackets after its full name: only the suspect's mentions are the person.
        var names = Names("Polisi menangkap seorang pria berinisial AS (35) di rumahnya di Bekasi.\n"
                          + "Daud sebenarnya masuk ke AS menggunakan visa B2 untuk kunjungan biasa pada Juni 2016.\n"
                          + "Dunga adalah kapten timnas Brasil saat menjuarai Piala Dunia 1994 di Amerika Serikat (AS).\n"
                          + "Obama memutuskan untuk menjatuhkan sejumlah sanksi diplomatik dan ekonomi terhadap Rusia, termasuk dengan mengusir 35 diplomat Rusia dari AS.\n"
                          + "Saat ditanya, AS mengaku menyesal.");
        Assert.Equal(2, names.Count(n => n == "PER AS"));
        Assert.Equal(3, names.Count(n => n == "LOC AS"));
    }

    [Fact]
    public void After_di_the_letters_are_the_organisation()
    {
        // "UI" the student's initials and "di UI" the university he studies at.
        var names = Names("Seorang mahasiswa berinisial UI (21) ditangkap polisi.\nUI adalah mahasiswa di UI dan kuliah di Depok.");
        Assert.Equal(2, names.Count(n => n == "PER UI"));
        Assert.Contains("ORG UI", names);
    }

    [Fact]
    public void A_suspect_after_ke_or_dari_that_the_tagger_reads_as_no_place_is_still_the_person()
    {
        // IndoSum's "diserahkan kepada IY untuk diedarkan", with "ke" (as news also writes it), and "dari IY": the tagger
        // reads no place there, so the repeats are the suspect.
        var names = Names("Pelaku berinisial IY (18), warga Kelurahan Cilacap, ditangkap.\n"
                          + "Tembakau itu selanjutnya diserahkan ke IY untuk diedarkan.\nBarang itu dibeli dari IY.");
        Assert.Equal(3, names.Count(n => n == "PER IY"));
    }
}
