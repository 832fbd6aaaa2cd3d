using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace IndoNews.NLP.Stemming;

/// <summary>
/// The learned part of a UD lemma style: form → lemma lookups, the lexicon of gold lemmas, how often each
/// affix pattern produced a gold lemma, and news-corpus word frequencies. Immutable once built.
/// </summary>
/// <remarks>
/// File format (UTF-8, tab-separated, <c>#</c> starts a comment line): <c>W form lemma</c> (mid-sentence
/// form, case kept), <c>S form lemma</c> (lower-cased form), <c>R lemma count</c>, <c>P pattern count</c>, <c>A pattern count</c> (times it could have applied),
/// <c>F word count</c>, <c>G root count</c> (corpus family size), <c>K name value</c> (scoring weights), <c>X form lemma</c> (lower-cased form → lemma
/// learned from the other treebank, consulted after this treebank's own tables), <c>H host+' '+clitic lemma</c>,
/// <c>D word count</c> (how often the corpus writes the word after a separate <c>di</c>; see <see cref="JoinedPreposition"/>);
/// with part-of-speech tables (<see cref="UdPosTables"/>): <c>T UPOS␣form lemma</c>, <c>U UPOS␣lower-form lemma</c>,
/// <c>Y host-UPOS␣clitic lemma</c>, <c>Q UPOS␣pattern count</c> (stripped), <c>B UPOS␣pattern count</c> (applicable).
/// </remarks>
internal sealed class UdLemmaModel
{
    public UdLemmaModel(
        IReadOnlyDictionary<string, string> forms,
        IReadOnlyDictionary<string, string> lowerForms,
        IReadOnlyDictionary<string, int> lemmas,
        IReadOnlyDictionary<string, int> patterns,
        IReadOnlyDictionary<string, int> corpusFrequencies,
        UdLemmaWeights weights,
        IReadOnlyDictionary<string, string>? otherForms = null,
        IReadOnlyDictionary<string, int>? corpusFamilies = null,
        RootLexicon? rootLexicon = null,
        IStemmer? stemmer = null,
        IReadOnlyDictionary<string, string>? hosts = null,
        IReadOnlyDictionary<string, int>? applicable = null,
        IReadOnlyDictionary<string, int>? afterDi = null,
        UdPosTables? pos = null)
    {
        Pos = pos ?? UdPosTables.Empty;
        AfterDi = (afterDi ?? new Dictionary<string, int>()).ToFrozenDictionary(StringComparer.Ordinal);
        Applicable = (applicable ?? new Dictionary<string, int>()).ToFrozenDictionary(StringComparer.Ordinal);
        Hosts = (hosts ?? new Dictionary<string, string>()).ToFrozenDictionary(StringComparer.Ordinal);
        RootLexicon = rootLexicon;
        Stemmer = stemmer;
        CorpusFamilies = (corpusFamilies ?? new Dictionary<string, int>()).ToFrozenDictionary(StringComparer.Ordinal);
        OtherForms = (otherForms ?? new Dictionary<string, string>()).ToFrozenDictionary(StringComparer.Ordinal);
        Forms = forms.ToFrozenDictionary(StringComparer.Ordinal);
        LowerForms = lowerForms.ToFrozenDictionary(StringComparer.Ordinal);
        Lemmas = lemmas.ToFrozenDictionary(StringComparer.Ordinal);
        Patterns = patterns.ToFrozenDictionary(StringComparer.Ordinal);
        CorpusFrequencies = corpusFrequencies.ToFrozenDictionary(StringComparer.Ordinal);
        Weights = weights;
#if NET9_0_OR_GREATER
        FormsBySpan = Forms.GetAlternateLookup<ReadOnlySpan<char>>();
        LowerFormsBySpan = LowerForms.GetAlternateLookup<ReadOnlySpan<char>>();
        OtherFormsBySpan = OtherForms.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>Mid-sentence surface form (case kept) → its most frequent gold lemma.</summary>
    public FrozenDictionary<string, string> Forms { get; }

    /// <summary>Lower-cased form → its most frequent gold lemma (sentence-initial words and the case-insensitive fallback).</summary>
    public FrozenDictionary<string, string> LowerForms { get; }

    /// <summary>"host clitic" (lower-cased, e.g. <c>semua nya</c>) → the clitic's lemma after that host, where it differs from the usual one.</summary>
    public FrozenDictionary<string, string> Hosts { get; }

    /// <summary>Lower-cased form → lemma learned from the other treebank (its roots mostly agree); a second-chance lookup.</summary>
    public FrozenDictionary<string, string> OtherForms { get; }

    /// <summary>Lower-cased gold lemmas (the root lexicon), each with how many distinct derived forms it has in training.</summary>
    public FrozenDictionary<string, int> Lemmas { get; }

    /// <summary>Affix pattern → how many training word types it turned into their gold lemma.</summary>
    public FrozenDictionary<string, int> Patterns { get; }

    /// <summary>Affix pattern → how many training word types it could have applied to (with an attested root).</summary>
    public FrozenDictionary<string, int> Applicable { get; }

    /// <summary>Lower-cased word → frequency in the news corpus.</summary>
    public FrozenDictionary<string, int> CorpusFrequencies { get; }

    /// <summary>Possible root → how many distinct corpus words derive from it (at least two).</summary>
    public FrozenDictionary<string, int> CorpusFamilies { get; }

    /// <summary>Lower-cased word → how often the news corpus writes it after a separate <c>di</c> (at least twice).</summary>
    public FrozenDictionary<string, int> AfterDi { get; }

    /// <summary>A dictionary of root words (the stemmer's hunspell-derived list), or null: more root evidence.</summary>
    public RootLexicon? RootLexicon { get; }

    /// <summary>A rule-based stemmer whose answer counts as one more vote for a candidate root, or null.</summary>
    public IStemmer? Stemmer { get; }

    /// <summary>A copy that also consults a root-word dictionary and a stemmer.</summary>
    public UdLemmaModel WithRoots(RootLexicon? lexicon, IStemmer? stemmer)
        => new(Forms, LowerForms, Lemmas, Patterns, CorpusFrequencies, Weights, OtherForms, CorpusFamilies, lexicon, stemmer, Hosts, Applicable, AfterDi, Pos);

    /// <summary>What the treebank's part-of-speech tags tell about lemmas (empty when the model was trained without them).</summary>
    public UdPosTables Pos { get; }

    /// <summary>Scoring weights of the affix analyzer.</summary>
    public UdLemmaWeights Weights { get; }

#if NET9_0_OR_GREATER
    private FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FormsBySpan { get; }

    private FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> LowerFormsBySpan { get; }

    private FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> OtherFormsBySpan { get; }
#endif

    public bool TryGetForm(ReadOnlySpan<char> form, out string? lemma)
#if NET9_0_OR_GREATER
        => FormsBySpan.TryGetValue(form, out lemma);
#else
        => Forms.TryGetValue(form.ToString(), out lemma);
#endif

    public bool TryGetLowerForm(ReadOnlySpan<char> lowerForm, out string? lemma)
#if NET9_0_OR_GREATER
        => LowerFormsBySpan.TryGetValue(lowerForm, out lemma);
#else
        => LowerForms.TryGetValue(lowerForm.ToString(), out lemma);
#endif

    public bool TryGetOtherForm(ReadOnlySpan<char> lowerForm, out string? lemma)
#if NET9_0_OR_GREATER
        => OtherFormsBySpan.TryGetValue(lowerForm, out lemma);
#else
        => OtherForms.TryGetValue(lowerForm.ToString(), out lemma);
#endif

    /// <summary>The best root of an unknown lower-case alphabetic word (the word itself when nothing beats it).</summary>
    public string Analyze(string word) => AnalyzePattern(word).Root;

    /// <summary>As <see cref="Analyze"/>, with the affix pattern of the chosen analysis (empty when the word is kept).</summary>
    public (string Root, string Pattern) AnalyzePattern(string word)
    {
        var w = Weights;
        string best = word;
        string bestPattern = string.Empty;
        double bestScore = double.NegativeInfinity;

        // The peN-…-an reading whose root the root stemmer gives, for a word whose best reading is a pe- noun + -an.
        string? confix = null;
        string confixPattern = string.Empty;
        List<(string Root, string Pattern)>? confixes = null;
        bool nominalisedDerivative = false;
        double wordFrequency = Math.Log(1 + CorpusFrequencies.GetValueOrDefault(word));
        string? stem = w.StemmerAgrees != 0 ? Stemmer?.Stem(word) : null;
        foreach (var (root, pattern) in UdAffixAnalyzer.Candidates(word))
        {
            bool known = Lemmas.ContainsKey(root);
            if (pattern.Length > 0 && root.Length < w.MinRootLength) continue;

            // The treebanks split clitics (-nya, -lah, -ku…) into words of their own; a word that still
            // carries one was left whole on purpose and keeps it in its lemma (contohnya, lainnya).
            if (w.StripClitics == 0 && UdAffixAnalyzer.HasClitic(pattern)) continue;
            // GSD never strips plain pe- before a consonant other than l, r, w, y, m, n (pekerja, pejalan, pepohonan).
            if (w.PlainPeBeforeConsonant == 0 && UdAffixAnalyzer.StripsPlainPeBeforeConsonant(word, pattern)) continue;
            double score;
            bool listed = RootLexicon is not null && RootLexicon.Contains(root);
            double vote = string.Equals(root, stem, StringComparison.Ordinal) ? w.StemmerAgrees : 0;
            if (pattern.Length == 0)
            {
                score = (known ? w.KnownRoot : 0) + (listed ? w.LexiconWord : 0) + w.Identity + vote;
            }
            else
            {
                int frequency = CorpusFrequencies.GetValueOrDefault(root);
                int family = CorpusFamilies.GetValueOrDefault(root);
                if (!known && !listed && ((frequency < w.MinCorpusFrequency && family < w.MinFamily) || root.Length < w.MinUnknownRootLength)) continue;
                // The derived word must be a news word and no root of its own: keterangan is ke-…-an on the root terang, not on ter-ang.
                // (Only looked up when the model keeps such words: the GSD model does not.)
                if (w.KeepKeOverPrefix > 0 && UdAffixAnalyzer.IsKeOverVerbalPrefix(pattern) && word[2..^2] is var derived && CorpusFrequencies.ContainsKey(derived) && RootLexicon?.Contains(derived) != true)
                {
                    nominalisedDerivative = true;
                }
                int successes = Patterns.GetValueOrDefault(pattern);
                double precision = (successes + 1.0) / (Applicable.GetValueOrDefault(pattern) + 2.0);

                score = w.PatternPrior * Math.Log(1 + successes)
                    + w.PatternPrecision * Math.Log(precision)
                    + (known ? w.KnownRoot + w.Derivations * Math.Log(1 + Lemmas[root]) : 0)
                    + w.Family * Math.Log(1 + family)
                    + (listed ? w.LexiconRoot : 0)
                    + vote
                    + w.CorpusFrequency * Math.Min(Math.Log(1 + frequency), 12)
                    + w.RootVsWord * Math.Min(0, Math.Log(1 + frequency) - wordFrequency)
                    - w.AffixCost * UdAffixAnalyzer.AffixCount(pattern);
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = root;
                bestPattern = pattern;
            }

            if (IsPeNConfix(pattern))
            {
                // Kept for the pe- noun reading below only when the model uses it.
                if (w.NounStemConfix > 0) (confixes ??= []).Add((root, pattern));
                if (vote > 0)
                {
                    confix = root;
                    confixPattern = pattern;
                }
            }
        }

        // A pe- noun + -an is the confix peN-…-an on the noun's root (both treebanks: penyelidikan → selidik, not
        // penyelidik; pelarian → lari; GSD dev 8 types to 2, CSUI train 5 to 2, where the word minus -an is a word too),
        // where the root stemmer reads the confix too: a root in pe- keeps its -an reading (pelukan → peluk, pecahan → pecah).
        // The root stemmer misreads some such words as a whole (pemberontakan → ronta) but not their pe- noun
        // (pemberontak → berontak): that root, when it is a peN-…-an reading of the word, counts as the stemmer's too.
        if (confix is null && confixes is not null && bestPattern == "-an" && best.StartsWith("pe", StringComparison.Ordinal)
            && Stemmer?.Stem(best) is { } nounRoot && !string.Equals(nounRoot, best, StringComparison.Ordinal))
        {
            foreach (var (root, pattern) in confixes)
            {
                if (string.Equals(root, nounRoot, StringComparison.Ordinal))
                {
                    confix = root;
                    confixPattern = pattern;
                }
            }
        }

        if (confix is not null && bestPattern == "-an" && best.StartsWith("pe", StringComparison.Ordinal))
        {
            best = confix;
            bestPattern = confixPattern;
        }

        // ke-…-an over a ber-, ter- or peN- news word that is no root (keberadaan: berada, kepemimpinan: pemimpin, keterbukaan:
        // terbuka) is that word's abstract noun; both treebanks mostly keep it whole (GSD dev: 5 of 5 types, CSUI train: 4 of 5).
        if (nominalisedDerivative && bestPattern.Length > 0) return (word, string.Empty);

        // The best analysis strips a prefix this treebank mostly leaves on (GSD: se-, ke-, per- alone, with enough
        // evidence): the word keeps it. Skipping that analysis instead would let a worse one win (sepekan → kan).
        if (bestPattern.Length > 0 && KeptPrefix(bestPattern)) return (word, string.Empty);
        return (best, bestPattern);
    }

    // One peN- prefix (pe, pem, pen, peng, peny and their restored forms) with -an: pent+-an, peny+-an.
    private static bool IsPeNConfix(string pattern)
        => pattern.StartsWith("pe", StringComparison.Ordinal) && pattern.EndsWith("+-an", StringComparison.Ordinal)
            && pattern.IndexOf('+', StringComparison.Ordinal) == pattern.Length - 4 && !pattern.StartsWith("per", StringComparison.Ordinal);

    // A prefix pattern stripped in under MinPatternPrecision of at least MinPatternEvidence chances. Suffix-only
    // patterns are exempt: their counts include every word that merely ends in -i or -kan.
    private bool KeptPrefix(string pattern)
    {
        int applicable = Applicable.GetValueOrDefault(pattern);
        return pattern.Contains('+', StringComparison.Ordinal) && applicable >= Weights.MinPatternEvidence
            && (Patterns.GetValueOrDefault(pattern) + 1.0) / (applicable + 2.0) < Weights.MinPatternPrecision;
    }

    /// <summary>
    /// True when this treebank would give the other treebank's <paramref name="lemma"/> of a word: no affix analysis
    /// links them, or this treebank strips the pattern that does at least <see cref="UdLemmaWeights.OtherTrust"/> of the
    /// times it could ((successes + 1) / (applicable + 2)); a lemma that is the word itself, unless this treebank's own
    /// analysis strips a pattern at least <see cref="UdLemmaWeights.OtherKeepTrust"/> reliably.
    /// </summary>
    public bool TrustsOther(ReadOnlySpan<char> word, string lemma)
    {
        if (word.SequenceEqual(lemma))
        {
            // GSD keeps words CSUI strips (tersedia, tambahan): kept there is no sign of kept here.
            if (Weights.OtherKeepTrust <= 0) return true;
            var (_, pattern) = AnalyzePattern(word.ToString());
            return pattern.Length == 0 || (Patterns.GetValueOrDefault(pattern) + 1.0) / (Applicable.GetValueOrDefault(pattern) + 2.0) < Weights.OtherKeepTrust;
        }

        if (Weights.OtherTrust <= 0) return true;
        foreach (var (root, pattern) in UdAffixAnalyzer.Candidates(word.ToString()))
        {
            if (string.Equals(root, lemma, StringComparison.Ordinal))
            {
                return (Patterns.GetValueOrDefault(pattern) + 1.0) / (Applicable.GetValueOrDefault(pattern) + 2.0) >= Weights.OtherTrust;
            }
        }

        return true;
    }

    /// <summary>Reads a model file.</summary>
    /// <exception cref="InvalidDataException">A line is malformed, with its number.</exception>
    public static UdLemmaModel Load(string path)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var lower = new Dictionary<string, string>(StringComparer.Ordinal);
        var lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
        var patterns = new Dictionary<string, int>(StringComparer.Ordinal);
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var other = new Dictionary<string, string>(StringComparer.Ordinal);
        var families = new Dictionary<string, int>(StringComparer.Ordinal);
        var hosts = new Dictionary<string, string>(StringComparer.Ordinal);
        var applicable = new Dictionary<string, int>(StringComparer.Ordinal);
        var afterDi = new Dictionary<string, int>(StringComparer.Ordinal);
        var weights = new UdLemmaWeights();
        var posTables = new UdPosTables.Builder();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            string[] fields = line.Split('\t');
            if (fields.Length != 3 || fields[1].Length == 0 || fields[2].Length == 0)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 'KIND<TAB>KEY<TAB>VALUE'.");
            }

            switch (fields[0])
            {
                case "W": forms[fields[1]] = fields[2]; break;
                case "S": lower[fields[1]] = fields[2]; break;
                case "X": other[fields[1]] = fields[2]; break;
                case "H": hosts[fields[1]] = fields[2]; break;
                case "A": applicable[fields[1]] = ParseCount(fields[2]); break;
                case "D": afterDi[fields[1]] = ParseCount(fields[2]); break;
                case "G": families[fields[1]] = ParseCount(fields[2]); break;
                case "R": lemmas[fields[1]] = ParseCount(fields[2]); break;
                case "P": patterns[fields[1]] = ParseCount(fields[2]); break;
                case "F": frequencies[fields[1]] = ParseCount(fields[2]); break;
                case "T": posTables.Forms[fields[1]] = fields[2]; break;
                case "U": posTables.LowerForms[fields[1]] = fields[2]; break;
                case "Q": posTables.Stripped[fields[1]] = ParseCount(fields[2]); break;
                case "Y": posTables.Hosts[fields[1]] = fields[2]; break;
                case "B": posTables.Applicable[fields[1]] = ParseCount(fields[2]); break;
                case "K": weights = weights.With(fields[1], double.Parse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture)); break;
                default: throw new InvalidDataException($"{path}:{lineNumber}: unknown kind '{fields[0]}'.");
            }
        }

        return new UdLemmaModel(forms, lower, lemmas, patterns, frequencies, weights, other, families, hosts: hosts, applicable: applicable, afterDi: afterDi, pos: posTables.Build());

        int ParseCount(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            ? n
            : throw new InvalidDataException($"{path}:{lineNumber}: '{s}' is not a count.");
    }

    /// <summary>Writes the model in the format <see cref="Load"/> reads, sorted so that rebuilds diff cleanly.</summary>
    public void Save(TextWriter writer, string header)
    {
        foreach (string line in header.Split('\n')) writer.Write("# " + line + "\n");
        foreach (var (name, value) in Weights.All()) writer.Write(string.Create(CultureInfo.InvariantCulture, $"K\t{name}\t{value}\n"));
        Write("W", Forms);
        Write("S", LowerForms);
        Write("X", OtherForms);
        Write("H", Hosts);
        Write("R", Lemmas);
        Write("P", Patterns);
        Write("A", Applicable);
        Write("F", CorpusFrequencies);
        Write("G", CorpusFamilies);
        Write("D", AfterDi);
        Write("T", Pos.Forms);
        Write("U", Pos.LowerForms);
        Write("Q", Pos.Stripped);
        Write("B", Pos.Applicable);
        Write("Y", Pos.Hosts);

        void Write<T>(string kind, FrozenDictionary<string, T> table)
        {
            // The empty pattern (the word is its own lemma) is scored by the Identity weight, not stored.
            foreach (var (key, value) in table.Where(p => p.Key.Length > 0).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(kind + "\t" + key + "\t" + Convert.ToString(value, CultureInfo.InvariantCulture) + "\n");
            }
        }
    }
}
