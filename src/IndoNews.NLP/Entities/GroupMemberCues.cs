using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A name after a noun for a group's members or leader (<c>lima personel Snada</c>, <c>pentolan Soundgarden</c>) is the
/// group, an organisation, where the tagger read it as a person or place; so are its other person or place mentions
/// in the document (<c>anggota Snada menilai</c>), also where the tagger read the cued mention right.
/// </summary>
/// <remarks>
/// <para><c>personel</c> (a member of a band, a force or a staff) and <c>pentolan</c> (a group's leading figure) stand
/// before the body, never before a person: the person comes after the body (<c>personel Polri Bripka Andi</c>).
/// <see cref="OrganizationCues"/> takes <c>band</c> and <c>grup</c> before a name but lets another mention with no cue
/// block it, and the tagger reads a band's other mentions as a person (<c>anggota Snada</c>); these two nouns are
/// evidence enough. Only a one-word span is taken: news writes a band's member after it (<c>personel SHINee
/// Taemin</c>, <c>mantan personel Coboy Junior Iqbaal ...</c>), and the tagger runs the two into one person. A word
/// that is a listed title or honorific, country or place is left.</para>
/// </remarks>
internal static class GroupMemberCues
{
    private static readonly WordSet Cues = new(["personel", "pentolan"], ignoreCase: true);

    private const byte Left = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place;
    private const byte Titles = 1 << (int)GazetteerCategory.Title | 1 << (int)GazetteerCategory.Honorific;

    /// <summary>Relabels as organisations the groups of <paramref name="document"/> named after a member's noun.</summary>
    /// <param name="document">The document whose entities are relabelled.</param>
    /// <param name="gazetteer">The listed countries, places, titles and honorifics.</param>
    public static void Relabel(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        string text = document.Text;
        HashSet<string>? groups = null;
        foreach (var entity in entities)
        {
            // An organisation after the noun is evidence too: the tagger read "personel Snada" right and "Snada memulai" not.
            if (entity.Label is not (EntityLabels.Person or EntityLabels.Location or EntityLabels.Organization) || !EntityTokens.CoversWholeTokens(entity, tokens)) continue;
            int start = entity.TokenStart;
            if (start < 1 || !Cues.Contains(tokens[start - 1].Span) || !EntityTokens.IsCapitalisedWord(text, tokens[start])) continue;
            // One word only: the tagger runs a band into its member's name ("personel SHINee Taemin"), a person's span.
            if (entity.TokenEnd - start != 1 || IsListed(tokens, start, entity.TokenEnd, gazetteer)) continue;
            (groups ??= new HashSet<string>(StringComparer.Ordinal)).Add(entity.Text);
        }

        if (groups is null) return;
        EntityEdits.RelabelMentions(entities, groups, EntityLabels.Organization, EntityLabels.Person, EntityLabels.Location);
    }

    // The span opens with a title or honorific ("Bripka Andi"), or is wholly a listed country or place.
    private static bool IsListed(ReadOnlySpan<Token> tokens, int start, int end, Gazetteer gazetteer)
    {
        int words = EntityTokens.WordCount(tokens, start, end);
        if (words == 0 || words > 16) return true;
        Span<ulong> hashes = stackalloc ulong[words];
        EntityTokens.WordHashes(tokens, start, end, hashes);

        return gazetteer.LongestMatch(hashes, 0, Titles) > 0 || gazetteer.LongestMatch(hashes, 0, Left) == words;
    }
}
