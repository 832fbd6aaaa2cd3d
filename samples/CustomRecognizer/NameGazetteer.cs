using IndoNews.NLP;

/// <summary>
/// A gazetteer of your own: tags each listed name where its words are whole tokens of the text (case-sensitive,
/// the longest name first), unless a recognizer before it tagged any of those characters already.
/// </summary>
public sealed class NameGazetteer : IEntityRecognizer
{
    private readonly (string[] Words, string Label)[] _names;

    public NameGazetteer(IEnumerable<(string Name, string Label)> names)
        => _names = [.. names.Select(n => (n.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries), n.Label))
                             .OrderByDescending(n => n.Item1.Length)];

    // Pipelines are shared by threads: Recognize keeps no state of its own.
    public void Recognize(DocumentBuilder document)
    {
        TokenList tokens = document.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            foreach (var (words, label) in _names)
            {
                if (!StartsAt(tokens, i, words)) continue;
                int start = tokens[i].Start, end = tokens[i + words.Length - 1].End;
                if (document.Entities.Exists(e => e.Start < end && start < e.End)) break;
                document.Entities.Add(new Entity(document.Text[start..end], label, start, end));
                i += words.Length - 1;
                break;
            }
        }
    }

    private static bool StartsAt(TokenList tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count) return false;
        for (int k = 0; k < words.Length; k++)
        {
            if (tokens[at + k].Text != words[k]) return false;
        }

        return true;
    }
}
