using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

public class ConllNerParserTests
{
    private static List<NerSentence> Parse(params string[] lines)
        => [.. ConllNerParser.Parse(lines.Select((l, i) => (l, (long)i + 1)), "test.txt")];

    [Fact]
    public void Reads_every_corpus_format_and_maps_labels()
    {
        var sentences = Parse(
            "-DOCSTART- -X- O O",
            "",
            "Haposan NOUN B-PER\r",       // idner original: token, UPOS, tag, CRLF
            "di ADP O\r",
            "Jakarta PROPN B-LOC\r",
            "\r",
            "salah satu\tO",              // NERP: a TAB-separated token may hold a space
            "pt\tB-IND",
            "pertamina\tI-IND",
            "",
            "Universitas\tB-ORGANISATION", // NERGrit
            "Gadjah\tI-ORGANISATION",
            "di\tO",
            "Yogyakarta\tB-PLACE",
            "",
            "Rp\tB-QUANTITY",             // NER UGM: other labels count as O
            "5\tI-QUANTITY",
            "SBY\tB-PERSON",
            "Piala\tB-EVT");
        Assert.Equal(4, sentences.Count);
        Assert.Equal(["Haposan", "di", "Jakarta"], sentences[0].Tokens);
        Assert.Equal(new byte[] { 1, 0, 3 }, sentences[0].Tags);
        Assert.Equal("salah satu", sentences[1].Tokens[0]);
        Assert.Equal(new byte[] { 0, 5, 6 }, sentences[1].Tags);
        Assert.Equal(new byte[] { 5, 6, 0, 3 }, sentences[2].Tags);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, sentences[3].Tags);
    }

    [Fact]
    public void Leading_spaces_of_a_space_separated_line_do_not_make_an_empty_token()
    {
        // "  Joko B-PER" split on its first space gave the token "" (and `tag` wrote "\tO" for "  spasi ").
        var s = Parse("  Joko B-PER", " Widodo  I-PER ").Single();
        Assert.Equal(["Joko", "Widodo"], s.Tokens);
        Assert.Equal(new byte[] { 1, 2 }, s.Tags);
        Assert.Equal(("spasi", (string?)null), ConllNerParser.SplitFields("  spasi "));
    }

    [Fact]
    public void An_I_tag_that_continues_nothing_is_read_as_B()
    {
        var s = Parse("Jakarta\tI-LOC", "Bandung\tI-PER").Single();
        Assert.Equal(new byte[] { 3, 1 }, s.Tags);
    }

    [Fact]
    public void A_line_without_a_tag_is_an_error_naming_file_and_line()
    {
        var e = Assert.Throws<InvalidDataException>(() => Parse("Jakarta\tB-LOC", "Bandung"));
        Assert.Contains("test.txt:2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_tag_is_an_error()
    {
        var e = Assert.Throws<InvalidDataException>(() => Parse("Jakarta\tX-LOC"));
        Assert.Contains("test.txt:1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentence_keys_compare_letters_and_digits_only()
    {
        Assert.Equal(SentenceKey.Of(["sama", "-", "sama", "2", "kali", "."]), SentenceKey.Of(["Sama-sama", "2", "kali"]));
        Assert.NotEqual(SentenceKey.Of(["sama", "sama"]), SentenceKey.Of(["sama"]));
    }
}
