using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

public sealed class GazetteerFilesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gazetteers-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Folder(string name, string places)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "places.txt"), places);
        return path;
    }

    [Fact]
    public void Lists_of_several_folders_are_merged()
    {
        string main = Folder("main", "# cities\nBandung\nJawa Barat\n");
        string extra = Folder("extra", "# more\nWisconsin\nPidie Jaya\n");
        var gazetteer = GazetteerFiles.Load([main, extra]);
        Assert.Equal(4, gazetteer.EntryCount);
        ulong[] hashes = [.. new[] { "di", "Pidie", "Jaya", "dan", "bandung" }.Select(t => FeatureHash.OfLower(t))];
        const byte Place = 1 << (int)GazetteerCategory.Place;
        Assert.Equal(2, gazetteer.LongestMatch(hashes, 1, Place));
        Assert.Equal(1, gazetteer.LongestMatch(hashes, 4, Place));
        Assert.Equal(0, GazetteerFiles.Load(main).LongestMatch(hashes, 1, Place));
    }
}
