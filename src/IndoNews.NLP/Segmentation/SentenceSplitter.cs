namespace IndoNews.NLP.Segmentation;

/// <summary>
/// Groups tokens into sentences. (Foundation version: ends a sentence at . ! ? before a capital;
/// the full news rules replace it.)
/// </summary>
public sealed class SentenceSplitter : ISentenceSplitter
{
    /// <summary>The shared default instance.</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <inheritdoc />
    public void Split(string text, ReadOnlySpan<Token> tokens, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        int first = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var span = tokens[i].Span;
            bool terminal = span.Length == 1 && (span[0] == '.' || span[0] == '!' || span[0] == '?');
            bool last = i == tokens.Length - 1;
            if (last || (terminal && char.IsUpper(tokens[i + 1].Span[0])))
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[i].End, first, i + 1));
                first = i + 1;
            }
        }
    }
}
