namespace IndoNews.NLP.Entities;

/// <summary>
/// Multi-word name lists matched against token sequences, case-insensitively. Phrases are stored as
/// hashes of their lower-cased tokens, every prefix included, so a match walks forward from a token
/// until no listed phrase continues; lookups allocate nothing.
/// </summary>
/// <remarks>Immutable after construction and safe to share between threads.</remarks>
internal sealed class Gazetteer
{
    private const byte ContinuesFlag = 0x80; // never a category bit: categories use bits 0-7 of a separate mask
    private readonly Dictionary<ulong, ushort> _phrases;

    private Gazetteer(Dictionary<ulong, ushort> phrases, int entryCount)
    {
        _phrases = phrases;
        EntryCount = entryCount;
    }

    /// <summary>An empty gazetteer.</summary>
    public static Gazetteer Empty { get; } = new([], 0);

    /// <summary>Number of listed phrases.</summary>
    public int EntryCount { get; }

    /// <summary>The hash of a phrase extended by one token's lower-case hash.</summary>
    public static ulong Extend(ulong phrase, ulong tokenLowerHash) => FeatureHash.Combine(0xFFFF_FFFF, phrase, tokenLowerHash);

    /// <summary>Builds a gazetteer from phrases already split into tokens.</summary>
    /// <param name="entries">Each phrase's tokens and category.</param>
    public static Gazetteer Build(IEnumerable<(string[] Tokens, GazetteerCategory Category)> entries)
    {
        var phrases = new Dictionary<ulong, ushort>();
        int count = 0;
        foreach (var (tokens, category) in entries)
        {
            if (tokens.Length == 0) continue;
            count++;
            ulong h = FeatureHash.Empty;
            for (int i = 0; i < tokens.Length; i++)
            {
                h = Extend(h, FeatureHash.OfLower(tokens[i]));
                phrases.TryGetValue(h, out ushort value);
                if (i == tokens.Length - 1) value |= (ushort)(1 << (int)category);
                else value |= ContinuesFlag << 8;
                phrases[h] = value;
            }
        }

        return new Gazetteer(phrases, count);
    }

    /// <summary>
    /// Marks, for every token, the categories of the listed phrases that cover it and whether it
    /// begins or ends such a phrase.
    /// </summary>
    /// <param name="lowerHashes">The lower-case hash of each token.</param>
    /// <param name="inside">Per token: categories of the phrases covering it.</param>
    /// <param name="begin">Per token: categories of the phrases it begins.</param>
    /// <param name="end">Per token: categories of the phrases it ends.</param>
    /// <param name="dropout">In training only: drops the categories of single matches (see <see cref="GazetteerMatchDropout"/>); null to keep every match.</param>
    public void Match(ReadOnlySpan<ulong> lowerHashes, Span<byte> inside, Span<byte> begin, Span<byte> end, GazetteerMatchDropout? dropout = null)
    {
        inside.Clear();
        begin.Clear();
        end.Clear();
        if (_phrases.Count == 0) return;
        for (int start = 0; start < lowerHashes.Length; start++)
        {
            ulong h = FeatureHash.Empty;
            for (int i = start; i < lowerHashes.Length; i++)
            {
                h = Extend(h, lowerHashes[i]);
                if (!_phrases.TryGetValue(h, out ushort value)) break;
                byte categories = (byte)value;
                if (categories != 0 && dropout is not null) categories = dropout.Keep(categories);
                if (categories != 0)
                {
                    begin[start] |= categories;
                    end[i] |= categories;
                    for (int k = start; k <= i; k++) inside[k] |= categories;
                }

                if ((value >> 8 & ContinuesFlag) == 0) break;
            }
        }
    }

    /// <summary>Length of the longest listed phrase of a category in <paramref name="categories"/> that starts at <paramref name="start"/>; 0 when none.</summary>
    public int LongestMatch(ReadOnlySpan<ulong> lowerHashes, int start, byte categories)
    {
        int longest = 0;
        ulong h = FeatureHash.Empty;
        for (int i = start; i < lowerHashes.Length; i++)
        {
            h = Extend(h, lowerHashes[i]);
            if (!_phrases.TryGetValue(h, out ushort value)) break;
            if (((byte)value & categories) != 0) longest = i - start + 1;
            if ((value >> 8 & ContinuesFlag) == 0) break;
        }

        return longest;
    }

    /// <summary>Whether the one word <paramref name="word"/> is listed as a phrase of a category in <paramref name="categories"/>.</summary>
    public bool ListsWord(ReadOnlySpan<char> word, byte categories)
    {
        ReadOnlySpan<ulong> hash = [FeatureHash.OfLower(word)];
        return LongestMatch(hash, 0, categories) == 1;
    }

    /// <summary>The raw table for the model file: phrase-prefix hash → (continues flag &lt;&lt; 8) | category mask.</summary>
    public IEnumerable<KeyValuePair<ulong, ushort>> Table => _phrases;

    /// <summary>Rebuilds a gazetteer from <see cref="Table"/>.</summary>
    public static Gazetteer FromTable(Dictionary<ulong, ushort> table, int entryCount) => new(table, entryCount);

    /// <summary>Splits a phrase of a list file into tokens the way news text is tokenised for tagging: on spaces and around hyphens.</summary>
    public static string[] SplitPhrase(string phrase)
    {
        var tokens = new List<string>();
        foreach (string part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int start = 0;
            for (int i = 0; i < part.Length; i++)
            {
                if (part[i] != '-' || i == 0 || i == part.Length - 1) continue;
                tokens.Add(part[start..i]);
                tokens.Add("-");
                start = i + 1;
            }

            tokens.Add(part[start..]);
        }

        return [.. tokens];
    }
}
