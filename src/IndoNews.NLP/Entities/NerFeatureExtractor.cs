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
        CaseLower = 41, CaseLowerPrev = 42, CaseLowerNext = 43, CaseBigramPrev = 44, CaseSuf3 = 45;

    private static readonly ulong Boundary = FeatureHash.Of("<S>");

    public NerFeatureExtractor(int hashBits, Gazetteer gazetteer, WordProfiles profiles)
    {
        if (hashBits is < 10 or > 26) throw new ArgumentOutOfRangeException(nameof(hashBits));
        HashBits = hashBits;
        Gazetteer = gazetteer;
        Profiles = profiles;
    }

    /// <summary>log2 of the number of weight-table rows.</summary>
    public int HashBits { get; }

    public Gazetteer Gazetteer { get; }

    public WordProfiles Profiles { get; }

    /// <summary>Fills <paramref name="output"/> with the feature ids of every token of <paramref name="sentence"/>.</summary>
    public void Extract(TokenSpans sentence, FeatureScratch scratch, FeatureBuffer output)
    {
        int n = sentence.Count;
        scratch.Ensure(n);
        output.Reset(n);
        int upperLetters = 0, lowerLetters = 0;
        for (int i = 0; i < n; i++)
        {
            Describe(sentence[i], scratch, i, ref upperLetters, ref lowerLetters);
        }

        Gazetteer.Match(scratch.Lower.AsSpan(0, n), scratch.GazInside.AsSpan(0, n), scratch.GazBegin.AsSpan(0, n), scratch.GazEnd.AsSpan(0, n));
        ulong sentCase = upperLetters == 0 ? TokenCase.SentenceLower : lowerLetters == 0 ? TokenCase.SentenceUpper : TokenCase.SentenceMixed;
        int shift = 64 - HashBits;
        for (int i = 0; i < n; i++)
        {
            Emit(scratch, i, n, sentCase, shift, output);
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
    }

    private static ulong SuffixHash(ReadOnlySpan<char> token, int length) => FeatureHash.OfLower(token[^length..]);

    private static void Add(FeatureBuffer output, ulong hash, int shift) => output.Add((int)(hash >> shift));

    private static void Emit(FeatureScratch s, int i, int n, ulong sentCase, int shift, FeatureBuffer o)
    {
        ulong prevLower = i > 0 ? s.Lower[i - 1] : Boundary;
        ulong nextLower = i + 1 < n ? s.Lower[i + 1] : Boundary;
        ulong prevShape = i > 0 ? s.ShortShape[i - 1] : Boundary;
        ulong nextShape = i + 1 < n ? s.ShortShape[i + 1] : Boundary;
        uint profile = s.Profile[i];
        ulong prof = (ulong)(profile & 0x7F) | ((ulong)s.Case[i] << 8);

        Add(o, FeatureHash.Combine(Bias, 0), shift);
        Add(o, FeatureHash.Combine(Word, s.Word[i]), shift);
        Add(o, FeatureHash.Combine(Lower, s.Lower[i]), shift);
        Add(o, FeatureHash.Combine(Shape, s.Shape[i], sentCase), shift);
        Add(o, FeatureHash.Combine(ShortShape, s.ShortShape[i]), shift);
        if (s.Prefix2[i] != 0) Add(o, FeatureHash.Combine(Pre2, s.Prefix2[i]), shift);
        if (s.Prefix3[i] != 0) Add(o, FeatureHash.Combine(Pre3, s.Prefix3[i]), shift);
        if (s.Prefix4[i] != 0) Add(o, FeatureHash.Combine(Pre4, s.Prefix4[i]), shift);
        if (s.Suffix2[i] != 0) Add(o, FeatureHash.Combine(Suf2, s.Suffix2[i]), shift);
        if (s.Suffix3[i] != 0) Add(o, FeatureHash.Combine(Suf3, s.Suffix3[i]), shift);
        if (s.Suffix4[i] != 0) Add(o, FeatureHash.Combine(Suf4, s.Suffix4[i]), shift);
        Add(o, FeatureHash.Combine(LowerPrev, prevLower), shift);
        Add(o, FeatureHash.Combine(LowerNext, nextLower), shift);
        Add(o, FeatureHash.Combine(LowerPrev2, i > 1 ? s.Lower[i - 2] : Boundary), shift);
        Add(o, FeatureHash.Combine(LowerNext2, i + 2 < n ? s.Lower[i + 2] : Boundary), shift);
        Add(o, FeatureHash.Combine(ShapePrev, prevShape, sentCase), shift);
        Add(o, FeatureHash.Combine(ShapeNext, nextShape, sentCase), shift);
        Add(o, FeatureHash.Combine(BigramPrev, prevLower, s.Lower[i]), shift);
        Add(o, FeatureHash.Combine(BigramNext, s.Lower[i], nextLower), shift);
        Add(o, FeatureHash.Combine(Prof, prof), shift);
        Add(o, FeatureHash.Combine(ProfPrev, i > 0 ? s.Profile[i - 1] & 0x7F : 0xFFFF), shift);
        Add(o, FeatureHash.Combine(ProfNext, i + 1 < n ? s.Profile[i + 1] & 0x7F : 0xFFFF), shift);
        Add(o, FeatureHash.Combine(ProfShape, prof, s.ShortShape[i]), shift);
        Add(o, FeatureHash.Combine(SentCaseShape, sentCase, s.ShortShape[i]), shift);
        Add(o, FeatureHash.Combine(SentCaseProf, sentCase, prof), shift);
        Add(o, FeatureHash.Combine(SentCase, sentCase), shift);
        if (i == 0) Add(o, FeatureHash.Combine(FirstShape, s.ShortShape[i], sentCase), shift);
        Add(o, FeatureHash.Combine(WordPrev, i > 0 ? s.Word[i - 1] : Boundary), shift);
        Add(o, FeatureHash.Combine(WordNext, i + 1 < n ? s.Word[i + 1] : Boundary), shift);
        Add(o, FeatureHash.Combine(ShapeTrigram, prevShape, s.ShortShape[i], nextShape), shift);
        Add(o, FeatureHash.Combine(PrevLowerShape, prevLower, s.ShortShape[i]), shift);
        Add(o, FeatureHash.Combine(NextLowerShape, s.ShortShape[i], nextLower), shift);
        // Word identity per sentence casing: lower-case text (NERP) follows other conventions than mixed-case news.
        Add(o, FeatureHash.Combine(CaseLower, s.Lower[i], sentCase), shift);
        Add(o, FeatureHash.Combine(CaseLowerPrev, prevLower, sentCase), shift);
        Add(o, FeatureHash.Combine(CaseLowerNext, nextLower, sentCase), shift);
        Add(o, FeatureHash.Combine(CaseBigramPrev, prevLower, s.Lower[i], sentCase), shift);
        if (s.Suffix3[i] != 0) Add(o, FeatureHash.Combine(CaseSuf3, s.Suffix3[i], sentCase), shift);
        Add(o, FeatureHash.Combine(AllCaps, (ulong)WordProfiles.AllCapsBucket(profile), s.Case[i]), shift);

        int cluster = WordProfiles.Cluster(profile);
        if (cluster != 0)
        {
            Add(o, FeatureHash.Combine(Cluster, (ulong)cluster), shift);
            Add(o, FeatureHash.Combine(Cluster, (ulong)(cluster >> 4) | 0x10000), shift);
        }

        if (i > 0 && WordProfiles.Cluster(s.Profile[i - 1]) is int cp && cp != 0) Add(o, FeatureHash.Combine(ClusterPrev, (ulong)cp), shift);
        if (i + 1 < n && WordProfiles.Cluster(s.Profile[i + 1]) is int cn && cn != 0) Add(o, FeatureHash.Combine(ClusterNext, (ulong)cn), shift);

        byte inside = s.GazInside[i];
        for (int c = 0; inside != 0; c++, inside >>= 1)
        {
            if ((inside & 1) == 0) continue;
            ulong position = (ulong)(((s.GazBegin[i] >> c & 1) << 1) | (s.GazEnd[i] >> c & 1));
            Add(o, FeatureHash.Combine(Gaz, (ulong)c, position), shift);
            Add(o, FeatureHash.Combine(SentCaseGaz, (ulong)c, position, sentCase), shift);
        }

        if (i > 0) EmitMask(o, GazPrev, s.GazEnd[i - 1], shift);
        if (i > 1) EmitMask(o, GazPrev2, s.GazEnd[i - 2], shift);
        if (i + 1 < n) EmitMask(o, GazNext, s.GazBegin[i + 1], shift);
    }

    private static void EmitMask(FeatureBuffer o, uint template, byte mask, int shift)
    {
        for (int c = 0; mask != 0; c++, mask >>= 1)
        {
            if ((mask & 1) != 0) Add(o, FeatureHash.Combine(template, (ulong)c), shift);
        }
    }
}
