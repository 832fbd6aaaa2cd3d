using System.Runtime.CompilerServices;

namespace IndoNews.NLP.Stemming;

/// <summary>
/// The Enhanced Confix Stripping procedure for one normalised word, as Sastrawi runs it: dictionary check,
/// the short-word guard, the precedence adjustment (prefix before suffix for <c>be-lah</c>, <c>be-an</c>,
/// <c>me-i</c>, <c>di-i</c>, <c>pe-i</c>, <c>ter-i</c>), suffix removal (particle, possessive pronoun,
/// derivational suffix), up to three prefix removals and the loop that restores suffixes. It works in
/// caller-provided buffers and allocates nothing.
/// </summary>
/// <remarks>
/// Sastrawi's control flow has quirks that decide results, and they are kept on purpose: after the short
/// word guard fires (three letters or fewer) each later visitor list stops after its first visitor; a
/// rule group whose last variant does not apply removes nothing even when an earlier variant did; the
/// suffix loop tries <c>…k</c> before <c>…</c> when the removed suffix was <c>-kan</c>.
/// </remarks>
internal ref struct SastrawiWordStemmer
{
    private const int MaxSuffixRemovals = 3;

    private readonly RootLexicon _lexicon;
    private readonly EcsVariant _variant;
    private readonly ReadOnlySpan<char> _original;
    private readonly Span<char> _word;
    private readonly Span<char> _candidate;
    private int _length;
    private bool _inLexicon;
    private bool _stopped;
    private SuffixRemovals _suffixes;

    private SastrawiWordStemmer(RootLexicon lexicon, EcsVariant variant, ReadOnlySpan<char> original, Span<char> word, Span<char> candidate)
    {
        _lexicon = lexicon;
        _variant = variant;
        _original = original;
        _word = word;
        _candidate = candidate;
        _length = 0;
        _inLexicon = false;
        _stopped = false;
        _suffixes = default;
    }

    /// <summary>Scratch characters <see cref="Stem"/> needs for a word of <paramref name="length"/> characters.</summary>
    public static int ScratchLength(int length) => 2 * (length + 4);

    /// <summary>
    /// Stems one normalised word (no spaces). Returns the stem as a slice of <paramref name="word"/> or of
    /// <paramref name="scratch"/>, valid until the scratch is reused.
    /// </summary>
    public static ReadOnlySpan<char> Stem(RootLexicon lexicon, ReadOnlySpan<char> word, Span<char> scratch)
    {
        if (lexicon.Contains(word)) return word;
        int half = word.Length + 4;
        var stemmer = new SastrawiWordStemmer(lexicon, EcsVariant.Sastrawi, word, scratch[..half], scratch.Slice(half, half));
        return stemmer.Run() ? stemmer.Current : word;
    }

    /// <summary>
    /// Like <see cref="Stem"/> but reports whether a root was found, and can run a variant of the procedure
    /// (used by <see cref="RootStemmer"/> to weigh alternatives).
    /// <paramref name="knownNotRoot"/> skips the lookup of the word itself when the caller has made it already.
    /// </summary>
    public static bool TryFindRoot(RootLexicon lexicon, ReadOnlySpan<char> word, Span<char> scratch, out ReadOnlySpan<char> root, EcsVariant variant = EcsVariant.Sastrawi, bool knownNotRoot = false)
    {
        if (!knownNotRoot && lexicon.Contains(word))
        {
            root = word;
            return true;
        }

        int half = word.Length + 4;
        var stemmer = new SastrawiWordStemmer(lexicon, variant, word, scratch[..half], scratch.Slice(half, half));
        if (stemmer.Run())
        {
            root = stemmer.Current;
            return true;
        }

        root = word;
        return false;
    }

    private readonly ReadOnlySpan<char> Current => _word[.._length];

    // Returns true when the current word ends in the lexicon; the original word is the answer otherwise.
    private bool Run()
    {
        _original.CopyTo(_word);
        _length = _original.Length;
        _inLexicon = false; // the callers looked it up already

        // DontStemShortWord: never stems, but stops every later visitor list after its first visitor.
        if (_original.Length <= 3) _stopped = true;

        if (_variant == EcsVariant.PrefixesOnly)
        {
            RemovePrefixes();
            return _inLexicon;
        }

        if (_variant != EcsVariant.SuffixFirst && NeedsPrefixFirst(_original))
        {
            RemovePrefixes();
            if (_inLexicon) return true;
            RemoveSuffixes();
            if (_inLexicon) return true;
            SetCurrent(_original);
            _suffixes = default;
        }

        RemoveSuffixes();
        if (_inLexicon) return true;
        RemovePrefixes();
        if (_inLexicon) return true;
        return RestoreSuffixesLoop();
    }

    // Sastrawi's precedence adjustment: these confixes are tried prefix first.
    internal static bool NeedsPrefixFirst(ReadOnlySpan<char> w)
    {
        if (w.Length < 3) return false;
        return (w.StartsWith("be") && (w.Length >= 5 && w.EndsWith("lah") || w.Length >= 4 && w.EndsWith("an")))
            || (w[^1] == 'i' && (w.StartsWith("me") || w.StartsWith("di") || w.StartsWith("pe") || (w.Length >= 4 && w.StartsWith("ter"))));
    }

    private void RemoveSuffixes()
    {
        // Visitors: inflectional particle, possessive pronoun, derivational suffix; each list stops at a
        // dictionary hit or (after the short-word guard) after its first visitor.
        RemoveSuffix(ParticleLength(Current));
        if (_inLexicon || _stopped) return;
        RemoveSuffix(PossessiveLength(Current));
        if (_inLexicon) return;
        int ds = DerivationalLength(Current);
        RemoveSuffix(ds, isKan: ds == 3 && Current.EndsWith("kan"));
    }

    private void RemoveSuffix(int removed, bool isKan = false)
    {
        if (removed == 0) return;
        _length -= removed;
        _inLexicon = _lexicon.Contains(Current);
        _suffixes.Add(_length, isKan);
    }

    // -*(lah|kah|tah|pun)$
    private static int ParticleLength(ReadOnlySpan<char> w)
    {
        if (w.Length < 3) return 0;
        var end = w[^3..];
        if (!(end.SequenceEqual("lah") || end.SequenceEqual("kah") || end.SequenceEqual("tah") || end.SequenceEqual("pun"))) return 0;
        return 3 + TrailingHyphens(w[..^3]);
    }

    // -*(ku|mu|nya)$
    private static int PossessiveLength(ReadOnlySpan<char> w)
    {
        int n;
        if (w.EndsWith("nya")) n = 3;
        else if (w.EndsWith("ku") || w.EndsWith("mu")) n = 2;
        else return 0;
        return n + TrailingHyphens(w[..^n]);
    }

    // (is|isme|isasi|i|kan|an)$ — the regex takes the leftmost match, i.e. the longest suffix.
    private static int DerivationalLength(ReadOnlySpan<char> w)
    {
        if (w.EndsWith("isasi")) return 5;
        if (w.EndsWith("isme")) return 4;
        if (w.EndsWith("kan")) return 3;
        if (w.EndsWith("is") || w.EndsWith("an")) return 2;
        if (w.EndsWith("i")) return 1;
        return 0;
    }

    private static int TrailingHyphens(ReadOnlySpan<char> w)
    {
        int n = 0;
        while (n < w.Length && w[w.Length - 1 - n] == '-') n++;
        return n;
    }

    private void RemovePrefixes()
    {
        for (int i = 0; i < 3; i++)
        {
            RemoveOnePrefix();
            if (_inLexicon) return;
        }
    }

    // One pass over the prefix visitors: the first that removes something ends the pass.
    private void RemoveOnePrefix()
    {
        // RemovePlainPrefix: ^(di|ke|se)
        var w = Current;
        bool removed = false;
        if (w.Length >= 2 && ((w[0] == 'd' && w[1] == 'i') || (w[0] == 'k' && w[1] == 'e') || (w[0] == 's' && w[1] == 'e')))
        {
            w[2..].CopyTo(_word);
            _length -= 2;
            _inLexicon = _lexicon.Contains(Current);
            removed = true;
        }

        if (_inLexicon || _stopped || removed || _length == 0) return;

        var w2 = Current;
        if (ApplyGroups(SastrawiPrefixRules.PrefixGroups(w2))) return;
        if (ApplyGroups(SastrawiPrefixRules.InfixGroup(w2))) return;
        ApplyGroups(SastrawiPrefixRules.ProcliticGroup(w2));
    }

    // Runs the groups of a flat list (0 ends a group) until one removes something.
    private bool ApplyGroups(ReadOnlySpan<byte> groups)
    {
        int start = 0;
        while (start < groups.Length)
        {
            int end = groups[start..].IndexOf((byte)0) + start;
            if (ApplyGroup(groups[start..end])) return true;
            start = end + 1;
        }

        return false;
    }

    // A PrefixDisambiguator: variants in order, stopping at one whose candidate is a root; the last
    // candidate computed wins, and none (the last variant did not apply) means no removal.
    private bool ApplyGroup(ReadOnlySpan<byte> rules)
    {
        int length = -1;
        bool hit = false;
        foreach (byte rule in rules)
        {
            length = SastrawiPrefixRules.Apply(rule, Current, _candidate);
            if (length >= 0 && _lexicon.Contains(_candidate[..length]))
            {
                hit = true;
                break;
            }
        }

        if (length < 0) return false;
        _candidate[..length].CopyTo(_word);
        _length = length;
        _inLexicon = hit;
        return true;
    }

    // ECS "loop pengembalian akhiran": put the removed suffixes back one by one (last removed first) and
    // try the prefixes again on each.
    private bool RestoreSuffixesLoop()
    {
        for (int i = _suffixes.Count - 1; i >= 0; i--)
        {
            var (resultLength, isKan) = _suffixes[i];
            if (isKan)
            {
                // -kan may be -k + -an: try the word with only "k" back first.
                SetCurrent(_original[..resultLength]);
                _word[_length++] = 'k';
                _inLexicon = _lexicon.Contains(Current);
                RemovePrefixes();
                if (_inLexicon) return true;
            }

            // The word as it was before this suffix came off.
            SetCurrent(_original[..SubjectLength(i)]);
            RemovePrefixes();
            if (_inLexicon) return true;
        }

        return false;
    }

    private readonly int SubjectLength(int index) => index == 0 ? _original.Length : _suffixes[index - 1].ResultLength;

    private void SetCurrent(ReadOnlySpan<char> word)
    {
        word.CopyTo(_word);
        _length = word.Length;
        _inLexicon = _lexicon.Contains(word);
    }

    // The suffix removals of the suffix-first pass, as lengths of the original word after each removal.
    private struct SuffixRemovals
    {
        private int _first;
        private int _second;
        private int _third;
        private byte _kan;

        public int Count { get; private set; }

        public readonly (int ResultLength, bool IsKan) this[int index] => index switch
        {
            0 => (_first, (_kan & 1) != 0),
            1 => (_second, (_kan & 2) != 0),
            _ => (_third, (_kan & 4) != 0),
        };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int resultLength, bool isKan)
        {
            if (Count >= MaxSuffixRemovals) return;
            switch (Count)
            {
                case 0: _first = resultLength; break;
                case 1: _second = resultLength; break;
                default: _third = resultLength; break;
            }

            if (isKan) _kan |= (byte)(1 << Count);
            Count++;
        }
    }
}

/// <summary>Which form of the procedure <see cref="SastrawiWordStemmer.TryFindRoot"/> runs.</summary>
internal enum EcsVariant
{
    /// <summary>Sastrawi's procedure exactly.</summary>
    Sastrawi,

    /// <summary>Without the precedence adjustment: suffixes are always removed before prefixes.</summary>
    SuffixFirst,

    /// <summary>Only the (up to three) prefix removals, on the whole word.</summary>
    PrefixesOnly,
}
