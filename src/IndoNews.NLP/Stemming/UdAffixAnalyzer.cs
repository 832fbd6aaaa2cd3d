namespace IndoNews.NLP.Stemming;

/// <summary>
/// Finds the root of an Indonesian word that the lemma lookup does not know: it lists every way to peel
/// off particles (<c>-lah</c>), possessives (<c>-nya</c>), derivational suffixes (<c>-kan -an -i</c>) and up
/// to three prefix layers (<c>di- ke- se- ter- ber- per- meN- peN-</c> with nasal restoration), then keeps the
/// analysis whose root the training lemmas or the news corpus attest best.
/// </summary>
/// <remarks>
/// The scoring is learned, not hand-ordered like Sastrawi's: each affix pattern (e.g. <c>meng+/-kan</c>)
/// carries how often it produced the gold lemma in training, and each root how often it was a gold lemma
/// and how often it occurs on its own in the news corpus.
/// </remarks>
internal static class UdAffixAnalyzer
{
    private static readonly string[] Particles = ["lah", "kah", "pun", "tah"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];
    private static readonly string[] Derivational = ["kan", "an", "i"];

    /// <summary>Every (root, pattern) analysis of a lower-case word; the word itself with the empty pattern comes first.</summary>
    public static List<(string Root, string Pattern)> Candidates(string word)
    {
        var result = new List<(string, string)>(64);
        var seen = new HashSet<(string, string)>();
        foreach (var (stem, suffixes) in SuffixStrips(word))
        {
            if (seen.Add((stem, suffixes))) result.Add((stem, suffixes));
            var layer = new List<(string Stem, string Prefixes)> { (stem, string.Empty) };
            for (int depth = 0; depth < 3 && layer.Count > 0; depth++)
            {
                var next = new List<(string, string)>();
                foreach (var (inner, prefixes) in layer)
                {
                    foreach (var (root, tag) in PrefixStrips(inner))
                    {
                        string pattern = prefixes + tag + "+";
                        next.Add((root, pattern));
                        if (seen.Add((root, pattern + suffixes))) result.Add((root, pattern + suffixes));
                    }
                }

                layer = next;
            }
        }

        return result;
    }

    /// <summary>
    /// The word with its outer peN- prefix written out unassimilated (<c>pengembangan</c> → <c>penkembangan</c>,
    /// <c>pelabuhan</c> → <c>penlabuhan</c>) when the analysis <paramref name="pattern"/> starts with peN-; else null.
    /// </summary>
    /// <remarks>GSD's lemma of a name built on a peN- noun is its morphemes joined: the prefix as <c>pen</c>, then root and suffixes.</remarks>
    public static string? UnassimilatedPeN(string word, string pattern)
    {
        int plus = pattern.IndexOf('+', StringComparison.Ordinal);
        // One prefix layer only: Pemberdayaan (peN-ber-daya-an) keeps its form.
        if (plus < 0 || pattern.IndexOf('+', plus + 1) >= 0) return null;
        (int strip, string restored) = pattern.AsSpan(0, plus) switch
        {
            "pe" when word.Length > 2 && word[2] is 'l' or 'r' or 'w' or 'y' => (2, ""),
            "pem" or "pen" => (3, ""),
            "pemp" => (3, "p"),
            "pent" => (3, "t"),
            "peng" => (4, ""),
            "pengk" => (4, "k"),
            "penge" => (5, ""),
            "peny" => (2, ""),
            "penys" => (4, "s"),
            "penyc" => (4, "c"),
            _ => (-1, ""),
        };
        return strip < 0 || word.Length <= strip ? null : string.Concat("pen", restored, word.AsSpan(strip));
    }

    /// <summary>
    /// True for the pattern ke- over one ber-, ter- or peN- layer, with -an (<c>ke+ber+-an</c>: keberadaan; <c>ke+pem+-an</c>:
    /// kepemimpinan; <c>ke+ter+-an</c>: keterbukaan): the abstract noun of a derived word.
    /// </summary>
    public static bool IsKeOverVerbalPrefix(string pattern)
    {
        if (pattern.Length <= 7 || !pattern.StartsWith("ke+", StringComparison.Ordinal) || !pattern.EndsWith("+-an", StringComparison.Ordinal)) return false;
        var inner = pattern.AsSpan(3, pattern.Length - 7);
        return inner is "ber" or "be" or "ter" or "te" || (inner.StartsWith("pe") && !inner.StartsWith("per") && inner.IndexOf('+') < 0);
    }

    /// <summary>True when the pattern strips a particle or possessive clitic.</summary>
    public static bool HasClitic(string pattern)
    {
        foreach (string clitic in (ReadOnlySpan<string>)["-nya", "-ku", "-mu", "-lah", "-kah", "-pun", "-tah"])
        {
            if (pattern.Contains(clitic, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>
    /// True when the analysis strips plain pe- from the start of <paramref name="word"/> before a consonant other than
    /// l, r, w, y, m, n (<c>pekerja</c> as pe+kerja, <c>pepohonan</c> as pe+pohon+an), where pe- is rarely a prefix.
    /// </summary>
    public static bool StripsPlainPeBeforeConsonant(string word, string pattern)
        => pattern.StartsWith("pe+", StringComparison.Ordinal) && word.Length > 2 && !IsVowel(word[2])
            && word[2] is not ('l' or 'r' or 'w' or 'y' or 'm' or 'n');

    /// <summary>How many affixes a pattern strips (each prefix ends in '+', each suffix starts with '-').</summary>
    public static int AffixCount(string pattern)
    {
        int n = 0;
        foreach (char c in pattern)
        {
            if (c is '+' or '-') n++;
        }

        return n;
    }

    private static List<(string Stem, string Suffixes)> SuffixStrips(string word)
    {
        var current = new List<(string, string)> { (word, string.Empty) };
        foreach (var group in (ReadOnlySpan<string[]>)[Particles, Possessives, Derivational])
        {
            var next = new List<(string, string)>(current.Count * 2);
            foreach (var (stem, suffixes) in current)
            {
                next.Add((stem, suffixes));
                foreach (string suffix in group)
                {
                    if (stem.Length - suffix.Length >= 3 && stem.EndsWith(suffix, StringComparison.Ordinal))
                    {
                        next.Add((stem[..^suffix.Length], "-" + suffix + suffixes));
                    }
                }
            }

            current = next;
        }

        return current;
    }

    // te- and be- stand for ter-/ber- before a root that starts with r (terasa, berumah).
    private static bool BeforeR(string w) => w.Length > 2 && w[2] == 'r';

    // be- before consonant + "er" (bekerja, beternak).
    private static bool IsCer(string w) => w.Length > 4 && !IsVowel(w[2]) && w[3] == 'e' && w[4] == 'r';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // One prefix layer; meN- and peN- restore the initial consonant the nasal replaced (menulis → tulis).
    private static List<(string Root, string Tag)> PrefixStrips(string w)
    {
        var result = new List<(string, string)>(8);
        void Add(string root, string tag)
        {
            if (root.Length >= 2) result.Add((root, tag));
        }

        if (w.StartsWith("di", StringComparison.Ordinal)) Add(w[2..], "di");
        if (w.StartsWith("ke", StringComparison.Ordinal)) Add(w[2..], "ke");
        if (w.StartsWith("se", StringComparison.Ordinal)) Add(w[2..], "se");
        if (w.StartsWith("ter", StringComparison.Ordinal)) Add(w[3..], "ter");
        else if (w.StartsWith("te", StringComparison.Ordinal) && BeforeR(w)) Add(w[2..], "te");
        if (w.StartsWith("ber", StringComparison.Ordinal)) Add(w[3..], "ber");
        if (w.StartsWith("be", StringComparison.Ordinal) && (BeforeR(w) || IsCer(w))) Add(w[2..], "be");
        if (w.StartsWith("bel", StringComparison.Ordinal)) Add(w[3..], "bel");
        if (w.StartsWith("per", StringComparison.Ordinal)) Add(w[3..], "per");
        if (w.StartsWith("pel", StringComparison.Ordinal)) Add(w[3..], "pel");
        Nasal(w, "me");
        Nasal(w, "pe");
        return result;

        void Nasal(string word, string prefix)
        {
            if (!word.StartsWith(prefix, StringComparison.Ordinal)) return;
            string r = word[2..];
            if (r.StartsWith("ng", StringComparison.Ordinal))
            {
                string x = r[2..];
                Add(x, prefix + "ng");
                Add("k" + x, prefix + "ngk");
                if (x.StartsWith('e')) Add(x[1..], prefix + "nge");
            }
            else if (r.StartsWith("ny", StringComparison.Ordinal))
            {
                string x = r[2..];
                Add("s" + x, prefix + "nys");
                Add("c" + x, prefix + "nyc");
                Add(r, prefix + "ny");
            }
            else if (r.StartsWith('m'))
            {
                string x = r[1..];
                // meN- before a vowel is meng-: memukul is pukul, never m+ukul.
                if (x.Length == 0 || !IsVowel(x[0])) Add(x, prefix + "m");
                Add("p" + x, prefix + "mp");
            }
            else if (r.StartsWith('n'))
            {
                string x = r[1..];
                // menobatkan is tobat, not obat.
                if (x.Length == 0 || !IsVowel(x[0])) Add(x, prefix + "n");
                Add("t" + x, prefix + "nt");
            }

            Add(r, prefix);
        }
    }
}
