namespace IndoNews.NLP.Entities;

/// <summary>
/// What unlabelled news says about a word, keyed by the hash of its lower-case form: how often it is
/// capitalised or written in capitals away from the start of a sentence, how frequent it is, and
/// its distributional cluster. These let the tagger recognise names in lower-case or all-caps text,
/// where the word's own shape says nothing.
/// </summary>
/// <remarks>Immutable after construction and safe to share between threads.</remarks>
internal sealed class WordProfiles
{
    private readonly Dictionary<ulong, uint> _profiles;
    private readonly Dictionary<ulong, uint> _brown;

    /// <summary>Wraps the tables.</summary>
    /// <param name="profiles">Packed profile per word hash (see <see cref="Pack"/>).</param>
    /// <param name="brown">Optional <see cref="BrownPath"/> code per word hash (Brown clusters); none when null.</param>
    public WordProfiles(Dictionary<ulong, uint> profiles, Dictionary<ulong, uint>? brown = null)
    {
        _profiles = profiles;
        _brown = brown ?? [];
    }

    /// <summary>No profiles.</summary>
    public static WordProfiles Empty { get; } = new([]);

    /// <summary>Number of profiled words.</summary>
    public int Count => _profiles.Count;

    /// <summary>The raw table for the model file.</summary>
    public IReadOnlyDictionary<ulong, uint> Table => _profiles;

    /// <summary>Number of words with a Brown-cluster path.</summary>
    public int BrownCount => _brown.Count;

    /// <summary>The raw Brown-cluster table for the model file.</summary>
    public IReadOnlyDictionary<ulong, uint> BrownTable => _brown;

    /// <summary>The same profiles with <paramref name="brown"/> as the Brown-cluster table.</summary>
    public WordProfiles WithBrown(Dictionary<ulong, uint> brown) => new(_profiles, brown);

    /// <summary>The <see cref="BrownPath"/> code of a word (0 when it has none).</summary>
    public uint Brown(ulong lowerHash) => _brown.TryGetValue(lowerHash, out uint value) ? value : 0;

    /// <summary>The packed profile of a word (0 when unseen): see <see cref="Pack"/>.</summary>
    public uint Get(ulong lowerHash) => _profiles.TryGetValue(lowerHash, out uint value) ? value : 0;

    /// <summary>Packs a profile: capitalised-share bucket (1-6, 0 = unseen), all-caps bucket (0-3), frequency band (0-3), fine cluster (0 = none, up to 1023) and coarse cluster (0 = none, up to 255).</summary>
    public static uint Pack(int capitalBucket, int allCapsBucket, int frequencyBand, int fineCluster, int coarseCluster)
        => (uint)(capitalBucket & 7) | (uint)(allCapsBucket & 3) << 3 | (uint)(frequencyBand & 3) << 5 | (uint)(fineCluster & 0x3FF) << 8 | (uint)(coarseCluster & 0xFF) << 18;

    public static int CapitalBucket(uint profile) => (int)(profile & 7);

    public static int AllCapsBucket(uint profile) => (int)(profile >> 3 & 3);

    public static int FrequencyBand(uint profile) => (int)(profile >> 5 & 3);

    public static int FineCluster(uint profile) => (int)(profile >> 8 & 0x3FF);

    public static int CoarseCluster(uint profile) => (int)(profile >> 18 & 0xFF);

    /// <summary>Buckets the share of occurrences written with a capital away from sentence starts.</summary>
    public static int BucketCapitalShare(double share) => share switch
    {
        < 0.02 => 1,
        < 0.2 => 2,
        < 0.5 => 3,
        < 0.8 => 4,
        < 0.97 => 5,
        _ => 6,
    };

    /// <summary>Buckets the share of occurrences written in capitals only.</summary>
    public static int BucketAllCapsShare(double share) => share switch
    {
        < 0.05 => 0,
        < 0.5 => 1,
        < 0.9 => 2,
        _ => 3,
    };

    /// <summary>Buckets a corpus frequency.</summary>
    public static int BandFrequency(int count) => count switch
    {
        < 5 => 0,
        < 50 => 1,
        < 500 => 2,
        _ => 3,
    };
}
