namespace IndoNews.NLP.Tests.Entities;

/// <summary>A capitalised direction before a place says where, and is no part of the place's name.</summary>
public class LeadingDirectionTests
{
    private static List<string> Places(string text)
        => Pipeline.Analyze(text).Entities.Where(e => e.Label == "LOC").Select(e => e.Text).ToList();

    [Theory]
    // IndoSum.
    [InlineData("Menjalin kerjasama dengan Yayasan Ekosistem Lestari, Nadine giat mengkampanyekan Penyelamatan Hutan Batang Toru di "
                + "Selatan Danau Toba dan berada di kawasan tiga kecamatan Tapanuli.", "Danau Toba")]
    [InlineData("Karena emang lagi pengen coba-coba kuliner yang ada di Utara Jakarta ini, gue menyempatkan diri untuk mencicipi Pizza.", "Jakarta")]
    public void A_direction_before_a_place_leaves_it(string text, string place)
    {
        var places = Places(text);
        Assert.Contains(place, places);
        Assert.DoesNotContain(places, p => p.StartsWith("Selatan", StringComparison.Ordinal) || p.StartsWith("Utara", StringComparison.Ordinal));
    }

    [Fact]
    public void A_listed_place_that_opens_with_a_direction_stays_whole()
        => Assert.Contains("Timur Tengah", Places("Netanyahu mengatakan bahwa perdamaian di Timur Tengah hanya bisa dicapai lewat perundingan langsung."));
}
