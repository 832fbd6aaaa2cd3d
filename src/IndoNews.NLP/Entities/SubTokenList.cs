namespace IndoNews.NLP.Entities;

/// <summary>
/// The units the tagger sees for one sentence of a document: tokens, with hyphenated words split into
/// their parts and the hyphen (<c>Rusia-Amerika</c> → <c>Rusia</c>, <c>-</c>, <c>Amerika</c>), as the
/// training corpora are tokenised. Each unit remembers its character span and the token it came from.
/// </summary>
internal sealed class SubTokenList
{
    private int[] _starts = new int[64];
    private int[] _ends = new int[64];
    private int[] _tokens = new int[64];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count);

    public ReadOnlySpan<int> Ends => _ends.AsSpan(0, Count);

    public ReadOnlySpan<int> TokenIndex => _tokens.AsSpan(0, Count);

    public void Clear() => Count = 0;

    /// <summary>Adds <paramref name="token"/>, split at hyphens that join two letters or digits.</summary>
    public void AddSplit(string text, in Token token, int tokenIndex)
    {
        int start = token.Start, end = token.End;
        if (token.Kind == TokenKind.Word)
        {
            int partStart = start;
            for (int i = start + 1; i < end - 1; i++)
            {
                if (text[i] == '-' && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
                {
                    Add(partStart, i, tokenIndex);
                    Add(i, i + 1, tokenIndex);
                    partStart = i + 1;
                }
            }

            Add(partStart, end, tokenIndex);
            return;
        }

        Add(start, end, tokenIndex);
    }

    private void Add(int start, int end, int tokenIndex)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _ends, Count * 2);
            Array.Resize(ref _tokens, Count * 2);
        }

        _starts[Count] = start;
        _ends[Count] = end;
        _tokens[Count] = tokenIndex;
        Count++;
    }
}
