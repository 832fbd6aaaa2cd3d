using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

/// <summary>A short form in brackets that abbreviates the organisation or place before it takes that name's label.</summary>
public class BracketedShortFormsTests
{
    [Theory]
    // IndoSum sentences where the tagger found the name and left the bracket untagged.
    [InlineData("Menurutnya, hal ini disebabkan oleh data cadangan minyak mentah di Amerika Serikat pekan lalu yang dikeluarkan oleh American Petroleum Institute (API) yang melonjak hingga 14,2 juta barel.", "API", "ORG")]
    [InlineData("Melansir dari Sidney Morning Herald (SMH), mengutip keterangan yang diberikan Menteri Pertahanan Australia, Marise Payne, TNI mempermasalahkan sejumlah materi.", "SMH", "ORG")]
    [InlineData("Rektor Universitas Sam Ratulangi (Unsrat) Manado Provinsi Sulawesi Utara hadir dalam acara itu.", "Unsrat", "ORG")]
    [InlineData("Laga itu digelar di Stadion Gelora Bandung Lautan Api (GBLA), Sabtu (17/9), dan berlangsung sengit.", "GBLA", "LOC")]
    // No listed head: a noun that makes the phrase a body, or a listed head the gazetteer lacks.
    [InlineData("Penandatanganan deklarasi tersebut masuk dalam rangkaian agenda para pemimpin negara ASEAN di hari pertama Konferensi Tingkat Tinggi (KTT) ASEAN Ke-28 dan KTT Terkait ASEAN Ke-29 di National Convention Center (NCC) Vientiane, Laos, Selasa.", "NCC", "ORG")]
    [InlineData("Saham-saham yang masih dapat dicermati dianntaranya Summarecon Agung Tbk (SMRA), Semen Baturaja Tbk (SMBR), Unilever Indonesia Tbk (UNVR).", "SMRA", "ORG")]
    [InlineData("Rimanews - Tiga mahasiswa Fakultas Peternakan (Fapet) Universitas Brawijaya dibawah bimbingan dosen Firman Jaya berhasil menciptakan sumber kolagen halal untuk bahan kosmetik (pelembab) ajah berbahan baku kulit ceker ayam.", "Fapet", "ORG")]
    [InlineData("Tito mengatakan, langkah pemerintah memperpanjang jalan Tol Cikopo Palimanan (Cipali) hingga Gringsing membuat pemudik yang hendak menuju Slawi, Pemalang, Pekalongan, dan Batang dapat menghindari sumber kemacetan.", "Cipali", "LOC")]
    public void The_short_form_takes_the_names_label(string text, string shortForm, string label)
    {
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("(" + shortForm + ")", StringComparison.Ordinal) + 1;
        var entity = Assert.Single(doc.Entities, e => e.Start == at);
        Assert.Equal(shortForm, entity.Text);
        Assert.Equal(label, entity.Label);
    }

    [Theory]
    // The bracket shortens a longer phrase or another body, or the tagger's "name" is common words.
    [InlineData("Menurut dia, angka itu sudah cukup bagus, mengingat data penduduk itu dimungkinkan data ganda, maupun penduduk warga negera Indonesia (WNI) yang berada di luar negeri.", "WNI")]
    [InlineData("Pemerintah berencana mengutip Pajak Pertambahan Nilai (PPN) rokok sebesar 10 persen pada saat produk tersebut keluar dari pabrik.", "PPN")]
    // IndoSum sentences where the tagger took a common or English phrase, or a person, for an organisation or place:
    // capitals alone no longer make the bracket a name.
    [InlineData("\"Agar pasca Ramadan tidak jebol anggarannya, pisahkan gaji dengan Tunjangan Hari Raya (THR),\" katanya.", "THR")]
    [InlineData("Nantinya pelamar yang lolos seleksi administrasi, kata Asman, akan mengikuti seleksi kompetensi dasar (SKD) dengan sistem Computer Assisted Test (CAT).", "CAT")]
    [InlineData("JUARA.NET - Petarung Mixed Martial Arts (MMA) asal Irlandia, Conor McGregor, rencananya akan kembali bertanding melawan musuh bebuyutannya, Nate Diaz pada ajang UFC.", "MMA")]
    [InlineData("Kabar tersebut ternyata akurat, sebab Google baru saja mengumumkan ketersediaan Glass Enterprise Edition (EE) secara resmi.", "EE")]
    [InlineData("Merdeka.com - Imam besar Front Pembela Islam (FPI) Habib Rizieq Syihab menolak dengan tegas langkah Presidium Alumni 212 yang membela bos MNC Group Hary Tanoesoedibjo (HT) dengan melaporkan dugaan kriminalisasi ke Komnas HAM.", "HT")]
    [InlineData("Bukavu (ANTARA News) - Tentara menembak mati 36 pengungsi Burundi dalam bentrokan yang terjadi di Republik Demokratik (RD) Kongo bagian timur, ungkap pejabat pada Sabtu (16/9).", "RD")]
    [InlineData("Selain itu, pendanaan juga akan mendukung peningkatkan Bantuan Stimulan Perumahan Swadaya (BSPS), dengan sasaran 40 persen keluarga berpenghasilan terbawah di Indonesia.", "BSPS")]
    public void Other_brackets_stay_untagged(string text, string shortForm)
    {
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("(" + shortForm + ")", StringComparison.Ordinal) + 1;
        Assert.DoesNotContain(doc.Entities, e => e.Start == at);
    }

    [Theory]
    [InlineData("KPPU", "Komisi Pengawas Persaingan Usaha", 0)]
    [InlineData("Kemkominfo", "Kementerian Komunikasi dan Informatika", 0)]
    [InlineData("LIB", "PT Liga Indonesia Baru", 3)]
    [InlineData("WNI", "Indonesia", -1)]
    [InlineData("KNPB", "Papua Barat", -1)]
    public void The_match_finds_where_the_abbreviated_words_begin(string shortForm, string name, int start)
        => Assert.Equal(start, BracketedShortForms.Abbreviates(shortForm, name));
}
