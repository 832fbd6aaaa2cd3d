using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A name the tagger read as a person whose last word is an English noun for a place (<c>Bay Bridge</c>, <c>Trump
/// Tower</c>, <c>Airlie Beach</c>, <c>John Wayne Airport</c>, <c>Kensington Palace</c>) is a place, and so are its other
/// person mentions in the document.
/// </summary>
/// <remarks>
/// <para>The tagger knows Indonesian place heads, which open a name (<c>Jembatan</c>, <c>Pantai</c>, <c>Bandara</c>),
/// but reads an English name of two capitalised words as a person. The nouns are those that close only a place's
/// name: <c>Bridge</c>, <c>Beach</c>, <c>Airport</c>, <c>Tower</c>, <c>Palace</c>, <c>Island</c>, <c>Arena</c>,
/// <c>Stadium</c>, <c>Mall</c>, <c>Resort</c>, <c>Hospital</c>, <c>Street</c>, <c>Avenue</c>. Not <c>Park</c>,
/// <c>Bay</c>, <c>Hall</c> or <c>Lake</c> (people: <c>Seongsu Park</c>, <c>Michael Bay</c>, <c>Nathan Hall</c>; a band,
/// <c>Linkin Park</c>; a processor, <c>Kaby Lake</c>), nor <c>Road</c> or <c>Square</c> (a film, <c>Fury Road</c>; a
/// camera, <c>Instax Square</c>). A name with a digit is a product's model (<c>Legion Y520 Tower</c>) and is left.</para>
/// </remarks>
internal static class PlaceNameTails
{
    // English nouns that close only a place's name.
    private static readonly WordSet Tails = new(
    [
        "Bridge", "Beach", "Airport", "Tower", "Palace", "Island", "Arena", "Stadium", "Mall", "Resort", "Hospital", "Street",
        "Avenue",
    ], ignoreCase: false);

    /// <summary>Relabels as places the person spans of <paramref name="document"/> that end with an English noun for a place.</summary>
    /// <param name="document">The document whose entities are relabelled.</param>
    public static void Relabel(DocumentBuilder document)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        string text = document.Text;
        HashSet<string>? places = null;
        foreach (var entity in entities)
        {
            if (entity.Label != EntityLabels.Person || !EntityTokens.CoversWholeTokens(entity, tokens)) continue;
            if (EntityTokens.WordCount(tokens, entity.TokenStart, entity.TokenEnd) < 2 || !Tails.Contains(tokens[entity.TokenEnd - 1].Span)) continue;
            if (!IsNameOfWords(text, tokens, entity.TokenStart, entity.TokenEnd)) continue;
            (places ??= new HashSet<string>(StringComparer.Ordinal)).Add(entity.Text);
        }

        if (places is null) return;
        EntityEdits.RelabelMentions(entities, places, EntityLabels.Location, EntityLabels.Person);
    }

    // Every token is a capitalised word with no digit ("Legion Y520 Tower" is a model) or a hyphen between words.
    private static bool IsNameOfWords(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            var token = tokens[t];
            if (token.Span is "-") continue;
            if (!EntityTokens.IsCapitalisedWord(text, token) || token.Span.ContainsAnyInRange('0', '9')) return false;
        }

        return true;
    }
}
