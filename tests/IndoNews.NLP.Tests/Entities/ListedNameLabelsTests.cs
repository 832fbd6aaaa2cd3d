namespace IndoNews.NLP.Tests.Entities;

/// <summary>A name inside a list of names of one kind takes that kind; the list's edges and listed names keep theirs.</summary>
public class ListedNameLabelsTests
{
    [Fact]
    public void A_suspect_read_as_a_place_among_suspects_is_a_person()
    {
        // IndoSum: the tagger read "Kodar" as a place between five people.
        const string text = "Enam terduga pelaku itu yakni Agus Wiguna, Kodar, Ade Arif, Andri Rosadi, Ramlan Suryadi dan terakhir Yuki Chandra. "
                            + "Jaringan inilah yang sudah merencanakan aksi teror dengan menyasar cafe di Jalan Braga, Rumah Makan Celengen, Gereja "
                            + "di Buah Batu, Bandung, dan yang baru terungkap akan meledakan bom di Stadion Gelora Bandung Lautan Api (GBLA).";
        var doc = Pipeline.Analyze(text);
        var entity = Assert.Single(doc.Entities, e => e.Text == "Kodar");
        Assert.Equal("PER", entity.Label);
        Assert.Equal("PER", Assert.Single(doc.Entities, e => e.Text == "Ade Arif").Label);
    }

    [Fact]
    public void A_country_read_as_an_organisation_among_countries_is_a_place()
    {
        // IndoSum: "Chile" was an organisation between Kamerun and Australia.
        const string text = "Portugal sendiri satu grup bersama Rusia, Selandia Baru, dan Meksiko. Sedangkan di Grup B terdiri dari Kamerun, Chile, "
                            + "Australia, dan Jerman.";
        var doc = Pipeline.Analyze(text);
        var entity = Assert.Single(doc.Entities, e => e.Text == "Chile");
        Assert.Equal("LOC", entity.Label);
    }

    [Fact]
    public void A_listed_organisation_between_countries_stays_an_organisation()
    {
        // "Uni Eropa" is listed as an organisation: a body named among countries is often one.
        const string text = "PKK sendiri sudah dikategorikan sebagai organisasi teroris oleh Turki, Uni Eropa, dan Amerika Serikat.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", Assert.Single(doc.Entities, e => e.Text == "Turki").Label);
        Assert.Equal("LOC", Assert.Single(doc.Entities, e => e.Text == "Amerika Serikat").Label);
        Assert.Equal("ORG", Assert.Single(doc.Entities, e => e.Text == "Uni Eropa").Label);
    }

    [Fact]
    public void The_last_name_of_a_list_closed_by_dan_takes_the_lists_kind()
    {
        // IndoSum (RMA Group's brands): the tagger read "Mazda" as a person after two car makers and "dan".
        const string text = "Sebagai pengimpor grosir dan distributor merek terkemuka seperti Ford, Jaguar Land Rover, dan Mazda. RMA Group pun "
                            + "memberikan layanan ritel, distribusi suku cadang, dan purna jual yang luas.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", Assert.Single(doc.Entities, e => e.Text == "Mazda").Label);
        Assert.Equal("ORG", Assert.Single(doc.Entities, e => e.Text == "Ford").Label);
    }

    [Fact]
    public void The_first_name_of_a_list_keeps_its_kind()
    {
        // IndoSum: a club before two of its players; only a name inside a list is changed.
        const string text = "Keberadaan Carvajal (dan Marcelo di pos bek sayap sebelah kiri) membuat Zidane memainkan taktik yang diprediksi bakal "
                            + "digunakan untuk menghindari poros ganda Bayern, Alonso dan Vidal, yakni permainan sayap ..";
        var doc = Pipeline.Analyze(text);
        var bayern = Assert.Single(doc.Entities, e => e.Text == "Bayern");
        Assert.Equal("ORG", bayern.Label);
        Assert.Equal("PER", Assert.Single(doc.Entities, e => e.Text == "Alonso").Label);
    }
}
