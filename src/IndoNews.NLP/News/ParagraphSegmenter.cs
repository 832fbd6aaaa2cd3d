namespace IndoNews.NLP.News;

/// <summary>
/// Finds paragraphs in raw text. A blank line or an indented line starts a paragraph; a single line break
/// starts one too, unless the text is hard-wrapped there: the next line goes on in lower case, or the line
/// is full (the next word would not have fitted in the block's wrap width).
/// </summary>
/// <remarks>
/// News scraped from the web puts each paragraph on one line; text pasted from e-mail or print is wrapped at
/// 60–80 columns (the lead of the example article). The width test needs a block of at least two lines of
/// near-equal length, so short lines such as headings or <c>Post a Comment</c> are never joined by it.
/// </remarks>
internal static class ParagraphSegmenter
{
    /// <summary>Lines longer than this are never hard-wrapped lines.</summary>
    internal const int MaxWrapWidth = 100;

    /// <summary>A wrap block needs a width of at least this many characters.</summary>
    private const int MinWrapWidth = 40;

    private readonly record struct Line(int Start, int End, bool Indented)
    {
        public int Length => End - Start;

        public bool Blank => End <= Start;
    }

    /// <summary>The paragraphs of <paramref name="text"/> as [start, end) spans without surrounding white space.</summary>
    public static List<(int Start, int End)> Segment(string text)
    {
        var lines = ReadLines(text);
        var (runWidth, runFull) = MeasureRuns(lines, out int[] runOf);
        var paragraphs = new List<(int, int)>();
        int start = -1, end = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Blank)
            {
                Close();
                continue;
            }

            if (start >= 0 && IsSoftBreak(text, lines[i - 1], line, runOf[i - 1] == runOf[i] ? runWidth[runOf[i]] : 0, runOf[i - 1] == runOf[i] ? runFull[runOf[i]] : 0))
            {
                end = line.End;
                continue;
            }

            Close();
            start = line.Start;
            end = line.End;
        }

        Close();
        return paragraphs;

        void Close()
        {
            if (start >= 0) paragraphs.Add((start, end));
            start = -1;
        }
    }

    private static List<Line> ReadLines(string text)
    {
        var lines = new List<Line>();
        int pos = 0;
        while (pos <= text.Length)
        {
            int lineEnd = pos;
            while (lineEnd < text.Length && text[lineEnd] != '\n' && text[lineEnd] != '\r' && text[lineEnd] != '\u2029' && text[lineEnd] != '\u2028') lineEnd++;
            int s = pos;
            while (s < lineEnd && char.IsWhiteSpace(text[s])) s++;
            int e = lineEnd;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            lines.Add(new Line(s, e, s > pos && e > s));
            if (lineEnd >= text.Length) break;
            pos = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
            if (text[lineEnd] == '\u2029')
            {
                // A paragraph separator is a paragraph break of its own.
                lines.Add(new Line(pos, pos, false));
            }
        }

        return lines;
    }

    // Runs of consecutive non-blank lines short enough to be wrapped: their width and how many lines fill it.
    private static (List<int> Width, List<int> Full) MeasureRuns(List<Line> lines, out int[] runOf)
    {
        runOf = new int[lines.Count];
        var width = new List<int>();
        int run = -1;
        bool open = false;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Blank || line.Length > MaxWrapWidth)
            {
                open = false;
                runOf[i] = -1 - i; // a run of its own, never equal to a neighbour's
                continue;
            }

            if (!open)
            {
                width.Add(0);
                run = width.Count - 1;
                open = true;
            }

            runOf[i] = run;
            width[run] = Math.Max(width[run], line.Length);
        }

        var full = new List<int>(new int[width.Count]);
        for (int i = 0; i < lines.Count; i++)
        {
            if (runOf[i] >= 0 && lines[i].Length * 100 >= width[runOf[i]] * 85) full[runOf[i]]++;
        }

        return (width, full);
    }

    private static bool IsSoftBreak(string text, Line previous, Line next, int width, int fullLines)
    {
        if (next.Indented || previous.Length > MaxWrapWidth) return false;
        char last = text[previous.End - 1];
        char first = text[next.Start];

        // The sentence goes on: "(AS)\ndan Rusia", "kerja-\nsama", "kata dia,\nbahwa".
        if (char.IsLower(first)) return true;
        if ((last == ',' || (last == '-' && previous.Length > 1 && char.IsLetter(text[previous.End - 2]))) && next.Length <= MaxWrapWidth && !IsListMarker(first)) return true;

        if (width < MinWrapWidth || fullLines < 2 || previous.Length * 4 < width * 3) return false;
        int firstWord = 0;
        while (next.Start + firstWord < next.End && !char.IsWhiteSpace(text[next.Start + firstWord])) firstWord++;
        return previous.Length + 1 + firstWord > width;
    }

    private static bool IsListMarker(char c) => c is '-' or '*' or '•' or '–' or '—';
}
