using IndoNews.NLP.Entities;
using IndoNews.NLP.Segmentation;

namespace IndoNews.NLP.Tests.Entities;

/// <summary>
/// The larger name lists of <c>data/ner/gazetteers-large</c> (read only when given as a second <c>--gazetteers</c>
/// folder): their file names give their categories, and none of their one-word names is a word news writes in lower
/// case, since the lists are matched without regard to case (a listed <c>Yang</c> or <c>Salah</c> would mark every
/// <c>yang</c> and <c>salah</c>).
/// </summary>
public sealed class LargeGazetteerTests
{
    private static readonly string Base = Path.Combine(SharedData.RepoRoot, "data", "ner", "gazetteers");
    private static readonly string Large = Path.Combine(SharedData.RepoRoot, "data", "ner", "gazetteers-large");

    [Theory]
    [InlineData("Sheila on 7", "organizations")]
    [InlineData("Kompas Gramedia", "organizations")]
    [InlineData("Galatasaray", "organizations")]
    [InlineData("Simanjuntak", "person-names")]
    [InlineData("Kento Momota", "person-names")]
    [InlineData("Nusa Penida", "places")]
    [InlineData("Selat Sunda", "places")]
    public void Names_are_listed_under_their_files_category_only_with_the_large_folder(string name, string file)
    {
        ulong[] hashes = [.. Gazetteer.SplitPhrase(name).Select(t => FeatureHash.OfLower(t))];
        byte mask = (byte)(1 << (int)GazetteerFiles.Files[file]);
        Assert.Equal(hashes.Length, GazetteerFiles.Load([Base, Large]).LongestMatch(hashes, 0, mask));
        Assert.True(GazetteerFiles.Load(Base).LongestMatch(hashes, 0, mask) < hashes.Length, name + " is listed whole without the large folder");
    }

    [Fact]
    public void No_one_word_name_is_a_word_news_writes_in_lower_case()
    {
        var clashes = new List<string>();
        int words = 0;
        foreach (string file in new[] { "organizations", "person-names", "places" })
        {
            foreach (string raw in File.ReadLines(Path.Combine(Large, file + ".txt")))
            {
                string line = raw.Trim();
                if (line.Length == 0 || line[0] == '#' || line.Contains(' ', StringComparison.Ordinal)) continue;
                words++;
                if (NewsLowerCaseWords.Contains(line)) clashes.Add(file + ": " + line);
            }
        }

        Assert.True(words > 3000, $"only {words} one-word names read");
        Assert.Empty(clashes);
        Assert.True(NewsLowerCaseWords.Contains("salah"), "the lower-case word list is not loaded");
    }
}
