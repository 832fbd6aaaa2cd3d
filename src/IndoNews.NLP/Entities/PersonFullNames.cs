using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Gives a person named in full its other mentions where the tagger, seeing one sentence at a time, read them as an
/// organisation or place or left them out: <c>sutradara [Clint Eastwood]</c> read as an organisation is the director,
/// <c>"Saya memenangkan Harry Styles!"</c> is the singer tagged twice elsewhere, and after <c>Keisuke Honda</c> the
/// footballer's <c>Milan mencomot Honda</c> is the player, not the firm.
/// </summary>
/// <remarks>
/// <para>Three steps, in order. First, a name of two or more words right after a noun for a person of the arts or of a
/// single-player sport (<c>sutradara</c>, <c>penyanyi</c>, <c>aktor</c>, <c>petenis</c>) read as an organisation or place
/// is the person. Not after <c>pelatih</c>, <c>pemain</c> or <c>pebalap</c>: a club or team follows them far more often
/// (<c>pelatih Persib Bandung</c>, <c>pebalap Repsol Honda</c>).</para>
/// <para>Second, a name of two or more words that the document tags as a person more often than as an organisation or
/// place is the person at its other exact mentions: where tagged otherwise, and where left untagged and standing alone
/// (no capitalised word or number next to it) as long as such mentions are not more than the person mentions (a dish
/// or a title tagged once as a person and left alone a dozen times is not one). Third, a one-word organisation or place
/// that is the last word of such a name is the person (<c>Honda</c>), unless the document gives it a firm's or place's
/// reading: the word inside another name of two or more words (<c>Honda Motor</c>, <c>Repsol Honda</c>), or after a noun
/// for a product or a body or after <c>di</c> (<c>mobil Honda</c>, <c>PT Honda</c>, <c>di Houston</c>). A listed country
/// never is; a listed place or organisation needs the full name tagged a person twice, or once right after a
/// footballer's post (<c>Gelandang asal Jepang Keisuke Honda</c>).</para>
/// <para>The name must look like a person's: its words capitalised letters with no short form in capitals (<c>Kancil
/// BBK</c>), no word that news writes in lower case (<c>Nasi Gandul</c>), no listed title, honorific or head
/// (<c>Tolga Bat Hospital</c>), and no listed country, place or organisation but perhaps the last word
/// (<c>Jiangsu Suning</c>, yet <c>Keisuke Honda</c>). A name with a place or body noun before it (<c>di Western Cape</c>,
/// <c>kelompok Abu Nusaibah</c>) keeps its label, and so does a name that the document writes anywhere after a club's
/// noun (<c>markas Celta Vigo</c>, <c>pertahanan Celta Vigo</c>, <c>personel Java Jive</c>) or as a body's apposition
/// (<c>klub Cina, Jiangsu Suning</c>, see <see cref="BodyAppositions"/>): its mentions after <c>ke</c>, <c>dari</c> or
/// <c>vokalis</c> are no person then.</para>
/// </remarks>
internal static class PersonFullNames
{
    // Nouns for people whose next name is a person's: the arts, and sports played alone (a club follows "pemain").
    private static readonly WordSet ProfessionNouns = new(
    [
        "sutradara", "aktor", "aktris", "penyanyi", "penulis", "produser", "komposer", "musisi", "komedian", "pelawak",
        "presenter", "penyiar", "novelis", "pelukis", "fotografer", "desainer", "perancang", "rapper", "vokalis",
        "gitaris", "pianis", "petenis", "pegolf", "petinju", "pebulutangkis", "pecatur", "perenang",
    ]);

    // Nouns after which a name is a product, a body or a place: the firm's or place's reading of a surname.
    private static readonly WordSet FirmNouns = new(
    [
        "mobil", "motor", "sepeda", "ponsel", "smartphone", "pesawat", "mesin", "pabrik", "pabrikan", "produsen", "merek",
        "brand", "perusahaan", "PT", "tim", "pebalap", "pembalap", "dealer", "diler", "saham", "grup", "kelompok", "band",
        "label", "maskapai", "lembaga", "organisasi", "yayasan", "klub", "kota", "di", "pulau", "boyband", "girlband",
        "film", "lagu", "album", "serial", "acara", "game", "gim", "waralaba", "aplikasi", "buku", "novel", "judul", "bertajuk",
    ]);

    // Nouns after which a name is a club's, a band's or a body's, said of the name as a whole: a mention after one of them
    // keeps the whole name from being a person ("ke markas Celta Vigo", "pertahanan Celta Vigo", "personel Java Jive").
    private static readonly WordSet ClubNouns = new(
    [
        "markas", "kandang", "pertahanan", "kesebelasan", "skuad", "skuat", "suporter", "akademi", "personel",
    ]);

    // A footballer's post before a full name: its surname alone is the player even where it is a listed firm ("Gelandang
    // asal Jepang Keisuke Honda" ... "Milan mencomot Honda").
    private static readonly WordSet PlayerPosts = new(["gelandang", "striker", "penyerang", "bek", "kiper", "winger", "pemain"]);

    /// <summary>Relabels and adds the person mentions of <paramref name="document"/> that its full names evidence.</summary>
    public static void Apply(DocumentBuilder document, WordProfiles profiles, Gazetteer gazetteer)
    {
        if (document.Entities.Count == 0) return;
        var tables = ThreadScratch<Tables>.Take();
        try
        {
            Apply(document, profiles, gazetteer, tables);
        }
        finally
        {
            ThreadScratch<Tables>.Return(tables);
        }
    }

    private static void Apply(DocumentBuilder document, WordProfiles profiles, Gazetteer gazetteer, Tables tables)
    {
        var entities = document.Entities;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        // 1. A name after a noun for a person of the arts or of a lone sport, unless a mention of it elsewhere names a club or
        // band ("vokalis Java Jive" beside "personel Java Jive").
        HashSet<string>? bodies = null;
        bool bodiesFound = false;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label is not (EntityLabels.Organization or EntityLabels.Location) || !EntityTokens.CoversWholeTokens(entity, tokens)) continue;
            int t = entity.TokenStart;
            if (t == 0 || EntityTokens.WordCount(tokens, t, entity.TokenEnd) < 2 || tokens[t - 1].Kind != TokenKind.Word || !ProfessionNouns.Contains(text.AsSpan(tokens[t - 1].Start, tokens[t - 1].End - tokens[t - 1].Start))) continue;
            if (!bodiesFound)
            {
                bodies = BodyNamedTexts(text, tokens, entities);
                bodiesFound = true;
            }

            if (bodies is not null && bodies.Contains(entity.Text)) continue;
            if (LooksLikeName(text, tokens, entity, profiles, gazetteer, allowListedLast: false)) entities[i] = entity.WithLabel(EntityLabels.Person);
        }

        // 2. The names tagged as a person more often than otherwise.
        var votes = tables.Votes;
        foreach (var entity in entities)
        {
            if (entity.TokenStart < 0 || EntityTokens.WordCount(tokens, entity.TokenStart, entity.TokenEnd) < 2) continue;
            if (entity.Label == EntityLabels.Person) votes[entity.Text] = votes.GetValueOrDefault(entity.Text) + 1;
            else if (entity.Label is EntityLabels.Organization or EntityLabels.Location) votes[entity.Text] = votes.GetValueOrDefault(entity.Text) - 1;
        }

        if (votes.Count == 0) return;
        var names = tables.Names;
        foreach (var entity in entities)
        {
            if (entity.Label != EntityLabels.Person || votes.GetValueOrDefault(entity.Text) <= 0 || names.Contains(entity.Text)) continue;
            if (!EntityTokens.CoversWholeTokens(entity, tokens) || !LooksLikeName(text, tokens, entity, profiles, gazetteer, allowListedLast: true)) continue;

            // A sentence's capital says nothing: its first word must be one news capitalises ("Superioritas Cile").
            if (OpensSentence(document, tokens, entity.TokenStart) && !PersonNameRepeats.MayOpenSentence(text.AsSpan(entity.Start, tokens[entity.TokenStart].End - entity.Start), profiles)) continue;
            names.Add(entity.Text);
        }

        if (names.Count == 0) return;

        // The names by the hash of their first token: mentions are found in one pass over the tokens, not one search of
        // the text per name (a 10 MB text has thousands of names).
        var byFirstToken = NamesByFirstToken(text, tokens, entities, names, tables.ByFirstToken, tables.Seen);

        // A name the document writes after a noun for a body, product or work anywhere is no person ("girlband Little Mix",
        // "markas Celta Vigo", "klub Cina, Jiangsu Suning").
        bool[]? named = null;
        for (int t = 1; t < tokens.Length && names.Count > 0; t++)
        {
            // The names' first tokens first: one hash, and few tokens pass it.
            if (tokens[t].Kind != TokenKind.Word || !byFirstToken.TryGetValue(FeatureHash.OfLower(tokens[t].Span), out var candidates)) continue;
            if (!AfterFirmNoun(text, tokens, t) && !AfterBodyNoun(text, tokens, entities, t, ref named)) continue;
            int start = tokens[t].Start;
            foreach (string name in candidates)
            {
                if (string.CompareOrdinal(text, start, name, 0, name.Length) == 0
                    && (start + name.Length == text.Length || !char.IsLetterOrDigit(text[start + name.Length]))) names.Remove(name);
            }
        }

        if (names.Count == 0) return;

        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label is not (EntityLabels.Organization or EntityLabels.Location) || !names.Contains(entity.Text)) continue;
            if (entity.TokenStart > 0 && AfterFirmNoun(text, tokens, entity.TokenStart)) continue;
            entities[i] = entity.WithLabel(EntityLabels.Person);
        }

        var persons = PersonCounts(entities, tables.Persons);
        AddUntagged(document, names, byFirstToken, persons, profiles);

        // 3. A one-word organisation or place that is the last word of such a name, with no firm's or place's reading.
        RelabelSurnames(document, names, persons, gazetteer);
    }

    // The texts of the document's spans of two or more words that stand after a club's or body's noun.
    private static HashSet<string>? BodyNamedTexts(string text, ReadOnlySpan<Token> tokens, List<Entity> entities)
    {
        HashSet<string>? texts = null;
        bool[]? named = null;
        foreach (var entity in entities)
        {
            if (entity.TokenStart <= 0 || EntityTokens.WordCount(tokens, entity.TokenStart, entity.TokenEnd) < 2) continue;
            if (AfterFirmNoun(text, tokens, entity.TokenStart) || AfterBodyNoun(text, tokens, entities, entity.TokenStart, ref named))
                (texts ??= new HashSet<string>(StringComparer.Ordinal)).Add(entity.Text);
        }

        return texts;
    }

    // Token t stands right after a club's noun ("markas", "pertahanan") or opens a body's apposition ("klub Cina,
    // Jiangsu Suning").
    private static bool AfterBodyNoun(string text, ReadOnlySpan<Token> tokens, List<Entity> entities, int t, ref bool[]? named)
    {
        if (t == 0) return false;
        var before = tokens[t - 1];
        if (before.Kind == TokenKind.Word) return ClubNouns.Contains(text.AsSpan(before.Start, before.End - before.Start));
        return BodyAppositions.Opens(text, tokens, entities, t, ref named);
    }

    // The names (all still in names) keyed by the lower-case hash of the token they start with.
    private static Dictionary<ulong, List<string>> NamesByFirstToken(string text, ReadOnlySpan<Token> tokens, List<Entity> entities, HashSet<string> names,
                                                                     Dictionary<ulong, List<string>> byFirst, HashSet<string> seen)
    {
        foreach (var entity in entities)
        {
            if (entity.TokenStart < 0 || !names.Contains(entity.Text) || !seen.Add(entity.Text)) continue;
            ulong hash = FeatureHash.OfLower(text.AsSpan(tokens[entity.TokenStart].Start, tokens[entity.TokenStart].End - tokens[entity.TokenStart].Start));
            if (!byFirst.TryGetValue(hash, out var list)) byFirst[hash] = list = [];
            list.Add(entity.Text);
        }

        return byFirst;
    }

    // How often each text is tagged as a person.
    private static Dictionary<string, int> PersonCounts(List<Entity> entities, Dictionary<string, int> counts)
    {
        foreach (var entity in entities)
        {
            if (entity.Label == EntityLabels.Person) counts[entity.Text] = counts.GetValueOrDefault(entity.Text) + 1;
        }

        return counts;
    }

    // The votes, names and counts of one call, kept on each thread (ThreadScratch) and emptied for its next document
    // instead of built anew for each.
    private sealed class Tables : IReusableScratch
    {
        private const int MaxPooledItems = 4096;

        /// <summary>Per name of two or more words: its person taggings less its place and organisation ones.</summary>
        public Dictionary<string, int> Votes { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Persons { get; } = new(StringComparer.Ordinal);

        public Dictionary<ulong, List<string>> ByFirstToken { get; } = [];

        public bool TryReset()
        {
            if (Votes.Count > MaxPooledItems || Persons.Count > MaxPooledItems) return false;
            Votes.Clear();
            Names.Clear();
            Seen.Clear();
            Persons.Clear();
            ByFirstToken.Clear();
            return true;
        }
    }

    // The untagged mentions of each name that stand alone, added as persons when they are no more than its person mentions.
    // Found in one pass over the tokens; names are then decided one by one in the set's order, each seeing the mentions
    // added for the names before it.
    private static void AddUntagged(DocumentBuilder document, HashSet<string> names, Dictionary<ulong, List<string>> byFirstToken, Dictionary<string, int> persons, WordProfiles profiles)
    {
        var entities = document.Entities;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        using var scratch = new ScratchArray<bool>(tokens.Length);
        var covered = scratch.Array;
        MarkCovered(tokens, entities, covered);
        Dictionary<string, List<(int From, int To)>>? found = null;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (covered[t] || tokens[t].Kind != TokenKind.Word || !byFirstToken.TryGetValue(FeatureHash.OfLower(tokens[t].Span), out var candidates)) continue;
            int at = tokens[t].Start;
            foreach (string name in candidates)
            {
                if (!names.Contains(name) || string.CompareOrdinal(text, at, name, 0, name.Length) != 0) continue;
                int to = t;
                while (to < tokens.Length && tokens[to].End < at + name.Length) to++;
                if (to >= tokens.Length || tokens[to].End != at + name.Length) continue;
                to++;
                if (AnyCovered(covered, t, to) || !StandsAlone(document, tokens, t, to, profiles)) continue;
                found ??= new Dictionary<string, List<(int From, int To)>>(StringComparer.Ordinal);
                if (!found.TryGetValue(name, out var list)) found[name] = list = [];
                list.Add((t, to));
            }
        }

        if (found is null) return;
        foreach (string name in names)
        {
            if (!found.TryGetValue(name, out var mentions)) continue;
            mentions.RemoveAll(m => AnyCovered(covered, m.From, m.To)); // taken by a name added before
            int count = persons.GetValueOrDefault(name);

            // Person evidence beyond one tagging: the name tagged twice, or its last word tagged alone as a person.
            string last = name[(name.LastIndexOf(' ') + 1)..];
            if (mentions.Count == 0 || mentions.Count > count || (count < 2 && !persons.ContainsKey(last))) continue;
            foreach (var (from, to) in mentions)
            {
                entities.Add(new Entity(name, EntityLabels.Person, tokens[from].Start, tokens[to - 1].End) { TokenStart = from, TokenEnd = to });
                covered.AsSpan(from, to - from).Fill(true);
            }

            persons[name] = count + mentions.Count;
        }
    }

    // Marks the tokens that some entity's characters overlap.
    private static void MarkCovered(ReadOnlySpan<Token> tokens, List<Entity> entities, bool[] covered)
    {
        foreach (var entity in entities)
        {
            int low = 0, high = tokens.Length;
            while (low < high)
            {
                int mid = (low + high) >>> 1;
                if (tokens[mid].End <= entity.Start) low = mid + 1;
                else high = mid;
            }

            for (int t = low; t < tokens.Length && tokens[t].Start < entity.End; t++) covered[t] = true;
        }
    }

    private static bool AnyCovered(bool[] covered, int from, int to) => covered.AsSpan(from, to - from).Contains(true);

    private static void RelabelSurnames(DocumentBuilder document, HashSet<string> names, Dictionary<string, int> persons, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        HashSet<string>? surnames = null, playerNamed = null;
        const byte listed = 1 << (int)GazetteerCategory.Place | 1 << (int)GazetteerCategory.Organization;
        foreach (string name in names)
        {
            // Two words only: a third is often a club or firm the tagger ran over ("Alan Smith Arsenal").
            int space = name.LastIndexOf(' ');
            if (name.IndexOf(' ') != space) continue;
            string last = name[(space + 1)..];
            if (gazetteer.ListsWord(last, 1 << (int)GazetteerCategory.Country)) continue;

            // A listed firm or place needs the full name tagged twice: one tagging of "Movistar Yamaha" or "Soedarto
            // Undip" as a person does not outweigh the list.
            // A player's post before the full name is that evidence too.
            if (gazetteer.ListsWord(last, listed) && persons.GetValueOrDefault(name) < 2 && !(playerNamed ??= PlayerNamed(text, tokens, entities)).Contains(name)) continue;
            (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(last);
        }

        if (surnames is null) return;

        // The firm's or place's reading: inside another name of two or more words, or after its noun. The hashes spare a
        // string per token looked at.
        var hashes = new HashSet<ulong>();
        foreach (string surname in surnames) hashes.Add(FeatureHash.OfLower(surname));
        foreach (var entity in entities)
        {
            if (entity.TokenStart < 0 || names.Contains(entity.Text) || EntityTokens.WordCount(tokens, entity.TokenStart, entity.TokenEnd) < 2) continue;
            for (int t = entity.TokenStart; t < entity.TokenEnd; t++) RemoveSurname(surnames, hashes, tokens[t]);
        }

        for (int t = 1; t < tokens.Length && surnames.Count > 0; t++)
        {
            // The surname test first: it is one hash, and few tokens pass it.
            if (tokens[t].Kind == TokenKind.Word && hashes.Contains(FeatureHash.OfLower(tokens[t].Span))
                && (AfterFirmNoun(text, tokens, t) || PersonShortForms.AfterPlaceWord(text, tokens, t))) surnames.Remove(tokens[t].Text);
        }

        if (surnames.Count == 0) return;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label is not (EntityLabels.Organization or EntityLabels.Location) || entity.TokenStart < 0 || entity.TokenEnd != entity.TokenStart + 1) continue;
            if (surnames.Contains(entity.Text)) entities[i] = entity.WithLabel(EntityLabels.Person);
        }
    }

    // The persons' texts written right after a footballer's post, perhaps with "asal" and a country between ("Gelandang
    // asal Jepang Keisuke Honda").
    private static HashSet<string> PlayerNamed(string text, ReadOnlySpan<Token> tokens, List<Entity> entities)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (entity.Label != EntityLabels.Person || entity.TokenStart < 1) continue;
            int post = entity.TokenStart - 1;
            if (post >= 2 && tokens[post - 1].Span.Equals("asal", StringComparison.OrdinalIgnoreCase) && EntityTokens.IsCapitalisedWord(text, tokens[post])) post -= 2;
            if (tokens[post].Kind == TokenKind.Word && PlayerPosts.Contains(tokens[post].Span)) named.Add(entity.Text);
        }

        return named;
    }

    // Capitalised letters, no capitals-only short form, no word news writes in lower case, no listed title or head, no
    // listed country, place or organisation other than (when allowed) the last word; no other token than words.
    private static bool LooksLikeName(string text, ReadOnlySpan<Token> tokens, Entity entity, WordProfiles profiles, Gazetteer gazetteer, bool allowListedLast)
    {
        const byte notNames = 1 << (int)GazetteerCategory.Title | 1 << (int)GazetteerCategory.Honorific
                              | 1 << (int)GazetteerCategory.OrganizationHead | 1 << (int)GazetteerCategory.PlaceHead;
        const byte named = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place | 1 << (int)GazetteerCategory.Organization;
        for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
        {
            if (tokens[t].Kind != TokenKind.Word) return false;
            var word = text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
            if (word.Length < 2 || !char.IsUpper(word[0]) || IsCapitals(word)) return false;
            foreach (char c in word)
            {
                if (!char.IsLetter(c) && c is not ('-' or '\'')) return false;
            }

            if (IsLowerCaseInNews(word, profiles)) return false;
            ulong hash = FeatureHash.OfLower(word);
            if (gazetteer.LongestMatch([hash], 0, notNames) > 0) return false;
            if (!(allowListedLast && t == entity.TokenEnd - 1) && gazetteer.LongestMatch([hash], 0, named) > 0) return false;
        }

        return true;
    }

    private static bool OpensSentence(DocumentBuilder document, ReadOnlySpan<Token> tokens, int t)
    {
        int first = EntityTokens.SentenceStart(document.Sentences, t);
        while (first < t && !char.IsLetterOrDigit(document.Text[tokens[first].Start])) first++;
        return first == t;
    }

    private static void RemoveSurname(HashSet<string> surnames, HashSet<ulong> hashes, Token token)
    {
        if (hashes.Contains(FeatureHash.OfLower(token.Span))) surnames.Remove(token.Text);
    }

    // Two or more letters, all capitals: a short form ("BBK", "CAT").
    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsUpper(c)) return false;
        }

        return true;
    }

    // News has the word often enough to judge and writes it capitalised less than half the time.
    private static bool IsLowerCaseInNews(ReadOnlySpan<char> word, WordProfiles profiles)
    {
        uint profile = profiles.Get(FeatureHash.OfLower(word));
        int capitals = WordProfiles.CapitalBucket(profile);
        return WordProfiles.FrequencyBand(profile) > 0 && capitals > 0 && capitals < WordProfiles.BucketCapitalShare(0.5);
    }

    private static bool AfterFirmNoun(string text, ReadOnlySpan<Token> tokens, int t)
        => tokens[t - 1].Kind == TokenKind.Word && FirmNouns.Contains(text.AsSpan(tokens[t - 1].Start, tokens[t - 1].End - tokens[t - 1].Start));

    // No capitalised word or number right before or after within the sentence (the sentence's first word before it when
    // news writes that word in lower case), and at a sentence's start a first word that may open one.
    private static bool StandsAlone(DocumentBuilder document, ReadOnlySpan<Token> tokens, int from, int to, WordProfiles profiles)
    {
        string text = document.Text;
        int sentenceStart = EntityTokens.SentenceStart(document.Sentences, from);
        int firstWord = sentenceStart;
        while (firstWord < tokens.Length && !char.IsLetterOrDigit(text[tokens[firstWord].Start])) firstWord++;
        if (from == firstWord && !PersonNameRepeats.MayOpenSentence(text.AsSpan(tokens[from].Start, tokens[from].End - tokens[from].Start), profiles)) return false;
        foreach (int n in (ReadOnlySpan<int>)[from - 1, to])
        {
            if (n < sentenceStart || n >= tokens.Length || (n >= to && EntityTokens.SentenceStart(document.Sentences, n) != sentenceStart)) continue;
            var token = tokens[n];
            if (token.Kind == TokenKind.Number) return false;
            if (token.Kind != TokenKind.Word || !char.IsUpper(text[token.Start])) continue;
            bool ordinaryOpener = n == firstWord && WordProfiles.CapitalBucket(profiles.Get(FeatureHash.OfLower(text.AsSpan(token.Start, token.End - token.Start)))) is > 0 and < 3;
            if (!ordinaryOpener) return false;
        }

        return true;
    }
}
