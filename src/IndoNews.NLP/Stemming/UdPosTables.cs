using System.Collections.Frozen;

namespace IndoNews.NLP.Stemming;

/// <summary>
/// The part of a UD lemma model that depends on the word's universal part of speech (UPOS): GSD writes
/// <c>nya</c> tagged DET as <c>nya</c> but tagged PRON as <c>dia</c>, and keeps many derived adjectives,
/// numerals and adverbs whole (<c>tahunan</c>, <c>ratusan</c>, <c>terdahulu</c>) while it roots every derived verb.
/// Immutable.
/// </summary>
/// <remarks>
/// Keys are <c>UPOS form</c> (one space). <see cref="Forms"/> and <see cref="LowerForms"/> hold the lemma of a form
/// under each tag, only for forms whose lemma differs between tags in training; <see cref="Stripped"/> and
/// <see cref="Applicable"/> count, per tag and affix pattern (<c>ADJ -an</c>), how often training words of that tag
/// had the pattern's root as their gold lemma and how often the pattern could have applied; pattern <c>*</c> pools
/// all patterns of the tag (a word counts once: stripped or kept).
/// </remarks>
internal sealed class UdPosTables
{
    /// <summary>The pattern key that pools every pattern of a tag.</summary>
    public const string AnyPattern = "*";

    public static UdPosTables Empty { get; } = new Builder().Build();

    private UdPosTables(Builder builder)
    {
        Forms = builder.Forms.ToFrozenDictionary(StringComparer.Ordinal);
        LowerForms = builder.LowerForms.ToFrozenDictionary(StringComparer.Ordinal);
        Stripped = builder.Stripped.ToFrozenDictionary(StringComparer.Ordinal);
        Applicable = builder.Applicable.ToFrozenDictionary(StringComparer.Ordinal);
        Hosts = builder.Hosts.ToFrozenDictionary(StringComparer.Ordinal);
        TaggedForms = Forms.Keys.Concat(LowerForms.Keys).Select(k => k[(k.IndexOf(' ', StringComparison.Ordinal) + 1)..].ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        _taggedFormsBySpan = TaggedForms.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The lower-cased forms that <see cref="Forms"/> or <see cref="LowerForms"/> hold under some tag.</summary>
    public FrozenSet<string> TaggedForms { get; }

#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _taggedFormsBySpan;
#endif

    /// <summary>True when the lemma of this lower-cased form depends on its tag (a tagger call is worth it).</summary>
    public bool HasTaggedForm(ReadOnlySpan<char> lowerForm)
#if NET9_0_OR_GREATER
        => _taggedFormsBySpan.Contains(lowerForm);
#else
        => TaggedForms.Contains(lowerForm.ToString());
#endif

    /// <summary>"host's UPOS clitic" (<c>ADJ nya</c>) → the clitic's lemma after a host of that tag, where it differs from the usual one (GSD: <c>besarnya</c>, <c>lamanya</c>: nya).</summary>
    public FrozenDictionary<string, string> Hosts { get; }

    /// <summary>"UPOS form" (mid-sentence form, case kept) → lemma, for forms whose lemma depends on the tag.</summary>
    public FrozenDictionary<string, string> Forms { get; }

    /// <summary>"UPOS lower-cased form" → lemma, for forms whose lemma depends on the tag.</summary>
    public FrozenDictionary<string, string> LowerForms { get; }

    /// <summary>"UPOS pattern" → training word types of that tag whose gold lemma is the pattern's root.</summary>
    public FrozenDictionary<string, int> Stripped { get; }

    /// <summary>"UPOS pattern" → training word types of that tag the pattern could have applied to.</summary>
    public FrozenDictionary<string, int> Applicable { get; }

    /// <summary>True when the model was trained with tags.</summary>
    public bool IsEmpty => Applicable.Count == 0 && LowerForms.Count == 0 && Forms.Count == 0 && Hosts.Count == 0;

    /// <summary>The key of a form or pattern under a tag.</summary>
    public static string Key(string upos, string formOrPattern) => upos + " " + formOrPattern;

    /// <summary>
    /// How reliably training words tagged <paramref name="upos"/> were stripped by <paramref name="pattern"/>
    /// ((stripped + 1) / (applicable + 2)), falling back to the tag's pooled rate when the pattern has fewer than
    /// <paramref name="minEvidence"/> chances; null when the tag has too few chances as well.
    /// </summary>
    public double? StripRate(string upos, string pattern, double minEvidence)
    {
        foreach (string key in (ReadOnlySpan<string>)[Key(upos, pattern), Key(upos, AnyPattern)])
        {
            int applicable = Applicable.GetValueOrDefault(key);
            if (applicable >= minEvidence) return (Stripped.GetValueOrDefault(key) + 1.0) / (applicable + 2.0);
        }

        return null;
    }

    /// <summary>Mutable tables, filled by training or loading.</summary>
    public sealed class Builder
    {
        public Dictionary<string, string> Forms { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> LowerForms { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Stripped { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Applicable { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Hosts { get; } = new(StringComparer.Ordinal);

        public UdPosTables Build() => new(this);
    }
}
