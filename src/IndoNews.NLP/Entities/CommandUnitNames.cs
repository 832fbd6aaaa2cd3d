using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Tags a police or military command, or a prosecutors' office, named by its territory as one organisation where the
/// tagger tagged only the territory or nothing: <c>Kasat Reskrim Polres Jakarta Selatan</c>, <c>Kabid Humas Polda
/// Jabar Kombes Yusri Yunus</c>, <c>Satres Narkoba Polresta Depok</c>.
/// </summary>
/// <remarks>
/// The tagger writes most such names whole (on the first half of IndoSum 99 of 128 mentions of <c>Polda</c> with a name
/// after it are one ORG), but leaves the head out of some and tags the territory alone as a place. The head is one of a
/// closed list of unit short forms (<c>Polda</c>, <c>Polres</c>, <c>Polresta</c>, <c>Polrestabes</c>, <c>Polsek</c>,
/// <c>Kodam</c>, <c>Korem</c>, <c>Kodim</c>, <c>Koramil</c>, <c>Lanud</c>, <c>Lantamal</c>, <c>Kejati</c>,
/// <c>Kejari</c>), left untagged, and the territory is either a place the tagger tagged right after it, holding no title
/// or rank (<c>Polres Bogor Kabupaten Ipda Asep</c>, one such span, is left), or an untagged listed place (<c>Jabar</c>,
/// <c>Jawa Tengah</c>) followed by no other capitalised word than a title or rank (<c>Kombes</c>). A head inside a
/// place (<c>di Polda Metro Jaya</c> read as the venue) is left as the tagger read it.
/// </remarks>
internal static class CommandUnitNames
{
    private static readonly WordSet Heads = new(
    [
        "Polda", "Polres", "Polresta", "Polrestabes", "Polsek", "Polsekta", "Kodam", "Korem", "Kodim", "Koramil", "Lanud",
        "Lantamal", "Kejati", "Kejari",
    ], ignoreCase: false);

    private const byte Places = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place;
    private const byte Titles = 1 << (int)GazetteerCategory.Title | 1 << (int)GazetteerCategory.Honorific;

    /// <summary>Joins each such head and its territory into one organisation in <paramref name="document"/>.</summary>
    /// <param name="document">The document whose entities are completed.</param>
    /// <param name="gazetteer">The listed places, titles and ranks.</param>
    public static void Apply(DocumentBuilder document, Gazetteer gazetteer)
    {
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        var entities = document.Entities;
        using var owners = new EntityOwnerMap(entities, tokens.Length);
        Span<int> owner = default; // filled on first need
        List<Entity>? added = null;
        HashSet<int>? removed = null;
        foreach (var sentence in document.Sentences)
        {
            for (int t = sentence.TokenStart; t < sentence.TokenEnd - 1; t++)
            {
                if (tokens[t].Kind != TokenKind.Word || !Heads.Contains(tokens[t].Span)) continue;
                if (owner.IsEmpty) owner = owners.Fill();
                if (owner[t] >= 0) continue;

                int next = owner[t + 1], end;
                if (next >= 0)
                {
                    // The territory tagged alone as a place: "Polres | Jakarta Selatan".
                    var place = entities[next];
                    if (place.Label != EntityLabels.Location || place.TokenStart != t + 1 || HoldsTitle(tokens, place.TokenStart, place.TokenEnd, gazetteer)) continue;
                    (removed ??= []).Add(next);
                    end = place.TokenEnd;
                }
                else
                {
                    // An untagged listed place right after the head, and no other name running on: "Polda Jabar Kombes ...".
                    end = t + 1 + ListedPlaceLength(tokens, t + 1, sentence.TokenEnd, gazetteer);
                    if (end == t + 1 || owner[end - 1] >= 0) continue;
                    if (end < sentence.TokenEnd && EntityTokens.IsCapitalisedWord(text, tokens[end]) && !gazetteer.ListsWord(tokens[end].Span, Titles)) continue;
                }

                (added ??= []).Add(EntityEdits.Over(text, tokens, t, end, EntityLabels.Organization));
                t = end - 1;
            }
        }

        if (added is not null) EntityEdits.Apply(entities, removed, added);
    }

    private static bool HoldsTitle(ReadOnlySpan<Token> tokens, int from, int to, Gazetteer gazetteer)
    {
        for (int k = from; k < to; k++)
        {
            if (gazetteer.ListsWord(tokens[k].Span, Titles)) return true;
        }

        return false;
    }

    // Tokens in the longest listed place starting at from (0 when none), within the sentence and at most four words.
    private static int ListedPlaceLength(ReadOnlySpan<Token> tokens, int from, int end, Gazetteer gazetteer)
    {
        int count = Math.Min(4, end - from);
        Span<ulong> hashes = stackalloc ulong[count];
        for (int k = 0; k < count; k++) hashes[k] = FeatureHash.OfLower(tokens[from + k].Span);
        return gazetteer.LongestMatch(hashes, 0, Places);
    }

}
