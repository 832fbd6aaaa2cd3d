using IndoNews.NLP.News;

namespace IndoNews.NLP.Tests.News;

/// <summary>The outlet named at the head of an article is an organisation, the outlet alone (IndoSum leads).</summary>
public class DatelineOutletsTests
{
    [Theory]
    [InlineData("Rimanews-Mabes TNI AU sebagai penyelenggara siap menanggung semua biaya pengobatan para korban tenda roboh karena angin kencang di lokasi pameran Dirgantara Expo 2017 di Terminal Selatan Halim Perdanakusuma, Jakarta Timur, Jumat (21/04/2017) siang.", "Rimanews")]
    [InlineData("BANDUNG, JUARA.net – Gelandang anyar Persib asal Ghana, Michael Essien, bakal dapat treatment khusus terkait berat badan sang pemain.", "JUARA.net")]
    [InlineData("JAKARTA (Pos Kota) – Penasihat spiritual yang juga ketua umum PARFI, Gatot Brajamusti, diciduk Tim Satgas Merah Putih Polres Mataram dan Polres Lombok Barat diduga terkait narkoba, Minggu (28/8/2016) malam.", "Pos Kota")]
    public void The_outlet_at_the_head_is_an_organisation(string text, string outlet)
    {
        var doc = Pipeline.Analyze(text);
        int start = text.IndexOf(outlet, StringComparison.Ordinal);
        var entity = Assert.Single(doc.Entities, e => e.Start < start + outlet.Length && e.End > start);
        Assert.Equal((EntityLabels.Organization, start, start + outlet.Length), (entity.Label, entity.Start, entity.End));
    }

    [Fact]
    public void The_place_stays_a_place()
    {
        var doc = Pipeline.Analyze("JAKARTA (Pos Kota) – Penasihat spiritual yang juga ketua umum PARFI, Gatot Brajamusti, diciduk Tim Satgas Merah Putih Polres Mataram, Minggu (28/8/2016) malam.");
        Assert.Contains(doc.Entities, e => e.Text == "JAKARTA" && e.Label == EntityLabels.Location);
    }

    [Theory]
    [InlineData("Rimanews - Seorang pria ditemukan tewas.", 0, 8)]
    [InlineData("JUARA.NET, MONTE CARLO - Pebalap Ferrari menang.", 0, 9)]
    [InlineData("Malang (Kabarpas.com) – Sebuah mobil terbakar.", 8, 20)]
    public void Find_gives_the_outlet_alone(string text, int start, int end)
        => Assert.Equal(((int, int)?)(start, end), DatelineOutlets.Find(text, 0, text.Length));

    [Theory]
    [InlineData("Persib-Persija akan bertemu di Stadion Gelora Bung Karno.")]
    [InlineData("MOSKOW - Menteri Luar Negeri Rusia Sergei Lavrov bertemu Menteri Luar Negeri AS John Kerry.")]
    [InlineData("KPK - Komisi Pemberantasan Korupsi memeriksa saksi.")]
    public void A_head_that_is_no_outlet_gives_none(string text)
        => Assert.Null(DatelineOutlets.Find(text, 0, text.Length));
}
