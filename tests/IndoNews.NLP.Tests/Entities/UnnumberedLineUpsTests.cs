namespace IndoNews.NLP.Tests.Entities;

/// <summary>A player of a line-up printed without shirt numbers is a person, where the tagger read a place or nothing.</summary>
public class UnnumberedLineUpsTests
{
    [Fact]
    public void Players_read_as_places_or_left_untagged_are_persons()
    {
        // IndoSum (Man City - Chelsea): the tagger read "Moses" and "Kante" as places and left "Pedro" and the
        // substitute "Willian" untagged.
        const string text = "Chelsea: Courtois; Azpilicueta, Cahill, Luiz; Moses, Fabregas, Kante, Alonso; Pedro (Willian 50 '), Hazard, "
                            + "Diego Costa (CHalobah 85').";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("PER", LabelAt(doc, text, "Moses"));
        Assert.Equal("PER", LabelAt(doc, text, "Kante"));
        Assert.Equal("PER", LabelAt(doc, text, "Pedro"));
        Assert.Equal("Willian", doc.Entities.Single(e => e.Start == text.IndexOf("Willian", StringComparison.Ordinal)).Text);
        Assert.Equal("PER", LabelAt(doc, text, "Willian"));
    }

    [Fact]
    public void A_national_side_before_the_colon_stays_a_place()
    {
        // IndoSum (France - England friendly): the list starts after the team and its formation, so "Prancis" is left.
        const string text = "Prancis (4-2 - 3-1): Lloris; Digne, Umtiti, Kimpembe, Jallet; Rabiot, Kante; Mbappe, Thauvin, Dembele; Lacazette";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", LabelAt(doc, text, "Prancis"));
        Assert.Equal("PER", LabelAt(doc, text, "Kimpembe"));
        Assert.Equal("PER", LabelAt(doc, text, "Rabiot"));
    }

    [Fact]
    public void A_heading_before_a_colon_and_a_position_code_are_no_players()
    {
        // IndoSum (Tottenham - West Brom): the line break before "Pelatih:" was lost, and "(PG)" marks the goalkeeper.
        const string text = "Tottenham Hotspur (3-4 - 2-1): Hugo Lloris (PG); Eric Dier, Toby Alderweireld, Jan Vertonghen (Ben Davies); "
                            + "Kyle Walker, Victor Wanyama, Mousa Dembele (Harry Winks), Danny Rose; Christian Eriksen, Bamidele Alli; "
                            + "Harry Kane (Son Heung - min) Pelatih: Mauricio Pochettino";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("PER", LabelAt(doc, text, "Harry Kane"));
        Assert.Equal("PER", LabelAt(doc, text, "Ben Davies"));
        Assert.Null(LabelAt(doc, text, "Pelatih"));
        Assert.Null(LabelAt(doc, text, "PG"));
    }

    [Fact]
    public void A_semicolon_list_with_running_text_is_no_line_up()
    {
        // IndoSum (the BLBI obligors): banks and their owners in a semicolon list, but "Mereka adalah" and "dan" make it
        // a sentence, so the banks stay organisations.
        const string text = "Mereka adalah BCA (Salim Group); Bank Dagang Negara Indonesia (Sjamsul Nursalim); Bank Umum Nasional (Muhammad "
                            + "Bob Hasan); Bank Surya (Sudwikatmono); dan Bank Risjad Salim International (Ibrahim Risjad).";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("ORG", LabelAt(doc, text, "Bank Surya"));
        Assert.Equal("ORG", LabelAt(doc, text, "Bank Umum Nasional"));
    }

    private static string? LabelAt(Document doc, string text, string from)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return doc.Entities.FirstOrDefault(e => e.Start == at)?.Label;
    }
}
