using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A sports competition or trophy named by its own words is no person, place or organisation, as the training corpora
/// leave it: <c>Serie A</c>, <c>Piala Sudirman</c>, <c>Coupe de France</c>, <c>Badminton Asia Championships</c>,
/// <c>Maurice Podoloff Trophy</c>. Such a span that the tagger labelled is dropped.
/// </summary>
/// <remarks>
/// <para>The span has two or more words and opens with a competition's head (<c>Piala</c>, <c>Kejuaraan</c>,
/// <c>Turnamen</c>, <c>Olimpiade</c>, <c>Paralimpiade</c>, <c>Copa</c>, <c>Coppa</c>, <c>Coupe</c>), or is <c>Serie</c>
/// and a division's one capital letter, or closes with <c>Cup</c>, <c>Championship(s)</c> or <c>Trophy</c>. Words that
/// also name a body are left out: <c>Liga</c> (<c>Liga Arab</c>), <c>League</c> (<c>Arab League</c>), <c>Games</c>
/// (<c>Epic Games</c>, a firm), <c>Open</c>; and so are competitions with no such word (<c>Superbike</c>, <c>AFF
/// Suzuki</c>). NERGrit's train split leaves <c>Piala</c> outside every name 37 times in 37.</para>
/// <para>Runs with the product rules, before the rules that take parts or repeats from the document's names.</para>
/// </remarks>
internal static class CompetitionNames
{
    // First words of a competition's or trophy's name ("Piala Dunia", "Kejuaraan Dunia", "Copa America").
    private static readonly WordSet Heads = new(
        ["Piala", "Kejuaraan", "Turnamen", "Olimpiade", "Paralimpiade", "Copa", "Coppa", "Coupe"], ignoreCase: false);

    // Last words of one ("AFF Cup", "Badminton Asia Championships", "Asia Trophy").
    private static readonly WordSet Tails = new(["Cup", "Championship", "Championships", "Trophy"], ignoreCase: false);

    /// <summary>Removes from <paramref name="document"/> every person, place or organisation that names a competition.</summary>
    public static void Drop(DocumentBuilder document)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        // Removed in place, keeping the order of the rest.
        int kept = 0;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (!IsCompetition(tokens, entity)) entities[kept++] = entity;
        }

        if (kept < entities.Count) entities.RemoveRange(kept, entities.Count - kept);
    }

    /// <summary>Whether the entity is a person, place or organisation whose words name a competition.</summary>
    internal static bool IsCompetition(ReadOnlySpan<Token> tokens, Entity entity)
    {
        if (entity.Label is not (EntityLabels.Person or EntityLabels.Location or EntityLabels.Organization)) return false;
        if (!EntityTokens.CoversWholeTokens(entity, tokens) || EntityTokens.WordCount(tokens, entity.TokenStart, entity.TokenEnd) < 2) return false;
        var first = tokens[entity.TokenStart];
        var last = tokens[entity.TokenEnd - 1];
        if (first.Kind != TokenKind.Word) return false;
        if (Heads.Contains(first.Span) || (last.Kind == TokenKind.Word && Tails.Contains(last.Span))) return true;

        // "Serie A", "Serie B": Italy's divisions.
        return entity.TokenEnd - entity.TokenStart == 2 && first.Span is "Serie" && last.Span is [>= 'A' and <= 'D'];
    }
}
