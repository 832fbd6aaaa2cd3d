namespace IndoNews.NLP.Tests.Entities;

/// <summary>An organisation that opens with a personal initial is a person.</summary>
public class InitialledPersonsTests
{
    [Fact]
    public void A_referee_named_with_an_initial_is_a_person()
    {
        // IndoSum 1145: the tagger read "P. Gil" as an organisation (it does so for "Pedro Gil" too).
        const string text = "Setelah itu, tidak ada gol tambahan yang tercipta hingga wasit P. Gil meniup peluit tanda laga berakhir.";
        var doc = Pipeline.Analyze(text);
        var entity = Assert.Single(doc.Entities, e => e.Text == "P. Gil");
        Assert.Equal("PER", entity.Label);
    }

    [Fact]
    public void Dotted_forms_glued_together_are_left()
    {
        // IndoSum 146: "U.S. Cellular" is a firm; no initial and a space open it.
        const string text = "Pengujian itu dilakukan di laboratorium milik U.S. Cellular.";
        var doc = Pipeline.Analyze(text);
        Assert.DoesNotContain(doc.Entities, e => e.Label == "PER");
    }
}
