namespace IndoNews.NLP.Stemming;

/// <summary>
/// The <see cref="LemmaStyle.Root"/> lemmatizer: each word's lower-case root from a <see cref="RootStemmer"/>
/// (<c>Pembangunan</c> → <c>bangun</c>). Tokens that are not words (numbers, punctuation, URLs, e-mail
/// addresses, hashtags, mentions, emoji) and clitics the tokenizer split off (<c>nya</c>, <c>ku</c>,
/// <c>mu</c>, <c>lah</c>, <c>kah</c>, <c>pun</c>) keep their lower-cased form. In a <see cref="Pipeline"/> with
/// entity recognizers, a word recognised as a name (a person's, or a one-word place or organisation) keeps its
/// lower-cased form wherever it occurs capitalised in the document (<c>Nolan</c> → <c>nolan</c>, not <c>nol</c>).
/// A capitalised word inside a sentence that the stemmer reads as a bare root + <c>-i</c> or with an infix keeps its
/// lower-cased form too (<c>membela Bali United</c> → <c>bali</c>, not <c>bal</c>; <c>Edwin Sinaga</c> → <c>sinaga</c>,
/// not <c>saga</c>), except a bare <c>-i</c> word between two capitalised words whose root takes <c>-i</c> (a title-case
/// headline's imperative: <c>Siap Hadapi Amukan</c> → <c>hadap</c>; but <c>Batang Ayumi Julu</c> → <c>ayumi</c>).
/// </summary>
/// <remarks>Immutable and thread-safe; roots are cached in a bounded <see cref="CachedStemmer"/>.</remarks>
public sealed class RootLemmatizer : ILemmatizer
{
    private static readonly RetryingLazy<RootLemmatizer> DefaultLemmatizer = new(() => new RootLemmatizer(RootStemmer.Default));

    private readonly CachedStemmer _cache;

    /// <summary>Creates the lemmatizer over <paramref name="stemmer"/>.</summary>
    /// <param name="stemmer">The root stemmer.</param>
    /// <param name="cacheCapacity">Most distinct words whose roots are kept.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stemmer"/> is null.</exception>
    public RootLemmatizer(RootStemmer stemmer, int cacheCapacity = CachedStemmer.DefaultCapacity)
    {
        Stemmer = stemmer ?? throw new ArgumentNullException(nameof(stemmer));
        _cache = new CachedStemmer(stemmer, cacheCapacity);
    }

    /// <summary>The lemmatizer over <see cref="RootStemmer.Default"/>, created on first use.</summary>
    public static RootLemmatizer Default => DefaultLemmatizer.Value;

    /// <summary>The stemmer that gives the roots.</summary>
    public RootStemmer Stemmer { get; }

    /// <inheritdoc/>
    public string Lemmatize(ReadOnlySpan<Token> tokens, int index)
    {
        if ((uint)index >= (uint)tokens.Length) throw new ArgumentOutOfRangeException(nameof(index), $"Token index {index} is outside the {tokens.Length} tokens.");
        var token = tokens[index];
        var text = token.Span;
        if (token.Kind != TokenKind.Word || (token.IsMultiwordPart && IsSplitClitic(text))) return Lower(token);
        string root = _cache.Stem(text);

        // Bali United, Pulau Sarangani, Edwin Sinaga: names that the affix rules take apart (see MidSentenceName).
        return MidSentenceName.Applies(tokens, index, root, Stemmer) ? Lower(token) : root;
    }

    // Each ASCII character's lower case as a one-character string, by character code.
    private static readonly string[] AsciiLower = [.. Enumerable.Range(0, 128).Select(c => char.ToLowerInvariant((char)c).ToString())];

    private static bool IsSplitClitic(ReadOnlySpan<char> text)
    {
        foreach (string clitic in (ReadOnlySpan<string>)["nya", "ku", "mu", "lah", "kah", "pun", "tah", "kau"])
        {
            if (text.Equals(clitic, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static string Lower(Token token)
    {
        var text = token.Span;
        // Punctuation is a good share of news tokens: one shared string per ASCII character, not one per token.
        if (text.Length == 1 && text[0] < AsciiLower.Length) return AsciiLower[text[0]];
        foreach (char c in text)
        {
            // One string, lower-cased as it is written (a copy and then a lower-cased copy would be two): names kept whole
            // inside a sentence (MidSentenceName) come here on every mention.
            if (char.IsUpper(c)) return string.Create(text.Length, token, static (lower, t) => t.Span.ToLowerInvariant(lower));
        }

        return token.Text;
    }
}
