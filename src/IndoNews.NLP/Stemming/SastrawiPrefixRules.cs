namespace IndoNews.NLP.Stemming;

/// <summary>
/// The prefix disambiguation rules of the Enhanced Confix Stripping stemmer as Sastrawi numbers and
/// extends them (rules 1–42, several with variants a/b/c/d). Each rule looks at the start of a word and,
/// when it applies, writes one candidate root; a <em>group</em> of variants is tried in order.
/// </summary>
/// <remarks>
/// Notation in the comments: V a vowel (a i u e o), C a consonant (any other letter a-z), A any letter,
/// P the rest of the word. Words reaching here are lower-case <c>[a-z0-9-]</c>.
/// </remarks>
internal static class SastrawiPrefixRules
{
    // Rule identifiers, in Sastrawi's visitor order. Groups are listed in Groups* below.
    internal const byte R1a = 1, R1b = 2, R2 = 3, R3 = 4, R4 = 5, R5 = 6, R6a = 7, R6b = 8, R7 = 9, R8 = 10,
        R9 = 11, R10 = 12, R11 = 13, R12 = 14, R13a = 15, R13b = 16, R14 = 17, R15a = 18, R15b = 19, R16 = 20,
        R17a = 21, R17b = 22, R17c = 23, R17d = 24, R18a = 25, R18b = 26, R19 = 27, R20 = 28, R21a = 29, R21b = 30,
        R23 = 31, R24 = 32, R25 = 33, R26a = 34, R26b = 35, R27 = 36, R28a = 37, R28b = 38, R29 = 39, R30a = 40,
        R30b = 41, R30c = 42, R31a = 43, R31b = 44, R32 = 45, R34 = 46, R35 = 47, R36 = 48, R37a = 49, R37b = 50,
        R38a = 51, R38b = 52, R39a = 53, R39b = 54, R40a = 55, R40b = 56, R41 = 57, R42 = 58;

    /// <summary>Human-readable name of a rule, for traces and tests.</summary>
    internal static string Name(byte rule) => rule switch
    {
        R1a => "1a", R1b => "1b", R2 => "2", R3 => "3", R4 => "4", R5 => "5", R6a => "6a", R6b => "6b", R7 => "7", R8 => "8",
        R9 => "9", R10 => "10", R11 => "11", R12 => "12", R13a => "13a", R13b => "13b", R14 => "14", R15a => "15a", R15b => "15b",
        R16 => "16", R17a => "17a", R17b => "17b", R17c => "17c", R17d => "17d", R18a => "18a", R18b => "18b", R19 => "19",
        R20 => "20", R21a => "21a", R21b => "21b", R23 => "23", R24 => "24", R25 => "25", R26a => "26a", R26b => "26b",
        R27 => "27", R28a => "28a", R28b => "28b", R29 => "29", R30a => "30a", R30b => "30b", R30c => "30c", R31a => "31a",
        R31b => "31b", R32 => "32", R34 => "34", R35 => "35", R36 => "36", R37a => "37a", R37b => "37b", R38a => "38a",
        R38b => "38b", R39a => "39a", R39b => "39b", R40a => "40a", R40b => "40b", R41 => "41", R42 => "42",
        _ => "?",
    };

    /// <summary>
    /// The rule groups that can apply to <paramref name="w"/>, in Sastrawi's visitor order, as a flat list
    /// where 0 ends a group: first the groups of the word's prefix (ber-, ter-, me-, pe-), then the
    /// infix group, then ku-/kau-. Groups whose literal prefix the word lacks cannot apply and are left
    /// out, which does not change which group applies first but saves most of the work.
    /// </summary>
    internal static ReadOnlySpan<byte> PrefixGroups(ReadOnlySpan<char> w)
    {
        if (w.Length < 3 || w[1] != 'e') return [];
        switch (w[0])
        {
            case 'b':
                if (w[2] == 'r') return [R1a, R1b, 0, R2, 0, R3, 0];
                if (w[2] == 'l') return [R4, 0];
                return [R5, 0];
            case 't':
                return w[2] == 'r' ? [R6a, R6b, 0, R7, 0, R8, 0, R35, 0] : [R9, 0];
            case 'm':
                switch (w[2])
                {
                    case 'l' or 'r' or 'w' or 'y': return [R10, 0];
                    case 'm': return [R11, 0, R12, 0, R13a, R13b, 0, R19, 0];
                    case 'n':
                        if (w.Length > 3 && w[3] == 'g') return [R16, 0, R17a, R17b, R17c, R17d, 0];
                        if (w.Length > 3 && w[3] == 'y') return [R18a, R18b, 0];
                        return [R14, 0, R15a, R15b, 0];
                    default: return [];
                }

            case 'p':
                switch (w[2])
                {
                    case 'w' or 'y': return [R20, 0];
                    case 'r': return [R21a, R21b, 0, R23, 0, R24, 0];
                    case 'm': return [R25, 0, R26a, R26b, 0];
                    case 'n':
                        if (w.Length > 3 && w[3] == 'g') return [R29, 0, R30a, R30b, R30c, 0];
                        if (w.Length > 3 && w[3] == 'y') return [R31a, R31b, 0];
                        return [R27, 0, R28a, R28b, 0];
                    case 'l': return [R32, 0];
                    default: return IsConsonant(w[2]) ? [R34, 0, R36, 0] : [];
                }

            default:
                return [];
        }
    }

    /// <summary>The infix group (rules 37–40, CerV, CelV, CemV, CinV) that can apply to <paramref name="w"/>, if any.</summary>
    internal static ReadOnlySpan<byte> InfixGroup(ReadOnlySpan<char> w)
    {
        if (w.Length < 4 || !IsConsonant(w[0]) || !IsVowel(w[3])) return [];
        return (w[1], w[2]) switch
        {
            ('e', 'r') => [R37a, R37b, 0],
            ('e', 'l') => [R38a, R38b, 0],
            ('e', 'm') => [R39a, R39b, 0],
            ('i', 'n') => [R40a, R40b, 0],
            _ => [],
        };
    }

    /// <summary>The proclitic groups (rules 41 ku-, 42 kau-) that can apply to <paramref name="w"/>, if any.</summary>
    internal static ReadOnlySpan<byte> ProcliticGroup(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || w[0] != 'k') return [];
        if (w[1] == 'u') return [R41, 0];
        return w.Length >= 3 && w[1] == 'a' && w[2] == 'u' ? [R42, 0] : [];
    }

    /// <summary>Applies one rule to <paramref name="w"/>, writing the candidate root to <paramref name="d"/>.</summary>
    /// <returns>The candidate's length, or -1 when the rule does not apply.</returns>
    internal static int Apply(byte rule, ReadOnlySpan<char> w, Span<char> d)
    {
        switch (rule)
        {
            case R1a: // berV → ber-V
                return Starts(w, "ber") && V(w, 3) ? Copy(w, 3, d) : -1;
            case R1b: // berV → be-rV
                return Starts(w, "ber") && V(w, 3) ? Copy("r", w, 3, d) : -1;
            case R2: // berCAP → ber-CAP, P not starting with "er"
                return Starts(w, "ber") && C(w, 3) && A(w, 4) && !At(w, 5, "er") ? Copy(w, 3, d) : -1;
            case R3: // berCAerV → ber-CAerV, C ≠ r
                return Starts(w, "ber") && C(w, 3) && w[3] != 'r' && A(w, 4) && At(w, 5, "er") && V(w, 7) ? Copy(w, 3, d) : -1;
            case R4: // belajar → bel-ajar
                return w.SequenceEqual("belajar") ? Copy(w, 3, d) : -1;
            case R5: // beC1erC2 → be-C1erC2, C1 ≠ r, l
                return Starts(w, "be") && C(w, 2) && w[2] != 'r' && w[2] != 'l' && At(w, 3, "er") && C(w, 5) ? Copy(w, 2, d) : -1;
            case R6a: // terV → ter-V
                return Starts(w, "ter") && V(w, 3) ? Copy(w, 3, d) : -1;
            case R6b: // terV → te-rV
                return Starts(w, "ter") && V(w, 3) ? Copy("r", w, 3, d) : -1;
            case R7: // terCerV → ter-CerV, C ≠ r
                return Starts(w, "ter") && C(w, 3) && w[3] != 'r' && At(w, 4, "er") && V(w, 6) ? Copy(w, 3, d) : -1;
            case R8: // terCP → ter-CP, C ≠ r, P not starting with "er"
                return Starts(w, "ter") && C(w, 3) && w[3] != 'r' && !At(w, 4, "er") ? Copy(w, 3, d) : -1;
            case R9: // teC1erC2 → te-C1erC2, C1 ≠ r
                return Starts(w, "te") && C(w, 2) && w[2] != 'r' && At(w, 3, "er") && C(w, 5) ? Copy(w, 2, d) : -1;
            case R10: // me{l,r,w,y}V → me-{l,r,w,y}V
                return Starts(w, "me") && In(w, 2, "lrwy") && V(w, 3) ? Copy(w, 2, d) : -1;
            case R11: // mem{b,f,v} → mem-{b,f,v}
                return Starts(w, "mem") && In(w, 3, "bfv") ? Copy(w, 3, d) : -1;
            case R12: // mempe → mem-pe
                return Starts(w, "mempe") ? Copy(w, 3, d) : -1;
            case R13a: // memV → me-mV
                return Starts(w, "mem") && V(w, 3) ? Copy("m", w, 3, d) : -1;
            case R13b: // memV → me-pV
                return Starts(w, "mem") && V(w, 3) ? Copy("p", w, 3, d) : -1;
            case R14: // men{c,d,j,s,t,z} → men-{c,d,j,s,t,z}
                return Starts(w, "men") && In(w, 3, "cdjstz") ? Copy(w, 3, d) : -1;
            case R15a: // menV → me-nV
                return Starts(w, "men") && V(w, 3) ? Copy("n", w, 3, d) : -1;
            case R15b: // menV → me-tV
                return Starts(w, "men") && V(w, 3) ? Copy("t", w, 3, d) : -1;
            case R16: // meng{g,h,q,k} → meng-{g,h,q,k}
                return Starts(w, "meng") && In(w, 4, "ghqk") ? Copy(w, 4, d) : -1;
            case R17a: // mengV → meng-V
                return Starts(w, "meng") && V(w, 4) ? Copy(w, 4, d) : -1;
            case R17b: // mengV → meng-kV
                return Starts(w, "meng") && V(w, 4) ? Copy("k", w, 4, d) : -1;
            case R17c: // menge → menge-
                return Starts(w, "menge") ? Copy(w, 5, d) : -1;
            case R17d: // mengV → me-ngV
                return Starts(w, "meng") && V(w, 4) ? Copy("ng", w, 4, d) : -1;
            case R18a: // menyV → me-nyV
                return Starts(w, "meny") && V(w, 4) ? Copy("ny", w, 4, d) : -1;
            case R18b: // menyV → meny-sV
                return Starts(w, "meny") && V(w, 4) ? Copy("s", w, 4, d) : -1;
            case R19: // mempA → mem-pA, A ≠ e
                return Starts(w, "memp") && A(w, 4) && w[4] != 'e' ? Copy(w, 3, d) : -1;
            case R20: // pe{w,y}V → pe-{w,y}V
                return Starts(w, "pe") && In(w, 2, "wy") && V(w, 3) ? Copy(w, 2, d) : -1;
            case R21a: // perV → per-V
                return Starts(w, "per") && V(w, 3) ? Copy(w, 3, d) : -1;
            case R21b: // perV → pe-rV
                return Starts(w, "per") && V(w, 3) ? Copy("r", w, 3, d) : -1;
            case R23: // perCAP → per-CAP, P not starting with "er"
                return Starts(w, "per") && C(w, 3) && A(w, 4) && !At(w, 5, "er") ? Copy(w, 3, d) : -1;
            case R24: // perCAerV → per-CAerV, C ≠ r
                return Starts(w, "per") && C(w, 3) && w[3] != 'r' && A(w, 4) && At(w, 5, "er") && V(w, 7) ? Copy(w, 3, d) : -1;
            case R25: // pem{b,f,v} → pem-{b,f,v}
                return Starts(w, "pem") && In(w, 3, "bfv") ? Copy(w, 3, d) : -1;
            case R26a: // pemV → pe-mV
                return Starts(w, "pem") && V(w, 3) ? Copy("m", w, 3, d) : -1;
            case R26b: // pemV → pe-pV
                return Starts(w, "pem") && V(w, 3) ? Copy("p", w, 3, d) : -1;
            case R27: // pen{c,d,j,s,t,z} → pen-{c,d,j,s,t,z}
                return Starts(w, "pen") && In(w, 3, "cdjstz") ? Copy(w, 3, d) : -1;
            case R28a: // penV → pe-nV
                return Starts(w, "pen") && V(w, 3) ? Copy("n", w, 3, d) : -1;
            case R28b: // penV → pe-tV
                return Starts(w, "pen") && V(w, 3) ? Copy("t", w, 3, d) : -1;
            case R29: // pengC → peng-C (Sastrawi widened ECS's peng{g,h,q}: pengkajian, penglihatan, pengrajin)
                return Starts(w, "peng") && C(w, 4) ? Copy(w, 4, d) : -1;
            case R30a: // pengV → peng-V
                return Starts(w, "peng") && V(w, 4) ? Copy(w, 4, d) : -1;
            case R30b: // pengV → peng-kV
                return Starts(w, "peng") && V(w, 4) ? Copy("k", w, 4, d) : -1;
            case R30c: // penge → penge-
                return Starts(w, "penge") ? Copy(w, 5, d) : -1;
            case R31a: // penyV → pe-nyV
                return Starts(w, "peny") && V(w, 4) ? Copy("ny", w, 4, d) : -1;
            case R31b: // penyV → peny-sV
                return Starts(w, "peny") && V(w, 4) ? Copy("s", w, 4, d) : -1;
            case R32: // pelV → pe-lV; pelajar → ajar
                if (w.SequenceEqual("pelajar")) return Copy(w, 3, d);
                return Starts(w, "pel") && V(w, 3) ? Copy(w, 2, d) : -1;
            case R34: // peCP → pe-CP, C ∉ {r,w,y,l,m,n}, P not starting with "er"
                return Starts(w, "pe") && C(w, 2) && !In(w, 2, "rwylmn") && !At(w, 3, "er") ? Copy(w, 2, d) : -1;
            case R35: // terC1erC2 → ter-C1erC2, C1 ≠ r
                return Starts(w, "ter") && C(w, 3) && w[3] != 'r' && At(w, 4, "er") && C(w, 6) ? Copy(w, 3, d) : -1;
            case R36: // peC1erC2 → pe-C1erC2, C1 ∉ {r,w,y,l,m,n}
                return Starts(w, "pe") && C(w, 2) && !In(w, 2, "rwylmn") && At(w, 3, "er") && C(w, 5) ? Copy(w, 2, d) : -1;
            case R37a: // CerV → CerV
            case R38a: // CelV → CelV
            case R39a: // CemV → CemV
            case R40a: // CinV → CinV
                return C(w, 0) && At(w, 1, Infix(rule)) && V(w, 3) ? Copy(w, 0, d) : -1;
            case R37b: // CerV → CV
            case R38b: // CelV → CV
            case R39b: // CemV → CV
            case R40b: // CinV → CV
                if (!(C(w, 0) && At(w, 1, Infix(rule)) && V(w, 3))) return -1;
                d[0] = w[0];
                w[3..].CopyTo(d[1..]);
                return w.Length - 2;
            case R41: // kuA → ku-A
                return Starts(w, "ku") ? Copy(w, 2, d) : -1;
            case R42: // kauA → kau-A
                return Starts(w, "kau") ? Copy(w, 3, d) : -1;
            default:
                return -1;
        }
    }

    internal static bool IsVowel(char c) => c is 'a' or 'i' or 'u' or 'e' or 'o';

    internal static bool IsConsonant(char c) => (uint)(c - 'a') <= 'z' - 'a' && !IsVowel(c);

    private static string Infix(byte rule) => rule switch
    {
        R37a or R37b => "er",
        R38a or R38b => "el",
        R39a or R39b => "em",
        _ => "in",
    };

    private static bool Starts(ReadOnlySpan<char> w, string prefix) => w.StartsWith(prefix);

    private static bool At(ReadOnlySpan<char> w, int index, string part) => index <= w.Length && w[index..].StartsWith(part);

    private static bool V(ReadOnlySpan<char> w, int index) => index < w.Length && IsVowel(w[index]);

    private static bool C(ReadOnlySpan<char> w, int index) => index < w.Length && IsConsonant(w[index]);

    private static bool A(ReadOnlySpan<char> w, int index) => index < w.Length && (uint)(w[index] - 'a') <= 'z' - 'a';

    private static bool In(ReadOnlySpan<char> w, int index, string set) => index < w.Length && set.Contains(w[index]);

    private static int Copy(ReadOnlySpan<char> w, int from, Span<char> d)
    {
        w[from..].CopyTo(d);
        return w.Length - from;
    }

    private static int Copy(string head, ReadOnlySpan<char> w, int from, Span<char> d)
    {
        head.CopyTo(d);
        w[from..].CopyTo(d[head.Length..]);
        return head.Length + w.Length - from;
    }
}
