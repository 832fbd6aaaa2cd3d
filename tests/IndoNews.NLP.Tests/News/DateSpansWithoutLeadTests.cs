namespace IndoNews.NLP.Tests.News;

/// <summary>
/// Dates the lead-word rules missed (survey 12, category 8): spans of years after a name, fiscal and school years,
/// a month after <c>dibanding(kan)</c>, and month ranges without a year after a lead word. Sentences from IndoSum news.
/// </summary>
public class DateSpansWithoutLeadTests
{
    private static List<Entity> Dates(string text) => ValueEntities.DatesOn1June(text);

    [Theory]
    [InlineData("kasus dugaan korupsi pembangunan Pasar Besar Kota Madiun 2009-2012.", "2009-2012", "2009/2012")]
    [InlineData("DPR akan menetapkan tujuh orang terpilih Anggota DK OJK 2017-2022.", "2017-2022", "2017/2022")]
    [InlineData("seorang komandan gerilya pada masa perang Kosovo 1998-1999.", "1998-1999", "1998/1999")]
    [InlineData("program kerja bidang-bidang di kepengurusan PP PBSI masa bakti 2016-2019.", "2016-2019", "2016/2019")]
    [InlineData("Gallas lebih dulu membela Chelsea selama rentang waktu 2001–2006 dengan", "2001–2006", "2001/2006")]
    [InlineData("kata mantan Ketua Mahkamah Konstitusi 2008-2013 itu.", "2008-2013", "2008/2013")]
    [InlineData("Jacksen pada Indonesia Super League (ISL) 2008-2009.", "2008-2009", "2008/2009")]
    [InlineData("daftar pencetak gol terbanyak Premier League 2016/17.", "2016/17", "2016/2017")]
    [InlineData("Usai meraih titel Liga Champions 1994/1995, Ajax", "1994/1995", "1994/1995")]
    public void A_span_of_years_after_a_name_is_a_date(string text, string mention, string iso)
    {
        var e = Assert.Single(Dates(text));
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Theory]
    [InlineData("industri prioritas dan andalan 2015-2035 itu")] // twenty years: no lead word, so no guess
    [InlineData("hubungi nomor 2014-2015 untuk")] // a number with its label
    [InlineData("telp 2015-2016 atau")]
    [InlineData("kapasitas 1900-2000 orang")] // a count
    [InlineData("kode 0812-2015-2016 itu")] // inside a longer code
    [InlineData("upload/20 / 2017/05/foto.jpg")] // a path
    [InlineData("musim terakhirnya.\n2006/07 adalah")] // no word before it on its line
    [InlineData("Piala Winners di edisi 1954/1965.")] // a slash joins consecutive years only
    public void Other_four_digit_pairs_stay_apart(string text)
        => Assert.DoesNotContain(Dates(text), e => e.Text.Contains('/') || e.Text.Contains('-') || e.Text.Contains('–'));

    [Theory]
    [InlineData("Kementerian Pekerjaan Umum dan Perumahan Rakyat tahun anggaran 2016.", "tahun anggaran 2016", "2016")]
    [InlineData("yaitu mulai tahun ajaran 2017-2018.", "tahun ajaran 2017-2018", "2017/2018")]
    [InlineData("Pada tahun pelajaran 2017/2018 ini, guru sudah", "tahun pelajaran 2017/2018", "2017/2018")]
    public void A_fiscal_or_school_year_is_one_date_with_its_words(string text, string mention, string iso)
    {
        var e = Assert.Single(Dates(text));
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Theory]
    [InlineData("pintu masuk lainnya turun 2,10 persen dibanding Februari.", "Februari", "2017-02")]
    [InlineData("Jika dibandingkan dengan Februari, TPK hotel berbintang", "Februari", "2017-02")]
    [InlineData("sedikit turun dibandingkan Januari yang senilai 1,43 miliar", "Januari", "2017-01")]
    public void A_month_compared_with_is_the_last_such_month(string text, string mention, string iso)
    {
        var e = Assert.Single(Dates(text));
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void Dengan_alone_is_no_lead_word_for_a_month()
        => Assert.Empty(Dates("bertemu dengan Agustus Nugroho di kantornya"));

    [Theory]
    [InlineData("Secara kumulatif selama Januari - Maret, kunjungan wisatawan", "Januari - Maret", "2017-01/2017-03")]
    [InlineData("pabrik Hyundai selama Juli - September juga dilaporkan", "Juli - September", "2016-07/2016-09")] // September is after publication
    [InlineData("pada tahun berjalan (bulan Januari hingga September) dan", "Januari hingga September", "2016-01/2016-09")]
    public void A_month_range_after_a_lead_word_is_one_span(string text, string mention, string iso)
    {
        var e = Assert.Single(Dates(text));
        Assert.Equal(mention, e.Text);
        Assert.Equal(iso, e.NormalizedValue);
    }

    [Fact]
    public void A_month_range_without_a_lead_word_stays_untagged()
        => Assert.Empty(Dates("Sekitar Januari - Maret kunjungan naik"));
}
