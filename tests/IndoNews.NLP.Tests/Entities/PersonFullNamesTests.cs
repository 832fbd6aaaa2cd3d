namespace IndoNews.NLP.Tests.Entities;

public class PersonFullNamesTests
{
    [Fact]
    public void A_name_after_a_director_noun_is_the_person()
    {
        // IndoSum: the tagger reads "Clint Eastwood" after "sutradara" as an organisation.
        const string text = "Suasana berubah, dari kepanikan akan keselamatan saat terbang, menjadi persoalan benar tidaknya keputusan yang diambil Sully.\n"
                            + "Dengan alur maju mundur, sutradara Clint Eastwood dengan sangat cerdas menjaga emosi dan ketegangan sepanjang film.";
        var doc = Pipeline.Analyze(text);
        var entity = Assert.Single(doc.Entities, e => e.Text == "Clint Eastwood");
        Assert.Equal("PER", entity.Label);
    }

    [Fact]
    public void A_full_name_in_a_quotation_is_the_person_tagged_elsewhere()
    {
        // IndoSum: "Harry Styles" is a person twice in the article, but left out inside the quotation.
        const string text = "Jakarta, CNN Indonesia - - Mantan personel boyband One Direction, Harry Styles menjajal bakat aktingnya dalam film besutan Christopher Nolan, bertajuk Dunkirk.\n"
                            + "Harry Styles akan berperan sebagai tentara Inggris bernama Alex.\n"
                            + "“Sepupu saya membaca berita tentang Styles di Billboard dan dia sangat bersemangat. Saya memenangkan Harry Styles!” kata Rylance, dikutip NME.";
        var doc = Pipeline.Analyze(text);
        int at = text.IndexOf("memenangkan Harry", StringComparison.Ordinal) + "memenangkan ".Length;
        var entity = Assert.Single(doc.Entities, e => e.Start == at);
        Assert.Equal("PER", entity.Label);
        Assert.Equal("Harry Styles", entity.Text);
    }
}
