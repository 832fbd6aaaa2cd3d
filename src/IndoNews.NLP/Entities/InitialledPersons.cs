namespace IndoNews.NLP.Entities;

/// <summary>
/// A name that opens with a personal initial and goes on with a name in title case is a person where the tagger read it
/// as an organisation: <c>hingga wasit P. Gil meniup peluit</c> (the tagger's weight for the word <c>Gil</c> made even
/// <c>Pedro Gil</c> an organisation there).
/// </summary>
/// <remarks>
/// The initial is one capital letter with its period, one token (<c>P.</c>, as the tokenizer writes an initial before a
/// name) or a letter and a period glued to it, then one space; every word after it is a capital and lower-case letters
/// (<c>Gil</c>, <c>Yazid</c>), and another such initial may stand between them (<c>M. H. Thamrin</c>). Organisations do
/// not open so: their heads and short forms (<c>PT</c>, <c>TNI</c>) are no initials, and a dotted form glued together
/// (<c>U.S. Cellular</c>, <c>D.C.</c>, <c>T.O.P</c>) is not taken. Places are left: a street named after a person
/// (<c>Jalan S. Parman</c>) is a place.
/// </remarks>
internal static class InitialledPersons
{
    /// <summary>Relabels every such organisation in <paramref name="document"/> as a <see cref="EntityLabels.Person"/>.</summary>
    public static void Relabel(DocumentBuilder document)
    {
        var entities = document.Entities;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            if (entity.Label != EntityLabels.Organization || entity.TokenStart < 0 || entity.TokenEnd <= entity.TokenStart) continue;
            if (!EntityTokens.CoversWholeTokens(entity, tokens) || !IsInitialledName(tokens, entity.TokenStart, entity.TokenEnd)) continue;
            entities[e] = entity.WithLabel(EntityLabels.Person);
        }
    }

    // Tokens [from, to): an initial, then names and initials, with at least one name.
    private static bool IsInitialledName(ReadOnlySpan<Token> tokens, int from, int to)
    {
        int k = InitialEnd(tokens, from, to);
        if (k < 0) return false;
        bool named = false;
        while (k < to)
        {
            if (tokens[k].Start == tokens[k - 1].End) return false;
            int next = InitialEnd(tokens, k, to);
            if (next > 0)
            {
                k = next;
                continue;
            }

            if (!IsTitleCaseName(tokens[k])) return false;
            named = true;
            k++;
        }

        return named;
    }

    // The token after an initial at k ("P." or "P" with a glued "."), or -1.
    private static int InitialEnd(ReadOnlySpan<Token> tokens, int k, int to)
        => EntityTokens.InitialLength(tokens, k, to) is int length and > 0 ? k + length : -1;

    // A capital and two or more lower-case letters: "Gil", "Yazid", not "TNI" or "Co".
    private static bool IsTitleCaseName(in Token token)
    {
        var span = token.Span;
        if (token.Kind != TokenKind.Word || span.Length < 3 || !char.IsUpper(span[0])) return false;
        foreach (char c in span[1..])
        {
            if (!char.IsLower(c)) return false;
        }

        return true;
    }
}
