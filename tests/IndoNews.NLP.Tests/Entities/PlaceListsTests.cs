namespace IndoNews.NLP.Tests.Entities;

/// <summary>A list of places makes places of the names the tagger read as people or left untagged; people stay people.</summary>
public class PlaceListsTests
{
    [Fact]
    public void Villages_after_a_village_and_a_district_list_are_places()
    {
        // IndoSum: "Lore Peore", "Watumaeta" and "Dodolo" were people, "Lage" and "Kaduwa’a" untagged.
        const string text = "Dia menyebutkan, daerah yang mengalami banyak kerusakan meliputi 7 kecamatan di Kabupaten Poso yaitu Kecmatan Lore "
                            + "Utara, Poso Pesisir, Poso Pesisir Utara, Lore Peore, Poso Kota, Poso Kota Utara, dan Lage.\n"
                            + "Sementara daerah yang paling parah mengalami kerusakan adalah di Kecamatan Lore Utara meliputi Desa Sidoa, Alitupu, "
                            + "Wuasa, Watumaeta, Kaduwa’a, dan Dodolo.";
        var doc = Pipeline.Analyze(text);
        foreach (var name in new[] { "Lore Peore", "Lage", "Watumaeta", "Kaduwa’a", "Dodolo" })
        {
            Assert.Equal("LOC", Assert.Single(doc.Entities, e => e.Text == name).Label);
        }
    }

    [Fact]
    public void Districts_after_a_lower_case_unit_noun_are_places()
    {
        // IndoSum: "Jelbuk", "Mumbulsari" and "Sumberbaru" were people, "Puger" and "Panti" untagged.
        const string text = "Berdasarkan data BPBD Jember, daerah rawan tanah longsor tersebar di 11 kecamatan, yakni Jelbuk, Arjasa, Sumberjambe, "
                            + "Silo, Mayang, Ledokombo, Patrang, Mumbulsari, Sumberbaru, Puger, dan Panti.";
        var doc = Pipeline.Analyze(text);
        foreach (var name in new[] { "Jelbuk", "Mumbulsari", "Sumberbaru", "Puger", "Panti" })
        {
            Assert.Equal("LOC", Assert.Single(doc.Entities, e => e.Text == name).Label);
        }
    }

    [Fact]
    public void A_state_among_states_is_a_place()
    {
        // IndoSum: "Illinois" was a person.
        const string text = "Beberapa kontestan berasal dari Alaska, Colorado, Illinois dan New Mexico.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", Assert.Single(doc.Entities, e => e.Text == "Illinois").Label);
    }

    [Fact]
    public void A_person_with_an_age_after_places_stays_a_person()
    {
        // IndoSum: two victims, each with an address; the second person follows the first one's district and regency.
        const string text = "Keduanya adalah Rudi (30) warga Kampung Babakan Lebak RT 02/RW 06 Kecamatan Sinar Galih, Kabupaten Bogor, dan "
                            + "Oktariyansyah Purnama Putra (26) warga Jalan Rawa 8 Nomor 634.";
        var doc = Pipeline.Analyze(text);
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains("Oktariyansyah", StringComparison.Ordinal) && e.Label == "LOC");
    }

    [Fact]
    public void A_villager_named_after_a_comma_stays_a_person()
    {
        // An apposition, no list: the place, a comma, the person.
        const string text = "Salah seorang warga Desa Sukamaju, Budi Santoso, mengatakan banjir datang tengah malam.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("PER", Assert.Single(doc.Entities, e => e.Text == "Budi Santoso").Label);
        Assert.Equal("LOC", Assert.Single(doc.Entities, e => e.Text == "Desa Sukamaju").Label);
    }

    [Fact]
    public void Two_villagers_after_their_village_stay_people()
    {
        // "Desa Sukamaju, Budi dan Ani": one place cannot make a list of places.
        const string text = "Dua warga Desa Sukamaju, Budi dan Ani, mengaku kehilangan rumah.";
        var doc = Pipeline.Analyze(text);
        Assert.DoesNotContain(doc.Entities, e => e.Text is "Budi" or "Ani" && e.Label == "LOC");
    }

    [Fact]
    public void A_list_of_players_is_left_alone()
    {
        // IndoSum: a squad list where the tagger read a few surnames as places; too mixed to be a list of places.
        const string text = "Bek: Abate, Antonelli, Calabria, De Sciglio, Gomez, Paletta, Romagnoli, Vangioni, dan Zapata.";
        var before = Pipeline.Analyze(text).Entities.Count(e => e.Label == "PER");
        Assert.True(before >= 3);
        Assert.DoesNotContain(Pipeline.Analyze(text).Entities, e => e.Text == "Romagnoli" && e.Label == "LOC");
    }
}
