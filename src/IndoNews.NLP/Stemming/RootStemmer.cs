using System.Runtime.CompilerServices;
namespace IndoNews.NLP.Stemming;

/// <summary>
/// Gives the lower-case root of an Indonesian word the way Sastrawi does, minus Sastrawi's known errors:
/// the pipeline's default lemma (<see cref="LemmaStyle.Root"/>) and <c>indonews stem --mode lemma</c>.
/// </summary>
/// <remarks>
/// <para>Where Sastrawi finds a root this stemmer agrees with it, except in these cases, each a documented
/// Sastrawi error:</para>
/// <list type="bullet">
/// <item><b>Precedence over-stemming</b>: Sastrawi strips prefixes first from <c>be-…-an</c>, <c>di-…-i</c>,
/// <c>me-…-i</c>, … words; when stripping the suffix first gives a root at least as long, that one is
/// taken (<c>dikurangi</c> → <c>kurang</c>, not <c>rang</c>; <c>berikan</c> → <c>beri</c>, not <c>ikan</c>).</item>
/// <item><b>False suffixes</b>: a root that only appeared by cutting <c>-is</c>, <c>-kah</c>, <c>-lah</c>,
/// <c>-tah</c> or <c>-pun</c> off a word that also has a prefix analysis yields to it (<c>menangis</c> →
/// <c>tangis</c>, <c>menikah</c> → <c>nikah</c>); <c>per-/ber-/ter-/pe-…-an</c> on a root ending in
/// <c>k</c> is not read as <c>-kan</c> (<c>perbankan</c> → <c>bank</c>, not <c>perban</c>).</item>
/// <item><b>Under-stemming</b>: <c>pemr-</c> (<c>pemrograman</c> → <c>program</c>), <c>ketidak-…-an</c>
/// (<c>ketidakadilan</c> → <c>adil</c>), informal <c>-in</c> and nasal <c>ng-/nge-/ny-</c>
/// (<c>dipakein</c> → <c>pakai</c>, <c>ngomongin</c> → <c>omong</c>; not in capitalised words, which are
/// likely names such as <c>Sadikin</c>).</item>
/// <item><b>se- on a root in -i</b>: <c>senilai</c> → <c>nilai</c>, not <c>nila</c> (Indonesian has no
/// <c>se-…-i</c> circumfix), also under a clitic (<c>seandainya</c> → <c>andai</c>).</item>
/// <item><b>A root + -an, not se- + a root in -an</b>: <c>sepakan</c> → <c>sepak</c>, not <c>pakan</c>.</item>
/// <item><b>A confix Indonesian lacks</b> (<c>be-…-i</c>, <c>ke-…-i</c>, <c>ke-…-kan</c>, <c>se-…-kan</c>, <c>-an</c> after
/// <c>te-/di-/me-</c>): the prefix-only reading wins when it is a longer root (<c>bernilai</c> → <c>nilai</c>, not <c>nila</c>;
/// <c>memesan</c> → <c>pesan</c>).</item>
/// <item><b>A bare noun in -an on a root in k</b> (<see cref="Default"/> only): <c>desakan</c> → <c>desak</c>, not <c>desa</c>,
/// for the roots of <c>data/stemming/lemma-an-k-roots.txt</c>.</item>
/// <item><b>k-roots under meng-/peng-</b> (<see cref="Default"/> only): <c>mengemas</c> → <c>kemas</c>, not <c>emas</c>,
/// for the roots of <c>data/stemming/lemma-k-roots.txt</c>.</item>
/// <item><b>Affix flags</b> (<see cref="Default"/> only): of two readings, the one whose root takes the word's affixes in
/// hunspell-id (<c>data/stemming/root-affixes.txt</c>) when Sastrawi's does not: <c>tepukan</c> → <c>tepuk</c>, not
/// <c>tepu</c> + <c>-kan</c>; <c>ketukan</c> → <c>ketuk</c>; <c>berapi</c> → <c>api</c>, not <c>rap</c> + <c>-i</c>;
/// <c>memadukan</c> → <c>padu</c>, not <c>madu</c>; <c>mengelap</c> → <c>lap</c>, not <c>kelap</c>.</item>
/// <item><b>Rare roots</b> (<see cref="Default"/> only): rare words of the root list that capture common words are
/// ignored (<c>memasuki</c> → <c>masuk</c>, not <c>pasuk</c>; <c>pengunjung</c> → <c>kunjung</c>, not <c>unjung</c>).</item>
/// <item><b>Particles on function words</b>: <c>apakah</c> → <c>apa</c>, <c>siapapun</c> → <c>siapa</c>.</item>
/// <item><b>Reduplication</b>: a prefixed first half counts (<c>berkali-kali</c> → <c>kali</c>), and an
/// unknown word repeated is that word (<c>abal-abal</c> → <c>abal</c>, unless the lexicon lists the whole). Informal
/// writing's 2 is read as the hyphenated spelling in lower-case words (<c>anak2nya</c> → <c>anak</c>, <c>kira2</c> →
/// <c>kira</c>).</item>
/// </list>
/// <para>Words with characters other than letters, digits and hyphens (numbers, URLs, symbols) and words
/// longer than <see cref="MaxWordLength"/> come back lower-cased and otherwise unchanged. Instances are
/// immutable and thread-safe; the span overload allocates nothing.</para>
/// </remarks>
/// <example>
/// <code>
/// RootStemmer.Default.Stem("Pemrograman"); // "program"
/// </code>
/// </example>
[SkipLocalsInit] // scratch buffers are written before they are read
public sealed class RootStemmer : IStemmer
{
    /// <summary>Longer words are returned lower-cased, unstemmed (no Indonesian word comes close).</summary>
    public const int MaxWordLength = 64;

    private const int Buffer = MaxWordLength + 8;

    private static readonly RetryingLazy<RootStemmer> DefaultStemmer = new(() => new RootStemmer(LemmaRootList.Default, LemmaRootList.Ignored, NasalKRoots.Default, LemmaRootList.AnKRoots, RootAffixes.Default, () => new RootStemmer(RootLexicon.Default)));

    // Closed-class words that take the particles -kah, -lah, -tah, -pun (apakah, siapapun, adalah stays).
    private static readonly RootLexicon ParticleHosts = RootLexicon.FromWords(
    [
        "apa", "siapa", "mana", "bagaimana", "kapan", "mengapa", "kenapa", "berapa", "manakah", "bukan", "benar",
        "sudah", "belum", "ia", "dia", "kami", "kita", "mereka", "saya", "aku", "engkau", "kau", "anda", "itu",
        "ini", "sini", "situ", "sana", "meski", "walau", "kalau", "jika", "atau", "namun", "begitu", "demikian",
        "sekali", "kendati", "sekalipun", "biar", "bahkan", "hanya", "tidak", "tiada", "mungkin", "harus",
    ]);

    private static readonly string[] Clitics = ["nya", "ku", "mu", "lah", "kah", "tah", "pun"];

    // Lemma mode's list departs from the shipped one: the entries it ignores as roots (still words of their own), and
    // the stemmer over the shipped list, which Explain needs to tell which roots the departure gave (built when asked).
    private readonly RootLexicon? _ignored;
    private readonly RetryingLazy<RootStemmer>? _shipped;

    // Lemma mode's roots in k- that win over their vowel twin under meng-/peng- (mengemas → kemas, not emas).
    private readonly NasalKRoots? _kRoots;

    // Lemma mode's roots in k whose bare noun in -an is root + -an (desakan → desak, not desa + -kan).
    private readonly RootLexicon? _anKRoots;

    // Lemma mode's affixes per root (hunspell-id's flags), to choose between two readings (tepukan → tepuk, not tepu + -kan).
    private readonly RootAffixes? _affixes;

    /// <summary>Creates the stemmer over <paramref name="lexicon"/>.</summary>
    /// <param name="lexicon">The root words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is null.</exception>
    public RootStemmer(RootLexicon lexicon)
    {
        Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
    }

    private RootStemmer(RootLexicon lexicon, RootLexicon ignored, NasalKRoots kRoots, RootLexicon anKRoots, RootAffixes affixes, Func<RootStemmer> shipped)
        : this(lexicon)
    {
        _affixes = affixes;
        _ignored = ignored;
        _kRoots = kRoots;
        _anKRoots = anKRoots;
        _shipped = new RetryingLazy<RootStemmer>(shipped);
    }

    /// <summary>
    /// The stemmer over the package's default root-word list, loaded on first use, with lemma mode's changes to it:
    /// rare roots that capture common words are ignored (<c>memasuki</c> → <c>masuk</c>, not <c>pasuk</c>; <c>berupa</c>
    /// → <c>rupa</c>, not <c>upa</c>) and a few common words are roots (<c>politisi</c>). See
    /// <c>data/stemming/lemma-ignored-roots.txt</c>; <see cref="SastrawiStemmer.Default"/> keeps the list unchanged.
    /// </summary>
    public static RootStemmer Default => DefaultStemmer.Value;

    /// <summary>
    /// The root words the stemmer reduces words to. For <see cref="Default"/> this leaves out the rare roots lemma mode
    /// ignores, which are still words of their own: ask <see cref="IsWord(ReadOnlySpan{char})"/> whether a word is one.
    /// </summary>
    public RootLexicon Lexicon { get; }

    /// <summary>
    /// True when <paramref name="word"/> (lower case) is a word of the list: a root of <see cref="Lexicon"/>, or one of
    /// the rare roots lemma mode ignores as the root of longer words (<c>asa</c>, <c>upa</c>).
    /// </summary>
    /// <param name="word">The lower-case word.</param>
    /// <returns>Whether the list holds it.</returns>
    public bool IsWord(ReadOnlySpan<char> word) => Lexicon.Contains(word) || (_ignored is not null && _ignored.Contains(word));

    /// <summary>
    /// Whether a bare <paramref name="root"/> + <c>-i</c> reads as a verb (an imperative: <c>Hadapi</c>, <c>Akui</c>): the
    /// dictionary's affix flags give the root <c>-i</c> in some form. Without the flags (a stemmer over a list given by path)
    /// every such word counts as a verb.
    /// </summary>
    internal bool TakesI(ReadOnlySpan<char> root) => _affixes is null || _affixes.TakesI(root);

    /// <summary>A stemmer over the root-word list in a file (one word per line).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The stemmer.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not UTF-8 text.</exception>
    public static RootStemmer FromLexicon(string path) => new(RootLexicon.FromFile(path));

    /// <summary>Returns the lower-case root of <paramref name="word"/>.</summary>
    /// <param name="word">One word (a token).</param>
    /// <returns>The root; the same string instance when the word is lower-case and its own root.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length > MaxWordLength) return word.ToLowerInvariant();
        Span<char> destination = stackalloc char[MaxWordLength];
        TryStem(word, destination, out int written);
        var root = destination[..written];
        return root.SequenceEqual(word) ? word : new string(root);
    }

    /// <summary>Writes the lower-case root of <paramref name="word"/> to <paramref name="destination"/>, allocating nothing.</summary>
    /// <param name="word">One word (a token).</param>
    /// <param name="destination">Where the root goes; the word's length always suffices.</param>
    /// <param name="charsWritten">Characters written.</param>
    /// <returns>False (and nothing written) when <paramref name="destination"/> is shorter than the root.</returns>
    public bool TryStem(ReadOnlySpan<char> word, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (word.Length > MaxWordLength)
        {
            if (destination.Length < word.Length) return false;
            charsWritten = word.ToLowerInvariant(destination);
            return true;
        }

        Span<char> lower = stackalloc char[word.Length];
        Span<char> root = stackalloc char[Buffer];
        var why = RootCorrection.None;
        var result = Root(word, lower, root, ref why);
        if (result.Length > destination.Length) return false;
        result.CopyTo(destination);
        charsWritten = result.Length;
        return true;
    }

    /// <summary>The root of <paramref name="word"/> and which departure from Sastrawi, if any, gave it.</summary>
    internal string Explain(string word, out RootCorrection correction)
    {
        ArgumentNullException.ThrowIfNull(word);
        correction = RootCorrection.None;
        if (word.Length > MaxWordLength) return word.ToLowerInvariant();
        Span<char> lower = stackalloc char[word.Length];
        Span<char> root = stackalloc char[Buffer];
        string result = new(Root(word, lower, root, ref correction));
        if (_shipped is null) return result;

        // A root the shipped list gives too keeps the reason it has there (belasan → belas, a correction there,
        // is plain Sastrawi over lemma mode's list); another root is the list's doing.
        string shipped = _shipped.Value.Explain(word, out var shippedCorrection);
        if (!string.Equals(shipped, result, StringComparison.Ordinal)) correction = correction is RootCorrection.NasalKRoot or RootCorrection.LemmaAnKRoot or RootCorrection.AffixLicence or RootCorrection.InformalNasalT ? correction : RootCorrection.LemmaRootList;
        else if (correction == RootCorrection.None) correction = shippedCorrection;
        return result;
    }

    // The root of a word of at most MaxWordLength characters, in root or (when it is its own root) in lower.
    private ReadOnlySpan<char> Root(ReadOnlySpan<char> word, Span<char> lower, Span<char> root, ref RootCorrection why)
    {
        word.ToLowerInvariant(lower);
        // A capitalised word is likely a name (Sadikin, Wahidin): informal -in and ng-/ny- are not read into it.
        bool informal = !(word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[1]));
        if (!IsStemmable(lower)) return lower;
        int length = informal && DigitReduplication(word) is int two and > 0 ? RootOfTwo(lower, two, root, ref why) : RootOfToken(lower, root, informal, ref why);
        return length >= 0 ? root[..length] : lower;
    }

    // Informal writing marks reduplication with a 2: anak2 (anak-anak), kira2, mudah2an (mudah-mudahan),
    // kejadian2nya. The index of the 2 when it follows three lower-case letters or more and only lower-case
    // letters follow it, else 0: names and codes (Moto2, PSD2, BBC2, G20) have capitals, other digits or a
    // shorter base.
    private static int DigitReduplication(ReadOnlySpan<char> w)
    {
        int two = w.IndexOf('2');
        if (two < 3 || 2 * two + 1 + (w.Length - two - 1) > MaxWordLength) return 0;
        foreach (char c in w[..two])
        {
            if ((uint)(c - 'a') > 'z' - 'a') return 0;
        }

        foreach (char c in w[(two + 1)..])
        {
            if ((uint)(c - 'a') > 'z' - 'a') return 0;
        }

        return two;
    }

    // The root of a 2-reduplication is the root of its hyphenated spelling (anak2 as anak-anak); when that
    // spelling is its own root (gara-gara, listed whole) the word stays as written.
    private int RootOfTwo(ReadOnlySpan<char> w, int two, Span<char> root, ref RootCorrection why)
    {
        Span<char> spelled = stackalloc char[2 * two + 1 + (w.Length - two - 1)];
        w[..two].CopyTo(spelled);
        spelled[two] = '-';
        w[..two].CopyTo(spelled[(two + 1)..]);
        w[(two + 1)..].CopyTo(spelled[(2 * two + 1)..]);
        int n = RootOfToken(spelled, root, informal: true, ref why);
        if (n < 0) why = RootCorrection.None;
        return n;
    }

    string IStemmer.Stem(string word) => Stem(word);

    // Letters, digits and hyphens, with at least one letter; anything else is not a word to stem.
    private static bool IsStemmable(ReadOnlySpan<char> w)
    {
        bool letter = false;
        foreach (char c in w)
        {
            if ((uint)(c - 'a') <= 'z' - 'a') letter = true;
            else if (!((uint)(c - '0') <= 9 || c == '-')) return false;
        }

        return letter && w[0] != '-' && w[^1] != '-';
    }

    // Root of a lower-case token of [a-z0-9-]; -1 when it is its own root.
    private int RootOfToken(ReadOnlySpan<char> w, Span<char> root, bool informal, ref RootCorrection why)
    {
        int hyphen = w.LastIndexOf('-');
        if (hyphen < 0) return RootOfWord(w, root, informal, ref why);

        why = RootCorrection.Hyphenated;

        var left = w[..hyphen];
        var right = w[(hyphen + 1)..];
        if (IsClitic(right))
        {
            // kuasa-mu, allah-lah: a hyphenated clitic; malaikat-malaikat-nya: the clitic joins the last half.
            int inner = left.LastIndexOf('-');
            if (inner < 0) return RootOrSelf(left, root, informal, ref why);
            right = w[(inner + 1)..];
            left = left[..inner];
        }

        Span<char> a = stackalloc char[Buffer];
        Span<char> b = stackalloc char[Buffer];
        var ignored = RootCorrection.None;
        int na = RootOfWord(left, a, informal: false, ref ignored);
        var rootLeft = na >= 0 ? a[..na] : left;
        int nb = RootOfWordOrTryMe(right, b);
        var rootRight = nb >= 0 ? b[..nb] : right;
        bool anyRoot = na >= 0 || nb >= 0;
        if ((anyRoot && rootLeft.SequenceEqual(rootRight)) || (nb >= 0 && left.EndsWith(rootRight) && left.Length > rootRight.Length))
        {
            // anak-anak, berturut-turut, sebaik-baiknya, berkali-kali, tolong-menolong.
            return Take(rootRight, root);
        }

        if (Lexicon.Contains(w)) return -1; // kupu-kupu, bolak-balik as listed
        if (left.SequenceEqual(right)) return Take(left, root); // an unknown word repeated: game-game → game
        return -1; // sayur-mayur, covid-19: the whole token
    }

    private static bool IsClitic(ReadOnlySpan<char> part)
    {
        foreach (string c in Clitics)
        {
            if (part.SequenceEqual(c)) return true;
        }

        return false;
    }

    private int RootOrSelf(ReadOnlySpan<char> w, Span<char> root, bool informal, ref RootCorrection why)
    {
        int n = RootOfWord(w, root, informal, ref why);
        if (n >= 0) return n;
        w.CopyTo(root);
        return w.Length;
    }

    // The second half of a reduplication may have lost its prefix's nasal: meniru-nirukan → me + nirukan.
    private int RootOfWordOrTryMe(ReadOnlySpan<char> w, Span<char> root)
    {
        var ignored = RootCorrection.None;
        int n = RootOfWord(w, root, informal: false, ref ignored);
        if (n >= 0 || w.Length + 2 > MaxWordLength) return n;
        Span<char> me = stackalloc char[w.Length + 2];
        "me".CopyTo(me);
        w.CopyTo(me[2..]);
        return RootOfWord(me, root, informal: false, ref ignored);
    }

    // Root of one word of [a-z0-9]; -1 when none is found (the word is then its own lemma). Informal
    // forms (-in, ng-, ny-) are tried only when asked.
    private int RootOfWord(ReadOnlySpan<char> w, Span<char> root, bool informal, ref RootCorrection why)
    {
        int n;
        if (w.Length > MaxWordLength) return -1;

        // apakah, siapapun: a particle on a function word, even when the lexicon lists the whole.
        if (w.Length > 4 && EndsWithParticle(w) && IsParticleHost(w[..^3]) && !w.SequenceEqual("ialah"))
        {
            why = RootCorrection.FunctionWordParticle;
            w[..^3].CopyTo(root);
            return w.Length - 3;
        }

        // Lemma mode ignores a rare entry only as the root of a longer word: lidi and asa stay themselves.
        if (IsWord(w)) return CopySelf(w, root);

        // ketidakadilan → adil: the negated abstract noun ke-tidak-…-an.
        if (w.StartsWith("ketidak") && w.Length > 9)
        {
            var rest = w[7..];
            if (rest.EndsWith("an")) rest = rest[..^2];
            if ((n = Find(rest, EcsVariant.Sastrawi, root)) >= 0)
            {
                why = RootCorrection.NegatedAbstractNoun;
                return n;
            }
        }

        int found = Find(w, EcsVariant.Sastrawi, root, notRoot: true);
        if (found >= 0) return PreferKRoot(w, root, Correct(w, root, found, ref why), ref why);
        return Fallbacks(w, root, informal, ref why);
    }

    // Corrections to a root Sastrawi found; see the class remarks for each kind. w is no word of the list (RootOfWord asked).
    private int Correct(ReadOnlySpan<char> w, Span<char> root, int length, ref RootCorrection why)
    {
        Span<char> alt = stackalloc char[Buffer];
        int n;

        // Precedence over-stemming. be-…-an/-lah: the suffix-first root wins when it is the word minus its
        // suffix (berikan → beri, not ikan; belahan → belah, not bahan) or longer (berdesakan → desak);
        // di-/ter-…-i: only a suffix-first root that also lost its prefix and is at least as long
        // (dikurangi → kurang, not rang), because a root that is just the word minus -i is usually false
        // (pencari → cari, not pencar); me-/pe-…-i: only a longer one (menemani → teman, not tani), as
        // equal lengths there are mostly the nasal's two readings (memadai → pada, not mada).
        if (SastrawiWordStemmer.NeedsPrefixFirst(w) && (n = Find(w, EcsVariant.SuffixFirst, alt, notRoot: true)) >= 0 && !alt[..n].SequenceEqual(root[..length]))
        {
            bool suffixOnly = w.StartsWith(alt[..n]);
            bool better = w.StartsWith("be") ? (suffixOnly && n >= 3) || n > length
                : w.StartsWith("me") || w.StartsWith("pe") ? !suffixOnly && n > length
                : !suffixOnly && n >= length;
            if (better) return Take(alt[..n], root, RootCorrection.PrecedenceOverStemming, ref why);
        }

        // Precedence hidden by a clitic: Sastrawi decides on prefix-first from the whole word, so membelinya and
        // dimulainya are read suffix-first (bel + -i + -nya, mula + -i + -nya) while membeli and dimulai are read
        // prefix-first (beli, mulai). The root of the word without its clitic wins when it is longer.
        var host = WithoutClitic(w);
        if (host.Length < w.Length && !SastrawiWordStemmer.NeedsPrefixFirst(w) && SastrawiWordStemmer.NeedsPrefixFirst(host))
        {
            var ignored = RootCorrection.None;
            if ((n = RootOfWord(host, alt, informal: false, ref ignored)) > length) return Take(alt[..n], root, RootCorrection.PrecedenceOverStemming, ref why);
        }

        // se- on a root ending in i: senilai → nilai, sehelai → helai (not nila + -i, hela + -i). Indonesian has
        // no se-…-i circumfix (Sastrawi's own rules list the pair as invalid), so the word minus se- wins when it
        // is a root and Sastrawi's root is exactly the word minus se- and -i. A clitic may follow: seandainya →
        // andai (not anda + -i + -nya), sesampainya → sampai.
        if (host.Length > 5 && host.StartsWith("se") && host[^1] == 'i' && length == host.Length - 3 && host[2..^1].SequenceEqual(root[..length]) && Lexicon.Contains(host[2..]))
        {
            return Take(host[2..], root, RootCorrection.SeOnRootInI, ref why);
        }

        // The same where Sastrawi's root is the word minus -i and hunspell-id's flags give that root -i in no form: semati →
        // mati (sehidup semati), not semat + -i (semat takes meN-…-kan, never -i); setali → tali, sepeti → peti.
        if (_affixes is not null && host.Length > 5 && host.StartsWith("se") && host[^1] == 'i' && length == host.Length - 1 && host.StartsWith(root[..length])
            && Lexicon.Contains(host[2..]) && !_affixes.TakesI(root[..length]))
        {
            return Take(host[2..], root, RootCorrection.AffixLicence, ref why);
        }

        // A root + -an, not se- + a root that ends in -an: sepakan → sepak (a kick), not se- + pakan (fodder);
        // setelan → setel. Sastrawi reads the prefix because the longer root is listed; the reading with the
        // suffix wins when the word minus -an is a root as well.
        if (host.Length > 6 && host.StartsWith("se") && host.EndsWith("an") && length == host.Length - 2 && host[2..].SequenceEqual(root[..length]) && Lexicon.Contains(host[..^2]))
        {
            return Take(host[..^2], root, RootCorrection.SeRootAn, ref why);
        }

        // A confix Indonesian lacks (Sastrawi's own invalid affix pairs): bernilai is ber- + nilai, not ber- + nila + -i;
        // berkelahi → kelahi, not kelah. When Sastrawi's reading puts such a pair around its root, the prefix-only
        // reading wins if it gives a longer root that runs to the end of the word (the suffix's letters are the root's).
        if (IsInvalidAffixPair(host, root[..length]) && (n = Find(host, EcsVariant.PrefixesOnly, alt)) >= length && host.EndsWith(alt[1..n]))
        {
            if (n > length) return Take(alt[..n], root, RootCorrection.InvalidAffixPair, ref why);

            // Equal lengths are ber- + a vowel root against be- + a root in r (berapi: ber- + api or be- + rap + -i); the
            // dictionary's affix flags decide: api takes ber-, rap takes nothing.
            if (_affixes is not null && host.StartsWith("ber") && _affixes.Takes(alt[..n], "ber-", "") && !_affixes.Takes(root[..length], "ber-", "i"))
            {
                return Take(alt[..n], root, RootCorrection.AffixLicence, ref why);
            }
        }

        // pe- + a root in r, not per- + a vowel root: peradangan → radang (not adang), peramal → ramal (not amal), peracik →
        // racik. Sastrawi takes per- + the vowel root whenever it is listed; the dictionary's affix flags decide (see PeROverPer).
        if (_affixes is not null && PeROverPer(host, root[..length], alt)) return Take(alt[..(length + 1)], root, RootCorrection.AffixLicence, ref why);

        // meN- read the other way: memadukan is meN- + padu (not me- + madu), mengelap is menge- + lap (not meng- + kelap).
        // Sastrawi takes the first reading whose root is listed; the dictionary's affix flags decide (see MeNOtherReading).
        if (_affixes is not null && (n = MeNOtherReading(host, root[..length], alt)) > 0) return Take(alt[..n], root, RootCorrection.AffixLicence, ref why);

        // A bare noun in -an on a root in k: desakan → desak, not desa + -kan. Both readings are common (berikan →
        // beri is right), so lemma mode's list names the roots in k where the noun is the reading. Sastrawi may also
        // have read a prefix into the root in k (teriakan: ter- + ia + -kan, while teriak is a root), and a clitic may
        // follow (tarikannya).
        if (_anKRoots is not null && host.Length > 5 && host.EndsWith("kan") && length < host.Length - 2
            && (length == host.Length - 3 ? host.StartsWith(root[..length]) : !host.StartsWith(root[..length])) && Lexicon.Contains(host[..^2]))
        {
            var k = host[..^2];
            if (_anKRoots.Contains(k)) return Take(k, root, RootCorrection.LemmaAnKRoot, ref why);

            // The same where the dictionary's affix flags tell: the root takes -kan in no form, the root in k takes -an
            // (tepukan → tepuk, arakan → arak; berikan, ajukan keep beri, aju, which take -kan).
            if (_affixes is not null && !_affixes.TakesKan(root[..length]) && _affixes.TakesAn(k))
            {
                return Take(k, root, RootCorrection.AffixLicence, ref why);
            }
        }

        // False particle: menikah → nikah (not meni + -kah), pemerintah → perintah (not perin + -tah).
        if (EndsWithParticle(w) && (n = Find(w, EcsVariant.PrefixesOnly, alt, notRoot: true)) > length)
        {
            return Take(alt[..n], root, RootCorrection.FalseParticle, ref why);
        }

        // -an, not -kan, on a root ending in k: kebijakan → bijak (not bija), kedudukan → duduk; also under a clitic
        // (peternakannya → ternak, not terna). The root in k must have lost a prefix: the word minus -an is no such
        // reading (serukan stays seru, not seruk; berikanlah stays beri, not the rare berik). Sastrawi's root may have
        // lost more of the root in k to a second prefix reading: pemberontakan → berontak, not ronta (pe- + ber- + ronta).
        if (host.EndsWith("kan") && (host.StartsWith("ke") || host.StartsWith("se") || host.StartsWith("pe") || host.StartsWith("ber") || host.StartsWith("ter"))
            && (n = Find(host[..^2], EcsVariant.PrefixesOnly, alt)) > length && alt[n - 1] == 'k'
            && (alt[..(n - 1)].EndsWith(root[..length]) || IsNasalisedP(alt[..(n - 1)], root[..length])) && n < host.Length - 2)
        {
            return Take(alt[..n], root, RootCorrection.AnNotKan, ref why);
        }

        // The same where Sastrawi kept ke- in its root: keretakan is ke- + retak + -an, not kereta + -kan; keburukan →
        // buruk, not keburu. Taken when the word minus ke- and -an is a root in k of four letters or more (kenakan keeps
        // kena: nak is shorter) and Sastrawi's root is the word minus -kan.
        if (host.Length > 8 && host.StartsWith("ke") && host.EndsWith("kan") && length == host.Length - 3 && host.StartsWith(root[..length])
            && host[^3] == 'k' && Lexicon.Contains(host[2..^2]))
        {
            return Take(host[2..^2], root, RootCorrection.AnNotKan, ref why);
        }

        bool onlySuffixCut = length < w.Length && w.StartsWith(root[..length]);

        // False -is behind a prefix: berlapis → lapis (not ber- + lap + -is), menipis → tipis, mengiris → iris. The
        // prefix-only reading wins when its root is longer, ends in -is itself and runs to the word's end.
        if (!onlySuffixCut && w.EndsWith("is") && (n = Find(w, EcsVariant.PrefixesOnly, alt, notRoot: true)) > length && alt[..n].EndsWith("is") && w.EndsWith(alt[1..n]))
        {
            return Take(alt[..n], root, RootCorrection.FalseIs, ref why);
        }

        if (!onlySuffixCut) return length;

        // False -is: menangis → tangis (not menang + -is).
        if ((w.EndsWith("is") || w.EndsWith("isme") || w.EndsWith("isasi")) && (n = Find(w, EcsVariant.PrefixesOnly, alt, notRoot: true)) >= 0 && n >= length)
        {
            return Take(alt[..n], root, RootCorrection.FalseIs, ref why);
        }

        // per-…-an on a root ending in k: perbankan → bank (not perban + -kan).
        if (length == w.Length - 3 && w.EndsWith("kan") && (w.StartsWith("per") || w.StartsWith("ber") || w.StartsWith("ter") || w.StartsWith("pe"))
            && (n = Find(w[..^2], EcsVariant.PrefixesOnly, alt)) >= 4 && !alt[..n].SequenceEqual(root[..length]))
        {
            return Take(alt[..n], root, RootCorrection.PerAnOnK, ref why);
        }

        return length;
    }

    // Sastrawi read per- + a vowel root (peradangan: per- + adang + -an; peramal: per- + amal) where r + that root is listed too.
    // The r-root wins (written to alt) when hunspell-id's flags give it peN- with the word's suffix (peN- before r is pe-:
    // peradangan, peramal) and deny the vowel root the affixes per- stands for: with -an, the noun of a ber- verb (peralatan
    // stays alat, which takes ber-; perapian stays api), with no suffix, a form of memper-/per-…-kan. Only these two are read,
    // after the clitic is gone (peradangannya).
    private bool PeROverPer(ReadOnlySpan<char> host, ReadOnlySpan<char> root, Span<char> alt)
    {
        if (host.Length < 6 || !host.StartsWith("per") || !SastrawiPrefixRules.IsVowel(host[3]) || !host[3..].StartsWith(root)) return false;
        var suffix = host[(3 + root.Length)..];
        if (!(suffix.IsEmpty || suffix.SequenceEqual("an")) || root.Length + 1 > alt.Length) return false;
        alt[0] = 'r';
        root.CopyTo(alt[1..]);
        var rRoot = alt[..(root.Length + 1)];
        if (!Lexicon.Contains(rRoot) || !_affixes!.Takes(rRoot, "peN-", suffix)) return false;
        return suffix.IsEmpty
            ? !_affixes.Takes(root, "per-", "kan") && !_affixes.Takes(root, "memper-", "kan")
            : !_affixes.Takes(root, "ber-", "");
    }

    // The other reading of a meN- word (written to alt; its length, or 0): Sastrawi read me- + a root in m where meN- + the
    // root in p reads the same letters (memadukan: madu or padu), or meng- + a root in k where menge- + a one-syllable root
    // does (mengelap: kelap or lap). The other root wins when hunspell-id's flags give it meN- with the word's suffix (-kan,
    // -i or none) and deny Sastrawi's root that; without a suffix, only meN- on its own counts (kelap has meN-…-kan alone).
    // A root in m without any flags says nothing (memulas: mulas, stomach cramps, or pulas, to paint) and keeps Sastrawi's reading.
    private int MeNOtherReading(ReadOnlySpan<char> host, ReadOnlySpan<char> root, Span<char> alt)
    {
        if (root.Length < 3 || root.Length > alt.Length || !host.StartsWith("me")) return 0;
        int n;
        ReadOnlySpan<char> suffix;
        if (root[0] == 'm' && host.StartsWith("mem") && host[2..].StartsWith(root) && _affixes!.HasFlags(root))
        {
            suffix = host[(2 + root.Length)..];
            alt[0] = 'p';
            root[1..].CopyTo(alt[1..]);
            n = root.Length;
        }
        else if (root[0] == 'k' && host.StartsWith("menge") && host[4..].StartsWith(root[1..]) && root.Length > 3 && root[1] == 'e')
        {
            suffix = host[(3 + root.Length)..];
            root[2..].CopyTo(alt);
            n = root.Length - 2;
            if (VowelGroups(alt[..n]) != 1) return 0;
        }
        else return 0;

        if (!(suffix.IsEmpty || suffix.SequenceEqual("kan") || suffix.SequenceEqual("i")) || !Lexicon.Contains(alt[..n])) return 0;
        return TakesMeN(alt[..n], suffix) && !TakesMeN(root, suffix) ? n : 0;
    }

    private bool TakesMeN(ReadOnlySpan<char> root, ReadOnlySpan<char> suffix)
        => suffix.IsEmpty ? _affixes!.TakesAlone(root, "meN-") : _affixes!.Takes(root, "meN-", suffix);

    private static int VowelGroups(ReadOnlySpan<char> w)
    {
        int groups = 0;
        for (int i = 0; i < w.Length; i++)
        {
            if (SastrawiPrefixRules.IsVowel(w[i]) && (i == 0 || !SastrawiPrefixRules.IsVowel(w[i - 1]))) groups++;
        }

        return groups;
    }

    // A root in k (without its k) that is Sastrawi's root with the nasal m undone to p: pemalakan is peN- + palak + -an, where
    // Sastrawi read pe- + mala + -kan.
    private static bool IsNasalisedP(ReadOnlySpan<char> kRoot, ReadOnlySpan<char> root)
        => root.Length > 2 && kRoot.Length == root.Length && kRoot[0] == 'p' && root[0] == 'm' && kRoot[1..].SequenceEqual(root[1..]);

    // Forms Sastrawi leaves unstemmed.
    private int Fallbacks(ReadOnlySpan<char> w, Span<char> root, bool informal, ref RootCorrection why)
    {
        int n;
        Span<char> work = stackalloc char[Buffer];

        // pemrograman → program: pe- + a root starting with p + r, the p nasalised to m.
        if ((w.StartsWith("pemr") || w.StartsWith("memr")) && w.Length > 5)
        {
            work[0] = 'p';
            w[3..].CopyTo(work[1..]);
            if ((n = Find(work[..(w.Length - 2)], EcsVariant.Sastrawi, root)) >= 0) return Found(n, RootCorrection.NasalisedPr, ref why);
        }

        if (!informal) return -1;
        if ((n = InformalPrefix(w, root)) >= 0) return Found(n, IsNasalT(w) ? RootCorrection.InformalNasalT : RootCorrection.InformalPrefix, ref why);

        // Informal -in for -kan/-i: bikinin → bikin, dibeliin → beli, dipakein → pakai (not the
        // loanwords kokain, kafein).
        if (w.Length >= 6 && w.EndsWith("in") && !w.EndsWith("kokain") && !w.EndsWith("kafein"))
        {
            var stem = w[..^2];
            if ((n = InformalSuffixHost(stem, root)) >= 0) return Found(n, RootCorrection.InformalSuffix, ref why);
            if ((n = InformalPrefix(stem, root)) >= 0) return Found(n, IsNasalT(stem) ? RootCorrection.InformalNasalT : RootCorrection.InformalSuffix, ref why);
            if (stem[^1] == 'e')
            {
                stem[..^1].CopyTo(work);
                "ai".CopyTo(work[(stem.Length - 1)..]);
                if ((n = InformalSuffixHost(work[..(stem.Length + 1)], root)) >= 0) return Found(n, RootCorrection.InformalSuffix, ref why);
            }
        }

        return -1;
    }

    // The root under informal -in. The suffix stands for verbal -kan/-i, so what it attaches to is a root,
    // or a root under the verbal prefixes only (di-, meN-, ter-, memper-): not under another suffix
    // (desaiin is no desa + -i + -in) and not under the noun and adjective prefixes ke-, pe-, se-, ber-
    // (kemudain and penilain are typing errors for kemudian and penilaian, not muda and nilai + -in).
    private int InformalSuffixHost(ReadOnlySpan<char> stem, Span<char> root)
    {
        int n = Find(stem, EcsVariant.PrefixesOnly, root);
        if (n < 0 || n == stem.Length) return n;
        bool nominal = stem.StartsWith("ke") || (stem.StartsWith("pe") && !stem.StartsWith("per")) || stem.StartsWith("se") || stem.StartsWith("ber");
        return nominal ? -1 : n;
    }

    // Informal n- before a vowel (nulis, nonton); ng- and ny- have a consonant after the n.
    private static bool IsNasalT(ReadOnlySpan<char> w) => w.Length > 1 && w[0] == 'n' && SastrawiPrefixRules.IsVowel(w[1]);

    // Informal nasal prefixes: ngomong → omong, ngantor → kantor, ngebom → bom, nyoba → coba, nulis → tulis. Only plain
    // roots (with at most a suffix) count, and a form that two roots explain (nyari: cari or sari) is left.
    private int InformalPrefix(ReadOnlySpan<char> w, Span<char> root)
    {
        if (w.Length < 5 || w[0] != 'n') return -1;
        if (w.StartsWith("nge") && SastrawiPrefixRules.IsConsonant(w[3])) return PlainRoot(w[3..], root);
        Span<char> first = stackalloc char[Buffer];
        Span<char> second = stackalloc char[Buffer];
        Span<char> work = stackalloc char[Buffer];
        int a = -1, b = -1;
        if (w.StartsWith("ng") && SastrawiPrefixRules.IsVowel(w[2]))
        {
            a = PlainRoot(w[2..], first);
            work[0] = 'k';
            w[2..].CopyTo(work[1..]);
            b = PlainRoot(work[..(w.Length - 1)], second);
        }
        else if (w.StartsWith("ny") && SastrawiPrefixRules.IsVowel(w[2]))
        {
            work[0] = 'c';
            w[2..].CopyTo(work[1..]);
            a = PlainRoot(work[..(w.Length - 1)], first);
            work[0] = 's';
            b = PlainRoot(work[..(w.Length - 1)], second);
        }
        else if (_affixes is not null && SastrawiPrefixRules.IsVowel(w[1]))
        {
            // n- for a root in t, as meN- has it (menulis): nulis → tulis, nonton → tonton, nangis → tangis. Only a root
            // that hunspell-id lets take meN- on its own counts: names and loans (ninja, Nunik, Niang) are not tinja,
            // tunik, tiang.
            work[0] = 't';
            w[1..].CopyTo(work[1..]);
            a = PlainRoot(work[..w.Length], first);
            if (a >= 0 && !_affixes.TakesAlone(first[..a], "meN-")) a = -1;
        }

        if (a >= 0 && b >= 0) return -1;
        if (a >= 0) return Take(first[..a], root);
        if (b >= 0) return Take(second[..b], root);
        return -1;
    }

    // The word itself, or the word minus a clitic and/or a suffix (-kan, -an, -i, -in), when that is a root
    // of three letters or more.
    private int PlainRoot(ReadOnlySpan<char> w, Span<char> root)
    {
        foreach (string clitic in (ReadOnlySpan<string>)["", "nya", "ku", "mu", "lah", "kah", "pun"])
        {
            if (!w.EndsWith(clitic)) continue;
            var host = w[..^clitic.Length];
            foreach (string suffix in (ReadOnlySpan<string>)["", "kan", "an", "in", "i"])
            {
                if (!host.EndsWith(suffix)) continue;
                var candidate = host[..^suffix.Length];
                if (candidate.Length >= 3 && Lexicon.Contains(candidate)) return Take(candidate, root);
            }
        }

        return -1;
    }

    // The word without a final -nya, -ku, -mu, -lah, -kah or -pun (at most one), when more than minHost letters remain.
    private static ReadOnlySpan<char> WithoutClitic(ReadOnlySpan<char> w, int minHost = 3)
    {
        foreach (string clitic in (ReadOnlySpan<string>)["nya", "ku", "mu", "lah", "kah", "pun"])
        {
            if (w.Length > clitic.Length + minHost && w.EndsWith(clitic)) return w[..^clitic.Length];
        }

        return w;
    }

    // meN-/peN- drop a root's k before a vowel, so mengemas is meng- + kemas or meng- + emas. Sastrawi takes the vowel
    // root whenever it is listed, which is right for most pairs (mengaku → aku, pengurus → urus); lemma mode's k-root
    // list names the pairs where the k-root is the common reading (mengemas → kemas, mengira → kira), with the suffixes
    // under which the vowel root stays (mengawali → awal).
    private int PreferKRoot(ReadOnlySpan<char> w, Span<char> root, int length, ref RootCorrection why)
    {
        if (_kRoots is null || length < 2 || w.Length < 4 + length || !(w.StartsWith("meng") || w.StartsWith("peng"))) return length;
        var vowelRoot = root[..length];
        if (!SastrawiPrefixRules.IsVowel(w[4]) || !w[4..].StartsWith(vowelRoot)) return length;
        var suffix = WithoutClitic(w[(4 + length)..], minHost: -1);
        if (suffix.Length > 0 && !(suffix.SequenceEqual("i") || suffix.SequenceEqual("kan") || suffix.SequenceEqual("an"))) return length;
        Span<char> k = stackalloc char[length + 1];
        k[0] = 'k';
        vowelRoot.CopyTo(k[1..]);
        if (!_kRoots.Prefers(k, suffix) || !Lexicon.Contains(k)) return length;
        return Take(k, root, RootCorrection.NasalKRoot, ref why);
    }

    // True when w read as a prefix + r + a suffix puts around r a prefix-suffix pair that Indonesian lacks: be-…-i,
    // ke-…-i, ke-…-kan, se-…-i, se-…-kan, and -an (not -kan, not after k) after te-, di- or me- (Sastrawi's invalid affix pairs).
    // r's first letter may have gone into a nasal (menahan: me- + tahan), so only r without it is matched.
    private static bool IsInvalidAffixPair(ReadOnlySpan<char> w, ReadOnlySpan<char> r)
    {
        if (r.Length < 2) return false;
        var tail = r[1..];
        int suffix = w.EndsWith("kan") && w[..^3].EndsWith(tail) ? 3 : w.EndsWith("an") && w[..^2].EndsWith(tail) ? 2 : w[^1] == 'i' && w[..^1].EndsWith(tail) ? 1 : 0;
        if (suffix == 0 || w.Length - suffix - tail.Length < 3) return false; // no prefix of two letters before r
        if (w.StartsWith("be")) return suffix == 1;
        if (w.StartsWith("ke") || w.StartsWith("se")) return suffix != 2;
        // -an after k is the common misspelling of -kan (memasukan for memasukkan), which Sastrawi's list exempts too.
        return suffix == 2 && w[^3] != 'k' && (w.StartsWith("te") || w.StartsWith("di") || w.StartsWith("me"));
    }

    private static bool EndsWithParticle(ReadOnlySpan<char> w) => w.EndsWith("kah") || w.EndsWith("lah") || w.EndsWith("tah") || w.EndsWith("pun");

    private static bool IsParticleHost(ReadOnlySpan<char> w) => ParticleHosts.Contains(w);

    // Runs the ECS procedure (a variant of it) and copies a found root to destination; -1 when none. notRoot: the
    // caller knows the word is not in the lexicon (RootOfWord asked IsWord first), so the procedure does not look again.
    private int Find(ReadOnlySpan<char> word, EcsVariant variant, Span<char> destination, bool notRoot = false)
    {
        if (word.Length == 0) return -1;
        Span<char> scratch = stackalloc char[SastrawiWordStemmer.ScratchLength(Buffer)];
        if (!SastrawiWordStemmer.TryFindRoot(Lexicon, word, scratch, out var found, variant, notRoot)) return -1;
        found.CopyTo(destination);
        return found.Length;
    }

    private static int CopySelf(ReadOnlySpan<char> w, Span<char> root)
    {
        w.CopyTo(root);
        return w.Length;
    }

    private static int Take(ReadOnlySpan<char> alt, Span<char> root)
    {
        alt.CopyTo(root);
        return alt.Length;
    }

    private static int Take(ReadOnlySpan<char> alt, Span<char> root, RootCorrection correction, ref RootCorrection why)
    {
        why = correction;
        return Take(alt, root);
    }

    private static int Found(int length, RootCorrection correction, ref RootCorrection why)
    {
        why = correction;
        return length;
    }
}
