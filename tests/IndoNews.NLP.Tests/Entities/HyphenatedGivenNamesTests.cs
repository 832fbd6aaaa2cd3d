namespace IndoNews.NLP.Tests.Entities;

/// <summary>An East Asian given name's syllable after a hyphen is part of the person; a word or clitic after a dash is not.</summary>
public class HyphenatedGivenNamesTests
{
    [Theory]
    [InlineData("Seoul (ANTARA News) - Kim Jun - su, anggota dari grup K-pop JYJ, akan membintangi musikal \"Death Note\" sebelum menjalani "
                + "wajib militer Februari mendatang.", "Kim Jun - su")]
    [InlineData("Langkah AS tersebut diumumkan saat Presiden Donald Trump dijadwalkan bertemu dengan Presiden Korea Selatan Moon Jae - in "
                + "di Gedung Putih pada Kamis (29/6).", "Moon Jae - in")]
    public void The_syllable_after_the_hyphen_is_part_of_the_person(string text, string name)
    {
        var doc = Pipeline.Analyze(text);
        var entity = Assert.Single(doc.Entities, e => e.Start == text.IndexOf(name, StringComparison.Ordinal));
        Assert.Equal("PER", entity.Label);
        Assert.Equal(name, entity.Text);
    }

    [Fact]
    public void A_word_after_a_dash_stays_out_of_the_person()
    {
        // IndoSum: "Katy Perry - album ini": a dash opens the next clause; "album" is a word of the language.
        const string text = "Namun, sebagian isu yang beredar di kalangan KatyCats -penggemar Katy Perry - album ini akan diberi judul Witness, "
                            + "mengingat beberapa petunjuk yang diberikan oleh Perry menjelang perilisan album.";
        var doc = Pipeline.Analyze(text);
        var entity = Assert.Single(doc.Entities, e => e.Start == text.IndexOf("Katy Perry", StringComparison.Ordinal));
        Assert.Equal("Katy Perry", entity.Text);
    }

    [Fact]
    public void A_japanese_honorific_stays_out_of_the_person()
    {
        // IndoSum: "Jiro - san" is Jiro Inao with the honorific -san, which no name takes.
        const string text = "JKT48 masih dalam keadaan berduka sejak kepergian sang General Manager, Jiro Inao, pada Selasa (21/3) lalu. Setelah "
                            + "menghentikan kegiatan selama beberapa hari, para anggota JKT48 menggelar acara mengheningkan cipta untuk mendiang Jiro "
                            + "di JKT48 Theater, fX Sudirman, Senin (27/3).\n"
                            + "Acara yang dimulai sekitar pukul 17.30 WIB ini dipimpin oleh Melody selaku kapten JKT48. Di hadapan para penggemar, ia "
                            + "memberikan pidato singkat untuk mengenang sosok Jiro.\n"
                            + "\"Jiro - san adalah orang yang baik sekali. Beliau sangat sayang sama JKT48. Jiro - san adalah seorang pejuang, karena "
                            + "sejak terbentuknya JKT48, dia selalu ada dan mengusahakan yang terbaik buat kami,\" ucap perempuan berusia 25 tahun itu "
                            + "sambil menahan tangis.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("Jiro - san", StringComparison.Ordinal);
        var entity = Assert.Single(doc.Entities, e => e.Start == at);
        Assert.Equal("Jiro", entity.Text);
    }
}
