using System.Collections.Frozen;
using System.Text;

namespace IndoNews.NLP.Tagging;

/// <summary>
/// A universal part-of-speech (UPOS) tagger: an averaged perceptron over hashed features of a token and its
/// neighbours' words (<see cref="UposFeatures"/>), trained on the UD Indonesian treebanks (see
/// <c>data/pos/SOURCE.md</c>). Each token is tagged on its own, so a caller can ask for just the tokens it needs.
/// Immutable and thread-safe.
/// </summary>
internal sealed class UposTagger
{
    private const string Magic = "IDNUPOS1";

    private readonly FrozenDictionary<ulong, int> _rows;
    private readonly float[] _weights;

    /// <param name="tags">The tag set; weights are stored per feature row in this order.</param>
    /// <param name="weights">Feature hash → one weight per tag.</param>
    /// <param name="domain">The treebank whose conventions <see cref="Tag(ReadOnlySpan{Token}, int)"/> follows (0 = GSD, 1 = CSUI).</param>
    public UposTagger(IReadOnlyList<string> tags, IReadOnlyDictionary<ulong, float[]> weights, int domain)
    {
        Tags = [.. tags];
        Domain = domain;
        var rows = new Dictionary<ulong, int>(weights.Count);
        _weights = new float[weights.Count * Tags.Length];
        int row = 0;
        foreach (var (feature, values) in weights.OrderBy(p => p.Key))
        {
            if (values.Length != Tags.Length) throw new ArgumentException("Each feature needs one weight per tag.", nameof(weights));
            rows[feature] = row;
            values.CopyTo(_weights, row * Tags.Length);
            row++;
        }

        _rows = rows.ToFrozenDictionary();
    }

    /// <summary>The tag set.</summary>
    public string[] Tags { get; }

    /// <summary>The treebank whose conventions the tagger follows (0 = GSD, 1 = CSUI).</summary>
    public int Domain { get; }

    /// <summary>Number of feature rows.</summary>
    public int FeatureCount => _rows.Count;

    /// <summary>The UPOS tag of <c>tokens[index]</c>.</summary>
    public string Tag(ReadOnlySpan<Token> tokens, int index) => Tag(tokens, index, 0)!;

    /// <summary>The UPOS tag of <c>tokens[index]</c>, or null when the best tag's score beats the runner-up's by less than <paramref name="minMargin"/>.</summary>
    public string? Tag(ReadOnlySpan<Token> tokens, int index, float minMargin)
    {
        if ((uint)index >= (uint)tokens.Length) throw new ArgumentOutOfRangeException(nameof(index));
        Span<ulong> features = stackalloc ulong[UposFeatures.MaxCount];
        int n = UposFeatures.Extract(tokens, index, Domain, features);
        Span<float> scores = stackalloc float[Tags.Length];
        Score(features[..n], scores);
        int best = 0;
        for (int t = 1; t < scores.Length; t++)
        {
            if (scores[t] > scores[best]) best = t;
        }

        if (minMargin > 0)
        {
            for (int t = 0; t < scores.Length; t++)
            {
                if (t != best && scores[best] - scores[t] < minMargin) return null;
            }
        }

        return Tags[best];
    }

    private void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        int width = Tags.Length;
        foreach (ulong f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) continue;
            var w = _weights.AsSpan(row * width, width);
            for (int t = 0; t < width; t++) scores[t] += w[t];
        }
    }

    /// <summary>
    /// Writes the model (little-endian binary): the magic <c>IDNUPOS1</c>, the domain (int32), the tag count (int32) and
    /// tags (length-prefixed UTF-8), the feature count (int32), then per feature its hash (uint64), how many tags it has a
    /// weight for (byte) and each (tag index byte, weight as a 16-bit float).
    /// </summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Domain);
        writer.Write(Tags.Length);
        foreach (string tag in Tags) writer.Write(tag);
        writer.Write(_rows.Count);
        foreach (var (feature, row) in _rows.OrderBy(p => p.Key))
        {
            // Sparse: most features have weights for a few tags only.
            var values = _weights.AsSpan(row * Tags.Length, Tags.Length);
            writer.Write(feature);
            writer.Write((byte)(Tags.Length - values.Count(0f)));
            for (int t = 0; t < Tags.Length; t++)
            {
                if (values[t] == 0) continue;
                writer.Write((byte)t);
                writer.Write((Half)values[t]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a tagger model.</exception>
    public static UposTagger Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic) throw new InvalidDataException($"{path}: not a UPOS tagger model.");
        int domain = reader.ReadInt32();
        int tagCount = reader.ReadInt32();
        if (tagCount is <= 0 or > 64) throw new InvalidDataException($"{path}: bad tag count {tagCount}.");
        var tags = new string[tagCount];
        for (int t = 0; t < tagCount; t++) tags[t] = reader.ReadString();
        int count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException($"{path}: bad feature count {count}.");
        var weights = new Dictionary<ulong, float[]>(count);
        for (int i = 0; i < count; i++)
        {
            ulong feature = reader.ReadUInt64();
            var values = new float[tagCount];
            int nonZero = reader.ReadByte();
            for (int k = 0; k < nonZero; k++)
            {
                int t = reader.ReadByte();
                if (t >= tagCount) throw new InvalidDataException($"{path}: bad tag index {t}.");
                values[t] = (float)reader.ReadHalf();
            }

            weights[feature] = values;
        }

        if (stream.Position != stream.Length) throw new InvalidDataException($"{path}: trailing data.");
        return new UposTagger(tags, weights, domain);
    }
}
