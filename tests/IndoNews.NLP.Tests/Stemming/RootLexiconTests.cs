using System.Security.Cryptography;
using System.Text;
using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

public class RootLexiconTests
{
    [Fact]
    public void Default_lexicon_is_the_shipped_file()
    {
        var lexicon = RootLexicon.Default;
        Assert.InRange(lexicon.Count, 30_000, 32_000);
        Assert.True(lexicon.Contains("rumah"));
        Assert.True(lexicon.Contains("bangun".AsSpan()));
        Assert.False(lexicon.Contains("pembangunan"));
        Assert.False(lexicon.Contains(""));
        Assert.False(lexicon.Contains((string?)null));
    }

    [Fact]
    public void Shipped_data_holds_nothing_of_kata_dasar()
    {
        // kata-dasar.txt (CC BY-NC-SA) must never be in the repository or the package.
        string kataDasar = SharedData.Require(StemmingData.KataDasar);
        byte[] forbidden = SHA256.HashData(File.ReadAllBytes(kataDasar));
        foreach (string file in Directory.EnumerateFiles(Path.Combine(SharedData.RepoRoot, "data"), "*", SearchOption.AllDirectories))
        {
            Assert.NotEqual(forbidden, SHA256.HashData(File.ReadAllBytes(file)));
        }
    }

    [Fact]
    public void FromFile_trims_lines_skips_blanks_and_duplicates()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "\uFEFFrumah\r\n  buku \r\n\r\nrumah\nbangun", new UTF8Encoding(false));
            var lexicon = RootLexicon.FromFile(path);
            Assert.Equal(3, lexicon.Count);
            Assert.Equal(["rumah", "buku", "bangun"], lexicon.Words());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FromFile_rejects_missing_and_binary_files()
    {
        Assert.Throws<FileNotFoundException>(() => RootLexicon.FromFile("/no/such/kata-dasar.txt"));
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [0x72, 0x75, 0xC3, 0x28, 0x0A]);
            Assert.Throws<InvalidDataException>(() => RootLexicon.FromFile(path));
            File.WriteAllBytes(path, [0x72, 0x00, 0x75]);
            Assert.Throws<InvalidDataException>(() => RootLexicon.FromFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_entry_is_found_and_near_misses_are_not()
    {
        var words = StemmingData.Lexicon(StemmingData.KataDasar).Words().ToArray();
        var lexicon = RootLexicon.FromWords(words);
        Assert.All(words, w => Assert.True(lexicon.Contains(w.Trim())));
        Assert.All(words.Take(2000), w => Assert.False(lexicon.Contains(w + "qx")));
    }
}
