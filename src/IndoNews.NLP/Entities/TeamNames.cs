using System.Collections.Frozen;
using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Gives a club or team named after its town back the organisation label where the tagger, seeing one sentence at a
/// time, read it as a place or a person: after <c>Real Madrid</c>, "pemain Madrid" and "Madrid takluk 1-3" have
/// <c>Madrid</c> as a place; after <c>Perseru Serui</c>, "Perseru menjamu Persija" has <c>Perseru</c> as a person.
/// </summary>
/// <remarks>
/// <para>A place or person span is a team's when the document says the name is an organisation and a word next to one of
/// its mentions says the organisation is a team. The name says organisation when, as one word, it is a word of an
/// organisation of two or more words in the document (<c>Madrid</c> of <c>Real Madrid</c>, <c>Milan</c> of
/// <c>AC Milan</c>) or a listed organisation (<c>Barcelona</c>), or when the same text is tagged as an organisation
/// elsewhere in the document (for a person span, or a name of two or more words). Listed countries are left alone:
/// the NER corpora tag a national team by its country as a place (<c>timnas Indonesia</c>, "mengalahkan Singapura
/// 1-0": 13 of 15 national-team mentions in NERP's train split, and NERGrit's and NER UGM's few). A word of a person of two
/// or more words in the document is left alone too (<c>Jonatan</c> of <c>Jonatan Christie</c>).</para>
/// <para>Team words: before the name <c>klub</c>, <c>tim</c>, <c>skuad</c>, <c>penggawa</c>, <c>markas</c>,
/// <c>membela</c>, <c>memperkuat</c>, <c>menjamu</c>, <c>suporter</c>, <c>seragam</c>; after it <c>menjamu</c>,
/// <c>dijamu</c>, <c>bermain imbang</c>, <c>ditahan imbang</c>. Before a place span, also a player's or official's post
/// (<c>pemain</c>, <c>pelatih</c>, <c>bek</c>, <c>kiper</c>, <c>presiden</c>), <c>bersama</c> and a match word
/// (<c>melawan</c>, <c>kontra</c>, <c>vs</c>, <c>menghadapi</c>, <c>mengalahkan</c>); after it a result
/// (<c>menang</c>, <c>kalah</c>, <c>takluk</c>, <c>unggul</c>) or a score (<c>2-1</c>). These mark a person as often
/// as a team ("pelatih Zidane", "Jonatan menang 21-17"), so a person span needs one of the first kind next to any
/// mention of the name, or any of them next to an organisation span of it.</para>
/// <para>Once the document shows a name as a team, its other place and person mentions become the team too, except
/// where they read as the town: after <c>di</c>, <c>ke</c>, <c>dari</c>, <c>kota</c>, <c>warga</c> and the like, after
/// a place and a comma ("Stadion Vicente Calderón, Madrid"), in capitals, or as a dateline at a line's start
/// (<c>Madrid (ANTARA)</c>). A mention followed by a capitalised word outside every name is left as it is: the tagger
/// cut the team's name short (<c>Manchester</c> of "Manchester United"), and so is one after a capitalised word outside
/// every name inside a sentence or after a club word (<c>Balikpapan</c> of "mengalahkan Persiba Balikpapan",
/// <c>Lisbon</c> of "Sporting Lisbon").</para>
/// <para>Two kinds of evidence need no team word. A name that stands in an organisation of the document with club words
/// only (<c>AS Roma</c>, <c>Southampton FC</c>, <c>Bhayangkara FC</c>; before it <c>AS</c>, <c>AC</c>, <c>FC</c>,
/// <c>Real</c>, <c>Inter</c>, <c>Borussia</c> and the like, after it <c>FC</c>, <c>CF</c>, <c>United</c>, <c>City</c>,
/// <c>Hotspur</c> and the like) is a team, its person spans too. Indonesian clubs' prefixes (<c>Persib</c>) are no club
/// words: <c>Bandung</c> alone is the town. And in a football report (three different words of
/// <c>gol</c>, <c>laga</c>, <c>pertandingan</c>, <c>liga</c>, <c>pelatih</c>, <c>skor</c>, <c>Serie</c>..., one of
/// them football's own) a one-word place that nothing else calls an organisation is a team when a match word stands
/// next to one mention (<c>menang 2-0 atas Roma</c>, <c>kalah dari Empoli</c>, <c>Roma vs Lazio</c>, <c>2-1</c> on
/// either side), when it is tagged an organisation elsewhere, or when a team word precedes a name not listed as a
/// place (<c>markas Espanyol</c>; <c>tim Eropa</c> and <c>klub London</c> name a side by its place). Not where a listed
/// country has a match word next to it: national sides play, and an unlisted spelling (<c>Cile</c>,
/// <c>Kazakstan</c>) stays a place.</para>
/// <para>In a football report a post next to such a place says team too (<c>bersama Roma</c>, <c>penyerang sayap
/// Roma</c>), a post or match next to a person span the document calls an organisation does (<c>tuan rumah Barito
/// menang</c> after <c>Barito Putera</c>), and a person span of club words and one name is the club (<c>VfL
/// Wolfsburg</c>). A side's town cut off by the tagger is joined to it first (<c>bersama Persiwa Wamena</c>), and a
/// mention opening a title-case line is not read as cut short by the capitals after it.</para>
/// </remarks>
internal static class TeamNames
{
    // Words that make the name beside them a club's: "AS Roma", "Southampton FC", "Leicester City".
    private static readonly WordSet ClubPrefixes = new(["AS", "AC", "FC", "SS", "SSC", "OGC", "Real", "Atletico", "Atlético", "Athletic", "Inter", "Borussia", "Olympique", "Sporting", "Dinamo", "Dynamo",
         "Deportivo", "Werder", "Eintracht", "VfL", "VfB", "FSV", "TSG", "Hellas"], ignoreCase: false);

    private static readonly WordSet ClubSuffixes = new(["FC", "AFC", "CF", "SC", "United", "City", "Hotspur", "Albion", "Rovers", "Wanderers", "County", "Athletic"], ignoreCase: false);

    // Words before a name that make it a team's ("klub", "menjamu") and those that do for a place but as often precede a
    // person: a post ("pelatih", "bersama") or a match ("melawan", "mengalahkan").
    private static readonly WordSet TeamWordsBefore = new(["klub", "tim", "skuad", "skuat", "penggawa", "punggawa", "markas", "membela", "memperkuat", "menjamu", "dijamu", "suporter", "seragam", "jersey", "gawang"], ignoreCase: true);

    // Team words that say so before a person span too, in a football report: a host, a ground.
    private static readonly WordSet SideWordsBefore = new(["markas", "kandang", "menjamu", "dijamu"], ignoreCase: true);

    // A match between two sides: a person span on one side of it and an organisation on the other is a side.
    private static readonly WordSet Versus = new(["vs", "vs.", "versus", "kontra"], ignoreCase: true);

    // Verbs before "imbang" that say the name before them drew: "bermain imbang", "ditahan imbang".
    private static readonly WordSet DrawVerbs = new(["bermain", "ditahan", "menahan"], ignoreCase: true);

    private static readonly WordSet PostWordsBefore = new(["pemain", "pelatih", "bek", "striker", "kiper", "gelandang", "penyerang", "winger", "kapten", "manajer", "presiden", "pembalap", "sayap", "kubu",
         "pendukung", "fans", "bersama"], ignoreCase: true);

    private static readonly WordSet MatchWordsBefore = new(["melawan", "kontra", "vs", "vs.", "versus", "menghadapi", "bersua", "mengalahkan", "dikalahkan", "menaklukkan", "ditaklukkan"], ignoreCase: true);

    private static readonly WordSet MatchWordsAfter = new(["menang", "kalah", "takluk", "tumbang", "unggul", "mengalahkan", "menaklukkan", "bertandang", "membantai", "menggulung", "menekuk",
         "vs", "vs.", "versus", "kontra"], ignoreCase: true);

    // A win "atas" or a loss "dari" a side: "menang 2-0 atas Roma", "kalah dari Lazio".
    private static readonly WordSet WinWords = new(["menang", "kemenangan", "unggul"], ignoreCase: true);
    private static readonly WordSet LossWords = new(["kalah", "kekalahan", "takluk", "tumbang"], ignoreCase: true);

    // Words of match reports, the first eight football's own; three different ones, one of them football's, make a
    // document a football report (not volleyball's or badminton's "laga", "skor", "pelatih").
    // Keyed by the lower-cased word's hash, so that a token is looked up without a string on every target.
    private static readonly FrozenDictionary<ulong, int> SportWords = new[]
        {
            "gol", "striker", "kiper", "gelandang", "penalti", "bundesliga", "serie", "sepakbola",
            "pertandingan", "laga", "liga", "klub", "pelatih", "skor",
        }
        .Select((word, i) => KeyValuePair.Create(FeatureHash.OfLower(word), i))
        .ToFrozenDictionary();

    private const int FootballOnly = 0xFF; // the bits of SportWords' first eight

    private static readonly WordSet PlaceWordsBefore = new(["di", "ke", "dari", "kota", "menuju", "asal", "tiba", "wilayah", "kawasan", "daerah", "provinsi", "kabupaten", "pulau", "warga",
         "masyarakat", "orang", "penduduk", "walikota", "gubernur", "bandara", "kbri", "ibu"], ignoreCase: true);

    /// <summary>Relabels as <see cref="EntityLabels.Organization"/> every place or person of <paramref name="document"/> that names such a team.</summary>
    public static void Relabel(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count < 2) return;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        // What the document says of each name: organisations' texts, words of longer organisations and persons, names
        // beside a club's word.
        JoinTowns(text, tokens, entities, gazetteer);
        HashSet<string>? orgTexts = null, clubs = null;
        // Words of longer organisations and of longer persons, as spans of the text: no string per word.
        using var orgWords = new TextSpanSet(text);
        using var personWords = new TextSpanSet(text);
        int football = -1; // unknown until asked: a one-word place without other evidence, a post or match next to a person
        PlayingPersons(text, tokens, entities, gazetteer, ref football);
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.TokenStart < 0) continue;
            int words = EntityTokens.WordCount(tokens, entity.TokenStart, entity.TokenEnd);
            if (words < 2 || entity.Label is not (EntityLabels.Organization or EntityLabels.Person)) continue;
            if (ClubName(tokens, entity.TokenStart, entity.TokenEnd) is { } club)
            {
                (clubs ??= new HashSet<string>(StringComparer.Ordinal)).Add(club);

                // A club's full name read as a person in a football report ("VfL Wolfsburg", "FSV Mainz") is the club, and its
                // words no person's; elsewhere "County" and "City" name places ("Volusia County").
                if (entity.Label == EntityLabels.Person)
                {
                    if (football < 0) football = IsFootballReport(tokens) && !NationalSidesPlay(text, tokens, entities, gazetteer) ? 1 : 0;
                    if (football == 1) entities[i] = entity = entity.WithLabel(EntityLabels.Organization);
                }
            }

            for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
            {
                if (tokens[t].Kind != TokenKind.Word) continue;
                if (entity.Label == EntityLabels.Organization) orgWords.Add(tokens[t]);
                else personWords.Add(tokens[t]);
            }
        }

        foreach (var entity in entities)
        {
            if (entity.Label == EntityLabels.Organization) (orgTexts ??= new HashSet<string>(StringComparer.Ordinal)).Add(entity.Text);
        }

        if (orgTexts is null) return;

        // Names shown as a team: a club's name beside a club word ("AS Roma"), or a word next to one mention. The value
        // is true where that also holds for their person spans (a club's name, a team word, or any cue next to an
        // organisation span of the name).
        Dictionary<string, bool>? teams = null;
        if (clubs is not null)
        {
            teams = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (string club in clubs) teams[club] = true;
        }

        List<int>? candidates = null;
        Surroundings? around = null;
        try
        {
            for (int i = 0; i < entities.Count; i++)
            {
                var entity = entities[i];
                if (entity.TokenStart < 0 || !EntityTokens.CoversWholeTokens(entity, tokens)) continue;
                bool organization = entity.Label == EntityLabels.Organization;
                if (!organization && entity.Label is not (EntityLabels.Location or EntityLabels.Person)) continue;
                var standing = Standing(entity, tokens, orgTexts, orgWords, personWords, clubs, gazetteer);
                if (standing == NameStanding.Place) continue;

                // With nothing else saying organisation, a one-word place of a football report between clubs is a side when a
                // match word stands next to it ("menang 2-0 atas Roma", "Roma vs Lazio") or it is tagged an organisation
                // elsewhere; a team word does only for a name not listed as a place ("markas Espanyol"; "tim Eropa" and
                // "klub London" name a side by its place).
                if (standing == NameStanding.Unknown)
                {
                    if (entity.Label != EntityLabels.Location || entity.TokenEnd - entity.TokenStart != 1) continue;
                    if (football < 0) football = IsFootballReport(tokens) && !NationalSidesPlay(text, tokens, entities, gazetteer) ? 1 : 0;
                    if (football == 0) continue;
                    if (orgTexts.Contains(entity.Text)) standing = NameStanding.Organization;
                }

                if (!organization)
                {
                    if (CutShort(text, tokens, entity.TokenStart, entity.TokenEnd, around ??= new Surroundings(text, tokens.Length, entities))) continue;
                    (candidates ??= []).Add(i);
                }

                var cue = Cue(text, tokens, entity.TokenStart, entity.TokenEnd);
                if (cue == TeamCue.None) continue;

                // A post or a match next to a person span says team only where the document is a football report and calls
                // the name an organisation ("tuan rumah Barito menang" after "Barito Putera"; "Jonatan menang 21-17" is a player).
                if (cue != TeamCue.Team && standing == NameStanding.Organization && football < 0)
                    football = IsFootballReport(tokens) && !NationalSidesPlay(text, tokens, entities, gazetteer) ? 1 : 0;
                if (entity.Label == EntityLabels.Person && cue != TeamCue.Team && (standing != NameStanding.Organization || football == 0)) continue;
                if (standing == NameStanding.Unknown && cue == TeamCue.Team && IsListedPlace(entity.Text, gazetteer)) continue;
                teams ??= new Dictionary<string, bool>(StringComparer.Ordinal);
                bool forPersons = standing == NameStanding.Organization && (cue == TeamCue.Team || organization || football == 1);
                teams[entity.Text] = teams.GetValueOrDefault(entity.Text) || forPersons;
            }

            if (teams is null || candidates is null) return;
            foreach (int i in candidates)
            {
                var entity = entities[i];
                if (!teams.TryGetValue(entity.Text, out bool forPersons)) continue;
                if (entity.Label == EntityLabels.Person && !forPersons) continue;
                if (Cue(text, tokens, entity.TokenStart, entity.TokenEnd) == TeamCue.None && ReadsAsPlace(text, tokens, entity.TokenStart, entity.TokenEnd, around ??= new Surroundings(text, tokens.Length, entities))) continue;
                entities[i] = entity.WithLabel(EntityLabels.Organization);
            }
        }
        finally
        {
            around?.Dispose(); // gives back its token map
        }
    }

    // In a football report, a person span that hosts or is hosted, has a ground, has a result against it or draws is a
    // side, with every person mention of the same text: "menjamu Celta Vigo", "di markas Ujpesti", "kemenangan 2-0 atas
    // Chievo" (not a counted record: "15 kekalahan dari Wenger"), "Juventus 2-0 Chievo Verona" or "X 1-0 Bayern Muenchen"
    // (the score between an organisation and the span), "Barcelona vs Alaves" (an organisation across "vs" or "kontra"),
    // "Nantes menjamu PSG", "Hoffenheim bermain imbang", "ditahan 1-1 oleh Hercules", "imbang 1-1 dengan Fiorentina". The tagger reads unknown clubs as persons, and no organisation mention of them need be
    // in the document. Not "membela" ("membela Conte" defends the coach), "gawang" (a keeper's goal) or "klub"
    // ("presiden klub Achsanul Qosasi"), nor a club's apposition ("fase grup Liga Champions musim ini, Ronaldo"), which
    // the held-out half of IndoSum showed wrong; not a country.
    private static void PlayingPersons(string text, ReadOnlySpan<Token> tokens, List<Entity> entities, Gazetteer gazetteer, ref int football)
    {
        HashSet<string>? sides = null;
        bool[]? organizations = null;
        foreach (var entity in entities)
        {
            if (entity.Label != EntityLabels.Person || !EntityTokens.CoversWholeTokens(entity, tokens) || !PlaysAsSide(text, tokens, entities, entity.TokenStart, entity.TokenEnd, ref organizations)) continue;
            if (CountryNames.IsCountry(entity, tokens, gazetteer)) continue;
            if (football < 0) football = IsFootballReport(tokens) && !NationalSidesPlay(text, tokens, entities, gazetteer) ? 1 : 0;
            if (football == 0) return;
            (sides ??= new HashSet<string>(StringComparer.Ordinal)).Add(entity.Text);
        }

        if (sides is null) return;
        EntityEdits.RelabelMentions(entities, sides, EntityLabels.Organization, EntityLabels.Person);
    }

    // The words before token start say a side plays: a host's or club's word, a result with "atas"/"dari", or a score
    // after an organisation.
    // The tokens inside organisations are marked once per document, on the first score met, so that a document of many
    // scores is not scanned once per score.
    private static bool PlaysAsSide(string text, ReadOnlySpan<Token> tokens, List<Entity> entities, int start, int end, ref bool[]? organizations)
    {
        if (HostsOrDraws(tokens, end)) return true;
        if (end + 3 < tokens.Length && IsScore(text, tokens, end))
        {
            organizations ??= OrganizationTokens(tokens, entities);
            if (organizations[end + 3]) return true;
        }

        if (end + 1 < tokens.Length && tokens[end].Kind == TokenKind.Word && Versus.Contains(tokens[end].Span))
        {
            organizations ??= OrganizationTokens(tokens, entities);
            if (organizations[end + 1]) return true;
        }

        if (start == 0 || tokens[start - 1].Kind is not (TokenKind.Word or TokenKind.Number)) return false;
        if (tokens[start - 1].Kind == TokenKind.Word && (SideWordsBefore.Contains(tokens[start - 1].Span) || (Result(text, tokens, start - 1) && !CountedResult(text, tokens, start - 1))
                || DrawnWith(text, tokens, start - 1))) return true;
        if (start >= 2 && tokens[start - 1].Kind == TokenKind.Word && Versus.Contains(tokens[start - 1].Span))
        {
            organizations ??= OrganizationTokens(tokens, entities);
            return organizations[start - 2];
        }

        if (start < 4 || !IsScore(text, tokens, start - 3)) return false;
        organizations ??= OrganizationTokens(tokens, entities);
        return organizations[start - 4];
    }

    // The side hosts, is hosted or draws: "Nantes menjamu PSG", "Hoffenheim bermain imbang 0-0". A player neither hosts nor
    // draws in a football report.
    private static bool HostsOrDraws(ReadOnlySpan<Token> tokens, int end)
    {
        if (end >= tokens.Length || tokens[end].Kind != TokenKind.Word) return false;
        var next = tokens[end].Span;
        if (next.Equals("menjamu", StringComparison.OrdinalIgnoreCase) || next.Equals("dijamu", StringComparison.OrdinalIgnoreCase)) return true;
        return DrawVerbs.Contains(next) && end + 1 < tokens.Length && tokens[end + 1].Span.Equals("imbang", StringComparison.OrdinalIgnoreCase);
    }

    // The word at is "oleh" after "ditahan" or "dengan"/"melawan" after "imbang", a score between allowed: "ditahan 1-1
    // oleh Hercules", "bermain imbang 1-1 dengan Fiorentina".
    private static bool DrawnWith(string text, ReadOnlySpan<Token> tokens, int at)
    {
        var word = tokens[at].Span;
        bool by = word.Equals("oleh", StringComparison.OrdinalIgnoreCase);
        if (!by && !word.Equals("dengan", StringComparison.OrdinalIgnoreCase) && !word.Equals("melawan", StringComparison.OrdinalIgnoreCase)) return false;
        int before = at - 1;
        if (before >= 3 && IsScore(text, tokens, before - 2)) before -= 3;
        if (before < 0 || tokens[before].Kind != TokenKind.Word) return false;
        if (tokens[before].Span.Equals("ditahan", StringComparison.OrdinalIgnoreCase)) return by;
        if (by && tokens[before].Span.Equals("imbang", StringComparison.OrdinalIgnoreCase)) return before >= 1 && tokens[before - 1].Span.Equals("ditahan", StringComparison.OrdinalIgnoreCase);
        return !by && tokens[before].Span.Equals("imbang", StringComparison.OrdinalIgnoreCase);
    }

    // Per token: inside an organisation.
    private static bool[] OrganizationTokens(ReadOnlySpan<Token> tokens, List<Entity> entities)
    {
        var inside = new bool[tokens.Length];
        foreach (var entity in entities)
        {
            if (entity.Label == EntityLabels.Organization && entity.TokenStart >= 0) inside.AsSpan(entity.TokenStart, entity.TokenEnd - entity.TokenStart).Fill(true);
        }

        return inside;
    }

    // The result before "atas"/"dari" at token at is counted ("menelan 15 kekalahan dari Wenger": a coach's record
    // against another coach, not a match).
    private static bool CountedResult(string text, ReadOnlySpan<Token> tokens, int at)
    {
        int word = at >= 4 && IsScore(text, tokens, at - 3) ? at - 4 : at - 1;
        return word >= 1 && tokens[word - 1].Kind == TokenKind.Number;
    }

    // An Indonesian side's name ends in its town ("Persiwa Wamena", "PSPS Pekanbaru", "Kancil BBK Pontianak"), which the
    // tagger often leaves out or reads as a place of its own. An organisation followed, one space on, by a listed town
    // (untagged, or a one-word place or organisation span) takes it in where a team word, post or match stands next to
    // the whole ("bersama Persiwa Wamena", "menghadapi PSPS Pekanbaru", "Kancil BBK Pontianak vs") or the document
    // writes the whole as one organisation elsewhere. Not after a body's head ("Polres", "Dinas": "Polres Bandung" is the
    // force's own name, and no team) and not before a country ("Timnas Indonesia" is a place in the corpora).
    private static void JoinTowns(string text, ReadOnlySpan<Token> tokens, List<Entity> entities, Gazetteer gazetteer)
    {
        Span<ulong> hash = stackalloc ulong[1];
        // Linear in the entities: the span at a token comes from a map built once, the organisations' texts from a count
        // kept as spans join, and joined towns are dropped at the end (scanning and removing per join was quadratic:
        // 4 MB of "bersama Persiwa Wamena" took 99 s).
        using var owners = new EntityOwnerMap(entities, tokens.Length);
        Span<int> owner = default; // filled on first need
        HashSet<int>? removed = null;
        Dictionary<string, int>? orgTexts = null;
        for (int i = 0; i < entities.Count; i++)
        {
            if (removed is not null && removed.Contains(i)) continue;
            var entity = entities[i];
            if (entity.Label != EntityLabels.Organization || entity.TokenStart < 0 || !EntityTokens.CoversWholeTokens(entity, tokens)) continue;
            int t = entity.TokenEnd;
            if (t >= tokens.Length || tokens[t].Kind != TokenKind.Word || tokens[t].Start != entity.End + 1 || text[entity.End] != ' '
                || !char.IsUpper(text[tokens[t].Start]) || !ContainsLower(tokens[t].Span)) continue;
            hash[0] = FeatureHash.OfLower(tokens[t].Span);
            if (gazetteer.LongestMatch(hash, 0, 1 << (int)GazetteerCategory.Place) != 1 || gazetteer.LongestMatch(hash, 0, 1 << (int)GazetteerCategory.Country) == 1) continue;

            // The town is untagged or a span of its own of that one word.
            if (owner.IsEmpty) owner = owners.FillFirst();
            int town = owner[t];
            if (town >= 0 && !(entities[town].TokenStart == t && entities[town].TokenEnd == t + 1 && entities[town].Label is EntityLabels.Location or EntityLabels.Organization)) continue;

            if (OpensWithBodyHead(tokens, entity.TokenStart, gazetteer)) continue;
            string whole = text[entity.Start..tokens[t].End];
            if (Cue(text, tokens, entity.TokenStart, t + 1) == TeamCue.None && !(orgTexts ??= OrganizationTexts(entities, removed)).ContainsKey(whole)) continue;
            entities[i] = new Entity(whole, EntityLabels.Organization, entity.Start, tokens[t].End)
            {
                TokenStart = entity.TokenStart,
                TokenEnd = t + 1,
                Confidence = entity.Confidence,
            };
            if (orgTexts is not null)
            {
                Uncount(orgTexts, entity.Text);
                orgTexts[whole] = orgTexts.GetValueOrDefault(whole) + 1;
            }

            owner[t] = i;
            if (town >= 0)
            {
                (removed ??= []).Add(town);
                if (orgTexts is not null && entities[town].Label == EntityLabels.Organization) Uncount(orgTexts, entities[town].Text);
            }
        }

        if (removed is not null) EntityEdits.Apply(entities, removed, []);
    }

    // How many organisation spans have each text: the document names the joined whole as an organisation elsewhere.
    private static Dictionary<string, int> OrganizationTexts(List<Entity> entities, HashSet<int>? removed)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < entities.Count; i++)
        {
            if (entities[i].Label == EntityLabels.Organization && (removed is null || !removed.Contains(i))) counts[entities[i].Text] = counts.GetValueOrDefault(entities[i].Text) + 1;
        }

        return counts;
    }

    private static void Uncount(Dictionary<string, int> counts, string key)
    {
        if (counts.TryGetValue(key, out int n) && n > 1) counts[key] = n - 1;
        else counts.Remove(key);
    }

    // The span opens with a listed organisation head ("Polres", "Dinas", "Kementerian").
    private static bool OpensWithBodyHead(ReadOnlySpan<Token> tokens, int start, Gazetteer gazetteer)
    {
        ReadOnlySpan<ulong> hash = [FeatureHash.OfLower(tokens[start].Span)];
        return gazetteer.LongestMatch(hash, 0, 1 << (int)GazetteerCategory.OrganizationHead) == 1;
    }

    private enum TeamCue : byte
    {
        None,

        /// <summary>A player's or official's post before a place ("pelatih", "bersama"): a team's, but as often a person's.</summary>
        Post,

        /// <summary>A match word or result ("melawan", "menang", a score): a team's before a place, as often a person's.</summary>
        Match,

        /// <summary>A word that marks a team before any name ("klub", "menjamu", "bermain imbang").</summary>
        Team,
    }

    private enum NameStanding : byte
    {
        /// <summary>Nothing in the document says what the name is.</summary>
        Unknown,

        /// <summary>The document says the name is an organisation (see the remarks).</summary>
        Organization,

        /// <summary>A listed country, a place head's name ("Stadion Anfield") or a word of a longer person: left alone.</summary>
        Place,
    }

    // The one word of an organisation of two or more words that is not a club word, when the others are: "Roma" of
    // "AS Roma", "Southampton" of "Southampton FC". Null for anything else ("Persib Bandung": the town alone is the town).
    private static string? ClubName(ReadOnlySpan<Token> tokens, int start, int end)
    {
        string? name = null;
        int nameAt = -1;
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word) return null;
            if (nameAt < 0 && ClubPrefixes.Contains(tokens[t].Span) && t < end - 1) continue;
            if (nameAt >= 0 && ClubSuffixes.Contains(tokens[t].Span)) continue;
            if (nameAt >= 0) return null;
            nameAt = t;
            name = tokens[t].Text;
        }

        return nameAt > start || (nameAt == start && end - start > 1) ? name : null;
    }

    private static NameStanding Standing(Entity entity, ReadOnlySpan<Token> tokens, HashSet<string> orgTexts, TextSpanSet orgWords, TextSpanSet personWords, HashSet<string>? clubs, Gazetteer gazetteer)
    {
        int words = EntityTokens.WordCount(tokens, entity.TokenStart, entity.TokenEnd);
        if (words == 0) return NameStanding.Place;
        Span<ulong> hashes = words <= 16 ? stackalloc ulong[words] : new ulong[words];
        int k = 0;
        for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
        {
            if (tokens[t].Kind == TokenKind.Word) hashes[k++] = FeatureHash.OfLower(tokens[t].Span);
        }

        if (CountryNames.IsCountry(entity, tokens, gazetteer)) return NameStanding.Place;
        if (gazetteer.LongestMatch(hashes, 0, 1 << (int)GazetteerCategory.PlaceHead) > 0) return NameStanding.Place;
        if (words > 1) return orgTexts.Contains(entity.Text) ? NameStanding.Organization : NameStanding.Unknown;

        string word = entity.Text;
        if (personWords.Contains(word)) return NameStanding.Place;
        bool says = orgWords.Contains(word)
                    || (clubs is not null && clubs.Contains(word))
                    || gazetteer.LongestMatch(hashes, 0, 1 << (int)GazetteerCategory.Organization) == 1
                    || (entity.Label == EntityLabels.Person && orgTexts.Contains(word));
        return says ? NameStanding.Organization : NameStanding.Unknown;
    }

    // Three different match words among the document's tokens, one of them football's ("gol", "laga", "pelatih").
    private static bool IsFootballReport(ReadOnlySpan<Token> tokens)
    {
        int seen = 0;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word || !SportWords.TryGetValue(FeatureHash.OfLower(token.Span), out int word)) continue;
            seen |= 1 << word;
            if (int.PopCount(seen) >= 3 && (seen & FootballOnly) != 0) return true;
        }

        return false;
    }

    // A listed country with a match word next to it ("Jerman unggul 1-0"): national sides play, whose unlisted
    // spellings ("Cile", "Kazakstan") must stay places too.
    private static bool NationalSidesPlay(string text, ReadOnlySpan<Token> tokens, List<Entity> entities, Gazetteer gazetteer)
    {
        foreach (var entity in entities)
        {
            if (entity.Label != EntityLabels.Location || !CountryNames.IsCountry(entity, tokens, gazetteer)) continue;
            if (Cue(text, tokens, entity.TokenStart, entity.TokenEnd) == TeamCue.Match) return true;
        }

        return false;
    }

    // The word before the span [start, end) or the words after it.
    private static TeamCue Cue(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (start > 0 && tokens[start - 1].Kind == TokenKind.Word)
        {
            var before = tokens[start - 1].Span;
            if (TeamWordsBefore.Contains(before)) return TeamCue.Team;
            if (PostWordsBefore.Contains(before)) return TeamCue.Post;
            if (MatchWordsBefore.Contains(before) || Result(text, tokens, start - 1)) return TeamCue.Match;
        }

        if (start >= 3 && IsScore(text, tokens, start - 3)) return TeamCue.Match;
        if (end >= tokens.Length || tokens[end].Kind != TokenKind.Word) return IsScore(text, tokens, end) ? TeamCue.Match : TeamCue.None;
        var next = tokens[end].Span;
        if (next.Equals("menjamu", StringComparison.OrdinalIgnoreCase) || next.Equals("dijamu", StringComparison.OrdinalIgnoreCase)) return TeamCue.Team;
        if ((next.Equals("bermain", StringComparison.OrdinalIgnoreCase) || next.Equals("ditahan", StringComparison.OrdinalIgnoreCase)
                || next.Equals("menahan", StringComparison.OrdinalIgnoreCase))
            && end + 1 < tokens.Length && tokens[end + 1].Span.Equals("imbang", StringComparison.OrdinalIgnoreCase)) return TeamCue.Team;
        return MatchWordsAfter.Contains(next) ? TeamCue.Match : TeamCue.None;
    }

    // "atas" after a win or "dari" after a loss, a score between allowed: "menang 2-0 atas", "kalah dari".
    private static bool Result(string text, ReadOnlySpan<Token> tokens, int at)
    {
        bool win = tokens[at].Span.Equals("atas", StringComparison.OrdinalIgnoreCase);
        if (!win && !tokens[at].Span.Equals("dari", StringComparison.OrdinalIgnoreCase)) return false;
        int before = at - 1;
        if (before >= 3 && IsScore(text, tokens, before - 2)) before -= 3;
        if (before < 0 || tokens[before].Kind != TokenKind.Word) return false;
        return win ? WinWords.Contains(tokens[before].Span) : LossWords.Contains(tokens[before].Span);
    }

    private static bool IsListedPlace(string word, Gazetteer gazetteer)
    {
        ReadOnlySpan<ulong> hash = [FeatureHash.OfLower(word)];
        return gazetteer.LongestMatch(hash, 0, 1 << (int)GazetteerCategory.Place) == 1;
    }

    // "2-1" from token t, as the tokenizer gives it: a number, a hyphen and a number with nothing between.
    private static bool IsScore(string text, ReadOnlySpan<Token> tokens, int t)
        => t >= 0 && t + 2 < tokens.Length && tokens[t].Kind == TokenKind.Number && tokens[t + 2].Kind == TokenKind.Number
           && tokens[t + 1].End - tokens[t + 1].Start == 1 && text[tokens[t + 1].Start] == '-'
           && tokens[t].End == tokens[t + 1].Start && tokens[t + 1].End == tokens[t + 2].Start && tokens[t].End - tokens[t].Start <= 3;

    // The mention reads as the town: after a place word or after a place and a comma ("Stadion Vicente Calderón, Madrid";
    // not "Memasuki babak kedua, Milan"), in capitals, or as a line's dateline head.
    private static bool ReadsAsPlace(string text, ReadOnlySpan<Token> tokens, int start, int end, Surroundings around)
    {
        if (start > 0)
        {
            var before = tokens[start - 1];
            if (before.Kind == TokenKind.Punctuation && before.Span is "," && start > 1 && around.LabelAt(start - 2) == EntityLabels.Location) return true;
            if (before.Kind == TokenKind.Word && PlaceWordsBefore.Contains(before.Span)) return true;
        }

        var first = tokens[start].Span;
        if (first.Length > 3 && !ContainsLower(first)) return true;
        int at = tokens[start].Start;
        bool opensLine = at == 0 || Tokenization.CharClass.IsLineBreak(text[at - 1]);
        return opensLine && end < tokens.Length && tokens[end].Kind == TokenKind.Punctuation && tokens[end].Span is "," or "(";
    }

    // A capitalised word outside every name right after the span, or right before it inside a sentence ("NSH Jakarta",
    // "Persiba Balikpapan", "Sporting Lisbon"): the tagger cut a longer name short. Not in a line written in title case
    // ("Madrid Memanfaatkan Permainan Sayap", "Skuat Madrid Sesuai Urutan Nomor Punggung:"), whose capitals say nothing,
    // unless the word is a club's ("Manchester" + "United").
    private static bool CutShort(string text, ReadOnlySpan<Token> tokens, int start, int end, Surroundings around)
    {
        if (end < tokens.Length && tokens[end].Kind == TokenKind.Word && char.IsUpper(text[tokens[end].Start]) && around.LabelAt(end) is null)
            return ClubSuffixes.Contains(tokens[end].Span) || !around.InTitleCaseLine(tokens[start].Start);
        if (start == 0 || tokens[start - 1].Kind != TokenKind.Word || !char.IsUpper(text[tokens[start - 1].Start])) return false;
        if (around.LabelAt(start - 1) is not null) return false;
        var before = tokens[start - 1].Span;
        if (ClubPrefixes.Contains(before)) return true;
        if (around.InTitleCaseLine(tokens[start].Start)) return false;
        if (TeamWordsBefore.Contains(before) || PostWordsBefore.Contains(before) || MatchWordsBefore.Contains(before)) return false; // "Presiden Madrid"
        return start >= 2 && tokens[start - 2].Kind == TokenKind.Word && char.IsLower(text[tokens[start - 2].Start]);
    }

    private static bool ContainsLower(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c)) return true;
        }

        return false;
    }

    // What CutShort and ReadsAsPlace read around a name, each in constant time per mention: the label of the span over a
    // token, from a map of the tokens built once (scanning every span per mention was quadratic in the spans), and
    // whether a line is written in title case, kept for the last line asked about (mentions are asked in text order, so
    // each line is read once; reading the whole line per mention was quadratic in its length: see docs/reliability.md,
    // "Juventus dan Roma Sesuai Urutan." on one 960 KB line).
    private sealed class Surroundings(string text, int tokenCount, List<Entity> entities) : IDisposable
    {
        private EntityOwnerMap _owners; // rented on the first LabelAt
        private bool _mapped;
        private int _lineFrom = -1;
        private int _lineTo = -1;
        private bool _titleCase;

        // The label of the first span in list order that covers token t, or null. The map holds indices, so a span
        // relabelled in place after it was built reads with its new label.
        public string? LabelAt(int t)
        {
            if (!_mapped)
            {
                _owners = new EntityOwnerMap(entities, tokenCount);
                _owners.FillFirst();
                _mapped = true;
            }

            int i = _owners.Map[t];
            return i < 0 ? null : entities[i].Label;
        }

        // The line holding offset at has three words or more, seven in ten of them capitalised, as a heading is written.
        public bool InTitleCaseLine(int at)
        {
            if (at >= _lineFrom && at < _lineTo) return _titleCase;
            int from = at, to = at;
            while (from > 0 && !Tokenization.CharClass.IsLineBreak(text[from - 1])) from--;
            while (to < text.Length && !Tokenization.CharClass.IsLineBreak(text[to])) to++;
            int words = 0, capitalised = 0;
            for (int i = from; i < to; i++)
            {
                if (!char.IsLetter(text[i]) || (i > from && !char.IsWhiteSpace(text[i - 1]))) continue;
                words++;
                if (char.IsUpper(text[i])) capitalised++;
            }

            _lineFrom = from;
            _lineTo = to;
            _titleCase = words >= 3 && capitalised * 10 >= words * 7;
            return _titleCase;
        }

        public void Dispose()
        {
            if (_mapped) _owners.Dispose();
            _mapped = false;
        }
    }
}
