using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Makes places of the names in a list of places that the tagger, reading each name on its own, took for people or left
/// untagged: "Kelurahan Paraga, Penatoi, ..., <c>Manggemaci</c>, <c>Monggonao</c>, ..., <c>Melayu</c>, Tanjung, Kumbe dan
/// <c>Dodu</c>", "Desa Sidoa, Alitupu, Wuasa, <c>Watumaeta</c>, Kaduwa’a, dan <c>Dodolo</c>", "Alaska, Colorado,
/// <c>Illinois</c>, dan New Mexico".
/// </summary>
/// <remarks>
/// A list is three or more names joined by commas whose last one follows <c>dan</c>, <c>serta</c> or <c>atau</c> (a
/// closed coordination: a place, a comma and a person after it is an apposition, "warga Desa Sukamaju, Budi,
/// mengatakan"). It opens with a tagged name; the others are tagged names or runs of up to three capitalised words
/// that news does not write in lower case (no short forms in capitals, months, weekdays or numbers). Its people and
/// untagged names become places where the list is plainly one of places: its first name opens with an administrative
/// unit (<c>Kelurahan Paraga, ...</c>) or a lower-case unit noun stands a few words before it ("16 kelurahan di lima
/// kecamatan, yakni ..."), and at least three of its names and no fewer than the rest are tagged as places;
/// or, without such a head, at least three are places and they outnumber the rest three to one (lists of clubs, players
/// or start-ups mix the labels more). A list that gives a name with an age ("Budi (26)") is no list of places. Organisations in a list are left: a body named among places is often one.
/// </remarks>
internal static class PlaceLists
{
    /// <summary>Most names in one list that are looked at.</summary>
    private const int MaxItems = 48;

    /// <summary>Fewest names of a list tagged as places.</summary>
    private const int MinPlaces = 3;

    /// <summary>Most words of an untagged name in a list.</summary>
    private const int MaxUntaggedWords = 3;

    /// <summary>How many words before the list a lower-case unit noun may stand ("7 kecamatan di Kabupaten Poso yaitu").</summary>
    private const int UnitNounReach = 6;

    private static readonly WordSet Conjunctions = new(["dan", "serta", "atau"], ignoreCase: false);

    // Lower-case nouns of place kinds that announce a list of such places.
    private static readonly WordSet UnitNouns = new(
    [
        "desa", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi", "dusun", "kampung", "negara", "distrik", "wilayah", "daerah", "pulau",
    ], ignoreCase: false);

    /// <summary>Relabels the people and adds the untagged names of every list of places in <paramref name="document"/>.</summary>
    public static void Relabel(DocumentBuilder document, WordProfiles profiles, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count < 2) return;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        using var owners = new EntityOwnerMap(entities, tokens.Length);
        Span<int> owner = owners.Fill();
        Span<Item> items = stackalloc Item[MaxItems];
        foreach (var sentence in document.Sentences)
        {
            int t = sentence.TokenStart;
            while (t < sentence.TokenEnd)
            {
                int o = owner[t];
                // A list opens with a whole name, not the tail of a longer one ("Masjid Baitul Hamid Penaraga").
                if (o < 0 || entities[o].TokenStart != t || !EntityLabels.IsName(entities[o].Label) || (t > sentence.TokenStart && EntityTokens.IsCapitalisedWord(text, tokens[t - 1])))
                {
                    t++;
                    continue;
                }

                int count = Chain(text, tokens, owner, entities, t, sentence.TokenEnd, profiles, gazetteer, items, out bool closed);
                if (closed && count >= 3 && IsPlaceList(text, tokens, entities, items[..count], sentence.TokenStart))
                {
                    Relabel(text, tokens, entities, owner, items[..count]);
                    t = items[count - 1].End;
                }
                else
                {
                    t = items[0].End;
                }
            }
        }
    }

    // The names joined from the tagged name at `first`; `closed` when the last followed a conjunction.
    private static int Chain(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> owner, List<Entity> entities, int first, int end, WordProfiles profiles, Gazetteer gazetteer, Span<Item> items, out bool closed)
    {
        closed = false;
        int count = 0;
        items[count++] = new Item(first, entities[owner[first]].TokenEnd, owner[first]);
        int j = items[0].End;
        while (count < items.Length)
        {
            int k = j;
            bool comma = k < end && IsComma(text, tokens[k]);
            if (comma) k++;
            bool conjunction = k < end && tokens[k].Kind == TokenKind.Word && Conjunctions.Contains(tokens[k].Span);
            if (conjunction) k++;
            if (!comma && !conjunction) break;
            if (!TryItem(text, tokens, owner, entities, k, end, conjunction, profiles, gazetteer, out var item)) break;
            items[count++] = item;
            j = item.End;
            if (conjunction)
            {
                closed = true;
                break;
            }
        }

        return count;
    }

    // A tagged name that starts at `k`, or a run of capitalised words outside every entity: a middle one up to a comma
    // or conjunction, the last one up to the end of the capitalised run.
    private static bool TryItem(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> owner, List<Entity> entities, int k, int end, bool last, WordProfiles profiles, Gazetteer gazetteer, out Item item)
    {
        item = default;
        if (k >= end) return false;
        int o = owner[k];
        if (o >= 0)
        {
            var entity = entities[o];
            if (entity.TokenStart != k || !EntityLabels.IsName(entity.Label)) return false;
            item = new Item(k, entity.TokenEnd, o);
            return true;
        }

        int stop = k;
        while (stop < end && stop - k <= MaxUntaggedWords && owner[stop] < 0 && IsUntaggedNameWord(text, tokens[stop], profiles, gazetteer)) stop++;
        if (stop == k || stop - k > MaxUntaggedWords) return false;
        if (stop < end)
        {
            var next = tokens[stop];
            if (last)
            {
                if (next.Kind == TokenKind.Number || (next.Kind == TokenKind.Word && char.IsUpper(text[next.Start]))) return false;
            }
            else if (!IsComma(text, next) && !(next.Kind == TokenKind.Word && Conjunctions.Contains(next.Span)))
            {
                return false;
            }
        }

        item = new Item(k, stop, -1);
        return true;
    }

    // A capitalised word of letters, not in capitals only, not written in lower case by news, and no month, weekday,
    // title or head word.
    private static bool IsUntaggedNameWord(string text, Token token, WordProfiles profiles, Gazetteer gazetteer)
    {
        if (token.Kind != TokenKind.Word || !char.IsUpper(text[token.Start])) return false;
        var word = token.Span;
        bool lower = false;
        foreach (char c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '’')) return false;
            lower |= char.IsLower(c);
        }

        if (!lower) return false;
        ulong hash = FeatureHash.OfLower(word);
        uint profile = profiles.Get(hash);
        if (WordProfiles.FrequencyBand(profile) > 0 && WordProfiles.CapitalBucket(profile) is > 0 and < 4) return false;
        const byte other = 1 << (int)GazetteerCategory.Title | 1 << (int)GazetteerCategory.Honorific
                           | 1 << (int)GazetteerCategory.OrganizationHead | 1 << (int)GazetteerCategory.PlaceHead;
        if (gazetteer.LongestMatch([hash], 0, other) > 0) return false;
        return Values.IndonesianCalendar.MatchMonth(text, token.Start, false, out _) < 0 && Values.IndonesianCalendar.MatchWeekday(text, token.Start, out _) < 0;
    }

    private static bool IsPlaceList(string text, ReadOnlySpan<Token> tokens, List<Entity> entities, ReadOnlySpan<Item> items, int sentenceStart)
    {
        int places = 0;
        foreach (var item in items)
        {
            if (item.Entity >= 0 && entities[item.Entity].Label == EntityLabels.Location) places++;

            // A person given with an age is one: "Kecamatan Sinar Galih, Kabupaten Bogor, dan Oktariyansyah Purnama Putra (26)".
            else if (HasAge(text, tokens, item.End)) return false;
        }

        int others = items.Length - places;
        if (others == 0 || places < MinPlaces) return false;
        return places >= (IsHeaded(text, tokens, entities, items[0], sentenceStart) ? others : 3 * others);
    }

    // "(26)" right after a name.
    private static bool HasAge(string text, ReadOnlySpan<Token> tokens, int k)
        => k + 2 < tokens.Length && text[tokens[k].Start] == '(' && tokens[k + 1].Kind == TokenKind.Number && text[tokens[k + 2].Start] == ')';

    // The first name is a place that opens with its unit ("Kelurahan Paraga"), or a lower-case unit noun stands a few
    // words before it ("22 kelurahan, yakni ...").
    private static bool IsHeaded(string text, ReadOnlySpan<Token> tokens, List<Entity> entities, Item first, int sentenceStart)
    {
        var entity = entities[first.Entity];
        if (entity.Label == EntityLabels.Location && first.End - first.Start >= 2 && AdministrativeNames.IsUnit(tokens[first.Start].Span)) return true;
        for (int k = first.Start - 1; k >= sentenceStart && k >= first.Start - UnitNounReach; k--)
        {
            if (tokens[k].Kind == TokenKind.Word && UnitNouns.Contains(tokens[k].Span)) return true;
        }

        return false;
    }

    private static void Relabel(string text, ReadOnlySpan<Token> tokens, List<Entity> entities, Span<int> owner, ReadOnlySpan<Item> items)
    {
        foreach (var item in items)
        {
            if (item.Entity >= 0)
            {
                var entity = entities[item.Entity];
                if (entity.Label == EntityLabels.Person) entities[item.Entity] = entity.WithLabel(EntityLabels.Location);
                continue;
            }

            int start = tokens[item.Start].Start, end = tokens[item.End - 1].End;
            for (int k = item.Start; k < item.End; k++) owner[k] = entities.Count;
            entities.Add(new Entity(text[start..end], EntityLabels.Location, start, end) { TokenStart = item.Start, TokenEnd = item.End });
        }
    }

    private static bool IsComma(string text, Token token) => token.Kind == TokenKind.Punctuation && token.End - token.Start == 1 && text[token.Start] == ',';

    /// <summary>A name of a list: its tokens and the index of its entity, or -1 where it is untagged.</summary>
    private readonly record struct Item(int Start, int End, int Entity);
}
