namespace IndoNews.NLP.Entities;

/// <summary>
/// The tag set of the statistical tagger: <c>O</c> and B/I tags for <c>PER</c>, <c>LOC</c> and <c>ORG</c>,
/// numbered so that a tag id fits a byte and the scores of all tags fill one 256-bit vector.
/// </summary>
internal static class BioTags
{
    public const int Outside = 0;

    /// <summary>Number of tags: O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG.</summary>
    public const int Count = 7;

    /// <summary>Row width of the weight table: <see cref="Count"/> padded to 8 for SIMD.</summary>
    public const int Stride = 8;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"];
    private static readonly string[] Labels = [string.Empty, EntityLabels.Person, EntityLabels.Person, EntityLabels.Location, EntityLabels.Location, EntityLabels.Organization, EntityLabels.Organization];

    public static string Name(int tag) => Names[tag];

    /// <summary>The entity label of a tag (empty for O).</summary>
    public static string Label(int tag) => Labels[tag];

    public static bool IsBegin(int tag) => tag != Outside && (tag & 1) == 1;

    public static bool IsInside(int tag) => tag != Outside && (tag & 1) == 0;

    /// <summary>The B tag of <paramref name="label"/> (PER, LOC, ORG), or -1.</summary>
    public static int Begin(string label) => label switch
    {
        EntityLabels.Person => 1,
        EntityLabels.Location => 3,
        EntityLabels.Organization => 5,
        _ => -1,
    };

    /// <summary>True when <paramref name="next"/> may follow <paramref name="previous"/>: an I tag only continues its own label.</summary>
    public static bool IsValidTransition(int previous, int next) => !IsInside(next) || (previous != Outside && (previous + 1) / 2 == next / 2);

    /// <summary>True when a sentence may start with <paramref name="tag"/>.</summary>
    public static bool IsValidStart(int tag) => !IsInside(tag);

    /// <summary>Parses a BIO tag of this set (<c>O</c>, <c>B-PER</c>, ...); -1 when it is not one.</summary>
    public static int Parse(ReadOnlySpan<char> name)
    {
        for (int i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i])) return i;
        }

        return -1;
    }
}
