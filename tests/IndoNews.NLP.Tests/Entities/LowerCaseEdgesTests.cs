namespace IndoNews.NLP.Tests.Entities;

/// <summary>In mixed-case text, common words in lower case at a name's edges leave it.</summary>
public class LowerCaseEdgesTests
{
    private static IEnumerable<string> Names(string text)
        => Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "LOC" or "ORG").Select(e => $"{e.Label} {e.Text}");

    [Fact]
    public void A_city_word_in_lower_case_leaves_the_place()
    {
        const string text = "\"Tak hanya keindahan kota Yogyakarta yang dimunculkan dalam film Ada Apa Dengan Cinta 2, tetapi, juga keindahan "
                            + "alam dan kultur Indonesia Timur, seperti Nusa Tenggara Timur, dalam film Atambua 39 derajat Celcius,\" ujar Riri.";
        var names = Names(text).ToList();
        Assert.Contains("LOC Yogyakarta", names);
        Assert.DoesNotContain("LOC kota Yogyakarta", names);
    }

    [Fact]
    public void An_adjective_after_a_brand_leaves_it()
    {
        const string text = "Pemuda yang bekerja sebagai karyawan swasta itu bergabung dalam grup WhatsApp internasional.";
        Assert.Contains("ORG WhatsApp", Names(text));
    }

    [Fact]
    public void A_street_word_stays_where_the_rest_would_be_a_person()
    {
        // Without "jalan" the model reads "Gatot Subroto" as the general: the street keeps its word.
        const string text = "Essien sementara ini dikabarkan tinggal di sebuah hotel di kawasan jalan Gatot Subroto, Bandung.";
        Assert.Contains("LOC jalan Gatot Subroto", Names(text));
    }

    [Fact]
    public void Pieces_of_hyphenated_names_stay()
    {
        const string text = "Serial ini bercerita tentang putri duyung Shim Chung (Jun Ji Hyun) yang bepergian ke kehidupan modern Seoul "
                            + "untuk mencari cintanya Heo Joon - jae (Lee Min - ho).";
        var names = Names(text).ToList();
        Assert.Contains("PER Heo Joon - jae", names);
        Assert.Contains("PER Lee Min - ho", names);
    }

    [Fact]
    public void Text_in_lower_case_is_left_as_the_tagger_reads_it()
    {
        // NERP-style lower-cased text: no capital marks a name, so nothing is trimmed.
        const string text = "keindahan kota yogyakarta dimunculkan dalam film itu, ujar riri.";
        var baseline = Pipeline.CreateBuilder().UseNamedEntityTagger().Build().Process(text).Entities.Select(e => e.Text);
        Assert.Equal(baseline, Pipeline.Analyze(text).Entities.Where(e => e.Label is "PER" or "LOC" or "ORG").Select(e => e.Text));
    }
}
