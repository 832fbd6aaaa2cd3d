using System.Collections.Frozen;
using System.Text;
using IndoNews.NLP.Entities;
using IndoNews.NLP.Stemming;

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
    private const string SequenceMagic = "IDNUPOS2";

    // The sentence last decoded on this thread (a sequence tagger is asked for one token at a time).
    [ThreadStatic]
    private static DecodedSentence? t_last;

    private readonly FrozenDictionary<ulong, int> _rows;
    private readonly float[] _weights;
    private readonly float[]? _transitions;
    private readonly float[]? _starts;

    /// <param name="tags">The tag set; weights are stored per feature row in this order.</param>
    /// <param name="weights">Feature hash → one weight per tag.</param>
    /// <param name="domain">The treebank whose conventions <see cref="Tag(ReadOnlySpan{Token}, int)"/> follows (0 = GSD, 1 = CSUI).</param>
    /// <param name="transitions">With a sequence model: the score of tag b after tag a at <c>a * tags + b</c>; null for a tagger that tags each token on its own.</param>
    /// <param name="starts">With a sequence model: the score of each tag first in a sentence.</param>
    /// <param name="profiles">Word profiles the features read (<see cref="UposFeatures"/>), or null when the model was trained without.</param>
    public UposTagger(IReadOnlyList<string> tags, IReadOnlyDictionary<ulong, float[]> weights, int domain, float[]? transitions = null, float[]? starts = null, WordProfiles? profiles = null)
    {
        Profiles = profiles;
        Tags = [.. tags];
        if (transitions is not null != starts is not null) throw new ArgumentException("Transitions and starts come together.", nameof(starts));
        if (transitions is not null && (transitions.Length != Tags.Length * Tags.Length || starts!.Length != Tags.Length)) throw new ArgumentException("Transitions need one score per tag pair, starts one per tag.", nameof(transitions));
        _transitions = transitions;
        _starts = starts;
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

    /// <summary>Word profiles the features read, or null.</summary>
    public WordProfiles? Profiles { get; }

    /// <summary>True when tags are decoded per sentence with tag transitions (Viterbi) rather than per token.</summary>
    public bool IsSequence => _transitions is not null;

    /// <summary>Number of feature rows.</summary>
    public int FeatureCount => _rows.Count;

    /// <summary>The UPOS tag of <c>tokens[index]</c>.</summary>
    public string Tag(ReadOnlySpan<Token> tokens, int index) => Tag(tokens, index, 0)!;

    /// <summary>The UPOS tag of <c>tokens[index]</c>, or null when the best tag's score beats the runner-up's by less than <paramref name="minMargin"/>.</summary>
    public string? Tag(ReadOnlySpan<Token> tokens, int index, float minMargin)
    {
        if ((uint)index >= (uint)tokens.Length) throw new ArgumentOutOfRangeException(nameof(index));
        if (_transitions is not null) return SequenceTag(tokens, index, minMargin);
        Span<ulong> features = stackalloc ulong[UposFeatures.MaxCount];
        int n = UposFeatures.Extract(tokens, index, Domain, features, Profiles);
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

    // The token's tag on the best path through its sentence, with the max-marginal gap to the runner-up as the margin.
    private string? SequenceTag(ReadOnlySpan<Token> tokens, int index, float minMargin)
    {
        int width = Tags.Length;
        var last = t_last;
        if (last is null || !last.Covers(this, tokens, index))
        {
            int start = index;
            while (!UdLemmatizer.IsSentenceInitial(tokens, start)) start--;
            int end = index + 1;
            while (end < tokens.Length && !UdLemmatizer.IsSentenceInitial(tokens, end)) end++;
            var emissions = new float[(end - start) * width];
            EmitSentence(tokens, start, end, emissions);
            var marginals = new float[emissions.Length];
            UposSequenceDecoder.MaxMarginals(emissions, _transitions, _starts, width, marginals);
            t_last = last = new DecodedSentence(this, tokens[start], tokens[end - 1], start, end, marginals);
        }

        var scores = last.Marginals.AsSpan((index - last.Start) * width, width);
        int best = 0;
        for (int t = 1; t < width; t++)
        {
            if (scores[t] > scores[best]) best = t;
        }

        if (minMargin > 0)
        {
            for (int t = 0; t < width; t++)
            {
                if (t != best && scores[best] - scores[t] < minMargin) return null;
            }
        }

        return Tags[best];
    }

    /// <summary>Writes the feature scores of <c>tokens[start..end]</c> (one sentence), one row of tags per token.</summary>
    internal void EmitSentence(ReadOnlySpan<Token> tokens, int start, int end, Span<float> emissions)
    {
        int width = Tags.Length;
        Span<ulong> features = stackalloc ulong[UposFeatures.MaxCount];
        for (int i = start; i < end; i++)
        {
            int n = UposFeatures.Extract(tokens, i, Domain, features, Profiles);
            Score(features[..n], emissions.Slice((i - start) * width, width));
        }
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
    /// Writes the model (little-endian binary): the magic <c>IDNUPOS1</c> (or <c>IDNUPOS2</c> for a
    /// tagger with transitions or word profiles, followed after the domain by a flags byte: 1 transitions, 2 profiles), the domain (int32), the tag count (int32) and
    /// tags (length-prefixed UTF-8), the feature count (int32), then per feature its hash (uint64), how many tags it has a
    /// weight for (byte) and each (tag index byte, weight as a 16-bit float); with transitions, then the tag-pair scores and the
    /// start scores (float32, row by row).
    /// </summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        bool extended = _transitions is not null || Profiles is not null;
        writer.Write(Encoding.ASCII.GetBytes(extended ? SequenceMagic : Magic));
        writer.Write(Domain);
        if (extended) writer.Write((byte)((_transitions is null ? 0 : 1) | (Profiles is null ? 0 : 2)));
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

        if (_transitions is null) return;
        foreach (float value in _transitions) writer.Write(value);
        foreach (float value in _starts!) writer.Write(value);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="path">The model file.</param>
    /// <param name="profiles">Gives the word profiles a model trained with them reads (they are not stored in the file:
    /// the NER model's); asked only for such a model.</param>
    /// <exception cref="InvalidDataException">The file is not a tagger model, or it needs profiles and none are given.</exception>
    public static UposTagger Load(string path, Func<WordProfiles>? profiles = null)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        string magic = Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length));
        if (magic != Magic && magic != SequenceMagic) throw new InvalidDataException($"{path}: not a UPOS tagger model.");
        int domain = reader.ReadInt32();
        int flags = magic == SequenceMagic ? reader.ReadByte() : 0;
        if (flags > 3) throw new InvalidDataException($"{path}: bad flags {flags}.");
        if ((flags & 2) != 0 && profiles is null) throw new InvalidDataException($"{path}: the tagger reads word profiles, and none were given.");
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

        float[]? transitions = null, starts = null;
        if ((flags & 1) != 0)
        {
            transitions = new float[tagCount * tagCount];
            starts = new float[tagCount];
            for (int k = 0; k < transitions.Length; k++) transitions[k] = reader.ReadSingle();
            for (int k = 0; k < starts.Length; k++) starts[k] = reader.ReadSingle();
        }

        if (stream.Position != stream.Length) throw new InvalidDataException($"{path}: trailing data.");
        return new UposTagger(tags, weights, domain, transitions, starts, (flags & 2) != 0 ? profiles!() : null);
    }

    // One decoded sentence: the tokens it starts and ends with (over the same text) and every tag's max-marginal.
    private sealed record DecodedSentence(UposTagger Owner, Token First, Token Final, int Start, int End, float[] Marginals)
    {
        public bool Covers(UposTagger tagger, ReadOnlySpan<Token> tokens, int index)
            => ReferenceEquals(Owner, tagger) && index >= Start && index < End && End <= tokens.Length
                && First.Source is { } text && tokens[Start].IsOver(text) && Same(tokens[Start], First) && Same(tokens[End - 1], Final)
                && (End == tokens.Length || UdLemmatizer.IsSentenceInitial(tokens, End));

        // Lemmas may be filled in between calls: only the place and kind identify a token.
        private static bool Same(Token a, Token b) => a.Start == b.Start && a.End == b.End && a.Kind == b.Kind;
    }
}
