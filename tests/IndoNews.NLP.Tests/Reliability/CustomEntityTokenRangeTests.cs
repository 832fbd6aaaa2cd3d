namespace IndoNews.NLP.Tests.Reliability;

/// <summary>
/// An entity added by a user's recognizer without a token range (the <see cref="Entity"/> constructor leaves -1, -1)
/// gets the tokens its characters touch in the built document, as the library's own entities have them.
/// </summary>
public class CustomEntityTokenRangeTests
{
    [Fact]
    public void A_custom_entity_gets_the_tokens_it_covers()
    {
        const string text = "Presiden Joko Widodo meresmikan Bendungan Karian di Lebak, Banten, Kamis (14/3).";
        var pipeline = Pipeline.CreateDefaultBuilder().AddEntityRecognizer(new Listed("Karian di Lebak", "DAM")).Build();
        var document = pipeline.Process(text);

        var dam = Assert.Single(document.Entities, e => e.Label == "DAM");
        Assert.Equal(["Karian", "di", "Lebak"], Texts(document, dam));

        // The library's own entities were already so.
        var person = Assert.Single(document.Entities, e => e.Label == EntityLabels.Person);
        Assert.Equal(["Joko", "Widodo"], Texts(document, person));
    }

    [Fact]
    public void A_custom_entity_inside_a_token_gets_that_token()
    {
        const string text = "Warganet ramai menulis tagar #SaveKPK sejak Senin.";
        var pipeline = Pipeline.CreateBuilder().AddEntityRecognizer(new Listed("KPK", EntityLabels.Organization)).Build();
        var document = pipeline.Process(text);
        var kpk = Assert.Single(document.Entities);
        Assert.Equal(34, kpk.Start);
        Assert.Equal(["#SaveKPK"], Texts(document, kpk));
    }

    private static string[] Texts(Document document, Entity entity)
    {
        Assert.InRange(entity.TokenStart, 0, document.Tokens.Count - 1);
        Assert.InRange(entity.TokenEnd, entity.TokenStart + 1, document.Tokens.Count);
        return document.Tokens.Skip(entity.TokenStart).Take(entity.TokenEnd - entity.TokenStart).Select(t => t.Text).ToArray();
    }

    // A user's gazetteer as the README sketches one: it finds its phrase by characters and sets no tokens.
    private sealed class Listed(string phrase, string label) : IEntityRecognizer
    {
        public void Recognize(DocumentBuilder document)
        {
            int at = document.Text.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0) document.Entities.Add(new Entity(phrase, label, at, at + phrase.Length));
        }
    }
}
