using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Segmentation;

/// <summary>
/// Groups tokens into sentences for Indonesian news text.
/// </summary>
/// <remarks>
/// <para>A sentence ends at <c>.</c>, <c>?</c>, <c>!</c>, an ellipsis or an abbreviation that can close a
/// sentence (<c>dll.</c>, <c>Tbk.</c>), together with the closing quotes and brackets that stick to it, when
/// the next token can start a sentence (a capital, a digit, an opening quote or bracket before one).
/// Titles (<c>Dr.</c>, <c>Prof.</c>, <c>Jl.</c>, <c>No.</c>) and initials never end a sentence.</para>
/// <para>A blank line always ends a sentence; so does a single line break, unless the text is hard-wrapped
/// (most lines stop mid-sentence at a similar width), in which case line breaks are read as spaces.</para>
/// </remarks>
public sealed class SentenceSplitter : ISentenceSplitter
{
    /// <summary>The shared default instance.</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <inheritdoc />
    public void Split(string text, ReadOnlySpan<Token> tokens, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        if (tokens.IsEmpty) return;

        bool lineBreaksAreSpaces = IsHardWrapped(text);
        int first = 0;
        for (int i = 0; i < tokens.Length - 1; i++)
        {
            int end = i;
            bool boundary;
            int breaks = LineBreaksBetween(text, tokens[i].SurfaceEnd, tokens[i + 1].SurfaceStart);
            if (breaks >= 2 || (breaks == 1 && !lineBreaksAreSpaces))
            {
                boundary = tokens[i + 1].SurfaceStart > tokens[i].SurfaceStart;
            }
            else
            {
                boundary = EndsSentence(text, tokens, i, out end);
            }

            if (boundary)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[end].End, first, end + 1));
                first = end + 1;
                i = end;
            }
        }

        if (first < tokens.Length)
        {
            sentences.Add(new Sentence(tokens[first].Start, tokens[^1].End, first, tokens.Length));
        }
    }

    // Whether a sentence ends at token i; end is the last token of the sentence (closing quotes included).
    private static bool EndsSentence(string text, ReadOnlySpan<Token> tokens, int i, out int end)
    {
        end = i;
        var token = tokens[i];
        if (token.IsMultiwordPart && token.End != token.SurfaceEnd) return false;
        var span = token.Span;
        if (!IsTerminal(text, tokens, i, span)) return false;

        // Closing quotes and brackets that stick to the terminal belong to this sentence.
        int j = i;
        while (j + 1 < tokens.Length && tokens[j + 1].Start == tokens[j].End && IsCloser(tokens[j + 1].Span))
        {
            j++;
        }

        end = j;
        if (j + 1 >= tokens.Length) return false;
        return CanStartSentence(tokens, j + 1);
    }

    private static bool IsTerminal(string text, ReadOnlySpan<Token> tokens, int i, ReadOnlySpan<char> span)
    {
        char last = span[^1];
        if (span.Length == 1)
        {
            switch (last)
            {
                case '?' or '!' or '\u2026':
                    return true;
                case '.':
                    // "Dr ." and "R ." in treebanks that split the period: a title or an initial before it keeps the sentence open.
                    if (i > 0 && tokens[i - 1].End == tokens[i].Start)
                    {
                        var before = tokens[i - 1].Span;
                        if (Abbreviations.IsTitle(before) || Abbreviations.IsInitial(before)) return false;
                    }

                    return true;
                default:
                    return false;
            }
        }

        if (last != '.') return false;
        var kind = tokens[i].Kind;
        if (kind == TokenKind.Punctuation) return true; // an ellipsis
        if (kind != TokenKind.Word) return false;

        // A word that carries its period: an abbreviation. Titles, initials and dotted forms (a.n.) stay open.
        var word = span[..^1];
        _ = text;
        return Abbreviations.Enders.Contains(word);
    }

    private static bool IsCloser(ReadOnlySpan<char> span)
        => span is "\"" or "'" or "\u201D" or "\u2019" or ")" or "]" or "\u00BB" or "''";

    private static bool CanStartSentence(ReadOnlySpan<Token> tokens, int k)
    {
        var span = tokens[k].Span;
        char c = span[0];
        if (char.IsUpper(c) || CharClass.IsDigit(c)) return true;
        if (span is "\"" or "'" or "\u201C" or "\u2018" or "(" or "[" or "``" or "\u00AB" or "-" or "\u2013" or "\u2014")
        {
            return k + 1 < tokens.Length && (char.IsUpper(tokens[k + 1].Span[0]) || CharClass.IsDigit(tokens[k + 1].Span[0]));
        }

        return tokens[k].Kind is TokenKind.Hashtag or TokenKind.Mention or TokenKind.Emoji or TokenKind.Url;
    }

    private static int LineBreaksBetween(string text, int from, int to)
    {
        int count = 0;
        for (int k = from; k < to; k++)
        {
            if (text[k] == '\n') count++;
        }

        return count;
    }

    // Hard-wrapped text (fixed-width lines that stop mid-sentence) uses line breaks as spaces.
    private static bool IsHardWrapped(string text)
    {
        int lines = 0;
        int open = 0;
        int longest = 0;
        int lineStart = 0;
        for (int k = 0; k <= text.Length; k++)
        {
            if (k < text.Length && text[k] != '\n') continue;
            var line = text.AsSpan(lineStart, k - lineStart).TrimEnd();
            lineStart = k + 1;
            if (line.IsEmpty || k == text.Length) continue;
            lines++;
            longest = Math.Max(longest, line.Length);
            char last = line[^1];
            if (last is not ('.' or '?' or '!' or '"' or '\u201D' or ':')) open++;
        }

        return lines >= 3 && longest <= 120 && open * 2 > lines;
    }
}
