namespace IndoNews.NLP.Tests.Entities;

/// <summary>Posts written as titles (Wakapolda, Kabid, Kapolrestabes) are no person, and a post's place is the place.</summary>
public class OfficeTitleTests
{
    private static List<string> Names(string text)
        => Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "LOC" or "ORG").Select(e => $"{e.Label} {e.Text}").ToList();

    [Theory]
    // IndoSum: the tagger read the post alone as a person.
    [InlineData("Lebih lanjut Kadiskes mengatakan, fumigasi ini merupakan salah satu cara pengendalian hama.", "Kadiskes")]
    [InlineData("\"Itu mengada-ngada laporannya,\u201d kata Wakapolri menjawab pertanyaan pers, Kamis.", "Wakapolri")]
    public void A_post_alone_is_no_person(string text, string post)
        => Assert.DoesNotContain(Names(text), n => n.EndsWith(" " + post, StringComparison.Ordinal));

    [Fact]
    public void A_unit_heads_title_with_its_unit_is_no_person()
    {
        const string text = "Ketiganya yakni Direktur Penindakan dan Penyidikan Bea dan Cukai Tanjung Priok Harry Mulya, Kabid Penindakan dan "
                            + "Penyidikan Bea dan Cukai Tanjung Priok Imron, dan Kasubdit Intelijen Bea Cukai Tahi Bonar Lumban Raja.";
        Assert.DoesNotContain(Names(text), n => n.StartsWith("PER Kabid", StringComparison.Ordinal));
    }

    [Theory]
    // IndoSum: the tagger read a city police chief's post and its city as one place.
    [InlineData("Mantan Kapolrestabes Bandung ini, menjelaskan pihaknya akan melakukan investigasi untuk mengetahui motif jebolan "
                + "Akademi Kepolisian tahun 2015 itu bunuh diri.", "Bandung")]
    [InlineData("Kapolrestabes Surabaya, Kombes M Iqbal yang dikonfirmasi membenarkan penangkapan itu.", "Surabaya")]
    public void A_city_police_chiefs_post_is_followed_by_its_place(string text, string place)
    {
        var names = Names(text);
        Assert.Contains($"LOC {place}", names);
        Assert.DoesNotContain(names, n => n.Contains("Kapolrestabes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rank_that_is_also_a_name_stays_a_person_alone()
    {
        // "Ajun" is a rank (Ajun Komisaris) and a nickname; alone it is the name.
        const string text = "Pria yang akrab disapa Ajun itu memang tidak setiap hari menawarkan jasanya di Ancol.";
        Assert.Contains("PER Ajun", Names(text));
    }

    [Theory]
    // IndoSum: the tagger put an official's abbreviated post inside the person.
    [InlineData("Menkopolhukam Wiranto menerima perwakilan massa aksi di kantornya.", "Wiranto")]
    [InlineData("\"Ini langkah positif dan menarik,\u201d kata Menaker Hanif, Selasa malam.", "Hanif")]
    [InlineData("Kapolres Metro Tangerang Kota, Kombespol Harry Kurniawan menegaskan akan menindak tegas pelaku.", "Harry Kurniawan")]
    public void An_officials_abbreviated_post_leaves_the_person(string text, string person)
    {
        var names = Names(text);
        Assert.Contains($"PER {person}", names);
        Assert.DoesNotContain(names, n => n.StartsWith("PER ", StringComparison.Ordinal) && n.Length > person.Length + 4 && n.EndsWith(person, StringComparison.Ordinal));
    }

    [Theory]
    // IndoSum: an official's post alone read as a person or place.
    [InlineData("Menurut Mendagri, pada tahun depan sudah mulai ada perbaikan.", "Mendagri")]
    [InlineData("Tidak ada masalah, tapi kan Sekda terikat dengan undang-undang aparatur sipil negara.", "Sekda")]
    [InlineData("\"Sudah ditugaskan ke Menpan RB, tidak ada masalah,\" kata dia.", "Menpan")]
    public void An_officials_post_alone_is_no_name(string text, string post)
        => Assert.DoesNotContain(Names(text), n => n.Contains(post, StringComparison.Ordinal));

    [Theory]
    // IndoSum: the tagger started the minister at the last words of the portfolio.
    [InlineData("Menteri Komunikasi dan Informatika Rudiantara menegaskan percepatan pembangunan jaringan.", "Rudiantara")]
    [InlineData("Hal itu disampaikan mantan Menteri Pendidikan dan Kebudayaan Anies Baswedan dalam kontestasi Pilkada.", "Anies Baswedan")]
    [InlineData("Hadir pula Menteri Kominfo Rudiantara, Menteri PU dan Pera Basuki Hadimuljono, dan Menteri ESDM Ignasius Jonan.", "Basuki Hadimuljono")]
    public void A_ministers_portfolio_leaves_the_person(string text, string person)
    {
        var names = Names(text);
        Assert.Contains($"PER {person}", names);
        Assert.DoesNotContain(names, n => n.StartsWith("PER ", StringComparison.Ordinal) && n.Length > person.Length + 4 && n.EndsWith(person, StringComparison.Ordinal));
    }
}
