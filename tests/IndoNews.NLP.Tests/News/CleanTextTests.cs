using FsCheck;
using FsCheck.Fluent;

namespace IndoNews.NLP.Tests.News;

public class CleanTextTests
{
    private static readonly string[] Pieces =
    [
        "Polisi menangkap dua tersangka di Baturaja.", "Sumber: http://contoh.com", "Baca juga: Banjir Rendam Jakarta",
        "Harga naik 30 persen pada Senin (3/7).", "(ard)", "Post a Comment", "Menteri Keuangan Sri Mulyani bicara.",
    ];

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Every_kept_character_maps_to_the_same_character_and_back()
    {
        var gen = Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Join("\n", parts));
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var doc = Pipeline.CreateBuilder().UseNewsDocuments().Build().Process(text);
            var map = doc.CleanTextMap;
            string clean = doc.CleanText;
            foreach (var segment in map.Segments)
            {
                for (int i = 0; i < segment.Length; i++)
                {
                    int c = segment.CleanStart + i;
                    int o = map.ToOriginal(c);
                    if (clean[c] != text[o] || map.ToClean(o) != c || !doc.IsContent(o)) return false;
                }
            }

            return !clean.Contains("Post a Comment", StringComparison.Ordinal) && clean.Length == map.CleanLength;
        });
    }

    [Fact]
    public void Offsets_outside_the_texts_are_rejected()
    {
        var doc = Pipeline.CreateBuilder().UseNewsDocuments().Build().Process("Satu paragraf saja.");
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.CleanTextMap.ToOriginal(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.CleanTextMap.ToClean(doc.Text.Length + 1));
        Assert.Equal(doc.Text.Length, doc.CleanTextMap.ToOriginal(doc.CleanText.Length));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\n\n \t\n")]
    public void White_space_alone_has_an_empty_clean_text_with_the_news_stage_and_is_kept_without_it(string text)
    {
        var news = Pipeline.CreateBuilder().UseNewsDocuments().Build().Process(text);
        Assert.Equal(string.Empty, news.CleanText);
        Assert.Empty(news.CleanTextMap.Segments);
        Assert.Null(news.CleanTextMap.ToClean(1));

        var plain = Pipeline.CreateBuilder().Build().Process(text);
        Assert.Equal(text, plain.CleanText);
    }
}
