using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

public class NameRootLemmasTests
{
    [Fact]
    public void Recognised_names_keep_their_form_as_root_lemma()
    {
        // IndoSum (CNN Indonesia): the affix rules read Nolan as nol + -an, Diego as di- + ego.
        var doc = Pipeline.Analyze("Berbeda dengan Nolan, Mark Rylance, rekan sesama aktor di film Dunkrik, justru sangat bersemangat. Seperti contohnya Diego Demme, gelandang bertahan Leipzig.");
        Assert.Equal("nolan", Lemma(doc, "Nolan"));
        Assert.Equal("diego", Lemma(doc, "Diego"));
        Assert.Equal("tahan", Lemma(doc, "bertahan"));
        Assert.Equal("beda", Lemma(doc, "Berbeda"));
    }

    [Fact]
    public void A_one_word_place_keeps_its_form_also_where_it_is_not_tagged()
    {
        // IndoSum (CNN Indonesia): 'Bali' was bal + -i, both as a place and in 'bom Bali'.
        var doc = Pipeline.Analyze("Bom tersebut ditargetkan ke bar, kelab malam, dan konsulat AS di Bali. Australia sambut baik atas dakwaan yang dijatuhkan atas tuduhan jadi dalang bom Bali 2002 lalu.");
        Assert.All(doc.Tokens.Where(t => t.Text == "Bali"), t => Assert.Equal("bali", t.Lemma));
    }

    [Fact]
    public void Words_cut_on_both_sides_keep_their_root_inside_names()
    {
        var doc = Pipeline.Analyze("Direktorat Jenderal Pajak Kementerian Keuangan hari ini bertemu Google. Kementerian menyebut pertemuan itu penting.");
        Assert.All(doc.Tokens.Where(t => t.Text == "Kementerian"), t => Assert.Equal("menteri", t.Lemma));
        Assert.Equal("uang", Lemma(doc, "Keuangan"));
    }

    [Fact]
    public void Ud_lemma_styles_are_left_alone()
    {
        var doc = Pipeline.CreateDefaultBuilder().UseLemmatizer(UdLemmatizer.Csui).Build()
            .Process("Berbeda dengan Nolan, Mark Rylance justru sangat bersemangat.");
        Assert.Equal("Nolan", Lemma(doc, "Nolan"));
    }

    private static string? Lemma(Document doc, string word) => doc.Tokens.First(t => t.Text == word).Lemma;
}
