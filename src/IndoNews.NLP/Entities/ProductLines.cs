using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Well-known product lines and awards that stand with no product noun before them and that the tagger read as people,
/// places or organisations: <c>iPhone X</c>, <c>Xbox One</c>, <c>Samsung Galaxy S8</c>, <c>Grammy</c>, <c>Golden Globe</c>,
/// <c>Ballon d'Or</c>, and <c>Oscar</c> or <c>Emmy</c> where the document names them as awards. Such a span is no entity.
/// </summary>
/// <remarks>
/// <para>The list is short and closed, written by us: lines that are products whatever follows (<c>iPhone</c>,
/// <c>iPad</c>, <c>iOS</c>, <c>Redmi</c>, the chips <c>Snapdragon</c>), brands that also name a club, a division or a blog when alone (<c>Galaxy</c>,
/// <c>PlayStation</c>, <c>Xbox</c>) and so count only with a model in or right after the span (<c>Xbox One</c>,
/// <c>Galaxy A5</c>, <c>PlayStation</c> before <c>4</c>; not <c>acara Sony PlayStation</c>), operating systems that also
/// head sites' names (<c>Android Authority</c>) and so count only with a version (<c>Windows 10</c>, <c>Android 8.0
/// Oreo</c>), and awards that are no body's name (not <c>BAFTA</c>, also the academy). A brand or system alone is the
/// product after a word of use (<c>gamer PlayStation</c>, <c>pengguna Android</c>, <c>sistem operasi Windows</c>) or
/// next in a list after a product. A listed organisation may open the span (<c>Apple iPhone 6s</c>); makers alone
/// (<c>Apple</c>, <c>Samsung</c>) stay organisations, also where run on after the product (<c>MacBook Pro Apple</c>
/// gives <c>Apple</c>).</para>
/// <para>An award's span holds the award's words and nothing but <c>Award(s)</c> or a year after them; a person's name
/// run on after an award and its cue loses the award (<c>peraih Oscar Charlize Theron</c> gives <c>Charlize Theron</c>).
/// <c>Oscar</c> and <c>Emmy</c> are also given names (the footballer <c>Oscar</c>), so they go only where the document
/// names the award (<c>Piala Emmy</c>, <c>peraih Oscar</c>, <c>Emmy Awards</c>); no award goes where the document reads
/// its word as a person: a longer person's name holding it (<c>Emmy Sofyana</c>, <c>Oscar Isaac</c>) or a title or
/// honorific before it.</para>
/// </remarks>
internal static class ProductLines
{
    // Product lines whose name alone is the product (Snapdragon: Qualcomm's chips, no firm).
    private static readonly WordSet Devices = new(["iPhone", "iPad", "iPod", "iMac", "MacBook", "iOS", "Redmi", "Snapdragon"]);

    // Brands that name a club, a division or a blog when alone, also after their maker ("LA Galaxy", "bos pemasaran Xbox",
    // "blog PlayStation", "acara Sony PlayStation"): a product only with a model after them ("Galaxy A5", "Xbox One").
    private static readonly WordSet Brands = new(["Galaxy", "PlayStation", "Xbox", "Lumia"]);

    // Operating systems whose name also heads sites and units ("Android Authority", "Windows Central"): a product only with
    // a version in or right after the span ("Windows 10", "Android Wear 2.0") or after a word of use ("pengguna Android").
    private static readonly WordSet Platforms = new(["Android", "Windows"]);

    // Words right before a brand or system alone that make it the thing used, not its maker's division ("gamer PlayStation",
    // "pengguna Windows", "sistem operasi Android", "bawaan Android"; not "bos pemasaran Xbox", "blog PlayStation").
    private static readonly WordSet UseCues = new(
        ["pengguna", "penggunanya", "pemakai", "gamer", "gamers", "operasi", "OS", "berbasis", "bawaan", "perangkat", "platform",
         "konsol", "versi"]);

    // Awards that are no one's name; "Golden" and "Ballon" open theirs ("Golden Globe", "Ballon d'Or").
    private static readonly WordSet Awards = new(["Grammy", "Grammys", "Golden", "Ballon"]);

    // Awards that are also given names.
    private static readonly WordSet NamedAwards = new(["Oscar", "Oscars", "Emmy", "Emmys"]);

    // Words that may follow an award's first word inside its span ("Golden Globe Awards", "Ballon d'Or").
    private static readonly WordSet AwardTails = new(["Globe", "Globes", "d'Or", "d\u2019Or", "Award", "Awards"]);

    // Words right before a name that make it the award ("Piala Emmy", "peraih Oscar", "nominasi Oscar").
    private static readonly WordSet AwardCues = new(
        ["piala", "penghargaan", "peraih", "pemenang", "nominasi", "nominator", "perhelatan", "ajang", "trofi", "gelaran", "meraih",
         "memenangkan", "memenangi", "menyabet"]);

    private enum LineKind : byte
    {
        None,
        Device,
        Brand,
        Platform,
        Award,
        NamedAward,
    }

    /// <summary>Whether <paramref name="word"/> is a listed product line, platform or award word (<c>Android</c>, <c>Galaxy</c>, <c>Grammy</c>).</summary>
    public static bool Lists(ReadOnlySpan<char> word)
        => Devices.Contains(word) || Brands.Contains(word) || Platforms.Contains(word) || Awards.Contains(word) || NamedAwards.Contains(word);

    /// <summary>Removes from <paramref name="document"/> every person, place or organisation that is a listed product line or award.</summary>
    public static void Drop(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        List<int>? dropped = null;
        int droppedEnd = -1; // the token after the last product dropped, for a list of them ("PlayStation 4, Xbox One, dan Windows PC")
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (!ProductNames.IsName(entity) || !EntityTokens.CoversWholeTokens(entity, tokens)) continue;
            int maker = ProductNames.MakerWords(tokens, entity, gazetteer);
            int line = entity.TokenStart + maker;
            var kind = Kind(tokens[line].Span);
            bool drop = kind switch
            {
                LineKind.Device => true,
                LineKind.Brand => entity.TokenEnd - line >= 2 || IsModel(tokens, entity.TokenEnd) || IsUsed(tokens, entity.TokenStart, droppedEnd),
                LineKind.Platform => HasVersion(tokens, line + 1, entity.TokenEnd) || IsModel(tokens, entity.TokenEnd)
                                     || IsUsed(tokens, entity.TokenStart, droppedEnd),
                LineKind.Award => maker == 0 && IsAwardSpan(tokens, entity) && !ReadsAsPerson(tokens, entities, tokens[line].Span, gazetteer),
                LineKind.NamedAward => maker == 0 && IsAwardSpan(tokens, entity) && NamesAward(tokens, tokens[line].Span)
                                       && !ReadsAsPerson(tokens, entities, tokens[line].Span, gazetteer),
                _ => false,
            };
            if (!drop)
            {
                // "aktris peraih Oscar Charlize Theron": the award run into the winner's name; the person stays alone.
                if (kind is LineKind.Award or LineKind.NamedAward && maker == 0) TrimAward(document, i, tokens);
                continue;
            }

            droppedEnd = entity.TokenEnd;

            // "MacBook Pro Apple": the maker run on after the product stays, alone.
            if ((kind is LineKind.Device or LineKind.Brand or LineKind.Platform) && TrimToMaker(document, i, tokens, line, gazetteer)) continue;
            dropped ??= [];
            dropped.Add(i);
        }

        if (dropped is null) return;
        for (int k = dropped.Count - 1; k >= 0; k--) entities.RemoveAt(dropped[k]);
    }

    // A model's number or code right after a brand the tagger left alone ("Hadir di PlayStation 4", "Galaxy S8").
    private static bool IsModel(ReadOnlySpan<Token> tokens, int t)
    {
        if (t >= tokens.Length) return false;
        if (tokens[t].Kind == TokenKind.Number) return true;
        if (tokens[t].Kind != TokenKind.Word) return false;
        foreach (char c in tokens[t].Span)
        {
            if (char.IsDigit(c)) return true;
        }

        return false;
    }

    // A brand or system alone used as a product: after a word of use ("pengguna Android") or next in a list after a product
    // ("PlayStation 4, Xbox One, dan Windows PC").
    private static bool IsUsed(ReadOnlySpan<Token> tokens, int start, int droppedEnd)
    {
        if (start == 0) return false;
        if (UseCues.Contains(tokens[start - 1].Span)) return true;
        return start - 1 == droppedEnd && tokens[droppedEnd].Span is "," or "dan" or "atau" or "&";
    }

    // A version among the words after the system's name ("Windows 10 S", "Windows 8").
    private static bool HasVersion(ReadOnlySpan<Token> tokens, int from, int end)
    {
        for (int t = from; t < end; t++)
        {
            if (IsModel(tokens, t)) return true;
        }

        return false;
    }

    // Where a listed organisation ends the product's span after its line word ("MacBook Pro Apple"), the span
    // becomes that organisation; whether it did.
    private static bool TrimToMaker(DocumentBuilder document, int index, ReadOnlySpan<Token> tokens, int line, Gazetteer gazetteer)
    {
        const byte organizations = 1 << (int)GazetteerCategory.Organization;
        var entity = document.Entities[index];
        int n = entity.TokenEnd - line;
        if (n < 2) return false;
        Span<ulong> hashes = n <= 16 ? stackalloc ulong[n] : new ulong[n];
        for (int k = 0; k < n; k++) hashes[k] = FeatureHash.OfLower(tokens[line + k].Span);
        for (int k = 1; k < n; k++)
        {
            if (tokens[line + k].Kind != TokenKind.Word || gazetteer.LongestMatch(hashes, k, organizations) != n - k) continue;
            int from = tokens[line + k].Start;
            document.Entities[index] = new Entity(document.Text[from..entity.End], EntityLabels.Organization, from, entity.End)
            {
                TokenStart = line + k,
                TokenEnd = entity.TokenEnd,
                Confidence = entity.Confidence,
            };
            return true;
        }

        return false;
    }

    // A person's span that opens with an award after an award cue loses the award's words, if two words of the name are left.
    private static void TrimAward(DocumentBuilder document, int index, ReadOnlySpan<Token> tokens)
    {
        var entity = document.Entities[index];
        int start = entity.TokenStart;
        if (entity.Label != EntityLabels.Person || start == 0 || !AwardCues.Contains(tokens[start - 1].Span)) return;
        int t = start + 1;
        while (t < entity.TokenEnd && AwardTails.Contains(tokens[t].Span)) t++;
        if (EntityTokens.WordCount(tokens, t, entity.TokenEnd) < 2 || tokens[t].Kind != TokenKind.Word) return;
        int from = tokens[t].Start;
        document.Entities[index] = new Entity(document.Text[from..entity.End], entity.Label, from, entity.End)
        {
            TokenStart = t,
            TokenEnd = entity.TokenEnd,
            Confidence = entity.Confidence,
        };
    }

    private static LineKind Kind(ReadOnlySpan<char> word)
    {
        if (Devices.Contains(word)) return LineKind.Device;
        if (Brands.Contains(word)) return LineKind.Brand;
        if (Platforms.Contains(word)) return LineKind.Platform;
        if (Awards.Contains(word)) return LineKind.Award;
        return NamedAwards.Contains(word) ? LineKind.NamedAward : LineKind.None;
    }

    // The award's first word, then only its other words, Award(s) or a year ("Grammy Awards 2017", "Golden Globe").
    private static bool IsAwardSpan(ReadOnlySpan<Token> tokens, Entity entity)
    {
        for (int t = entity.TokenStart + 1; t < entity.TokenEnd; t++)
        {
            if (tokens[t].Kind != TokenKind.Number && !AwardTails.Contains(tokens[t].Span)) return false;
        }

        // "Golden" alone is no award.
        return !tokens[entity.TokenStart].Span.Equals("Golden", StringComparison.OrdinalIgnoreCase) || entity.TokenEnd - entity.TokenStart >= 2;
    }

    // Whether the document names the word as an award somewhere: after a cue ("Piala Emmy") or before "Award(s)".
    private static bool NamesAward(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> word)
    {
        for (int t = 0; t < tokens.Length; t++)
        {
            if (!tokens[t].Span.SequenceEqual(word)) continue;
            if (t > 0 && AwardCues.Contains(tokens[t - 1].Span)) return true;
            if (t + 1 < tokens.Length && tokens[t + 1].Span is "Award" or "Awards") return true;
        }

        return false;
    }

    // Whether the document reads the word as a person: a person's name of two or more words holding it that no award cue
    // opens ("Emmy Sofyana", not "peraih Oscar Charlize Theron"), or a title or honorific before a name that starts with it.
    private static bool ReadsAsPerson(ReadOnlySpan<Token> tokens, List<Entity> entities, ReadOnlySpan<char> word, Gazetteer gazetteer)
    {
        const byte titles = 1 << (int)GazetteerCategory.Title | 1 << (int)GazetteerCategory.Honorific;
        foreach (var entity in entities)
        {
            if (!ProductNames.IsName(entity) || !EntityTokens.CoversWholeTokens(entity, tokens)) continue;
            int start = entity.TokenStart;
            if (tokens[start].Span.SequenceEqual(word) && start > 0 && tokens[start - 1].Kind == TokenKind.Word)
            {
                Span<ulong> before = [FeatureHash.OfLower(tokens[start - 1].Span)];
                if (gazetteer.LongestMatch(before, 0, titles) == 1) return true;
            }

            if (entity.Label != EntityLabels.Person || entity.TokenEnd - start < 2 || IsAwardSpan(tokens, entity)) continue;
            if (start > 0 && AwardCues.Contains(tokens[start - 1].Span)) continue;
            for (int t = start; t < entity.TokenEnd; t++)
            {
                if (tokens[t].Span.SequenceEqual(word)) return true;
            }
        }

        return false;
    }
}
