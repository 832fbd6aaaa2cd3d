using System.Text;

namespace IndoNews.NLP.Entities;

/// <summary>
/// The result of <see cref="BrownClusterer"/>: each clustered lower-case word with its bit string in the cluster
/// hierarchy (all words of one cluster share it). Can be written to and read from a text file (one
/// <c>bits TAB word</c> line per word after a header line), so that training runs on one corpus can share one
/// clustering.
/// </summary>
/// <remarks>Immutable after construction.</remarks>
internal sealed class BrownClusters
{
    private readonly Dictionary<string, string> _paths;

    /// <summary>Wraps the paths of a clustering.</summary>
    /// <param name="paths">Bit string ('0' and '1') per lower-case word.</param>
    /// <param name="clusterCount">Number of leaves of the hierarchy (distinct paths).</param>
    public BrownClusters(Dictionary<string, string> paths, int clusterCount)
    {
        _paths = paths;
        ClusterCount = clusterCount;
    }

    /// <summary>Bit string per lower-case word.</summary>
    public IReadOnlyDictionary<string, string> Paths => _paths;

    /// <summary>Number of clusters (leaves of the hierarchy).</summary>
    public int ClusterCount { get; }

    /// <summary>The table the model stores: the <see cref="BrownPath"/> code of each word, keyed by the hash of the word (<see cref="FeatureHash.Of"/>).</summary>
    public Dictionary<ulong, uint> ToCodes()
    {
        var codes = new Dictionary<ulong, uint>(_paths.Count);
        foreach (var (word, path) in _paths) codes[FeatureHash.Of(word)] = BrownPath.Encode(path);
        return codes;
    }

    /// <summary>Writes the clustering: <paramref name="header"/> on the first line, then <c>bits TAB word</c> lines in ordinal word order.</summary>
    public void Write(string path, string header)
    {
        if (header.Contains('\n', StringComparison.Ordinal)) throw new ArgumentException("one line expected", nameof(header));
        string temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
        {
            writer.Write(header);
            writer.Write('\n');
            foreach (var (word, bits) in _paths.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(bits);
                writer.Write('\t');
                writer.Write(word);
                writer.Write('\n');
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a clustering written by <see cref="Write"/> if the file exists and its first line is
    /// <paramref name="header"/>; null otherwise (another corpus or other settings).</summary>
    /// <exception cref="InvalidDataException">The header matches but a line is not <c>bits TAB word</c>.</exception>
    public static BrownClusters? TryRead(string path, string header)
    {
        if (!File.Exists(path)) return null;
        using var reader = new StreamReader(path, Encoding.UTF8);
        if (reader.ReadLine() != header) return null;
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        string? line;
        int lineNumber = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || tab + 1 == line.Length || line.AsSpan(0, tab).ContainsAnyExcept('0', '1') || !paths.TryAdd(line[(tab + 1)..], line[..tab]))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected a bit string, a tab and a word not listed before.");
            }
        }

        return new BrownClusters(paths, paths.Values.Distinct(StringComparer.Ordinal).Count());
    }
}
