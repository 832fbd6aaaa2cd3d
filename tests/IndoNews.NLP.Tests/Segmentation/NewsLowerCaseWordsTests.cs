using IndoNews.NLP.Segmentation;

namespace IndoNews.NLP.Tests.Segmentation;

public class NewsLowerCaseWordsTests
{
    [Fact]
    public void TheShippedListHoldsCommonWordsButNotNamesThatAreAlsoWords()
    {
        // The words after "Model X.", "Logitech G.", "hepatitis B.", "iPhone X.", "Nippon Steel Corp." in IndoSum.
        foreach (string word in new[] { "Pihak", "Aset", "Vaksin", "Analis", "Rencana", "eks", "keduanya" })
        {
            Assert.True(NewsLowerCaseWords.Contains(word), word);
        }

        // Words that IndoSum mostly capitalises inside sentences: given names, places, surnames ("Gatot S. Dewa Broto").
        foreach (string word in new[] { "Dewa", "Agus", "Siti", "Malaysia", "Spanyol", "Kennedy", "Morita" })
        {
            Assert.False(NewsLowerCaseWords.Contains(word), word);
        }
    }

    [Fact]
    public void OnlyAWordWithOneCapitalFollowedBySmallLettersCounts()
    {
        Assert.True(NewsLowerCaseWords.ContainsCapitalised("Pihak"));
        Assert.False(NewsLowerCaseWords.ContainsCapitalised("pihak"));
        Assert.False(NewsLowerCaseWords.ContainsCapitalised("PIHAK"));
        Assert.False(NewsLowerCaseWords.ContainsCapitalised("PiHak"));
    }

    [Fact]
    public void LoadReadsCommentsAndNamesTheLineOfABadEntry()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# komentar\npihak\n\naset\n");
            var words = NewsLowerCaseWords.Load(path);
            Assert.Equal(2, words.Count);
            Assert.True(words.Contains("Aset".AsSpan()));

            File.WriteAllText(path, "pihak\naset tetap\n");
            var e = Assert.Throws<InvalidDataException>(() => NewsLowerCaseWords.Load(path));
            Assert.Contains(":2:", e.Message);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Throws<FileNotFoundException>(() => NewsLowerCaseWords.Load(Path.Combine(Path.GetTempPath(), "no-such-folder-5c1e", "words.txt")));
    }
}
