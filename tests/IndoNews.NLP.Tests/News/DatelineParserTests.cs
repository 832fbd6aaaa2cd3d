using IndoNews.NLP.News;

namespace IndoNews.NLP.Tests.News;

public class DatelineParserTests
{
    private static Dateline? Parse(string text) => DatelineParser.Parse(text, 0, text.Length, (_, _) => false);

    [Theory]
    [InlineData("MOSKOW - Amerika Serikat dan Rusia", "MOSKOW", null)]
    [InlineData("Jakarta, CNN Indonesia - - Komisi Pemberantasan Korupsi menahan", "Jakarta", "CNN Indonesia")]
    [InlineData("Jakarta (ANTARA News) - Mahkamah Agung menunda", "Jakarta", "ANTARA News")]
    [InlineData("Garut, Jawa Barat (ANTARA News) - Sebanyak 20 rumah rusak", "Garut", "ANTARA News")]
    [InlineData("JAKARTA (Pos Kota) – Pilkada DKI diperkirakan", "JAKARTA", "Pos Kota")]
    [InlineData("MEDAN, JUARA.net - Sedikit kecemasan memayungi PSMS", "MEDAN", "JUARA.net")]
    [InlineData("JUARA.NET, MONTE CARLO - Pebalap Formula 2", "MONTE CARLO", "JUARA.NET")]
    [InlineData("AMERIKA SERIKAT – Polisi mendapat panggilan", "AMERIKA SERIKAT", null)]
    [InlineData("Palu (ANTARA News) - Taman Nasional Lore Lindu", "Palu", "ANTARA News")]
    public void Datelines_give_place_and_outlet(string text, string place, string? outlet)
    {
        var d = Parse(text);
        Assert.NotNull(d);
        Assert.Equal(place, d.Place);
        Assert.Equal(outlet, d.Outlet);
        Assert.Equal(place, text[d.Start..d.End]);
    }

    [Theory]
    [InlineData("Suara.com - Badan geologi mencatat 313 gempa susulan.")]
    [InlineData("Merdeka.com - Sertu S menjadi korban perampokan.")]
    [InlineData("Rimanews - Tiga orang tewas dalam carok massal.")]
    [InlineData("JUARA.NET - Petenis Rafael Nadal mengaku")]
    [InlineData("Persib - Persija berakhir imbang di Bandung.")]
    [InlineData("Timnas Indonesia bermain imbang melawan Myanmar di Yangon.")]
    [InlineData("\"Kami akan menang,\" kata pelatih - dengan yakin.")]
    [InlineData("")]
    [InlineData("OPINI - Dalam konstelasi Pilkada DKI Jakarta tahun ini, kita di pertontonkan")]
    [InlineData("ANALISIS – Sampai detik-detik terakhir Pilkada DKI 2017, pertarungan semakin ketat.")]
    [InlineData("EKSKLUSIF, JUARA.net - Pelatih Persib mengungkapkan rencananya.")]
    public void Other_openings_have_no_dateline(string text) => Assert.Null(Parse(text));

    [Fact]
    public void A_mixed_case_place_alone_needs_a_location_tag()
    {
        const string text = "Jakarta - Hujan deras mengguyur ibu kota.";
        Assert.Null(Parse(text));
        var d = DatelineParser.Parse(text, 0, text.Length, (s, e) => text[s..e] == "Jakarta");
        Assert.Equal("Jakarta", d?.Place);
    }
}
