using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

public class RootLemmatizerTests
{
    [Fact]
    public void The_default_pipeline_gives_root_lemmas()
    {
        var doc = Pipeline.Analyze("Pemerintah Kota Bekasi memperbaiki jalan yang rusak pada 2016.");
        var lemmas = doc.Tokens.Select(t => t.Lemma).ToArray();
        Assert.Equal(["perintah", "kota", "bekasi", "baik", "jalan", "yang", "rusak", "pada", "2016", "."], lemmas);
    }

    [Fact]
    public void Informal_reduplication_with_a_2_takes_the_root_of_its_base()
    {
        // IndoSum, a quoted Instagram post; UD GSD dev lemmatises "kira2" as "kira" too.
        var doc = Pipeline.Analyze("\"Hal2 yang biasanya saya enjoy, ini malah jadi hal yang saya hindarin (buka instagram mual, foto2 males buanget, dll),\"");
        Assert.Equal("foto", doc.Tokens.Single(t => t.Text == "foto2").Lemma);
        Assert.Equal("hindar", doc.Tokens.Single(t => t.Text == "hindarin").Lemma);

        doc = Pipeline.Analyze("\"Selamat bpk aiptu sutisna atas penghargaannya, semoga ngak ada lagi kejadian2 seperti itu, kasian anak2nya,\"");
        Assert.Equal("jadi", doc.Tokens.Single(t => t.Text == "kejadian2").Lemma);
        Assert.Equal(["anak", "nya"], doc.Tokens.Where(t => t.SurfaceStart == doc.Text.IndexOf("anak2nya", StringComparison.Ordinal)).Select(t => t.Lemma));
    }

    [Fact]
    public void Split_clitics_keep_their_form_and_non_words_are_lower_cased()
    {
        const string text = "Bukunya DIJUAL di https://Toko.id";
        Token[] tokens =
        [
            new(text, 0, 4, 0, 7, TokenKind.Word),     // Buku
            new(text, 4, 7, 0, 7, TokenKind.Word),     // nya
            new(text, 8, 14, TokenKind.Word),          // DIJUAL
            new(text, 15, 17, TokenKind.Word),         // di
            new(text, 18, 33, TokenKind.Url),          // https://Toko.id
        ];
        var lemmatizer = RootLemmatizer.Default;
        Assert.Equal(["buku", "nya", "jual", "di", "https://toko.id"], Enumerable.Range(0, tokens.Length).Select(i => lemmatizer.Lemmatize(tokens, i)));
    }

    [Fact]
    public void Builder_selects_styles_and_reports_unavailable_ones()
    {
        var pipeline = Pipeline.CreateBuilder().UseLemmatizer(LemmaStyle.Root).Build();
        Assert.Equal("bangun", pipeline.Process("pembangunan").Tokens[0].Lemma);
        Assert.Null(Pipeline.CreateBuilder().Build().Process("pembangunan").Tokens[0].Lemma);
        Assert.Throws<ArgumentOutOfRangeException>(() => Lemmatizers.Create((LemmaStyle)42));
    }

    [Fact]
    public void A_custom_lexicon_can_drive_the_lemmas()
    {
        var pipeline = Pipeline.CreateBuilder().UseRootLemmatizer(RootLexicon.FromWords(["ajar", "pelajar"])).Build();
        Assert.Equal("pelajar", pipeline.Process("pelajar").Tokens[0].Lemma);
    }
}
