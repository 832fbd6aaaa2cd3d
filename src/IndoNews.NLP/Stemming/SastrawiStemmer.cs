using System.Runtime.CompilerServices;
using System.Buffers;

namespace IndoNews.NLP.Stemming;

/// <summary>
/// Sastrawi's stemmer (the Enhanced Confix Stripping algorithm with Sastrawi's 58 prefix disambiguation
/// variants), reimplemented bit for bit: given the same root-word list it returns what Sastrawi 1.2
/// returns for every input, including its normalisation of case and non-letters, reduplication by hyphen
/// and its known over- and under-stemming. For better roots use <see cref="RootStemmer"/>.
/// </summary>
/// <remarks>
/// <para>Sastrawi's own list (<c>kata-dasar.txt</c>, from Kateglo) is CC BY-NC-SA and does not ship with
/// this package; load it with <see cref="FromLexicon(string)"/>. <see cref="Default"/> uses the package's
/// licence-clean list, with which results differ from Sastrawi's for words whose root only Kateglo lists.</para>
/// <para>Instances are immutable and thread-safe. The span overloads allocate nothing; wrap the stemmer
/// in a <see cref="CachedStemmer"/> when the same words recur.</para>
/// </remarks>
/// <example>
/// <code>
/// var stemmer = SastrawiStemmer.FromLexicon("kata-dasar.txt");
/// stemmer.Stem("mempermainkannya"); // "main"
/// </code>
/// </example>
[SkipLocalsInit] // scratch buffers are written before they are read
public sealed class SastrawiStemmer : IStemmer
{
    private const int StackLimit = 512;

    private static readonly RetryingLazy<SastrawiStemmer> DefaultStemmer = new(() => new SastrawiStemmer(RootLexicon.Default));

    private static readonly string[] CliticSuffixes = ["ku", "mu", "nya", "lah", "kah", "tah", "pun"];

    /// <summary>Creates a stemmer over <paramref name="lexicon"/>.</summary>
    /// <param name="lexicon">The root words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is null.</exception>
    public SastrawiStemmer(RootLexicon lexicon)
    {
        Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
    }

    /// <summary>A stemmer over the package's default root-word list (<see cref="RootLexicon.Default"/>), loaded on first use.</summary>
    public static SastrawiStemmer Default => DefaultStemmer.Value;

    /// <summary>The root words this stemmer accepts as stems.</summary>
    public RootLexicon Lexicon { get; }

    /// <summary>A stemmer over the root-word list in a file (one word per line), e.g. Sastrawi's <c>kata-dasar.txt</c>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The stemmer.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not UTF-8 text.</exception>
    public static SastrawiStemmer FromLexicon(string path) => new(RootLexicon.FromFile(path));

    /// <summary>A stemmer over root words in memory.</summary>
    /// <param name="words">The root words.</param>
    /// <returns>The stemmer.</returns>
    public static SastrawiStemmer FromWords(IEnumerable<string?> words) => new(RootLexicon.FromWords(words));

    /// <summary>The longest stem <see cref="TryStem"/> can write for an input of <paramref name="length"/> characters.</summary>
    /// <param name="length">Input length.</param>
    /// <returns>A destination length that always suffices.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative, or so large that the answer would not fit an <see cref="int"/>.</exception>
    public static int MaxStemLength(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, int.MaxValue / 2);
        return SastrawiNormalizer.MaxLength(length);
    }

    /// <summary>
    /// Stems <paramref name="text"/> as Sastrawi's <c>stem()</c> does: lower-cases it, turns every character
    /// other than <c>a-z 0-9 -</c> into a space, and stems each word; the stems are joined by single spaces.
    /// </summary>
    /// <param name="text">A word (or several).</param>
    /// <returns>The stem; the same string instance when a normalised word is its own stem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string Stem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (SastrawiNormalizer.IsNormalizedWord(text))
        {
            int scratchLength = WordScratchLength(text.Length);
            char[]? rented = null;
            Span<char> scratch = scratchLength <= StackLimit ? stackalloc char[scratchLength] : (rented = ArrayPool<char>.Shared.Rent(scratchLength));
            try
            {
                var stem = StemWord(text, scratch);
                return stem.Length == text.Length && stem.SequenceEqual(text) ? text : new string(stem);
            }
            finally
            {
                if (rented is not null) ArrayPool<char>.Shared.Return(rented);
            }
        }

        int max = MaxStemLength(text.Length);
        char[]? rentedOut = null;
        Span<char> destination = max <= StackLimit ? stackalloc char[StackLimit] : (rentedOut = ArrayPool<char>.Shared.Rent(max));
        try
        {
            TryStem(text, destination, out int written);
            return new string(destination[..written]);
        }
        finally
        {
            if (rentedOut is not null) ArrayPool<char>.Shared.Return(rentedOut);
        }
    }

    /// <summary>
    /// Stems <paramref name="text"/> like <see cref="Stem(string)"/> into <paramref name="destination"/>,
    /// allocating nothing.
    /// </summary>
    /// <param name="text">A word (or several).</param>
    /// <param name="destination">Where the stem goes; <see cref="MaxStemLength"/> of the input always suffices.</param>
    /// <param name="charsWritten">Characters written.</param>
    /// <returns>False (and nothing written) when <paramref name="destination"/> is too short.</returns>
    public bool TryStem(ReadOnlySpan<char> text, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        int normalizedMax = SastrawiNormalizer.MaxLength(text.Length);
        char[]? rented = null;
        Span<char> normalized = normalizedMax <= StackLimit ? stackalloc char[normalizedMax] : (rented = ArrayPool<char>.Shared.Rent(normalizedMax));
        try
        {
            int n = SastrawiNormalizer.Normalize(text, normalized);
            return StemNormalized(normalized[..n], destination, out charsWritten);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Stems text that is already normalised (words of <c>[a-z0-9-]</c> separated by single spaces).</summary>
    internal bool StemNormalized(ReadOnlySpan<char> normalized, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        int scratchLength = WordScratchLength(normalized.Length <= 64 ? normalized.Length : LongestWord(normalized));
        char[]? rented = null;
        Span<char> scratch = scratchLength <= StackLimit ? stackalloc char[scratchLength] : (rented = ArrayPool<char>.Shared.Rent(scratchLength));
        try
        {
            int n = 0;
            bool first = true;
            var rest = normalized;
            while (true)
            {
                // Sastrawi splits on single spaces, so an empty text is one empty word.
                int space = rest.IndexOf(' ');
                var word = space < 0 ? rest : rest[..space];
                var stem = StemWord(word, scratch);
                int needed = stem.Length + (first ? 0 : 1);
                if (n + needed > destination.Length) return false;
                if (!first) destination[n++] = ' ';
                stem.CopyTo(destination[n..]);
                n += stem.Length;
                first = false;
                if (space < 0) break;
                rest = rest[(space + 1)..];
            }

            charsWritten = n;
            return true;
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static int LongestWord(ReadOnlySpan<char> normalized)
    {
        int longest = 0;
        for (var rest = normalized; rest.Length > 0;)
        {
            int space = rest.IndexOf(' ');
            int length = space < 0 ? rest.Length : space;
            longest = Math.Max(longest, length);
            rest = space < 0 ? default : rest[(space + 1)..];
        }

        return longest;
    }

    /// <summary>Scratch characters <see cref="StemWord"/> needs for a word of <paramref name="length"/> characters.</summary>
    internal static int WordScratchLength(int length) => 3 * SastrawiWordStemmer.ScratchLength(length + 2) + length + 4;

    /// <summary>Stems one normalised word (no spaces): plural (hyphenated) words or singular words.</summary>
    internal ReadOnlySpan<char> StemWord(ReadOnlySpan<char> word, Span<char> scratch)
    {
        return IsPlural(word) ? StemPlural(word, scratch) : SastrawiWordStemmer.Stem(Lexicon, word, scratch);
    }

    // A hyphen makes a word plural (reduplicated), except one that only separates a clitic: kuasa-mu.
    internal static bool IsPlural(ReadOnlySpan<char> word)
    {
        int last = word.LastIndexOf('-');
        if (last < 0) return false;
        if (IsCliticSuffix(word[(last + 1)..])) return word[..last].Contains('-');
        return true;
    }

    private static bool IsCliticSuffix(ReadOnlySpan<char> part)
    {
        foreach (string s in CliticSuffixes)
        {
            if (part.SequenceEqual(s)) return true;
        }

        return false;
    }

    // buku-buku → buku; bolak-balik stays; malaikat-malaikat-nya → malaikat + malaikat-nya; the second
    // half is also tried with "me-" (meniru-nirukan → tiru).
    private ReadOnlySpan<char> StemPlural(ReadOnlySpan<char> plural, Span<char> scratch)
    {
        int last = plural.LastIndexOf('-');
        ReadOnlySpan<char> first = plural[..last];
        ReadOnlySpan<char> second = plural[(last + 1)..];
        int part = SastrawiWordStemmer.ScratchLength(plural.Length + 2);
        Span<char> scratch1 = scratch[..part];
        Span<char> scratch2 = scratch.Slice(part, part);
        Span<char> scratch3 = scratch.Slice(2 * part, part);
        Span<char> joined = scratch.Slice(3 * part, plural.Length + 4);

        if (IsCliticSuffix(second) && first.Contains('-'))
        {
            int inner = first.LastIndexOf('-');
            // second := first[inner+1..] + "-" + suffix, which is plural[inner+1..]
            second = plural[(inner + 1)..];
            first = first[..inner];
        }

        var root1 = SastrawiWordStemmer.Stem(Lexicon, first, scratch1);
        var root2 = SastrawiWordStemmer.Stem(Lexicon, second, scratch2);
        if (!Lexicon.Contains(second) && root2.SequenceEqual(second))
        {
            "me".CopyTo(joined);
            second.CopyTo(joined[2..]);
            root2 = SastrawiWordStemmer.Stem(Lexicon, joined[..(second.Length + 2)], scratch3);
        }

        return root1.SequenceEqual(root2) ? root1 : plural;
    }

    /// <summary>
    /// <see cref="IStemmer"/>'s view: as <see cref="Stem(string)"/>, except that a word Sastrawi's
    /// normalisation reduces to nothing (punctuation, symbols, other scripts) has no root and comes back
    /// unchanged, as the interface promises, where Sastrawi itself returns an empty string.
    /// </summary>
    string IStemmer.Stem(string word)
    {
        string stem = Stem(word);
        return stem.Length == 0 ? word : stem;
    }
}
