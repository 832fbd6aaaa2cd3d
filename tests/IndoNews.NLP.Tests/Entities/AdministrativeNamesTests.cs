namespace IndoNews.NLP.Tests.Entities;

/// <summary>The name after a capitalised administrative unit is a place, with the unit inside the span.</summary>
public class AdministrativeNamesTests
{
    [Fact]
    public void A_village_read_as_an_organisation_is_a_place()
    {
        // IndoSum: "Desa Air Paoh" was an organisation.
        const string text = "Pelaku ketangkap basah saat sedang beraksi di salah satu rumah warga Desa Air Paoh.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", Assert.Single(doc.Entities, e => e.Text == "Desa Air Paoh").Label);
    }

    [Fact]
    public void An_untagged_village_after_a_street_number_is_a_place()
    {
        // IndoSum: "Desa Sekip" was left untagged between the street and the district.
        const string text = "Ketika menggeledah rumah Andi Lala di Jalan Pembangunan 2 Desa Sekip, Kecamatan Lubuk Pakam, Kabupaten Deliserdang, "
                            + "petugas menemukan barang bukti.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", Assert.Single(doc.Entities, e => e.Text == "Desa Sekip").Label);
    }

    [Fact]
    public void A_village_name_ends_before_the_neighbourhood()
    {
        // IndoSum: "Desa Tulis Selo Piro" was untagged; the name ends before "RT".
        const string text = "Korban dibantu ibu bernama Sukiati (43), warga Desa Tulis Selo Piro RT 03/03 Kecamatan Tulis.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", Assert.Single(doc.Entities, e => e.Text == "Desa Tulis Selo Piro").Label);
    }

    [Fact]
    public void A_district_read_as_a_person_after_its_unit_elsewhere_is_a_place()
    {
        // IndoSum: "Kutabaharu" after "Camat" was a person; the article names "Kecamatan Kutabaharu".
        const string text = "Danau itu berada di Kecamatan Kutabaharu, Kabupaten Aceh Singkil.\n"
                            + "Camat Kutabaharu, Sofyan kepada wartawan di Singkil, Sabtu menyatakan danau itu aman.";
        var doc = Pipeline.Analyze(text);
        Assert.Equal("LOC", Assert.Single(doc.Entities, e => e.Text == "Kutabaharu").Label);
    }

    [Fact]
    public void A_unit_inside_a_post_or_body_is_left()
    {
        // "Kepala Desa", "Wali Kota": the word before the unit is capitalised, so the unit names no place here.
        const string text = "Kepala Desa Burhani Arwin meninggal dunia. Wali Kota Tri Rismaharini hadir dalam acara itu.";
        var doc = Pipeline.Analyze(text);
        Assert.DoesNotContain(doc.Entities, e => e.Label == "LOC" && (e.Text.Contains("Burhani", StringComparison.Ordinal) || e.Text.Contains("Rismaharini", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_person_who_shares_a_town_s_name_stays_a_person()
    {
        // Town names are given names too ("Kota Bima", Bima): only the units below a regency make bare repeats places.
        const string text = "Banjir bandang melanda Kota Bima, Nusa Tenggara Barat, Rabu (21/12).\n"
                            + "\"Air naik sangat cepat,\" kata Bima kepada wartawan.";
        var doc = Pipeline.Analyze(text);
        Assert.DoesNotContain(doc.Entities, e => e.Text == "Bima" && e.Label == "LOC");
    }
}
