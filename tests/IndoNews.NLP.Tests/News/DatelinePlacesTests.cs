using IndoNews.NLP.News;

namespace IndoNews.NLP.Tests.News;

/// <summary>The place of a dateline with an outlet is a location, whatever the tagger read it as (IndoSum leads).</summary>
public class DatelinePlacesTests
{
    [Theory]
    [InlineData("HOFFENHEIM, JUARA.net - Bayern Muenchen mengalami kekalahan pertama di Bundesliga 1-kasta teratas Liga Jerman - sejak 20 November 2016 saat takluk di markas TSG 1899 Hoffenheim.", "HOFFENHEIM")]
    [InlineData("BARCELONA, JUARA.net - Atletico Madrid meraih kemenangan tipis 1-0 dalam lanjutan Liga Spanyol pekan ke-33 di markas Espanyol, Sabtu (22/4/2017).", "BARCELONA")]
    [InlineData("JUARA.NET, VALENCIA - Pebalap Repsol Honda, Marc Marquez, akan start paling depan setelah meraih pole position pada kualifikasi GP Valencia di Sirkuit Ricardo Tormo, Sabtu (11/11/2017).", "VALENCIA")]
    [InlineData("Sayaboury (ANTARA News) - Puluhan gajah, dihiasi warna cerah dan berkarangan bunga, diarak melintasi kota di Laos pada Sabtu untuk merayakan jenis hewan yang makin langka di negara Asia Tenggara itu.", "Sayaboury")]
    public void The_dateline_place_is_a_location(string text, string place)
    {
        var doc = Pipeline.Analyze(text);
        Assert.Equal(place, doc.Dateline?.Place);
        var entity = Assert.Single(doc.Entities, e => e.Start == doc.Dateline!.Start && e.End == doc.Dateline.End);
        Assert.Equal(EntityLabels.Location, entity.Label);
    }

    [Fact]
    public void The_outlet_keeps_its_label()
    {
        var doc = Pipeline.Analyze("Jakarta, CNN Indonesia - - Menteri Luar Negeri RI Retno Marsudi mengatakan, pemerintah Indonesia dan Belanda akan bekerja sama mencari bangkai kapal Belanda yang hilang di Laut Jawa.");
        Assert.Equal("Jakarta", doc.Dateline?.Place);
        Assert.Contains(doc.Entities, e => e.Text == "CNN Indonesia" && e.Label == EntityLabels.Organization);
    }

    [Fact]
    public void A_dateline_without_a_known_outlet_changes_nothing()
    {
        var entities = new List<Entity> { new("KPK", EntityLabels.Organization, 0, 3) };
        DatelinePlaces.Relabel(entities, new Dateline("KPK", null, 0, 3));
        DatelinePlaces.Relabel(entities, new Dateline("KPK", "Senin", 0, 3));
        Assert.Equal(EntityLabels.Organization, entities[0].Label);
    }

    [Fact]
    public void Only_the_span_of_the_place_changes()
    {
        var entities = new List<Entity>
        {
            new("MADRID, JUARA", EntityLabels.Organization, 0, 13),
            new("JUARA.net", EntityLabels.Organization, 8, 17),
        };
        DatelinePlaces.Relabel(entities, new Dateline("MADRID", "JUARA.net", 0, 6));
        Assert.All(entities, e => Assert.Equal(EntityLabels.Organization, e.Label));
    }

    [Theory]
    [InlineData("Baturaja (ANTARA News) - Polres Ogan Komering Ulu Sumatera Selatan menangkap dua tersangka pencurian sepeda motor.", "Baturaja")]
    [InlineData("JUARA.NET, BRNO - Pebalap Movistar Yamaha MotoGP, Valentino Rossi, mengaku puas dengan hasil balapan di Sirkuit Brno.", "BRNO")]
    public void A_place_that_no_entity_touches_becomes_a_location(string text, string place)
    {
        var doc = Pipeline.Analyze(text);
        Assert.Equal(place, doc.Dateline?.Place);
        var entity = Assert.Single(doc.Entities, e => e.Start < doc.Dateline!.End && e.End > doc.Dateline.Start);
        Assert.Equal((EntityLabels.Location, place), (entity.Label, entity.Text));
        Assert.Equal((doc.Dateline!.Start, doc.Dateline.End), (doc.Tokens[entity.TokenStart].Start, doc.Tokens[entity.TokenEnd - 1].End));
    }

    [Fact]
    public void No_location_is_added_without_names_or_over_another_entity()
    {
        const string text = "Baturaja (ANTARA News) - Polres menangkap dua tersangka, Senin.";
        var tokens = new Token[] { new(text, 0, 8, TokenKind.Word) };
        var values = new List<Entity> { new("Senin", EntityLabels.Date, 57, 62) };
        DatelinePlaces.AddMissing(values, tokens, new Dateline("Baturaja", "ANTARA News", 0, 8));
        Assert.Single(values);

        var covered = new List<Entity> { new("Baturaja (ANTARA", EntityLabels.Organization, 0, 16) };
        DatelinePlaces.AddMissing(covered, tokens, new Dateline("Baturaja", "ANTARA News", 0, 8));
        Assert.Single(covered);
    }
}
