namespace IndoNews.NLP.Tests.Entities;

/// <summary>Regressions found by the pipeline property tests.</summary>
public class HyphenEntityRegressionTests
{
    [Theory]
    [InlineData("PT \n oi'nSUlEw-syu ")]
    [InlineData("PT Maju-Mundur Sejahtera meneken kontrak.")]
    [InlineData("Pertemuan Rusia-Amerika di Jenewa.")]
    public void No_entity_starts_or_ends_with_the_hyphen_of_a_split_word(string text)
    {
        var doc = Pipeline.Analyze(text);
        foreach (var entity in doc.Entities)
        {
            Assert.Equal(entity.Text, text[entity.Start..entity.End]);
            Assert.False(entity.Text.StartsWith('-') || entity.Text.EndsWith('-'), $"entity '{entity.Text}' starts or ends with a hyphen");
        }
    }
}
