namespace IndoNews.NLP.Entities;

/// <summary>
/// Turns a sentence into feature ids (rows of the weight table): the word and its lower-case form,
/// shape, prefixes and suffixes (Indonesian affixes such as <c>me-</c>, <c>-kan</c>), neighbours,
/// gazetteer matches, and what unlabelled news says about the word's capitalisation. Features are
/// hashed, never built as strings; the sentence's casing (mixed, lower, upper) is conjoined with the
/// case-sensitive features so one model handles all three.
/// </summary>
/// <remarks>Stateless apart from its immutable lexicon; safe to share between threads.</remarks>
internal sealed class NerFeatureExtractor
{
    // Template ids are part of the model file format.
    private const uint Bias = 0, Word = 1, Lower = 2, Shape = 3, ShortShape = 4, Pre2 = 5, Pre3 = 6, Pre4 = 7, Suf2 = 8, Suf3 = 9, Suf4 = 10,
        LowerPrev = 11, LowerNext = 12, LowerPrev2 = 13, LowerNext2 = 14, ShapePrev = 15, ShapeNext = 16, BigramPrev = 17, BigramNext = 18,
        Prof = 19, ProfPrev = 20, ProfNext = 21, ProfShape = 22, Gaz = 23, GazPrev = 24, GazNext = 25, SentCaseShape = 26, SentCaseProf = 27,
        SentCase = 28, FirstShape = 29, WordPrev = 30, ShapeTrigram = 31, PrevLowerShape = 32, Cluster = 33, ClusterPrev = 34, ClusterNext = 35,
        AllCaps = 36, SentCaseGaz = 37, NextLowerShape = 38, GazPrev2 = 39, WordNext = 40,
        CaseLower = 41, CaseLowerPrev = 42, CaseLowerNext = 43, CaseBigramPrev = 44, CaseSuf3 = 45, DomainTwin = 46, CoarseCluster = 47, CoarsePrev = 48, ProfBigramPrev = 49, ProfBigramNext = 50,
        Pre5 = 51, Suf5 = 52, CharTrigram = 53, GazWindowPrev = 54, GazWindowNext = 55, BrownPrefix = 56, BrownPrevPrefix = 57, BrownNextPrefix = 58;

    private static readonly ulong Boundary = FeatureHash.Of("<S>");

    // The Brown-path prefix lengths of Ratinov and Roth (2009).
    private static readonly int[] BrownPrefixBits = [4, 6, 10, 20];

    public NerFeatureExtractor(int hashBits, Gazetteer gazetteer, WordProfiles profiles, NerFeatureSet features = NerFeatureSet.None)
    {
        if (hashBits is < 10 or > 26) throw new ArgumentOutOfRangeException(nameof(hashBits));
        if ((features & ~NerFeatureSet.All) != 0) throw new ArgumentOutOfRangeException(nameof(features), $"unknown feature flags {features}");
        HashBits = hashBits;
        Gazetteer = gazetteer;
        Profiles = profiles;
        Features = features;
    }

    /// <summary>log2 of the number of weight-table rows.</summary>
    public int HashBits { get; }

    public Gazetteer Gazetteer { get; }

    public WordProfiles Profiles { get; }

    /// <summary>The optional templates in use.</summary>
    public NerFeatureSet Features { get; }

    /// <summary>Fills <paramref name="output"/> with the feature ids of every token of <paramref name="sentence"/>.</summary>
    /// <param name="sentence">The sentence's tokens.</param>
    /// <param name="scratch">Per-token work arrays.</param>
    /// <param name="output">Receives the feature ids.</param>
    /// <param name="dropout">In training only: drops the gazetteer categories of single matches; null (tagging) to keep them all.</param>
    public void Extract(TokenSpans sentence, FeatureScratch scratch, FeatureBuffer output, GazetteerMatchDropout? dropout = null)
    {
        int n = sentence.Count;
        scratch.Ensure(n);
        output.Reset(n);
        int upperLetters = 0, lowerLetters = 0;
        for (int i = 0; i < n; i++)
        {
            Describe(sentence[i], scratch, i, ref upperLetters, ref lowerLetters);
        }

        Gazetteer.Match(scratch.Lower.AsSpan(0, n), scratch.GazInside.AsSpan(0, n), scratch.GazBegin.AsSpan(0, n), scratch.GazEnd.AsSpan(0, n), dropout);
        ulong sentCase = upperLetters == 0 ? TokenCase.SentenceLower : lowerLetters == 0 ? TokenCase.SentenceUpper : TokenCase.SentenceMixed;
        var sink = new Sink(output, 64 - HashBits, sentCase == TokenCase.SentenceLower ? 0x5EC0_0001UL : 0);
        bool characters = (Features & NerFeatureSet.CharacterNgrams) != 0, allWords = (Features & NerFeatureSet.CharacterNgramsAllWords) != 0;
        bool window = (Features & NerFeatureSet.GazetteerWindow) != 0;
        bool brown = (Features & NerFeatureSet.BrownClusters) != 0;
        for (int i = 0; i < n; i++)
        {
            Emit(scratch, i, n, sentCase, sink);
            if (characters && (allWords || WordProfiles.FrequencyBand(scratch.Profile[i]) <= 1)) EmitCharacters(sentence[i], sink);
            if (window) EmitGazetteerWindow(scratch, i, n, sink);
            if (brown) EmitBrown(scratch, i, n, sink);
            output.EndToken(i);
        }
    }

    private void Describe(ReadOnlySpan<char> token, FeatureScratch s, int i, ref int upperLetters, ref int lowerLetters)
    {
        ulong word = FeatureHash.Empty, lower = FeatureHash.Empty, shape = FeatureHash.Empty, shortShape = FeatureHash.Empty;
        ulong p2 = 0, p3 = 0, p4 = 0;
        char last = '\0';
        int run = 0;
        for (int k = 0; k < token.Length; k++)
        {
            char c = token[k];
            char lc = char.ToLowerInvariant(c);
            word = FeatureHash.Add(word, c);
            lower = FeatureHash.Add(lower, lc);
            if (k == 1) p2 = lower;
            else if (k == 2) p3 = lower;
            else if (k == 3) p4 = lower;
            char cls;
            if (char.IsUpper(c)) { cls = 'X'; upperLetters++; }
            else if (char.IsLower(c)) { cls = 'x'; lowerLetters++; }
            else if (char.IsDigit(c)) cls = 'd';
            else if (char.IsLetter(c)) cls = 'x';
            else cls = c;
            if (cls == last) run++;
            else { run = 1; last = cls; shortShape = FeatureHash.Add(shortShape, cls); }
            if (run <= 2) shape = FeatureHash.Add(shape, cls);
        }

        s.Word[i] = word;
        s.Lower[i] = lower;
        s.Shape[i] = shape;
        s.ShortShape[i] = shortShape;
        int len = token.Length;
        // Affixes only where the word is longer than the affix, so short words keep their own features.
        s.Prefix2[i] = len > 2 ? p2 : 0;
        s.Prefix3[i] = len > 3 ? p3 : 0;
        s.Prefix4[i] = len > 4 ? p4 : 0;
        s.Suffix2[i] = len > 2 ? SuffixHash(token, 2) : 0;
        s.Suffix3[i] = len > 3 ? SuffixHash(token, 3) : 0;
        s.Suffix4[i] = len > 4 ? SuffixHash(token, 4) : 0;
        s.Case[i] = TokenCase.Of(token);
        s.Profile[i] = Profiles.Get(lower);
        // Read only by EmitBrown, so a model without the template (the shipped one) skips the lookup per token.
        if ((Features & NerFeatureSet.BrownClusters) != 0) s.Brown[i] = Profiles.Brown(lower);
    }

    private static ulong SuffixHash(ReadOnlySpan<char> token, int length) => FeatureHash.OfLower(token[^length..]);

    /// <summary>Writes feature ids; in lower-case sentences every feature also gets a lower-case-only twin
    /// (feature augmentation), so lower-case text can follow its own conventions without a second model.</summary>
    private readonly struct Sink(FeatureBuffer output, int shift, ulong salt)
    {
        public void Add(ulong hash)
        {
            output.Add((int)(hash >> shift));
            if (salt != 0) output.Add((int)(FeatureHash.Combine(DomainTwin, hash, salt) >> shift));
        }
    }

    private static void Emit(FeatureScratch s, int i, int n, ulong sentCase, Sink e)
    {
        ulong prevLower = i > 0 ? s.Lower[i - 1] : Boundary;
        ulong nextLower = i + 1 < n ? s.Lower[i + 1] : Boundary;
        ulong prevShape = i > 0 ? s.ShortShape[i - 1] : Boundary;
        ulong nextShape = i + 1 < n ? s.ShortShape[i + 1] : Boundary;
        uint profile = s.Profile[i];
        ulong prof = (ulong)(profile & 0x7F) | ((ulong)s.Case[i] << 8);

        e.Add(FeatureHash.Combine(Bias, 0));
        e.Add(FeatureHash.Combine(Word, s.Word[i]));
        e.Add(FeatureHash.Combine(Lower, s.Lower[i]));
        e.Add(FeatureHash.Combine(Shape, s.Shape[i], sentCase));
        e.Add(FeatureHash.Combine(ShortShape, s.ShortShape[i]));
        if (s.Prefix2[i] != 0) e.Add(FeatureHash.Combine(Pre2, s.Prefix2[i]));
        if (s.Prefix3[i] != 0) e.Add(FeatureHash.Combine(Pre3, s.Prefix3[i]));
        if (s.Prefix4[i] != 0) e.Add(FeatureHash.Combine(Pre4, s.Prefix4[i]));
        if (s.Suffix2[i] != 0) e.Add(FeatureHash.Combine(Suf2, s.Suffix2[i]));
        if (s.Suffix3[i] != 0) e.Add(FeatureHash.Combine(Suf3, s.Suffix3[i]));
        if (s.Suffix4[i] != 0) e.Add(FeatureHash.Combine(Suf4, s.Suffix4[i]));
        e.Add(FeatureHash.Combine(LowerPrev, prevLower));
        e.Add(FeatureHash.Combine(LowerNext, nextLower));
        e.Add(FeatureHash.Combine(LowerPrev2, i > 1 ? s.Lower[i - 2] : Boundary));
        e.Add(FeatureHash.Combine(LowerNext2, i + 2 < n ? s.Lower[i + 2] : Boundary));
        e.Add(FeatureHash.Combine(ShapePrev, prevShape, sentCase));
        e.Add(FeatureHash.Combine(ShapeNext, nextShape, sentCase));
        e.Add(FeatureHash.Combine(BigramPrev, prevLower, s.Lower[i]));
        e.Add(FeatureHash.Combine(BigramNext, s.Lower[i], nextLower));
        e.Add(FeatureHash.Combine(Prof, prof));
        e.Add(FeatureHash.Combine(ProfPrev, i > 0 ? s.Profile[i - 1] & 0x7F : 0xFFFF));
        e.Add(FeatureHash.Combine(ProfNext, i + 1 < n ? s.Profile[i + 1] & 0x7F : 0xFFFF));
        e.Add(FeatureHash.Combine(ProfShape, prof, s.ShortShape[i]));
        // Capitalisation evidence of neighbouring words together: runs of usually-capitalised words are names, even in lower-case text.
        e.Add(FeatureHash.Combine(ProfBigramPrev, i > 0 ? s.Profile[i - 1] & 0x7 : 0xFF, profile & 0x7));
        e.Add(FeatureHash.Combine(ProfBigramNext, profile & 0x7, i + 1 < n ? s.Profile[i + 1] & 0x7 : 0xFF));
        e.Add(FeatureHash.Combine(SentCaseShape, sentCase, s.ShortShape[i]));
        e.Add(FeatureHash.Combine(SentCaseProf, sentCase, prof));
        e.Add(FeatureHash.Combine(SentCase, sentCase));
        if (i == 0) e.Add(FeatureHash.Combine(FirstShape, s.ShortShape[i], sentCase));
        e.Add(FeatureHash.Combine(WordPrev, i > 0 ? s.Word[i - 1] : Boundary));
        e.Add(FeatureHash.Combine(WordNext, i + 1 < n ? s.Word[i + 1] : Boundary));
        e.Add(FeatureHash.Combine(ShapeTrigram, prevShape, s.ShortShape[i], nextShape));
        e.Add(FeatureHash.Combine(PrevLowerShape, prevLower, s.ShortShape[i]));
        e.Add(FeatureHash.Combine(NextLowerShape, s.ShortShape[i], nextLower));
        // Word identity per sentence casing: lower-case text (NERP) follows other conventions than mixed-case news.
        e.Add(FeatureHash.Combine(CaseLower, s.Lower[i], sentCase));
        e.Add(FeatureHash.Combine(CaseLowerPrev, prevLower, sentCase));
        e.Add(FeatureHash.Combine(CaseLowerNext, nextLower, sentCase));
        e.Add(FeatureHash.Combine(CaseBigramPrev, prevLower, s.Lower[i], sentCase));
        if (s.Suffix3[i] != 0) e.Add(FeatureHash.Combine(CaseSuf3, s.Suffix3[i], sentCase));
        e.Add(FeatureHash.Combine(AllCaps, (ulong)WordProfiles.AllCapsBucket(profile), s.Case[i]));

        int fine = WordProfiles.FineCluster(profile), coarse = WordProfiles.CoarseCluster(profile);
        if (fine != 0) e.Add(FeatureHash.Combine(Cluster, (ulong)fine, s.Case[i]));
        if (coarse != 0) e.Add(FeatureHash.Combine(CoarseCluster, (ulong)coarse));
        if (i > 0 && WordProfiles.FineCluster(s.Profile[i - 1]) is int fp && fp != 0) e.Add(FeatureHash.Combine(ClusterPrev, (ulong)fp));
        if (i + 1 < n && WordProfiles.FineCluster(s.Profile[i + 1]) is int fn && fn != 0) e.Add(FeatureHash.Combine(ClusterNext, (ulong)fn));
        if (i > 0 && WordProfiles.CoarseCluster(s.Profile[i - 1]) is int cp && cp != 0) e.Add(FeatureHash.Combine(CoarsePrev, (ulong)cp, (ulong)coarse));

        byte inside = s.GazInside[i];
        for (int c = 0; inside != 0; c++, inside >>= 1)
        {
            if ((inside & 1) == 0) continue;
            ulong position = (ulong)(((s.GazBegin[i] >> c & 1) << 1) | (s.GazEnd[i] >> c & 1));
            e.Add(FeatureHash.Combine(Gaz, (ulong)c, position));
            e.Add(FeatureHash.Combine(SentCaseGaz, (ulong)c, position, sentCase));
        }

        if (i > 0) EmitMask(e, GazPrev, s.GazEnd[i - 1]);
        if (i > 1) EmitMask(e, GazPrev2, s.GazEnd[i - 2]);
        if (i + 1 < n) EmitMask(e, GazNext, s.GazBegin[i + 1]);
    }

    /// <summary>Five-letter prefix and suffix and lower-case character trigrams with word-boundary marks
    /// (<c>^bo</c>, <c>bor</c> … <c>ux$</c>): letter sequences shared by names the word profiles never saw.</summary>
    private static void EmitCharacters(ReadOnlySpan<char> token, Sink e)
    {
        if (token.Length < 3 || !HasLetter(token)) return;
        if (token.Length > 5)
        {
            e.Add(FeatureHash.Combine(Pre5, FeatureHash.OfLower(token[..5])));
            e.Add(FeatureHash.Combine(Suf5, FeatureHash.OfLower(token[^5..])));
        }

        char a = '^', b = char.ToLowerInvariant(token[0]);
        for (int k = 1; k <= token.Length; k++)
        {
            char c = k < token.Length ? char.ToLowerInvariant(token[k]) : '$';
            e.Add(FeatureHash.Combine(CharTrigram, (ulong)a << 32 | (ulong)b << 16 | c));
            a = b;
            b = c;
        }
    }

    private static bool HasLetter(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (char.IsLetter(c)) return true;
        }

        return false;
    }

    /// <summary>Prefixes of the Brown-cluster paths of the token and its neighbours (nothing for a word without a path).</summary>
    private static void EmitBrown(FeatureScratch s, int i, int n, Sink e)
    {
        EmitBrownPrefixes(e, BrownPrefix, s.Brown[i]);
        if (i > 0) EmitBrownPrefixes(e, BrownPrevPrefix, s.Brown[i - 1]);
        if (i + 1 < n) EmitBrownPrefixes(e, BrownNextPrefix, s.Brown[i + 1]);
    }

    private static void EmitBrownPrefixes(Sink e, uint template, uint code)
    {
        if (code == 0) return;
        foreach (int bits in BrownPrefixBits) e.Add(FeatureHash.Combine(template, (ulong)bits, BrownPath.Prefix(code, bits)));
    }

    /// <summary>Which kinds of listed names lie within three tokens on either side (a title or a place head a few words back).</summary>
    private static void EmitGazetteerWindow(FeatureScratch s, int i, int n, Sink e)
    {
        int before = 0, after = 0;
        for (int k = Math.Max(0, i - 3); k < i; k++) before |= s.GazInside[k];
        for (int k = i + 1, end = Math.Min(n, i + 4); k < end; k++) after |= s.GazInside[k];
        EmitMask(e, GazWindowPrev, (byte)before);
        EmitMask(e, GazWindowNext, (byte)after);
    }

    private static void EmitMask(Sink e, uint template, byte mask)
    {
        for (int c = 0; mask != 0; c++, mask >>= 1)
        {
            if ((mask & 1) != 0) e.Add(FeatureHash.Combine(template, (ulong)c));
        }
    }
}
