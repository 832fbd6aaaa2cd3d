namespace IndoNews.NLP.Entities;

/// <summary>
/// The units the tagger sees for one sentence of a document: tokens, with hyphenated words split into
/// their parts and the hyphen (<c>Rusia-Amerika</c> → <c>Rusia</c>, <c>-</c>, <c>Amerika</c>), as the
/// training corpora are tokenised; a word split from its clitic (<c>buku</c> + <c>nya</c>) is seen whole
/// (<c>bukunya</c>), as the corpora write it. Each unit remembers its character span and the tokens it covers.
/// </summary>
internal sealed class SubTokenList
{
    private int[] _starts = new int[64];
    private int[] _ends = new int[64];
    private int[] _tokens = new int[64];
    private int[] _lastTokens = new int[64];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count);

    public ReadOnlySpan<int> Ends => _ends.AsSpan(0, Count);

    /// <summary>Index of the first document token each unit covers.</summary>
    public ReadOnlySpan<int> TokenIndex => _tokens.AsSpan(0, Count);

    /// <summary>Index of the last document token each unit covers.</summary>
    public ReadOnlySpan<int> LastTokenIndex => _lastTokens.AsSpan(0, Count);

    public void Clear() => Count = 0;

    /// <summary>
    /// Adds <paramref name="token"/>, split at hyphens that join two letters or digits; the later parts of a
    /// clitic split only extend the unit of their surface token.
    /// </summary>
    public void AddSplit(string text, in Token token, int tokenIndex)
    {
        if (token.IsMultiwordPart && Count > 0 && _ends[Count - 1] == token.SurfaceEnd && token.Start > token.SurfaceStart)
        {
            _lastTokens[Count - 1] = tokenIndex;
            return;
        }

        int start = token.SurfaceStart, end = token.SurfaceEnd;
        if (token.Kind == TokenKind.Word && CountJoiningHyphens(text, start, end) is > 0 and <= MaxHyphens)
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

    // Real words have a few parts (al-Assad, Rusia-Amerika, pasca-pemilu); a longer chain is kept whole,
    // so pathological input (a-a-a-...) cannot turn one token into thousands of entities.
    private const int MaxHyphens = 4;

    private static int CountJoiningHyphens(string text, int start, int end)
    {
        int count = 0;
        for (int i = start + 1; i < end - 1; i++)
        {
            if (text[i] == '-' && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]) && ++count > MaxHyphens) break;
        }

        return count;
    }

    private void Add(int start, int end, int tokenIndex)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _ends, Count * 2);
            Array.Resize(ref _tokens, Count * 2);
            Array.Resize(ref _lastTokens, Count * 2);
        }

        _starts[Count] = start;
        _ends[Count] = end;
        _tokens[Count] = tokenIndex;
        _lastTokens[Count] = tokenIndex;
        Count++;
    }
}
