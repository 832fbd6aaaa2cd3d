namespace IndoNews.NLP.Stemming;

/// <summary>
/// Learns a <see cref="UdLemmaModel"/> from gold UD sentences (form, lemma pairs) and news-corpus word
/// frequencies. Used by <c>indonews train lemma</c> to build the shipped models and by
/// <c>indonews eval lemma --folds</c> to cross-validate.
/// </summary>
internal static class UdLemmaTrainer
{
    /// <summary>Builds the model of one style.</summary>
    /// <param name="sentences">Gold sentences: the words' forms and lemmas, in order.</param>
    /// <param name="conventions">The treebank's case conventions.</param>
    /// <param name="corpusFrequencies">Lower-cased word → frequency in unannotated news text.</param>
    /// <param name="weights">Scoring weights, or null for the defaults.</param>
    /// <param name="otherSentences">Gold sentences of the other treebank: they add roots, affix patterns and a
    /// second-chance lookup of lower-case words, but never override this treebank's own conventions.</param>
    /// <param name="corpusFamilies">Precomputed <see cref="CorpusFamilies"/> of <paramref name="corpusFrequencies"/>, or null to compute them.</param>
    /// <param name="corpusAfterDi">The corpus's <see cref="JoinedPreposition.CountAfterDi"/>, or null for none.</param>
    /// <param name="tags">The UPOS tag of every word of <paramref name="sentences"/>, in the same order, or null: the model then has no <see cref="UdPosTables"/>.</param>
    public static UdLemmaModel Train(
        IEnumerable<IReadOnlyList<(string Form, string Lemma)>> sentences,
        UdLemmaConventions conventions,
        IReadOnlyDictionary<string, int> corpusFrequencies,
        UdLemmaWeights? weights = null,
        IEnumerable<IReadOnlyList<(string Form, string Lemma)>>? otherSentences = null,
        IReadOnlyDictionary<string, int>? corpusFamilies = null,
        IReadOnlyDictionary<string, int>? corpusAfterDi = null,
        IReadOnlyList<IReadOnlyList<string>>? tags = null)
    {
        var posForms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var posLowerForms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var posTriples = new HashSet<(string Form, string Lemma, string Upos)>();
        var taggedHosts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        string? previousTag = null;
        int sentenceIndex = -1;
        var otherForms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var forms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var lowerForms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new HashSet<(string Form, string Lemma)>();

        var hosted = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            bool initial = true;
            string? previous = null;
            previousTag = null;
            sentenceIndex++;
            int wordIndex = -1;
            foreach (var (form, lemma) in sentence)
            {
                wordIndex++;
                string? upos = tags?[sentenceIndex][wordIndex];
                if (previous is not null && UdLemmatizer.IsClitic(form)) Count(hosted, UdLemmatizer.HostKey(previous, form), lemma);
                if (previousTag is not null && upos is not null && UdLemmatizer.IsClitic(form)) Count(taggedHosts, UdPosTables.Key(previousTag, form.ToLowerInvariant()), lemma);
                previousTag = upos;
                previous = form;
                if (form.Length == 0 || lemma.Length == 0) continue;
                string lowerForm = form.ToLowerInvariant();
                bool capitalised = !string.Equals(lowerForm, form, StringComparison.Ordinal);
                // A first word whose lemma joins the morphemes of a peN- name (GSD: Pembatasan → penbatasan) was
                // read as a name: it counts as its exact form, like a name inside a sentence, not as the common word.
                bool initialName = initial && capitalised && conventions.NamesJoinMorphemes && IsJoinedName(lowerForm, lemma);
                if (!initial || initialName) Count(forms, form, lemma);
                if (upos is not null && (!initial || initialName)) Count(posForms, UdPosTables.Key(upos, form), lemma);
                if (upos is not null && ((initial && !initialName) || !capitalised)) Count(posLowerForms, UdPosTables.Key(upos, lowerForm), lemma);
                // A capitalised word inside a sentence is mostly a name, whose lemma need not be the common word's
                // (GSD: Pelabuhan → penlabuhan, Kecamatan → kecamatan, but pelabuhan → labuh): it stays out of the
                // lower-case lookup and is found by its exact form (Forms) instead.
                if ((initial && !initialName) || !capitalised) Count(lowerForms, lowerForm, lemma);

                string lowerLemma = lemma.ToLowerInvariant();
                if (IsLetters(lowerLemma))
                {
                    lemmas.TryAdd(lowerLemma, 0);
                    if (IsLetters(lowerForm)) pairs.Add((lowerForm, lowerLemma));
                    if (upos is not null && IsLetters(lowerForm)) posTriples.Add((lowerForm, lowerLemma, upos));
                }

                // Only the first word is initial, as in UdLemmatizer.IsSentenceInitial.
                initial = false;
            }
        }

        foreach (var sentence in otherSentences ?? [])
        {
            foreach (var (form, lemma) in sentence)
            {
                string lowerForm = form.ToLowerInvariant();
                string lowerLemma = lemma.ToLowerInvariant();
                // Only lower-case letter words: the other treebank's case and punctuation conventions differ.
                if (!IsLetters(lowerLemma) || !IsLetters(form) || !string.Equals(lowerForm, form, StringComparison.Ordinal)) continue;
                Count(otherForms, lowerForm, lowerLemma);
                lemmas.TryAdd(lowerLemma, 0);
                pairs.Add((lowerForm, lowerLemma));
            }
        }

        var patterns = new Dictionary<string, int>(StringComparer.Ordinal);
        var applicable = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenPatterns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (form, lemma) in pairs)
        {
            // A root's value is how many distinct derived forms it has: 'makan' has some, 'akan' none.
            if (!string.Equals(form, lemma, StringComparison.Ordinal)) lemmas[lemma]++;

            var candidates = UdAffixAnalyzer.Candidates(form);
            foreach (var (root, pattern) in candidates)
            {
                if (string.Equals(root, lemma, StringComparison.Ordinal))
                {
                    patterns[pattern] = patterns.GetValueOrDefault(pattern) + 1;
                    break;
                }
            }

            // How often each pattern could have applied (to an attested root): with the count above, how
            // often the treebank actually strips it (GSD keeps se- in sejumlah, -an in tahunan).
            seenPatterns.Clear();
            foreach (var (root, pattern) in candidates)
            {
                if (pattern.Length > 0 && root.Length >= 3 && (lemmas.ContainsKey(root) || corpusFrequencies.ContainsKey(root)) && seenPatterns.Add(pattern))
                {
                    applicable[pattern] = applicable.GetValueOrDefault(pattern) + 1;
                }
            }
        }

        var pos = new UdPosTables.Builder();
        foreach (var (form, lemma, upos) in posTriples)
        {
            // Per tag, as for the patterns above: GSD strips -an in ADJ tahunan far less often than in NOUN words.
            seenPatterns.Clear();
            bool stripped = false;
            foreach (var (root, pattern) in UdAffixAnalyzer.Candidates(form))
            {
                if (pattern.Length == 0) continue;
                if (string.Equals(root, lemma, StringComparison.Ordinal) && !stripped)
                {
                    stripped = true;
                    Increment(pos.Stripped, UdPosTables.Key(upos, pattern));
                    if (seenPatterns.Add(pattern)) Increment(pos.Applicable, UdPosTables.Key(upos, pattern));
                }
                else if (root.Length >= 3 && (lemmas.ContainsKey(root) || corpusFrequencies.ContainsKey(root)) && seenPatterns.Add(pattern))
                {
                    Increment(pos.Applicable, UdPosTables.Key(upos, pattern));
                }
            }

            if (seenPatterns.Count > 0) Increment(pos.Applicable, UdPosTables.Key(upos, UdPosTables.AnyPattern));
            if (stripped) Increment(pos.Stripped, UdPosTables.Key(upos, UdPosTables.AnyPattern));
        }

        AddTagDependent(posForms, pos.Forms);
        AddTagDependent(posLowerForms, pos.LowerForms);

        // Host-specific clitic lemmas, only where they differ from the clitic's usual lemma
        // (GSD: nya after a noun is 'dia', after semua/besar/meletus it is 'nya').
        var lowerLemmas = MostFrequent(lowerForms);
        var hosts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, lemma) in MostFrequent(hosted))
        {
            string clitic = key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            if (!lowerLemmas.TryGetValue(clitic, out string? usual) || !string.Equals(usual, lemma, StringComparison.Ordinal)) hosts[key] = lemma;
        }

        foreach (var (key, lemma) in MostFrequent(taggedHosts))
        {
            string clitic = key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            if (!lowerLemmas.TryGetValue(clitic, out string? usual) || !string.Equals(usual, lemma, StringComparison.Ordinal)) pos.Hosts[key] = lemma;
        }

        return new UdLemmaModel(MostFrequent(forms), lowerLemmas, lemmas, patterns, corpusFrequencies, weights ?? new UdLemmaWeights(), MostFrequent(otherForms), corpusFamilies ?? CorpusFamilies(corpusFrequencies), hosts: hosts, applicable: applicable, afterDi: corpusAfterDi, pos: tags is null ? null : pos.Build());
    }

    private static void Increment(Dictionary<string, int> table, string key) => table[key] = table.GetValueOrDefault(key) + 1;

    // Keeps the "UPOS form" → lemma entries of forms whose most frequent lemma differs between tags (nya: DET nya, PRON dia).
    private static void AddTagDependent(Dictionary<string, Dictionary<string, int>> counts, Dictionary<string, string> target)
    {
        var byForm = new Dictionary<string, List<(string Key, string Lemma)>>(StringComparer.Ordinal);
        foreach (var (key, lemma) in MostFrequent(counts))
        {
            string form = key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            if (!byForm.TryGetValue(form, out var entries)) byForm[form] = entries = [];
            entries.Add((key, lemma));
        }

        foreach (var entries in byForm.Values)
        {
            if (entries.Select(e => e.Lemma).Distinct(StringComparer.Ordinal).Skip(1).Any())
            {
                foreach (var (key, lemma) in entries) target[key] = lemma;
            }
        }
    }

    /// <summary>Counts lower-cased words (letter runs, hyphen-joined) in news text, keeping those seen at least <paramref name="minCount"/> times.</summary>
    public static Dictionary<string, int> CountWords(IEnumerable<string> lines, int minCount)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        var bySpan = counts.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        Span<char> buffer = stackalloc char[64];
        foreach (string line in lines)
        {
            int i = 0;
            while (i < line.Length)
            {
                if (!char.IsLetter(line[i]))
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < line.Length && (char.IsLetter(line[i]) || (line[i] == '-' && i + 1 < line.Length && char.IsLetter(line[i + 1])))) i++;
                var word = line.AsSpan(start, i - start);
                if (word.Length > buffer.Length) continue;
                var lower = buffer[..word.Length];
                word.ToLowerInvariant(lower);
#if NET9_0_OR_GREATER
                bySpan[lower] = bySpan.TryGetValue(lower, out int n) ? n + 1 : 1;
#else
                string key = lower.ToString();
                counts[key] = counts.GetValueOrDefault(key) + 1;
#endif
            }
        }

        foreach (var (word, count) in counts)
        {
            if (count < minCount) counts.Remove(word);
        }

        return counts;
    }

    /// <summary>
    /// For each possible root, how many distinct corpus words derive from it by some affix pattern
    /// (<c>ancam</c>: ancaman, diancam, mengancam…), kept when at least two do: evidence for roots that
    /// rarely stand alone in news text.
    /// </summary>
    public static Dictionary<string, int> CorpusFamilies(IReadOnlyDictionary<string, int> corpusFrequencies)
    {
        var families = new Dictionary<string, int>(StringComparer.Ordinal);
        var roots = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in corpusFrequencies.Keys)
        {
            if (!IsLetters(word)) continue;
            roots.Clear();
            foreach (var (root, pattern) in UdAffixAnalyzer.Candidates(word))
            {
                if (pattern.Length > 0 && root.Length >= 3) roots.Add(root);
            }

            foreach (string root in roots) families[root] = families.GetValueOrDefault(root) + 1;
        }

        foreach (var (root, count) in families)
        {
            if (count < 2) families.Remove(root);
        }

        return families;
    }

    // True when the lemma is the word with one peN- prefix written out unassimilated (pembatasan → penbatasan).
    private static bool IsJoinedName(string lowerForm, string lemma)
    {
        // A word already spelt pen- (penduduk) is its own lemma, not a joined name.
        if (!lemma.StartsWith("pen", StringComparison.Ordinal) || string.Equals(lemma, lowerForm, StringComparison.Ordinal) || !IsLetters(lowerForm)) return false;
        foreach (var (_, pattern) in UdAffixAnalyzer.Candidates(lowerForm))
        {
            if (string.Equals(UdAffixAnalyzer.UnassimilatedPeN(lowerForm, pattern), lemma, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private static void Count(Dictionary<string, Dictionary<string, int>> table, string key, string lemma)
    {
        if (!table.TryGetValue(key, out var lemmas)) table[key] = lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
        lemmas[lemma] = lemmas.GetValueOrDefault(lemma) + 1;
    }

    // Most frequent lemma per form; ties go to the ordinally first lemma so that rebuilds are stable.
    private static Dictionary<string, string> MostFrequent(Dictionary<string, Dictionary<string, int>> table)
    {
        var result = new Dictionary<string, string>(table.Count, StringComparer.Ordinal);
        foreach (var (form, lemmas) in table)
        {
            result[form] = lemmas.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
        }

        return result;
    }


    private static bool IsLetters(string s)
    {
        if (s.Length == 0) return false;
        foreach (char c in s)
        {
            if (!char.IsLetter(c)) return false;
        }

        return true;
    }
}
