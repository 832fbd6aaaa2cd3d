using IndoNews.NLP.Segmentation;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.News;

/// <summary>
/// Finds paragraphs in raw text. A blank line or an indented line starts a paragraph; a single line break
/// starts one too, unless the text is hard-wrapped there: the next line goes on in lower case, or the line
/// is full (the next word would not have fitted in the block's wrap width), or the line is a dateline cut at
/// its dash (<c>Suara.com -</c>). A numbered or lettered item (<c>5. Nyeri perut</c>, <c>b. Tidak ...</c>) starts one.
/// </summary>
/// <remarks>
/// News scraped from the web puts each paragraph on one line; text pasted from e-mail or print is wrapped at
/// 60–80 columns (the lead of the example article). The width test needs a block of at least three lines of
/// near-equal length, so short lines such as headings or <c>Post a Comment</c> are never joined by it.
/// </remarks>
internal static class ParagraphSegmenter
{
    /// <summary>Lines longer than this are never hard-wrapped lines.</summary>
    internal const int MaxWrapWidth = 100;

    /// <summary>A wrap block needs a width of at least this many characters (mail and print wrap at 60–80; lists of short headlines are narrower).</summary>
    private const int MinWrapWidth = 55;

    /// <summary>Lines of a block that must come within 85% of its width before the width test applies.</summary>
    private const int MinFullLines = 3;

    private readonly record struct Line(int Start, int End, bool Indented)
    {
        public int Length => End - Start;

        public bool Blank => End <= Start;
    }

    /// <summary>The paragraphs of <paramref name="text"/> as [start, end) spans without surrounding white space.</summary>
    public static List<(int Start, int End)> Segment(string text)
    {
        var lines = ReadLines(text);
        var (runWidth, runFull) = MeasureRuns(text, lines, out int[] runOf);
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
            while (lineEnd < text.Length && !CharClass.IsLineBreak(text[lineEnd])) lineEnd++;
            // Trimmed as the tokenizer separates: a line of only invisible marks (U+200E from web pages) is blank.
            int s = pos;
            while (s < lineEnd && CharClass.IsSeparator(text[s])) s++;
            int e = lineEnd;
            while (e > s && CharClass.IsSeparator(text[e - 1])) e--;
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
    private static (List<int> Width, List<int> Full) MeasureRuns(string text, List<Line> lines, out int[] runOf)
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

        // A line counts as full when it comes within 85% of the width. A block shows it is wrapped (not a list of
        // one-line paragraphs of similar length) only if at least one of its breaks falls mid-sentence.
        var full = new List<int>(new int[width.Count]);
        var midSentence = new bool[width.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            if (runOf[i] < 0) continue;
            if (lines[i].Length * 100 >= width[runOf[i]] * 85) full[runOf[i]]++;
            if (i + 1 < lines.Count && runOf[i + 1] == runOf[i] && char.IsLetterOrDigit(text[lines[i].End - 1])) midSentence[runOf[i]] = true;
        }

        for (int r = 0; r < full.Count; r++)
        {
            if (!midSentence[r]) full[r] = 0;
        }

        return (width, full);
    }

    private static bool IsSoftBreak(string text, Line previous, Line next, int width, int fullLines)
    {
        if (next.Indented) return false;
        char last = text[previous.End - 1];
        char first = text[next.Start];

        // A web address or a numbered or lettered item ("5. Nyeri perut", "b. Tidak melaksanakan") starts a line of its own, and a credit line
        // ("Reporter: M. Yazid") ends at its line break whatever follows.
        if (StartsWithUrl(text, next) || StartsWithListNumber(text, next) || LetterListMarkers.OpensItem(text, next.Start) || BoilerplateClassifier.IsSourceLine(text, previous.Start, previous.End)) return false;

        // A dateline cut from its sentence by a line break ("Suara.com -\n\"Pak Antasari ..."): the dash says the
        // sentence goes on, as the splitter reads it.
        if (EndsWithSpacedDash(text, previous)) return true;

        // A comma cannot open a paragraph after a word: the source dropped a name before it and kept the line break
        // ("... melalui pesan singkat kepada\n, Rabu (5/7)."). After a period the paragraph lost its first words.
        if (first == ',' && char.IsLetter(last)) return true;

        // A web paragraph cut mid-sentence by the scraper: a long line, then one that goes on in lower case
        // ("… tidak bertembakau, karena\ndapat membantu …").
        if (previous.Length > MaxWrapWidth) return char.IsLower(first) && (char.IsLetterOrDigit(last) || last == ',');

        // The sentence goes on: "(AS)\ndan Rusia", "kerja-\nsama", "kata dia,\nbahwa".
        if (char.IsLower(first)) return true;
        if ((last == ',' || (last == '-' && previous.Length > 1 && char.IsLetter(text[previous.End - 2]))) && next.Length <= MaxWrapWidth && !IsListMarker(first)) return true;

        // "Baca juga:" or "Susunan pemain:" introduce a list, line by line.
        if (last == ':') return false;

        // Two headlines in a row ("Kakek Tua Jual Uduk …\nBurung Nuri Bongkar …") are not one wrapped sentence.
        if (IsTitleCase(text, previous) && IsTitleCase(text, next)) return false;

        // A long line that stops mid-sentence before a number: "… atau\n30 persen dari anggaran".
        if (previous.Length >= MinWrapWidth && char.IsLetterOrDigit(last) && char.IsDigit(first)) return true;

        // The width test needs a real block (three lines that fill it); a repeated line is no evidence.
        if (width < MinWrapWidth || fullLines < MinFullLines || previous.Length * 4 < width * 3) return false;
        if (text.AsSpan(previous.Start, previous.Length).SequenceEqual(text.AsSpan(next.Start, next.Length))) return false;
        int firstWord = 0;
        while (next.Start + firstWord < next.End && !char.IsWhiteSpace(text[next.Start + firstWord])) firstWord++;
        return previous.Length + 1 + firstWord > width;
    }

    // "Suara.com -", "JAKARTA –": words, a space and a dash at the line end (not a rule such as "- - -").
    private static bool EndsWithSpacedDash(string text, Line line)
    {
        int i = line.End - 1;
        if (i <= line.Start || text[i] is not ('-' or '\u2013') || !CharClass.IsSeparator(text[i - 1])) return false;
        while (i > line.Start && CharClass.IsSeparator(text[i - 1])) i--;
        return i > line.Start && CharClass.IsWordChar(text[i - 1]);
    }

    private static bool IsListMarker(char c) => c is '-' or '*' or '•' or '–' or '—';

    private static bool StartsWithUrl(string text, Line line)
    {
        var span = text.AsSpan(line.Start, line.Length);
        return span.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || span.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    // "5. Nyeri perut", "2) Prada Danar"
    private static bool StartsWithListNumber(string text, Line line)
    {
        int i = line.Start;
        while (i < line.End && i - line.Start < 3 && char.IsAsciiDigit(text[i])) i++;
        return i > line.Start && i + 1 < line.End && (text[i] == '.' || text[i] == ')') && text[i + 1] == ' ';
    }

    // Most words capitalised, as in a headline.
    private static bool IsTitleCase(string text, Line line)
    {
        int words = 0, capitalised = 0;
        bool atStart = true;
        for (int i = line.Start; i < line.End; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                atStart = true;
                continue;
            }

            if (atStart && char.IsLetter(c))
            {
                words++;
                if (char.IsUpper(c)) capitalised++;
            }

            atStart = false;
        }

        return words >= 3 && capitalised * 10 >= words * 7;
    }
}
