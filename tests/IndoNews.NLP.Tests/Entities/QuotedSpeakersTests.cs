namespace IndoNews.NLP.Tests.Entities;

/// <summary>The one-word speaker after a quote's speech verb is a person; a post in that slot is not (IndoSum sentences).</summary>
public class QuotedSpeakersTests
{
    private static List<string> Names(string text)
        => Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "LOC" or "ORG").Select(e => $"{e.Label} {e.Text}").ToList();

    [Theory]
    [InlineData("\"Kami ingin memberikan solusi ini ke mereka,\" tutur Senaz. Sebanyak 28 look dihadirkan dalam peragaan busana tersebut.", "Senaz")]
    [InlineData("\"Kejadian ini sangat kami sesalkan,\" kata Tulus melalui pesan singkat di Jakarta, Selasa.", "Tulus")]
    [InlineData("\"Putusan PK itu urusan Pak Ganjar,\u201D tutur Awang. Ganjar Pranowo sebelumnya menerbitkan izin lingkungan baru.", "Awang")]
    public void A_speaker_after_a_quote_and_its_verb_is_a_person(string text, string speaker) => Assert.Contains($"PER {speaker}", Names(text));

    [Theory]
    [InlineData("\"Pelaku ditangkap saat mereka sudah terlelap,\u201D kata Kasat. Aksi bejat pelaku akhirnya diketahui warga.", "Kasat")]
    [InlineData("\"Pembangunan jalur kereta ini akan kami percepat,\" ujar Menhub. Selain itu Menhub juga meninjau stasiun.", "Menhub")]
    [InlineData("\"Kami sudah mengevakuasi warga sejak pagi,\u201D kata Kapolsek. Lalu polisi membuka jalan itu kembali.", "Kapolsek")]
    public void A_post_after_a_quote_and_its_verb_is_no_person(string text, string post)
        => Assert.DoesNotContain($"PER {post}", Names(text));

    // The tagger reads these speakers alone as a place or organisation; nothing lists the word as one, or the article names
    // the person in full ("Pelatih Arema FC, Aji Santoso").
    [Theory]
    [InlineData("\u201CSuasananya sungguh tegang. Dengan segala yang terjadi akhir-akhir ini, wajar jika banyak yang panik dan ingin segera keluar mencari tempat aman,\u201D terang Geatan.", "Geatan")]
    [InlineData("\"Melihat perubahan dari tubuh saya sangat sulit. Saya harus menjalaninya setiap hari. Berat untuk dapat melalui proses ini,\" ucap Cole pada Februari 2016.", "Cole")]
    [InlineData("Pelatih Arema FC, Aji Santoso, sudah memilih kiper baru. \"Dwi sudah fix ke Arema, dia tidak menjalani seleksi karena saya sudah tahu kemampuannya di Persela,\" jelas Aji.", "Aji")]
    public void A_speaker_read_as_a_place_or_organisation_is_a_person(string text, string speaker)
    {
        var names = Names(text);
        Assert.Contains($"PER {speaker}", names);
        Assert.DoesNotContain($"ORG {speaker}", names);
        Assert.DoesNotContain($"LOC {speaker}", names);
    }

    [Theory]
    [InlineData("\"Semua orang yang terhubung dengan klub ini memberikan ucapan selamat kepada Giorgio Chiellini atas hasil dan raihan luar biasa yang ia dapat,\" kata Juventus dalam akun resmi klub.", "ORG Juventus")]
    public void A_listed_organisation_speaking_stays_an_organisation(string text, string entity) => Assert.Contains(entity, Names(text));

    [Fact]
    public void A_speakers_lone_mentions_elsewhere_are_the_person()
    {
        // IndoSum: the tagger leaves "Senaz" untagged at all three mentions; the quote's speaker gives the lone one between.
        const string text = "\"Koleksi ini bertajuk PopNimes yang berari bunga popis dan denim. Kita ingin menghadirkan koleksi casual namun "
                            + "tetap ada sentuhan girly -nya,\" ujar Senaz perwakilan dari Si. Se. Sa, dalam konferensi pers yang digelar di "
                            + "Jakarta Convention Center, Jakarta Pusat.\nSi. Se. Sa yang biasanya menawarkan busana bersiluet loose lebar dengan "
                            + "khimar, kali ini mencoba menampilkan gebrakan baru dengan merilis busana berbahan demin. Senaz mengungkapkan bahwa "
                            + "ini pertama kalinya mereka merilis busana dengan sentuhan denim yang terlihat kasual.\n\"Alasan kami memakai denim "
                            + "karena menjawab pertanyaan para konsumen. Untuk itu lah kami memberikan solusi ini ke mereka,\" tutur Senaz.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("Senaz mengungkapkan", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Start == at && e.Text == "Senaz");
    }

    [Fact]
    public void A_posts_lone_mentions_stay_untagged()
    {
        // A post in the speaker's slot gives no person, so its later mention is no person either.
        const string text = "\"Pelaku ditangkap saat mereka sudah terlelap,\u201D kata Kasat. Aksi bejat pelaku akhirnya diketahui warga.\n"
                            + "Menurut Kasat, pelaku sudah dua kali melakukan perbuatan itu.";
        var doc = Pipeline.Analyze(text);
        Assert.DoesNotContain(doc.Entities, e => e.Label == "PER" && e.Text == "Kasat");
    }
}
