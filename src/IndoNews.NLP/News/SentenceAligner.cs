using IndoNews.NLP.Internal;

namespace IndoNews.NLP.News;

/// <summary>
/// Makes sentences respect paragraphs: splits a sentence that runs across a paragraph break, and joins two
/// sentences that a splitter separated at a line break inside a paragraph (a hard-wrapped line) where the
/// first does not end with sentence-final punctuation.
/// </summary>
internal static class SentenceAligner
{
    public static void Align(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Paragraph> paragraphs, List<Sentence> sentences)
    {
        if (tokens.IsEmpty || sentences.Count == 0) return;
        using var scratch = new ScratchArray<int>(tokens.Length);
        var paragraphOf = scratch.Array;
        for (int t = 0, p = 0; t < tokens.Length; t++)
        {
            while (p < paragraphs.Count - 1 && tokens[t].Start >= paragraphs[p].End) p++;
            paragraphOf[t] = p;
        }

        var result = new List<Sentence>(sentences.Count + 8);
        foreach (var sentence in sentences)
        {
            int first = sentence.TokenStart;
            for (int t = sentence.TokenStart + 1; t < sentence.TokenEnd; t++)
            {
                if (paragraphOf[t] != paragraphOf[t - 1])
                {
                    Add(text, tokens, paragraphOf, result, first, t);
                    first = t;
                }
            }

            Add(text, tokens, paragraphOf, result, first, sentence.TokenEnd);
        }

        sentences.Clear();
        sentences.AddRange(result);
    }

    private static void Add(string text, ReadOnlySpan<Token> tokens, int[] paragraphOf, List<Sentence> result, int from, int to)
    {
        if (to <= from) return;
        if (result.Count > 0)
        {
            var previous = result[^1];
            int last = previous.TokenEnd - 1;
            if (previous.TokenEnd == from && paragraphOf[last] == paragraphOf[from]
                && Tokenization.CharClass.HasLineBreak(text, tokens[last].End, tokens[from].Start) && !EndsSentence(text, previous.End))
            {
                result[^1] = new Sentence(previous.Start, tokens[to - 1].End, previous.TokenStart, to);
                return;
            }
        }

        result.Add(new Sentence(tokens[from].Start, tokens[to - 1].End, from, to));
    }


    // The sentence ends with . ! ? … possibly followed by closing quotes or brackets.
    private static bool EndsSentence(string text, int end)
    {
        int i = end - 1;
        while (i >= 0 && text[i] is '"' or '”' or '\'' or '’' or ')' or ']' or '»') i--;
        return i >= 0 && text[i] is '.' or '!' or '?' or '…' or ':';
    }
}
