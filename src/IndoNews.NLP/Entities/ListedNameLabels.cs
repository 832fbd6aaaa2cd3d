namespace IndoNews.NLP.Entities;

/// <summary>
/// Gives a name inside a list the kind of all the other names of the list, where the tagger, reading each name on its
/// own, labelled it apart: "Agus Wiguna, <c>Kodar</c>, Ade Arif, Andri Rosadi, ..." (people; <c>Kodar</c> was a place),
/// "di Jalan Juanda, Cisalak, <c>Sukmajaya</c>, Depok" (places; <c>Sukmajaya</c> was a person), "Kamerun, <c>Chile</c>,
/// dan Australia" (countries; <c>Chile</c> was an organisation), "Samsung, Oppo, <c>Asus</c>, LG" (firms).
/// </summary>
/// <remarks>
/// <para>A list is three or more tagged people, places or organisations next to each other, each pair apart only by a
/// comma, <c>dan</c> or <c>serta</c> (or a comma and one of them). Only a name with list names on both sides is changed,
/// or the last one where <c>dan</c> or <c>serta</c> closes the list before it ("Ford, Jaguar Land Rover, dan
/// <c>Mazda</c>"), and only when every other name of the list has one and the same kind: the first name and the last
/// of an open list are where a list borders on something else (an address after a body, "Polda Metro Jaya, Jalan
/// Sudirman, Jakarta Selatan"; a club before its players, "Bayern, Alonso, Vidal"), and a list of mixed kinds says
/// nothing.</para>
/// <para>A name the gazetteers list as its current kind keeps it (<c>Uni Eropa</c> between countries, <c>Surakarta</c>
/// between universities, <c>New York</c> between "Trump Tower" and "Trump"), and a name given with an age
/// (<c>Budi (26)</c>) stays a person. Runs after <see cref="PlaceLists"/> and
/// before the person rules, so a name made a person gives its parts and one made a place gives none.</para>
/// </remarks>
internal static class ListedNameLabels
{
    /// <summary>Most names of one list that are looked at; a longer run is read as several lists.</summary>
    private const int MaxItems = 64;

    /// <summary>Fewest names of a list.</summary>
    private const int MinItems = 3;

    /// <summary>The most words of a name looked up in the gazetteers.</summary>
    private const int MaxLookupWords = 8;

    /// <summary>Relabels every odd name inside a list of one kind in <paramref name="document"/>.</summary>
    public static void Relabel(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count < MinItems) return;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        using var owners = new EntityOwnerMap(entities, tokens.Length);
        Span<int> owner = owners.Fill();
        Span<int> items = stackalloc int[MaxItems];
        foreach (var sentence in document.Sentences)
        {
            int t = sentence.TokenStart;
            while (t < sentence.TokenEnd)
            {
                int o = owner[t];
                if (o < 0 || entities[o].TokenStart != t || !EntityLabels.IsName(entities[o].Label))
                {
                    t++;
                    continue;
                }

                // The chain of names from this one on, each joined to the one before by a comma and/or a conjunction;
                // closed when the last one came after a conjunction.
                int count = 0;
                items[count++] = o;
                int end = entities[o].TokenEnd;
                bool closed = false;
                while (count < MaxItems)
                {
                    int next = AfterJoint(tokens, end, sentence.TokenEnd);
                    if (next < 0 || next >= sentence.TokenEnd) break;
                    int n = owner[next];
                    if (n < 0 || entities[n].TokenStart != next || !EntityLabels.IsName(entities[n].Label)) break;
                    items[count++] = n;
                    end = entities[n].TokenEnd;
                    closed = tokens[next - 1].Span is "dan" or "serta";
                }

                if (count >= MinItems) RelabelOdd(text, tokens, entities, items[..count], closed, gazetteer);
                t = Math.Max(end, t + 1);
            }
        }
    }

    // The token after a joint that starts at token t: a comma, a conjunction, or a comma and a conjunction; -1 for none.
    private static int AfterJoint(ReadOnlySpan<Token> tokens, int t, int end)
    {
        int start = t;
        if (t < end && tokens[t].Span is ",") t++;
        if (t < end && tokens[t].Span is "dan" or "serta") t++;
        return t > start ? t : -1;
    }

    // One name, inside the list, whose kind differs from all the others', which share one kind.
    private static void RelabelOdd(string text, ReadOnlySpan<Token> tokens, List<Entity> entities, ReadOnlySpan<int> items, bool closed, Gazetteer gazetteer)
    {
        // The kind of the first two names that agree is the list's; any other name is odd, and there must be one.
        string first = entities[items[0]].Label;
        string common = first == entities[items[1]].Label || first == entities[items[2]].Label ? first : entities[items[1]].Label;
        int odd = -1;
        for (int i = 0; i < items.Length; i++)
        {
            if (entities[items[i]].Label == common) continue;
            if (odd >= 0) return;
            odd = i;
        }

        if (odd <= 0 || (odd == items.Length - 1 && !closed)) return;
        var entity = entities[items[odd]];
        if (IsListedAs(text, tokens, entity, gazetteer) || HasAge(text, tokens, entity.TokenEnd)) return;
        entities[items[odd]] = entity.WithLabel(common);
    }

    // "(26)" right after a name: a person given with an age is one, wherever the list goes ("Kecamatan Sinar Galih,
    // Kabupaten Bogor, dan Oktariyansyah Purnama Putra (26)").
    private static bool HasAge(string text, ReadOnlySpan<Token> tokens, int k)
        => k + 2 < tokens.Length && text[tokens[k].Start] == '(' && tokens[k + 1].Kind == TokenKind.Number && text[tokens[k + 2].Start] == ')';

    // Whether the gazetteers list the name as a name of its kind (a country or place for a place, an organisation).
    private static bool IsListedAs(string text, ReadOnlySpan<Token> tokens, Entity entity, Gazetteer gazetteer)
    {
        byte categories = entity.Label == EntityLabels.Location ? (byte)(1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place)
            : entity.Label == EntityLabels.Organization ? (byte)(1 << (int)GazetteerCategory.Organization)
            : (byte)(1 << (int)GazetteerCategory.PersonName);
        int words = entity.TokenEnd - entity.TokenStart;
        if (words > MaxLookupWords) return false;
        Span<ulong> hashes = stackalloc ulong[MaxLookupWords];
        for (int k = 0; k < words; k++)
        {
            var token = tokens[entity.TokenStart + k];
            hashes[k] = FeatureHash.OfLower(text.AsSpan(token.Start, token.End - token.Start));
        }

        return gazetteer.LongestMatch(hashes[..words], 0, categories) == words;
    }
}
