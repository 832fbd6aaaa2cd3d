using IndoNews.NLP.Entities;
using IndoNews.NLP.Internal;
using IndoNews.NLP.Tagging;

namespace IndoNews.NLP.Stemming;

/// <summary>
/// Gives Universal Dependencies lemmas, as the UD Indonesian treebanks write them and as UDPipe and Stanza
/// produce them: <see cref="Gsd"/> (lower-case roots, <c>nya</c> → <c>dia</c>) or <see cref="Csui"/>
/// (case kept inside a sentence, <c>tersebut</c> → <c>sebut</c>).
/// </summary>
/// <remarks>
/// <para>Each style is learned from its treebank (GSD dev, CSUI train; CC BY-SA 4.0): a form → lemma lookup
/// answers known words; an affix analyzer, scored by how often each affix pattern and root occurred in
/// training and how often the root occurs on its own in news text, answers the rest. Context decides case:
/// a capitalised word inside a sentence that the lookup does not know is taken for a name and keeps its form
/// (CSUI: <c>Jokowi</c>) or its lower-cased form (GSD: <c>jokowi</c>; GSD also joins the morphemes of a name built
/// on one peN- prefix, <c>Pelabuhan</c> → <c>penlabuhan</c>), while a sentence-initial word is looked up
/// lower-cased.</para>
/// <para>The model loads once, on first use; instances are immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var pipeline = Pipeline.CreateBuilder().UseLemmatizer(UdLemmatizer.Gsd).Build();
/// // "Ia membeli bukunya." → ia/dia, membeli/beli, buku/buku, nya/dia
/// </code>
/// </example>
public sealed class UdLemmatizer : ILemmatizer
{
    private const int CacheLimit = 200_000;
    private const int StackLimit = 128;
    private const int MaxAnalysedLength = 64;

    private static readonly RetryingLazy<UdLemmatizer> GsdInstance = new(() => Load(UdLemmaConventions.Gsd));
    private static readonly RetryingLazy<UdLemmatizer> CsuiInstance = new(() => Load(UdLemmaConventions.Csui));

    private readonly UdLemmaModel _model;
    private readonly UdLemmaConventions _conventions;
    private readonly UposSource? _upos;

    // Words outside this treebank's lookup seen so far → their lemma; analysis costs microseconds, a hit nanoseconds.
    private readonly BoundedSpanCache _analysed = new(CacheLimit);

    // The same for capitalised pe- words inside a sentence (names), whose lemma differs from the lower-case word's.
    private readonly BoundedSpanCache _names = new(CacheLimit);

    internal UdLemmatizer(UdLemmaModel model, UdLemmaConventions conventions, UposSource? upos = null)
    {
        _upos = upos;
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _conventions = conventions ?? throw new ArgumentNullException(nameof(conventions));
    }

    /// <summary>Lemmas in the style of UD Indonesian-GSD: lower-case roots; <c>nya</c>, <c>ia</c> → <c>dia</c>; <c>sebagai</c> kept.</summary>
    /// <exception cref="FileNotFoundException">On first use, when the shipped model is missing.</exception>
    public static UdLemmatizer Gsd => GsdInstance.Value;

    /// <summary>Lemmas in the style of UD Indonesian-CSUI: case kept inside a sentence; <c>nya</c> kept; <c>tersebut</c> → <c>sebut</c>.</summary>
    /// <exception cref="FileNotFoundException">On first use, when the shipped model is missing.</exception>
    public static UdLemmatizer Csui => CsuiInstance.Value;

    /// <summary>The style's name as the command line spells it (<c>ud-gsd</c> or <c>ud-csui</c>).</summary>
    public string Style => _conventions.Name;

    internal UdLemmaModel Model => _model;

    internal static UdLemmatizer Load(UdLemmaConventions conventions)
    {
        var model = UdLemmaModel.Load(DataFiles.Resolve(conventions.ModelFile)).WithRoots(RootLexicon.Default, RootStemmer.Default);
        // The tagger is loaded only for a model trained with tags (the GSD model).
        var tagger = !model.Pos.IsEmpty && conventions.TaggerFile is { } taggerFile ? UposTagger.Load(DataFiles.Resolve(taggerFile), NewsProfiles) : null;
        return new(model, conventions, tagger is null ? null : Tagged(tagger, model.Weights));
    }

    // A tagger trained with word profiles reads the NER model's (how news capitalises each word); loaded only for such a tagger.
    private static WordProfiles NewsProfiles() => NerModelFormat.Read(DataFiles.Resolve(EntityTagger.ShippedModel)).Extractor.Profiles;

    /// <summary>The tags of <paramref name="tagger"/> where it is sure enough (<see cref="UdLemmaWeights.PosMinMargin"/>), else null.</summary>
    internal static UposSource Tagged(UposTagger tagger, UdLemmaWeights weights)
    {
        float margin = (float)weights.PosMinMargin;
        return (tokens, index) => tagger.Tag(tokens, index, margin);
    }

    /// <inheritdoc />
    public string Lemmatize(ReadOnlySpan<Token> tokens, int index)
    {
        if ((uint)index >= (uint)tokens.Length) throw new ArgumentOutOfRangeException(nameof(index));
        var token = tokens[index];
        var form = token.Span;
        if (form.IsEmpty) return string.Empty;

        var weights = _model.Weights;
        bool initial = IsSentenceInitial(tokens, index);

        // The clitic's lemma after this very host word (GSD: semua nya, satu nya: nya), before any tag.
        if (index > 0 && _model.Hosts.Count > 0 && IsClitic(form) && tokens[index - 1].SurfaceEnd == token.SurfaceEnd
            && _model.Hosts.TryGetValue(HostKey(tokens[index - 1].Text, token.Text), out string? hosted))
        {
            return hosted;
        }

        // The part of speech, asked for only where the model's tag tables can use it (most words never are).
        bool tagging = _upos is not null && token.Kind == TokenKind.Word && !_model.Pos.IsEmpty;
        bool tagged = false;
        string? upos = null;
        if (tagging && weights.PosLookup > 0)
        {
            string lowerText = token.Text.ToLowerInvariant();
            // A clitic's lemma after a host of a tag (GSD: nya after an adjective, besarnya, is nya, not dia).
            if (index > 0 && _model.Pos.Hosts.Count > 0 && IsClitic(form) && tokens[index - 1].SurfaceEnd == token.SurfaceEnd
                && _upos!(tokens, index - 1) is { } hostTag && _model.Pos.Hosts.TryGetValue(UdPosTables.Key(hostTag, lowerText), out string? afterHost))
            {
                return afterHost;
            }

            // The lemma of this form under its tag, where the tag decides (GSD: nya tagged DET is nya, tagged PRON dia).
            if (_model.Pos.HasTaggedForm(lowerText))
            {
                upos = _upos!(tokens, index);
                tagged = true;
                if (upos is not null && !initial && _model.Pos.Forms.TryGetValue(UdPosTables.Key(upos, token.Text), out string? byTag)) return byTag;
                if (upos is not null && _model.Pos.LowerForms.TryGetValue(UdPosTables.Key(upos, lowerText), out byTag)) return byTag;
            }
        }

        if (!initial && _model.TryGetForm(form, out string? known)) return known!;

        Span<char> lower = form.Length <= StackLimit ? stackalloc char[form.Length] : new char[form.Length];
        form.ToLowerInvariant(lower);
        bool capitalised = !lower.SequenceEqual(form);
        bool keepsCase = _conventions.KeepsCase;
        // A capitalised word tagged PROPN is a name, even first in a sentence (GSD: an initial Kedatangan, Gangguan kept).
        bool properName = false;
        if (tagging && capitalised && (initial ? weights.PosInitialName > 0 : weights.PosNameSkipsLookup > 0) && IsLetters(lower))
        {
            if (!tagged) upos = _upos!(tokens, index);
            tagged = true;
            properName = string.Equals(upos, "PROPN", StringComparison.Ordinal);
        }

        // A clitic's spelling in capitals that no host word carries is a name (Manchester United's MU, GSD dev's Al - Mu,
        // hamba - Ku), not the pronoun the lower-case lookup gives (kamu, aku).
        bool detachedClitic = capitalised && IsClitic(form) && (index == 0 || tokens[index - 1].SurfaceEnd != token.SurfaceEnd);
        bool asName = capitalised && (!initial || properName || detachedClitic);

        // An unseen name built on a peN- noun (see UdLemmaConventions.NamesJoinMorphemes) is not the common
        // noun that the lower-case lookup knows: Pelabuhan → penlabuhan, but pelabuhan → labuh.
        string? joined = asName && _conventions.NamesJoinMorphemes ? JoinedName(lower) : null;
        if (joined is not null) return joined;

        bool skipLookup = (properName && weights.PosNameSkipsLookup > 0) || detachedClitic;
        if (!skipLookup && (initial || !keepsCase || !capitalised) && _model.TryGetLowerForm(lower, out known)) return known!;

        // A capitalised word never seen in lower case or first in a sentence, but seen as it is inside one:
        // the lemma of that form (GSD lower-cases every lemma, so an initial Pelabuhan takes it too).
        if (capitalised && !keepsCase && _model.TryGetForm(form, out known)) return known!;

        // A capitalised word inside a sentence is a name (or a title-cased term): no stemming.
        if (asName) return keepsCase && !initial ? token.Text : new string(lower);

        if (capitalised && _model.Weights.KeepInitialCapitalised > 0 && !_model.TryGetOtherForm(lower, out _)) return new string(lower);

        // No Indonesian word comes close; the analysis of a pathological token would only cost time and cache.
        if (lower.Length > MaxAnalysedLength) return keepsCase && !initial ? token.Text : new string(lower);

        if (!IsLetters(lower))
        {
            string? reduplicated = token.Kind == TokenKind.Word ? Reduplication(lower) ?? (capitalised ? null : Truncated(lower)) : null;
            if (reduplicated is not null) return reduplicated;
            return keepsCase && !initial ? token.Text : new string(lower);
        }

        if (tagging && !tagged && weights.PosKeepRate > 0) upos = _upos!(tokens, index);
        return Root(lower, upos);
    }

    // Lemma of a lower-case letter-only word: the lookup, else the (cached) affix analysis; with its tag, if known.
    private string Root(ReadOnlySpan<char> lower, string? upos = null)
    {
        if (_model.TryGetLowerForm(lower, out string? known)) return known!;
        if (upos is not null && _model.Weights.PosKeepRate > 0) return TaggedRoot(lower.ToString(), upos);
        if (_analysed.TryGet(lower, out string? cached)) return cached;
        // The other treebank's lemma, where this one strips its affixes as reliably; else the affix analysis.
        // Either costs an analysis of the word, hence the cache.
        string word = lower.ToString();
        // GSD keeps di written joined to its noun as the word itself (didunia), not as the prefix di- (dunia).
        string root = _conventions.KeepsJoinedPreposition && JoinedPreposition.IsJoined(word, _model.AfterDi, _model.CorpusFrequencies) ? word
            : _model.TryGetOtherForm(lower, out known) && _model.TrustsOther(lower, known!) ? known! : _model.Analyze(word);
        _analysed.Add(word, root);
        return root;
    }

    // The root of an unknown word, kept whole when training words of its tag mostly keep the affixes it has
    // (GSD: ADJ tahunan, NUM ratusan, where NOUN and VERB words are rooted).
    private string TaggedRoot(string word, string upos)
    {
        string key = UdPosTables.Key(upos, word);
        if (_analysed.TryGet(key, out string? cached)) return cached;
        string root = Root(word);
        if (!string.Equals(root, word, StringComparison.Ordinal))
        {
            foreach (var (candidate, pattern) in UdAffixAnalyzer.Candidates(word))
            {
                if (!string.Equals(candidate, root, StringComparison.Ordinal)) continue;
                if (_model.Pos.StripRate(upos, pattern, _model.Weights.PosMinEvidence) < _model.Weights.PosKeepRate) root = word;
                break;
            }
        }

        _analysed.Add(key, root);
        return root;
    }

    // Pengembangan → penkembangan when the analysis finds one peN- prefix; null otherwise (cached as "").
    private string? JoinedName(ReadOnlySpan<char> lower)
    {
        if (!lower.StartsWith("pe") || lower.Length > MaxAnalysedLength || !IsLetters(lower)) return null;
        if (!_names.TryGet(lower, out string? lemma))
        {
            string word = lower.ToString();
            lemma = UdAffixAnalyzer.UnassimilatedPeN(word, _model.AnalyzePattern(word).Pattern) ?? string.Empty;
            _names.Add(word, lemma);
        }

        return lemma.Length > 0 ? lemma : null;
    }

    // anak-anak → anak, pemeran-pemeran → peran, sehari-hari → hari, terus-menerus → terus. Null when the
    // hyphen joins two different words (non-migas, Kep-176).
    private string? Reduplication(ReadOnlySpan<char> lower)
    {
        int hyphen = lower.IndexOf('-');
        if (hyphen <= 0 || hyphen == lower.Length - 1) return null;
        var left = lower[..hyphen];
        var right = lower[(hyphen + 1)..];
        if (!IsLetters(left) || !IsLetters(right)) return null;
        if (left.SequenceEqual(right)) return Root(left);

        var shorter = left.Length <= right.Length ? left : right;
        var longer = left.Length <= right.Length ? right : left;
        bool echo = longer.EndsWith(shorter)
            || (left.Length > 3 && left.Length == right.Length && left[1..].SequenceEqual(right[1..]))
            || HasRoot(longer.ToString(), shorter.ToString());
        return echo ? Root(shorter) : null;
    }

    // A word cut by a hyphen before a clitic or line break (melakukan-Nya gives melakukan-, hamba-) and the
    // informal digit reduplication (kira2 = kira-kira) take the lemma of their letters, as in GSD.
    private string? Truncated(ReadOnlySpan<char> lower)
    {
        if (lower.Length < 4 || lower[^1] is not ('-' or '2')) return null;
        var letters = lower[..^1];
        return IsLetters(letters) ? Root(letters) : null;
    }

    private static bool HasRoot(string word, string root)
        => UdAffixAnalyzer.Candidates(word).Exists(c => string.Equals(c.Root, root, StringComparison.Ordinal));

    /// <summary>True for the clitics whose lemma can depend on their host word.</summary>
    internal static bool IsClitic(ReadOnlySpan<char> form)
        => form.Equals("nya", StringComparison.OrdinalIgnoreCase) || form.Equals("ku", StringComparison.OrdinalIgnoreCase) || form.Equals("mu", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <see cref="UdLemmaModel.Hosts"/> key of a clitic after its host.</summary>
    internal static string HostKey(string host, string clitic) => host.ToLowerInvariant() + " " + clitic.ToLowerInvariant();

    private static bool IsLetters(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsLetter(c)) return false;
        }

        return true;
    }

    // True when the token starts the text or directly follows a sentence-final mark. The lemmatizer sees
    // tokens, not sentences; this is what a sentence start looks like. A word after an opening quote is not
    // initial: CSUI keeps its case ("Jadi ...), and GSD lower-cases everything anyway.
    // A closing quote or bracket glued to the mark (berkata." Kemudian) still ends the sentence.
    internal static bool IsSentenceInitial(ReadOnlySpan<Token> tokens, int index)
    {
        if (index == 0) return true;
        if (EndsSentence(tokens[index - 1])) return true;
        var previous = tokens[index - 1].Span;
        return index >= 2 && previous.Length == 1 && previous[0] is '"' or '\'' or '”' or '’' or ')' or ']'
            && EndsSentence(tokens[index - 2]) && !tokens[index - 2].SpaceAfter;
    }

    private static bool EndsSentence(Token token)
    {
        var s = token.Span;
        return s.Length > 0 && token.Kind == TokenKind.Punctuation && s[^1] is '.' or '!' or '?' or '…';
    }
}
