namespace IndoNews.NLP.Cli.Evaluation;

/// <summary>
/// Lists where the system's tokens and sentence boundaries differ from the gold ones, for <c>eval ud --errors</c>:
/// one line per differing stretch of tokens, and one per missed or extra sentence boundary with its context.
/// </summary>
internal static class UdErrorReport
{
    public static void Write(TextWriter writer, UdDocument gold, UdDocument system)
    {
        string chars = gold.Characters;
        writer.WriteLine("# Token differences: gold ⟶ system (tokens separated by spaces)");
        int gi = 0;
        int si = 0;
        var goldTokens = gold.Tokens;
        var systemTokens = system.Tokens;
        while (gi < goldTokens.Count && si < systemTokens.Count)
        {
            if (goldTokens[gi] == systemTokens[si])
            {
                gi++;
                si++;
                continue;
            }

            // Grow both sides until they end at the same character.
            int gEnd = gi;
            int sEnd = si;
            int goldPos = goldTokens[gi].End;
            int systemPos = systemTokens[si].End;
            while (goldPos != systemPos)
            {
                if (goldPos < systemPos && gEnd + 1 < goldTokens.Count) goldPos = goldTokens[++gEnd].End;
                else if (sEnd + 1 < systemTokens.Count) systemPos = systemTokens[++sEnd].End;
                else break;
            }

            writer.WriteLine($"{Forms(chars, goldTokens, gi, gEnd + 1)}\t⟶\t{Forms(chars, systemTokens, si, sEnd + 1)}");
            gi = gEnd + 1;
            si = sEnd + 1;
        }

        var alignment = UdScorer.AlignWords(gold.Words, system.Words);
        var alignedGold = new HashSet<UdWord>(alignment.Select(a => a.Gold), ReferenceEqualityComparer.Instance);
        var alignedSystem = new HashSet<UdWord>(alignment.Select(a => a.System), ReferenceEqualityComparer.Instance);
        writer.WriteLine("# Words only in gold (form, in its surface token)");
        foreach (var word in gold.Words.Where(w => !alignedGold.Contains(w)))
        {
            writer.WriteLine($"{word.Form}\tin\t{chars[word.Span.Start..word.Span.End]}");
        }

        writer.WriteLine("# Words only in the system output (form, in its surface token)");
        foreach (var word in system.Words.Where(w => !alignedSystem.Contains(w)))
        {
            writer.WriteLine($"{word.Form}\tin\t{chars[word.Span.Start..word.Span.End]}");
        }

        var goldEnds = new HashSet<int>(gold.Sentences.Select(s => s.End));
        var systemEnds = new HashSet<int>(system.Sentences.Select(s => s.End));
        writer.WriteLine("# Missed sentence boundaries (gold ends a sentence at |, the system does not)");
        foreach (int end in goldEnds.Where(e => !systemEnds.Contains(e)).Order())
        {
            writer.WriteLine(Context(chars, gold.Tokens, end));
        }

        writer.WriteLine("# Extra sentence boundaries (the system ends a sentence at |, gold does not)");
        foreach (int end in systemEnds.Where(e => !goldEnds.Contains(e)).Order())
        {
            writer.WriteLine(Context(chars, system.Tokens, end));
        }
    }

    private static string Forms(string chars, List<UdSpan> tokens, int from, int to)
        => string.Join(' ', tokens.Skip(from).Take(to - from).Select(t => chars[t.Start..t.End]));

    private static string Context(string chars, List<UdSpan> tokens, int boundary)
    {
        int at = tokens.FindIndex(t => t.End == boundary);
        if (at < 0) return $"(boundary at {boundary} is inside a token)";
        string before = Forms(chars, tokens, Math.Max(0, at - 7), at + 1);
        string after = Forms(chars, tokens, at + 1, Math.Min(tokens.Count, at + 6));
        return before + " | " + after;
    }
}
