namespace IndoNews.NLP.Entities;

/// <summary>
/// Reads the gazetteer lists of <c>data/ner/gazetteers/</c>: one phrase per line, <c>#</c> starts a
/// comment; the file name says the category (<c>countries.txt</c> → <see cref="GazetteerCategory.Country"/>).
/// </summary>
internal static class GazetteerFiles
{
    /// <summary>File name (without extension) of each category's list.</summary>
    public static IReadOnlyDictionary<string, GazetteerCategory> Files { get; } = new Dictionary<string, GazetteerCategory>(StringComparer.Ordinal)
    {
        ["countries"] = GazetteerCategory.Country,
        ["places"] = GazetteerCategory.Place,
        ["organizations"] = GazetteerCategory.Organization,
        ["titles"] = GazetteerCategory.Title,
        ["honorifics"] = GazetteerCategory.Honorific,
        ["person-names"] = GazetteerCategory.PersonName,
        ["organization-heads"] = GazetteerCategory.OrganizationHead,
        ["place-heads"] = GazetteerCategory.PlaceHead,
    };

    /// <summary>Loads every list found in <paramref name="directory"/>.</summary>
    public static Gazetteer Load(string directory) => Load([directory]);

    /// <summary>Loads every list found in each of <paramref name="directories"/> into one gazetteer
    /// (a phrase listed in several folders, or under several categories, gets every category).</summary>
    public static Gazetteer Load(IEnumerable<string> directories)
    {
        var entries = new List<(string[], GazetteerCategory)>();
        foreach (string directory in directories)
        {
            AddEntries(directory, entries);
        }

        return Gazetteer.Build(entries);
    }

    private static void AddEntries(string directory, List<(string[], GazetteerCategory)> entries)
    {
        foreach (var (name, category) in Files)
        {
            foreach (string line in ReadPhrases(Path.Combine(directory, name + ".txt")))
            {
                entries.Add((Gazetteer.SplitPhrase(line), category));
            }
        }
    }

    /// <summary>The phrases of one list, trimmed, without comments and blank lines; none when the file is missing.</summary>
    public static IEnumerable<string> ReadPhrases(string path)
    {
        if (!File.Exists(path)) yield break;
        foreach (string raw in File.ReadLines(path))
        {
            int hash = raw.IndexOf('#', StringComparison.Ordinal);
            string line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length > 0) yield return line;
        }
    }
}
