using System.Globalization;
using System.Text;

namespace IndoNews.NLP.Tests.Properties;

/// <summary>
/// The structural promises every <see cref="Document"/> keeps, whatever the text: offsets inside the
/// text and ordered, tokens without overlap, surface tokens plus white space rebuilding the text,
/// sentences and entities on token boundaries. <see cref="Check"/> throws
/// <see cref="InvariantViolationException"/> naming the first broken promise. Shared with the fuzz
/// harness (fuzz/IndoNews.NLP.Fuzz links this file, compiled there as internal), so it uses no test framework.
/// </summary>
#if INDONEWS_FUZZ
internal
#else
public
#endif
static class DocumentInvariants
{
    /// <summary>Checks every invariant of <paramref name="document"/> analysed from <paramref name="text"/>.</summary>
    public static void Check(string text, Document document)
    {
        if (!ReferenceEquals(text, document.Text) && !string.Equals(text, document.Text, StringComparison.Ordinal))
        {
            Fail("Document.Text differs from the input text");
        }

        CheckTokens(text, document.TokenSpan);
        CheckSentences(document);
        CheckEntities(document);
        CheckNews(document);
    }

    /// <summary>Token invariants alone, for checking a tokenizer outside a pipeline.</summary>
    public static void CheckTokens(string text, ReadOnlySpan<Token> tokens)
    {
        int previousEnd = 0;
        int groupSurfaceStart = -1, groupSurfaceEnd = -1;
        int rebuiltUpTo = 0; // everything before this offset is accounted for by surface tokens or droppable gaps
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Start < 0 || t.End > text.Length || t.Start >= t.End)
            {
                Fail($"token {i} has span [{t.Start}, {t.End}) in a text of length {text.Length}");
            }

            if (t.SurfaceStart > t.Start || t.SurfaceEnd < t.End || t.SurfaceStart < 0 || t.SurfaceEnd > text.Length)
            {
                Fail($"token {i} [{t.Start}, {t.End}) lies outside its surface [{t.SurfaceStart}, {t.SurfaceEnd})");
            }

            if (t.Start < previousEnd)
            {
                Fail($"token {i} [{t.Start}, {t.End}) overlaps or precedes the previous token ending at {previousEnd}");
            }

            if (!t.Span.SequenceEqual(text.AsSpan(t.Start, t.End - t.Start)) || t.Text != text.Substring(t.Start, t.End - t.Start))
            {
                Fail($"token {i} text differs from the text at [{t.Start}, {t.End})");
            }

            if (!Enum.IsDefined(t.Kind))
            {
                Fail($"token {i} has undefined kind {(int)t.Kind}");
            }

            if (t.Lemma is { Length: 0 })
            {
                Fail($"token {i} '{t.Text}' has an empty lemma");
            }

            bool sameGroup = t.SurfaceStart == groupSurfaceStart && t.SurfaceEnd == groupSurfaceEnd;
            if (sameGroup && t.Start != previousEnd)
            {
                Fail($"token {i} [{t.Start}, {t.End}) leaves a gap after the previous word of its surface token, which ends at {previousEnd}");
            }

            if (!sameGroup)
            {
                // The words of a split surface token (buku + nya) tile it: none of it may be lost.
                if (i > 0 && previousEnd != groupSurfaceEnd)
                {
                    Fail($"the words of surface token [{groupSurfaceStart}, {groupSurfaceEnd}) end at {previousEnd}, before the surface does");
                }

                if (t.Start != t.SurfaceStart)
                {
                    Fail($"token {i} [{t.Start}, {t.End}) does not start its surface token [{t.SurfaceStart}, {t.SurfaceEnd})");
                }

                // A new surface token: it must start after the previous one and only droppable characters may lie between.
                if (t.SurfaceStart < rebuiltUpTo)
                {
                    Fail($"surface token of token {i} [{t.SurfaceStart}, {t.SurfaceEnd}) overlaps the previous surface token ending at {rebuiltUpTo}");
                }

                CheckGap(text, rebuiltUpTo, t.SurfaceStart);
                rebuiltUpTo = t.SurfaceEnd;
                groupSurfaceStart = t.SurfaceStart;
                groupSurfaceEnd = t.SurfaceEnd;
            }

            previousEnd = t.End;
        }

        if (tokens.Length > 0 && previousEnd != groupSurfaceEnd)
        {
            Fail($"the words of the last surface token [{groupSurfaceStart}, {groupSurfaceEnd}) end at {previousEnd}, before the surface does");
        }

        CheckGap(text, rebuiltUpTo, text.Length);
    }

    /// <summary>
    /// True for characters a tokenizer may leave out of every token: white space and invisible
    /// control or format characters (zero-width space, BOM, bidi marks). Anything else dropped would be lost text.
    /// </summary>
    public static bool IsDroppable(char c)
        => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;

    /// <summary>True for characters inside a token where an entity may begin or end (Rusia|-|Amerika, Jum|'|at).</summary>
    public static bool IsJoiner(char c) => c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019' or '\u2018' or '`';

    private static void CheckGap(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!IsDroppable(text[k]))
            {
                Fail($"character U+{(int)text[k]:X4} at offset {k} is in no token (only white space and invisible characters may be dropped)");
            }
        }
    }

    private static void CheckSentences(Document document)
    {
        var tokens = document.TokenSpan;
        var sentences = document.Sentences;
        if (tokens.Length > 0 && sentences.Count == 0) Fail($"{tokens.Length} tokens but no sentence");
        int expectedTokenStart = 0;
        int previousEnd = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (s.TokenStart != expectedTokenStart) Fail($"sentence {i} starts at token {s.TokenStart}, expected {expectedTokenStart} (sentences must cover every token in order)");
            if (s.TokenEnd <= s.TokenStart || s.TokenEnd > tokens.Length) Fail($"sentence {i} has token range [{s.TokenStart}, {s.TokenEnd}) of {tokens.Length} tokens");
            var first = tokens[s.TokenStart];
            var last = tokens[s.TokenEnd - 1];
            if (s.Start != first.Start && s.Start != first.SurfaceStart) Fail($"sentence {i} starts at {s.Start}, not at its first token ({first.Start}/{first.SurfaceStart})");
            if (s.End != last.End && s.End != last.SurfaceEnd) Fail($"sentence {i} ends at {s.End}, not at its last token ({last.End}/{last.SurfaceEnd})");
            if (s.Start < previousEnd || s.End <= s.Start || s.End > document.Text.Length) Fail($"sentence {i} [{s.Start}, {s.End}) is out of order or outside the text");
            previousEnd = s.End;
            expectedTokenStart = s.TokenEnd;
        }

        if (expectedTokenStart != tokens.Length) Fail($"sentences cover {expectedTokenStart} of {tokens.Length} tokens");
    }

    private static void CheckEntities(Document document)
    {
        string text = document.Text;
        var tokens = document.TokenSpan;
        var starts = new HashSet<int>();
        var ends = new HashSet<int>();
        foreach (var t in tokens)
        {
            starts.Add(t.Start);
            starts.Add(t.SurfaceStart);
            ends.Add(t.End);
            ends.Add(t.SurfaceEnd);
        }

        int previousStart = 0;
        for (int i = 0; i < document.Entities.Count; i++)
        {
            var e = document.Entities[i];
            if (e.Start < 0 || e.End > text.Length || e.Start >= e.End) Fail($"entity {i} has span [{e.Start}, {e.End}) in a text of length {text.Length}");
            if (e.Text != text.Substring(e.Start, e.End - e.Start)) Fail($"entity {i} text '{e.Text}' differs from the text at [{e.Start}, {e.End})");
            if (string.IsNullOrEmpty(e.Label)) Fail($"entity {i} has no label");
            if (e.Start < previousStart) Fail($"entity {i} starts at {e.Start}, before the previous entity ({previousStart})");
            bool startOk = starts.Contains(e.Start) || (e.Start > 0 && IsJoiner(text[e.Start - 1]) && Inside(tokens, e.Start));
            bool endOk = ends.Contains(e.End) || (e.End < text.Length && IsJoiner(text[e.End]) && Inside(tokens, e.End));
            if (!startOk || !endOk) Fail($"entity {i} {e.Label} '{e.Text}' [{e.Start}, {e.End}) does not start and end on token boundaries or hyphen/apostrophe positions inside a token");
            if (e.TokenStart != -1 || e.TokenEnd != -1)
            {
                if (e.TokenStart < 0 || e.TokenEnd <= e.TokenStart || e.TokenEnd > tokens.Length) Fail($"entity {i} has token range [{e.TokenStart}, {e.TokenEnd}) of {tokens.Length} tokens");
                if (tokens[e.TokenStart].SurfaceEnd <= e.Start || tokens[e.TokenEnd - 1].SurfaceStart >= e.End) Fail($"entity {i} [{e.Start}, {e.End}) does not touch its tokens [{e.TokenStart}, {e.TokenEnd})");
            }

            if (e.Confidence is { } c && !(c >= 0 && c <= 1)) Fail($"entity {i} has confidence {c} outside [0, 1]");
            if (e.NumericValue is { } v && !double.IsFinite(v)) Fail($"entity {i} '{e.Text}' has non-finite value {v}");
            previousStart = e.Start;
        }
    }

    private static bool Inside(ReadOnlySpan<Token> tokens, int offset)
    {
        // Binary search on surface starts: the offset must fall strictly inside some surface token.
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].SurfaceEnd <= offset) lo = mid + 1;
            else if (tokens[mid].SurfaceStart >= offset) hi = mid - 1;
            else return true;
        }

        return false;
    }

    private static void CheckNews(Document document)
    {
        string text = document.Text;
        int previousEnd = 0;
        for (int i = 0; i < document.Paragraphs.Count; i++)
        {
            var p = document.Paragraphs[i];
            if (p.Start < previousEnd || p.End < p.Start || p.End > text.Length) Fail($"paragraph {i} [{p.Start}, {p.End}) is out of order or outside the text");
            if (p.DuplicateOf is { } d && (d < 0 || d >= i)) Fail($"paragraph {i} duplicates paragraph {d}, which is not an earlier one");
            previousEnd = p.End;
        }

        if (document.Dateline is { } dl)
        {
            if (dl.Start < 0 || dl.End <= dl.Start || dl.End > text.Length) Fail($"dateline [{dl.Start}, {dl.End}) is outside the text");
            if (dl.Place != text.Substring(dl.Start, dl.End - dl.Start)) Fail($"dateline place '{dl.Place}' differs from the text at [{dl.Start}, {dl.End})");
        }

        for (int i = 0; i < document.Clusters.Count; i++)
        {
            var c = document.Clusters[i];
            if (string.IsNullOrEmpty(c.Canonical) || c.Mentions.Count == 0) Fail($"cluster {i} has no canonical name or no mentions");
            foreach (int m in c.Mentions)
            {
                if (m < 0 || m >= document.Entities.Count) Fail($"cluster {i} names entity {m} of {document.Entities.Count}");
            }
        }
    }

    /// <summary>
    /// A complete, order-preserving dump of a document (every field of every token, sentence, entity and
    /// news element), for comparing two analyses of the same text. Independent of the JSON writer.
    /// </summary>
    public static string Fingerprint(Document document)
    {
        var sb = new StringBuilder();
        foreach (var t in document.TokenSpan)
        {
            sb.Append(CultureInfo.InvariantCulture, $"T{t.Start},{t.End},{t.SurfaceStart},{t.SurfaceEnd},{t.Kind},{t.Lemma ?? "\u2400"},{t.IsStopword};");
        }

        foreach (var s in document.Sentences) sb.Append(CultureInfo.InvariantCulture, $"S{s};");
        foreach (var e in document.Entities)
        {
            sb.Append(CultureInfo.InvariantCulture, $"E{e.Label},{e.Start},{e.End},{e.TokenStart},{e.TokenEnd},{e.Confidence:R},{e.NormalizedValue},{e.NumericValue:R},{e.Unit};");
        }

        foreach (var p in document.Paragraphs) sb.Append(CultureInfo.InvariantCulture, $"P{p};");
        sb.Append(CultureInfo.InvariantCulture, $"D{document.Dateline};");
        foreach (var c in document.Clusters) sb.Append(CultureInfo.InvariantCulture, $"C{c.Canonical},{c.Label},{string.Join(' ', c.Mentions)};");
        return sb.ToString();
    }

    private static void Fail(string message) => throw new InvariantViolationException(message);
}

/// <summary>A document broke one of the promises checked by <see cref="DocumentInvariants"/>.</summary>
#if INDONEWS_FUZZ
internal
#else
public
#endif
sealed class InvariantViolationException(string message) : Exception(message);
