using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A club introduced by its country or town and a comma (<c>klub Cina, Jiangsu Suning</c>, <c>klub asal Brasil,
/// Chapecoense</c>, <c>klub Liga Yunani, Panathinaikos</c>) is an organisation where the tagger read it as a person or
/// place, and so are its other person or place mentions in the document.
/// </summary>
/// <remarks>
/// <para><see cref="TeamNames"/> needs the document to call the name an organisation somewhere, and <see
/// cref="OrganizationCues"/> leaves <c>klub</c> to it; a foreign club named once, after its country, has neither. The
/// club is the name after the comma: the noun (<c>klub</c>, <c>kesebelasan</c>), at most two modifiers (<c>asal</c>,
/// <c>sepak bola</c>, <c>Liga</c>, <c>raksasa</c>), a listed country or place tagged as a place, a comma, then a
/// capitalised person or place span that is no listed country or place (<c>klub asal Arab Saudi, Italia, hingga
/// Amerika Serikat</c> lists countries). Not after <c>tim</c>: a country's team is its national side, and the name after
/// it is as often its coach or player (<c>tim Spanyol, Vicente del Bosque</c>); but <c>tim asal Brasil, Chapecoense</c>
/// is a team from the country, not its side, so <c>tim</c> counts with <c>asal</c> among its modifiers. A span whose first word is a listed given
/// name is a person of the club (<c>klub Italia, Roberto Mancini</c>) and is left.</para>
/// </remarks>
internal static class CountryClubs
{
    // Lower-case nouns for a club that stand before its country.
    private static readonly WordSet ClubNouns = new(["klub", "kesebelasan"], ignoreCase: false);

    // Words that may stand between the noun and the country: "klub asal Brasil", "klub sepak bola Italia", "klub Liga Yunani".
    private static readonly WordSet Modifiers = new(["asal", "sepak", "bola", "sepakbola", "Liga", "raksasa", "elite", "kaya"], ignoreCase: false);

    // Most modifiers looked past ("klub sepak bola asal Italia" has three).
    private const int MaxModifiers = 3;

    private const byte Places = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place;
    private const byte GivenNames = 1 << (int)GazetteerCategory.PersonName;

    /// <summary>Relabels as organisations the clubs of <paramref name="document"/> named after their country and a comma.</summary>
    /// <param name="document">The document whose entities are relabelled.</param>
    /// <param name="gazetteer">The listed countries, places and given names.</param>
    public static void Relabel(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count < 2) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        string text = document.Text;

        // The place spans by the token after their last, to find the country before a club's comma.
        using var scratch = new ScratchArray<int>(tokens.Length + 1); // rented: no table per document
        var placesByEnd = scratch.Array;
        if (!EntityTokens.PlacesByEnd(entities, tokens, placesByEnd.AsSpan(0, tokens.Length + 1))) return;
        HashSet<string>? clubs = null;
        foreach (var club in entities)
        {
            if (club.Label is not (EntityLabels.Person or EntityLabels.Location) || !EntityTokens.CoversWholeTokens(club, tokens)) continue;
            int start = club.TokenStart;
            if (start < 2 || tokens[start - 1].Span is not "," || !EntityTokens.IsCapitalisedWord(text, tokens[start])) continue;
            int c = placesByEnd[start - 1];
            if (c < 0) continue;
            var place = entities[c];
            if (!HasClubNoun(tokens, place.TokenStart) || !IsListed(tokens, place.TokenStart, place.TokenEnd, gazetteer)) continue;
            if (IsListed(tokens, start, club.TokenEnd, gazetteer) || gazetteer.ListsWord(tokens[start].Span, GivenNames)) continue;
            (clubs ??= new HashSet<string>(StringComparer.Ordinal)).Add(club.Text);
        }

        if (clubs is null) return;
        EntityEdits.RelabelMentions(entities, clubs, EntityLabels.Organization, EntityLabels.Person, EntityLabels.Location);
    }

    // A club noun, past at most MaxModifiers modifiers, right before token t; "tim" only past "asal" ("tim asal Brasil").
    private static bool HasClubNoun(ReadOnlySpan<Token> tokens, int t)
    {
        int noun = t - 1;
        bool origin = false;
        for (int m = 0; m < MaxModifiers && noun >= 0 && Modifiers.Contains(tokens[noun].Span); m++)
        {
            origin |= tokens[noun].Span is "asal";
            noun--;
        }

        if (noun < 0 || tokens[noun].Kind != TokenKind.Word) return false;
        return ClubNouns.Contains(tokens[noun].Span) || (origin && tokens[noun].Span is "tim");
    }

    // The whole span is a listed country or place.
    private static bool IsListed(ReadOnlySpan<Token> tokens, int start, int end, Gazetteer gazetteer)
        => EntityTokens.IsListedPhrase(tokens, start, end, gazetteer, Places);
}
