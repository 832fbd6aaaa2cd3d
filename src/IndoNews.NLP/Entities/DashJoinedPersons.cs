namespace IndoNews.NLP.Entities;

/// <summary>
/// Splits a person span that runs over a spaced dash between two people, as news writes a pair of candidates or partners:
/// <c>Agus Harimurti Yudhoyono - Sylviana Murni</c> and <c>Agus - Sylvi</c> are two persons each, as idner-news-2k
/// annotates <c>Prabowo - Hatta</c> and <c>Jokowi - Jusuf Kalla</c> (the dash outside both, 19 of 19 in its train and dev
/// splits).
/// </summary>
/// <remarks>
/// The span is whole tokens with one dash token, spaced on both sides, and capitalised words on both sides of it. It is
/// split when both sides have two words or more (<c>Rano Karno - Embay Mulya Syarif</c>), or when both are one word and
/// each is tagged as a person of its own elsewhere in the document (<c>Agus - Sylvi</c> where <c>Agus</c> and
/// <c>Sylvi</c> are tagged alone). A side that is only the first or last word of another person is not enough, nor a
/// one-word side before a longer one: double-barrelled names stay whole, since their halves are not persons of their own: <c>Jean - Michel Basquiat</c>, <c>Alex Oxlade - Chamberlain</c>,
/// <c>James Ward - Prowse</c>, <c>Hans - Peter Schaller</c>.
/// </remarks>
internal static class DashJoinedPersons
{
    /// <summary>Splits every such person in <paramref name="document"/> into its two persons.</summary>
    public static void Split(DocumentBuilder document)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        HashSet<string>? persons = null;
        List<int>? candidates = null;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label != EntityLabels.Person || entity.TokenStart < 0 || entity.TokenEnd > tokens.Length) continue;
            int dash = DashToken(text, tokens, entity);
            if (dash >= 0)
            {
                (candidates ??= []).Add(i);
                continue;
            }

            (persons ??= new HashSet<string>(StringComparer.Ordinal)).Add(entity.Text);
        }

        if (candidates is null) return;
        // The pairs are collected first and the list rebuilt once, so that many pairs cost no more than one pass.
        Dictionary<int, (Entity Left, Entity Right)>? splits = null;
        foreach (int i in candidates)
        {
            var entity = entities[i];
            int dash = DashToken(text, tokens, entity);
            int leftWords = Words(tokens, entity.TokenStart, dash), rightWords = Words(tokens, dash + 1, entity.TokenEnd);
            var left = Side(text, tokens, entity.TokenStart, dash);
            var right = Side(text, tokens, dash + 1, entity.TokenEnd);
            bool pair = (leftWords >= 2 && rightWords >= 2)
                        || (leftWords == 1 && rightWords == 1 && persons is not null && persons.Contains(left.Text) && persons.Contains(right.Text));
            if (pair) (splits ??= []).Add(i, (left with { Confidence = entity.Confidence }, right with { Confidence = entity.Confidence }));
        }

        if (splits is null) return;
        var all = new List<Entity>(entities.Count + splits.Count);
        for (int i = 0; i < entities.Count; i++)
        {
            if (splits.TryGetValue(i, out var pair))
            {
                all.Add(pair.Left);
                all.Add(pair.Right);
            }
            else
            {
                all.Add(entities[i]);
            }
        }

        entities.Clear();
        entities.AddRange(all);
    }

    // The index of the span's only dash token (spaced, between capitalised words), or -1.
    private static int DashToken(string text, ReadOnlySpan<Token> tokens, Entity entity)
    {
        if (entity.Start != tokens[entity.TokenStart].Start || entity.End != tokens[entity.TokenEnd - 1].End) return -1;
        int dash = -1;
        for (int t = entity.TokenStart + 1; t < entity.TokenEnd - 1; t++)
        {
            var token = tokens[t];
            if (token.End - token.Start != 1 || text[token.Start] != '-') continue;
            if (dash >= 0) return -1; // "Arts - Talents - Patrimoine"
            bool spaced = token.Start > 0 && text[token.Start - 1] == ' ' && token.End < text.Length && text[token.End] == ' ';
            if (!spaced || !EntityTokens.IsCapitalisedWord(text, tokens[t - 1]) || !EntityTokens.IsCapitalisedWord(text, tokens[t + 1])) return -1;
            dash = t;
        }

        return dash;
    }

    private static int Words(ReadOnlySpan<Token> tokens, int from, int to)
    {
        int words = 0;
        for (int t = from; t < to; t++)
        {
            if (tokens[t].Kind == TokenKind.Word) words++;
        }

        return words;
    }

    // The person made of tokens [from, to).
    private static Entity Side(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        int start = tokens[from].Start, end = tokens[to - 1].End;
        return new Entity(text.Substring(start, end - start), EntityLabels.Person, start, end)
        {
            TokenStart = from,
            TokenEnd = to,
        };
    }
}
