namespace IndoNews.NLP.Cli.Evaluation;

/// <summary>
/// The CoNLL 2018 shared task's end-to-end metrics, implemented from their definitions:
/// Tokens and Sentences are exact span matches over the white-space-free character stream; Words aligns
/// gold and system words (by span outside multiword tokens, by the longest common subsequence of
/// lower-cased forms inside a stretch that holds multiword tokens); Lemmas counts aligned words with
/// equal lemmas (a gold lemma of <c>_</c> accepts any). F1 = 2·correct / (gold + system).
/// </summary>
internal static class UdScorer
{
    public static UdEvaluation Evaluate(UdDocument gold, UdDocument system)
    {
        string goldChars = gold.Characters;
        string systemChars = system.Characters;
        if (!string.Equals(goldChars, systemChars, StringComparison.Ordinal))
        {
            int at = 0;
            while (at < goldChars.Length && at < systemChars.Length && goldChars[at] == systemChars[at]) at++;
            throw new CliException(
                $"The gold and system texts differ after removing white space, at character {at}: gold '{Excerpt(goldChars, at)}', system '{Excerpt(systemChars, at)}'.",
                ExitCodes.InvalidInput);
        }

        var alignment = AlignWords(gold.Words, system.Words);
        int lemmas = 0;
        foreach (var (g, s) in alignment)
        {
            if (g.Lemma == "_" || string.Equals(g.Lemma, s.Lemma, StringComparison.Ordinal)) lemmas++;
        }

        return new UdEvaluation(
            SpanScore(gold.Tokens, system.Tokens),
            SpanScore(gold.Sentences, system.Sentences),
            new UdScore(gold.Words.Count, system.Words.Count, alignment.Count),
            new UdScore(gold.Words.Count, system.Words.Count, lemmas));
    }

    /// <summary>Exact matches between two ordered span lists.</summary>
    public static UdScore SpanScore(List<UdSpan> gold, List<UdSpan> system)
    {
        int correct = 0;
        int gi = 0;
        int si = 0;
        while (gi < gold.Count && si < system.Count)
        {
            if (system[si].Start < gold[gi].Start)
            {
                si++;
            }
            else if (gold[gi].Start < system[si].Start)
            {
                gi++;
            }
            else
            {
                if (gold[gi].End == system[si].End) correct++;
                gi++;
                si++;
            }
        }

        return new UdScore(gold.Count, system.Count, correct);
    }

    /// <summary>Pairs of aligned (gold, system) words.</summary>
    public static List<(UdWord Gold, UdWord System)> AlignWords(List<UdWord> gold, List<UdWord> system)
    {
        var aligned = new List<(UdWord, UdWord)>();
        int gi = 0;
        int si = 0;
        while (gi < gold.Count && si < system.Count)
        {
            if (gold[gi].IsMultiword || system[si].IsMultiword)
            {
                // A stretch with multiword tokens: align its words by their forms.
                var (gs, ss, ge, se) = MultiwordStretch(gold, system, gi, si);
                gi = ge;
                si = se;
                AlignByForms(gold, system, gs, ge, ss, se, aligned);
            }
            else if (gold[gi].Span == system[si].Span)
            {
                aligned.Add((gold[gi], system[si]));
                gi++;
                si++;
            }
            else if (gold[gi].Span.Start <= system[si].Span.Start)
            {
                gi++;
            }
            else
            {
                si++;
            }
        }

        return aligned;
    }

    // The smallest stretch of gold and system words, starting at gi/si, that covers whole multiword tokens on both sides.
    private static (int GoldStart, int SystemStart, int GoldEnd, int SystemEnd) MultiwordStretch(List<UdWord> gold, List<UdWord> system, int gi, int si)
    {
        int stretchEnd;
        if (gold[gi].IsMultiword)
        {
            stretchEnd = gold[gi].Span.End;
            if (!system[si].IsMultiword && system[si].Span.Start < gold[gi].Span.Start) si++;
        }
        else
        {
            stretchEnd = system[si].Span.End;
            if (!gold[gi].IsMultiword && gold[gi].Span.Start < system[si].Span.Start) gi++;
        }

        int gs = gi;
        int ss = si;
        while (!BeyondEnd(gold, gi, stretchEnd) || !BeyondEnd(system, si, stretchEnd))
        {
            if (gi < gold.Count && (si >= system.Count || gold[gi].Span.Start <= system[si].Span.Start))
            {
                stretchEnd = ExtendEnd(gold[gi], stretchEnd);
                gi++;
            }
            else
            {
                stretchEnd = ExtendEnd(system[si], stretchEnd);
                si++;
            }
        }

        return (gs, ss, gi, si);
    }

    private static bool BeyondEnd(List<UdWord> words, int i, int end)
    {
        if (i >= words.Count) return true;
        return words[i].IsMultiword ? words[i].Span.Start >= end : words[i].Span.End > end;
    }

    private static int ExtendEnd(UdWord word, int end)
        => word.IsMultiword && word.Span.End > end ? word.Span.End : end;

    // Longest common subsequence of lower-cased forms, then a greedy walk that takes equal forms.
    private static void AlignByForms(List<UdWord> gold, List<UdWord> system, int gs, int ge, int ss, int se, List<(UdWord, UdWord)> aligned)
    {
        int gn = ge - gs;
        int sn = se - ss;
        if (gn <= 0 || sn <= 0) return;
        var lcs = new int[gn + 1, sn + 1];
        for (int g = gn - 1; g >= 0; g--)
        {
            for (int s = sn - 1; s >= 0; s--)
            {
                int best = SameForm(gold[gs + g], system[ss + s]) ? 1 + lcs[g + 1, s + 1] : 0;
                best = Math.Max(best, lcs[g + 1, s]);
                best = Math.Max(best, lcs[g, s + 1]);
                lcs[g, s] = best;
            }
        }

        int gi = 0;
        int si = 0;
        while (gi < gn && si < sn)
        {
            if (SameForm(gold[gs + gi], system[ss + si]))
            {
                aligned.Add((gold[gs + gi], system[ss + si]));
                gi++;
                si++;
            }
            else if (lcs[gi, si] == lcs[gi + 1, si])
            {
                gi++;
            }
            else
            {
                si++;
            }
        }
    }

    private static bool SameForm(UdWord a, UdWord b) => string.Equals(a.Form.ToLowerInvariant(), b.Form.ToLowerInvariant(), StringComparison.Ordinal);

    private static string Excerpt(string s, int at)
    {
        int from = Math.Max(0, at - 20);
        int to = Math.Min(s.Length, at + 20);
        return s[from..to];
    }
}
