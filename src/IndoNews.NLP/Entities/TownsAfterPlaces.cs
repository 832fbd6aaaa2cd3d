using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A one-word name the tagger read as a person right after <c>di</c>, <c>ke</c> or <c>dari</c>, a place and a comma,
/// and closing the phrase (<c>di Genting Arena, Birmingham.</c>, <c>di Tambun, Jatiasih.</c>, <c>di Desa Blimbingsari,
/// Rogojampi ini</c>), is the town or district of that place.
/// </summary>
/// <remarks>
/// <para>After a place and a comma news writes the place's town, or a person in apposition (<c>mantan rekan setimnya di
/// Camp Nou, Messi.</c>, <c>juru bicara Masjid Didsbury di Manchester, Abdalla Yousef, mengatakan</c>). The person is
/// told apart by what the document and the lists say about the word: it is left when it is a listed given name, title or
/// honorific, or when the word stands in any other name of the document (<c>Messi</c> of <c>Lionel Messi</c>). A town
/// closes the phrase: a full stop, comma, closing bracket, <c>ini</c> or <c>itu</c> follows (not a verb: <c>di London,
/// Bieber menulis</c>). A list that goes on to an organisation is a list of clubs (<c>di Celtic, Galatasaray, dan
/// Sunderland</c>) and is left.</para>
/// </remarks>
internal static class TownsAfterPlaces
{
    // Words before the place that make it where something happens.
    private static readonly WordSet Prepositions = new(["di", "ke", "dari"], ignoreCase: false);

    // Words after the name that close the phrase: "di Desa Blimbingsari, Rogojampi ini".
    private static readonly WordSet Closers = new([".", ",", ")", "ini", "itu"], ignoreCase: false);

    // Tokens after the name within which an organisation makes the phrase a list of clubs or firms.
    private const int ListLookahead = 3;

    private const byte PersonCues = 1 << (int)GazetteerCategory.PersonName | 1 << (int)GazetteerCategory.Title | 1 << (int)GazetteerCategory.Honorific;

    /// <summary>Relabels as places the one-word persons of <paramref name="document"/> that name a place's town.</summary>
    /// <param name="document">The document whose entities are relabelled.</param>
    /// <param name="gazetteer">The listed given names, titles and honorifics, which are left persons.</param>
    public static void Relabel(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count < 2) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        string text = document.Text;
        // The tokens' owners, filled on the first candidate.
        using var owners = new EntityOwnerMap(entities, tokens.Length);
        Span<int> owner = default;
        Dictionary<string, int>? wordUses = null;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label != EntityLabels.Person || !EntityTokens.CoversWholeTokens(entity, tokens) || entity.TokenEnd != entity.TokenStart + 1) continue;
            int t = entity.TokenStart;
            if (t < 3 || tokens[t - 1].Span is not "," || !IsNameWord(text, tokens[t])) continue;
            if (owner.IsEmpty) owner = owners.Fill();

            int p = owner[t - 2];
            if (p < 0 || entities[p].Label != EntityLabels.Location || entities[p].TokenEnd != t - 1 || entities[p].TokenStart < 1) continue;
            if (!Prepositions.Contains(tokens[entities[p].TokenStart - 1].Span)) continue;
            if (t + 1 < tokens.Length && !Closers.Contains(tokens[t + 1].Span)) continue;
            if (gazetteer.ListsWord(tokens[t].Span, PersonCues) || ListGoesOnToOrganization(entities, owner, t + 1)) continue;
            wordUses ??= WordUses(entities, tokens);
            if (wordUses.GetValueOrDefault(entity.Text) > 1) continue;
            entities[i] = entity.WithLabel(EntityLabels.Location);
        }
    }

    // A capitalised word of letters only.
    private static bool IsNameWord(string text, Token token)
    {
        if (!EntityTokens.IsCapitalisedWord(text, token)) return false;
        foreach (char c in token.Span)
        {
            if (!char.IsLetter(c)) return false;
        }

        return true;
    }

    // An organisation starts within ListLookahead tokens after the name: "Galatasaray, dan Sunderland".
    private static bool ListGoesOnToOrganization(List<Entity> entities, ReadOnlySpan<int> owner, int from)
    {
        for (int k = from; k < owner.Length && k < from + ListLookahead; k++)
        {
            if (owner[k] >= 0 && entities[owner[k]].Label == EntityLabels.Organization) return true;
        }

        return false;
    }

    // How many times each word stands inside a name of the document, counted over every name's words.
    private static Dictionary<string, int> WordUses(List<Entity> entities, ReadOnlySpan<Token> tokens)
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (entity.TokenStart < 0 || entity.Label is not (EntityLabels.Person or EntityLabels.Location or EntityLabels.Organization)) continue;
            for (int t = entity.TokenStart; t < entity.TokenEnd && t < tokens.Length; t++)
            {
                if (tokens[t].Kind != TokenKind.Word) continue;
                // By span: a string only for a word new to the table.
                uses.TryGetValueSpan(tokens[t].Span, out int count);
                uses.SetSpan(tokens[t].Span, count + 1);
            }
        }

        return uses;
    }
}
