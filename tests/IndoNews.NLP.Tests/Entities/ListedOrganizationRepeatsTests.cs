using System.Diagnostics;
using System.Text;
using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

/// <summary>A listed organisation tagged alone once in the document is the organisation where the same word stands untagged.</summary>
public class ListedOrganizationRepeatsTests
{
    [Fact]
    public void A_league_tagged_once_is_the_organisation_where_it_was_left_untagged()
    {
        // IndoSum 1053: "NBA" is tagged in one sentence and was missed in "dalam sejarah NBA".
        const string text = "Babak final NBA tahun ini diikuti tiga pemain yang menyabet tujuh dari delapan gelar pemain terbaik (MVP) NBA.\n"
                            + "Dari delapan tim dalam sejarah NBA yang lolos ke final tanpa terkalahkan, tiga di antaranya kalah di final.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("sejarah NBA", StringComparison.Ordinal) + 8;
        var entity = Assert.Single(doc.Entities, e => e.Start == at);
        Assert.Equal(("NBA", "ORG"), (entity.Text, entity.Label));
    }

    [Fact]
    public void A_commission_in_capitals_is_taken_after_a_verb_and_first_in_a_sentence()
    {
        // IndoSum 135: "KPPU" is tagged after its spelled-out name and missed after "dipanggil" and at a sentence's start.
        const string text = "Jakarta, CNN Indonesia - - Komisi Pengawas Persaingan Usaha (KPPU) merespon laporan Forum Masyarakat "
                            + "Telekomunikasi Indonesia (FMTI).\n"
                            + "XL sendiri telah mengaku telah dipanggil KPPU pada Selasa (3/10).\n"
                            + "KPPU mengakui ada indikasi bahwa pembentukan perusahaan patungan antara XL dan Indosat ini telah dirancang sejak lama.";
        var doc = Pipeline.Analyze(text);
        foreach (int at in new[] { text.IndexOf("dipanggil KPPU", StringComparison.Ordinal) + 10, text.IndexOf("KPPU mengakui", StringComparison.Ordinal) })
        {
            var entity = Assert.Single(doc.Entities, e => e.Start == at);
            Assert.Equal(("KPPU", "ORG"), (entity.Text, entity.Label));
        }
    }

    [Theory]
    // IndoSum 1: the maker's name before its car's name is the product's, "Toyota Calya".
    [InlineData("Adapun Toyota Calya diluncurkan pertama kali pada 2 Agustus lalu dan langsung mulai dijual di Indonesia.\n"
                + "Ia mengatakan Toyota siap berkoordinasi dengan Daihatsu untuk menyesuaikan kapasitas produksi.", "Toyota Calya")]
    // IndoSum 728: "FA" is tagged once, but "Piala FA" is the cup.
    [InlineData("Namun, dia tergoda untuk membantu mantan klubnya, Chelsea, untuk mengunci gelar Piala FA.\n"
                + "Sosok yang sudah mempersembahkan 14 gelar, termasuk empat trofi Piala FA untuk kubu Stamford Bridge ini juga "
                + "terbilang produktif apabila berjumpa dengan Arsenal.", "gelar Piala FA")]
    public void A_word_next_to_another_capitalised_word_is_left(string text, string context)
    {
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf(context, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Entities, e => e.Label == "ORG" && e.Start >= at && e.End <= at + context.Length && e.Text is "Toyota" or "FA");
    }

    [Fact]
    public void Many_mentions_take_time_linear_in_their_number()
    {
        // One tagged "NBA" and 40,000 untagged ones: one pass over the entities and one over the tokens.
        const string sentence = "Laga lanjutan NBA digelar malam ini. ";
        var text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) text.Append(sentence);
        var doc = RuleDocuments.WithOrganizations(text.ToString(), ("NBA", sentence.IndexOf("NBA", StringComparison.Ordinal)));
        var stopwatch = Stopwatch.StartNew();
        ListedOrganizationRepeats.Add(doc);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"{stopwatch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(40_000, doc.Entities.Count);
        Assert.All(doc.Entities, e => Assert.Equal(("NBA", "ORG"), (e.Text, e.Label)));
    }

    [Fact]
    public void A_short_form_for_a_document_is_no_listed_organisation()
    {
        // IndoSum 1233: the tagger read "BAP" (berita acara pemeriksaan, the examination report) as an organisation in some
        // sentences; the lists do not hold it, so the untagged one stays untagged.
        const string text = "JPU beralasan pernyataan Miryam soal keinginan mencabut BAP telah dibantah oleh tiga penyidik KPK.\n"
                            + "Markus sendiri telah ditetapkan sebagai tersangka karena diduga menyuruh Miryam mencabut BAP.";
        var doc = Pipeline.Analyze(text);
        int at = text.LastIndexOf("BAP", StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Text == "BAP" && e.Label == "ORG");
        Assert.DoesNotContain(doc.Entities, e => e.Start == at);
    }
}
