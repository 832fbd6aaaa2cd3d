namespace IndoNews.NLP.Tests.Entities;

/// <summary>A reporter's credit in square brackets is no name; a capitalised name an editor brackets stays.</summary>
public class SquareBracketCreditsTests
{
    [Fact]
    public void A_credit_closing_the_last_sentence_is_no_name()
    {
        // IndoSum (Merdeka.com): the tagger read the credit "ian" as a person.
        const string text = "Polisi menyebut penyidik Direktorat Kriminal Khusus akan memeriksa saksi tambahan. \"Sudah jelas, mereka wajib "
                            + "mengembalikan,\" katanya. [ian]";
        var doc = Pipeline.Analyze(text);
        Assert.DoesNotContain(doc.Entities, e => e.Text == "ian");
    }

    [Fact]
    public void A_capitalised_agency_credit_in_square_brackets_stays()
    {
        // IndoSum: an agency credit in square brackets is the agency.
        const string text = "\"Dia harus memberi kesempatan kepada pemain muda,\" kata Gareth Barry. Keputusan itu diumumkan "
                            + "pada Senin. [Antara]";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Text == "Antara" && e.Label == "ORG");
    }
}
