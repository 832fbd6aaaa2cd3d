namespace IndoNews.NLP.Tests.Entities;

/// <summary>A line-up's player that the tagger read as a place or organisation is a person.</summary>
public class LineUpNamesTests
{
    [Fact]
    public void Numbered_players_read_as_places_are_persons()
    {
        // IndoSum (the Roma-Lazio cup semi-final preview): the tagger read "Manolas" and "Paredes" as places.
        const string text = "PRAKIRAAN FORMASI\n"
                            + "Roma (3-4 - 2-1): 1-Szczesny, 2-Ruediger, 44-Manolas, 3-Juan, 13-Peres, 5-Paredes, 4-Nainggolan, 21-Mario Rui, "
                            + "11-Salah, 8-Perotti, 9-Dzeko";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("PER", LabelAt(doc, text, "Manolas"));
        Assert.Equal("PER", LabelAt(doc, text, "Paredes"));
    }

    [Fact]
    public void A_player_after_an_initial_in_a_squad_list_is_a_person()
    {
        // IndoSum (Malaysia's U-22 squad): "N. Thanabalan" was read as a place. The tokenizer keeps the initial's period
        // before a name after a comma ("N." one token), and the person's span holds the initial.
        const string text = "Depan: Syafiq Ahmad, Jafri Firdaus Chew, Danial Ashraf Abdullah, N. Thanabalan, Sean Eugene Selvaraj. (bac)";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("PER", LabelAt(doc, text, "N. Thanabalan"));
        Assert.Equal("N. Thanabalan", doc.Entities.Single(e => e.Start == text.IndexOf("N. Thanabalan", StringComparison.Ordinal)).Text);
    }

    [Fact]
    public void A_group_letter_before_a_country_is_no_initial()
    {
        // IndoSum: a word before the letter; the country stays a place.
        const string text = "Italia menang 2-0 atas Liechtenstein di kualifikasi Piala Dunia 2018 zona Eropa di Grup G. Spanyol menang tipis dengan skor 1-2.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", LabelAt(doc, text, "Spanyol"));
    }

    [Fact]
    public void A_numbered_place_outside_a_line_up_is_left()
    {
        // One numbered name is no line-up: the rule needs three in the sentence.
        const string text = "Rute bus nomor: 2-Bandung, lalu Cirebon dan Semarang.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", LabelAt(doc, text, "Bandung"));
    }

    [Fact]
    public void Untagged_numbered_players_are_added_as_persons()
    {
        // IndoSum (Real Madrid - Bayern line-up): the tagger left "Luka Modric" and "Isco" untagged among tagged players.
        const string text = "Real Madrid (4-3 - 3): 1-Keylor Navas; 12-Marcelo, 2-Daniel Carvajal, 14-Casemiro, 8-Toni Kroos (16-Mateo Kovacic 114 '), "
                            + "19-Luka Modric, 22-Isco (17-Lucas Vazquez 71'), 9-Karim Benzema, 7-Cristiano Ronaldo";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("PER", LabelAt(doc, text, "Luka Modric"));
        Assert.Equal("Luka Modric", doc.Entities.First(e => e.Start == text.IndexOf("Luka Modric", StringComparison.Ordinal)).Text);
        Assert.Equal("PER", LabelAt(doc, text, "Isco"));
    }

    [Fact]
    public void A_numbered_list_of_no_persons_gets_none()
    {
        // Numbered items that are no players: the tagger tagged none of them as a person, so none is added.
        const string text = "Jadwal: 1-Senin Pagi, 2-Selasa Sore, 3-Rabu Malam, 4-Kamis Siang.";
        var doc = Pipeline.Analyze(text);
        Assert.DoesNotContain(doc.Entities, e => e.Label == "PER");
    }

    private static string? LabelAt(Document doc, string text, string from)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return doc.Entities.FirstOrDefault(e => e.Start == at)?.Label;
    }
}
