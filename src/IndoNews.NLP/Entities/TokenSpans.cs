namespace IndoNews.NLP.Entities;

/// <summary>A sentence to tag: token spans over a text, without copying the tokens.</summary>
/// <param name="Text">The text that holds the tokens.</param>
/// <param name="Starts">Start offset of each token.</param>
/// <param name="Ends">End offset (exclusive) of each token.</param>
internal readonly ref struct TokenSpans(string Text, ReadOnlySpan<int> Starts, ReadOnlySpan<int> Ends)
{
    public string Text { get; } = Text;

    public ReadOnlySpan<int> Starts { get; } = Starts;

    public ReadOnlySpan<int> Ends { get; } = Ends;

    public int Count => Starts.Length;

    public ReadOnlySpan<char> this[int index] => Text.AsSpan(Starts[index], Ends[index] - Starts[index]);

    /// <summary>Joins <paramref name="tokens"/> into one text (separated by spaces) and fills their spans.</summary>
    public static string Join(IReadOnlyList<string> tokens, Span<int> starts, Span<int> ends)
    {
        int p = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            starts[i] = p;
            ends[i] = p + tokens[i].Length;
            p = ends[i] + 1;
        }

        return string.Join(' ', tokens);
    }
}
