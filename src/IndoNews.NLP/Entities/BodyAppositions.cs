using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A body's name in an apposition after its noun and a few words that say where or when it is from: <c>klub Cina,
/// Jiangsu Suning</c>, <c>kesebelasan La Liga lainnya, Celta Vigo</c>, <c>Band era 90-an, Java Jive</c>. The name after
/// the comma is the body, whatever the tagger read it as.
/// </summary>
/// <remarks>
/// Not after a colleague's words (<c>rekan satu timnya, Norman Nato</c>: no capitalised word or number between, and the
/// noun runs into a clitic), nor where a person or organisation stands between the noun and the comma (<c>kapten klub
/// Arsenal, Per Mertesacker</c>: the body is named before the comma, its member after it).
/// </remarks>
internal static class BodyAppositions
{
    /// <summary>The most tokens between the noun and the comma (<c>era 90 - an</c>).</summary>
    private const int MaxGap = 4;

    private static readonly WordSet Nouns = new(
    [
        "klub", "tim", "kesebelasan", "band", "grup", "boyband", "girlband", "perusahaan", "maskapai", "label", "kelompok", "organisasi", "yayasan",
    ]);

    /// <summary>
    /// Whether token <paramref name="t"/> opens the name of such an apposition. <paramref name="named"/> marks the tokens
    /// inside persons and organisations; it is built on the first apposition found and reused for the document.
    /// </summary>
    public static bool Opens(string text, ReadOnlySpan<Token> tokens, List<Entity> entities, int t, ref bool[]? named)
    {
        if (t < 3 || tokens[t - 1].Kind != TokenKind.Punctuation || tokens[t - 1].Span is not ",") return false;
        for (int n = t - 2; n >= Math.Max(0, t - 2 - MaxGap); n--)
        {
            var token = tokens[n];
            if (token.Kind == TokenKind.Punctuation && token.Span is not "-") return false;
            if (n == t - 2 || token.Kind != TokenKind.Word || !Nouns.Contains(text.AsSpan(token.Start, token.End - token.Start))) continue;
            if (tokens[n + 1].Start == token.End || !DescribesBody(text, tokens, n + 1, t - 1)) return false;
            named ??= PersonOrOrganizationTokens(tokens, entities);
            return !named.AsSpan(n + 1, t - 2 - n).Contains(true);
        }

        return false;
    }

    // The words between the noun and the comma say where or when the body is from: a capitalised word or a number.
    private static bool DescribesBody(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (tokens[t].Kind == TokenKind.Number || EntityTokens.IsCapitalisedWord(text, tokens[t])) return true;
        }

        return false;
    }

    // Per token: inside a person or an organisation.
    private static bool[] PersonOrOrganizationTokens(ReadOnlySpan<Token> tokens, List<Entity> entities)
    {
        var named = new bool[tokens.Length];
        foreach (var entity in entities)
        {
            if (entity.Label is not (EntityLabels.Person or EntityLabels.Organization) || entity.TokenStart < 0) continue;
            named.AsSpan(entity.TokenStart, entity.TokenEnd - entity.TokenStart).Fill(true);
        }

        return named;
    }
}
