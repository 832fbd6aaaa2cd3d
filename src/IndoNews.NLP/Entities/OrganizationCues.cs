using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Relabels as an organisation a person or place whose own words or the noun before it say it is one, with every
/// mention of the same name in the document: <c>Tierney Sutton Band</c>, <c>Intudo Ventures</c>, <c>Monash
/// University</c>, <c>koran lokal Asashi</c>, <c>band Bush</c>, <c>startup Kudo</c>; and <c>di One Direction</c>
/// (a place) where the same document writes <c>boyband One Direction</c>.
/// </summary>
/// <remarks>
/// <para>Two kinds of evidence. A noun that only a body carries closing the name (<c>Band</c>, <c>Ventures</c>,
/// <c>Capital</c>, <c>Foundation</c>, <c>Airlines</c>, <c>Times</c>), or <c>University</c> before <c>of</c> (<c>Osaka
/// University of the Arts</c>), is the name's own and holds wherever the name stands; so does such a noun after a
/// copula right after the name (<c>Dyn adalah satu dari banyak perusahaan</c>, <c>Feedr merupakan sebuah
/// perusahaan</c>, <c>Sega ialah perusahaan</c>; or a service's noun: <c>Carro merupakan marketplace kendaraan</c>,
/// <c>Kelley Blue Book merupakan situs</c>), or before one when a count opens the noun's clause (<c>satu-satunya
/// produsen yang mengalami kenaikan penjualan adalah Garmin</c>), since a person is no firm (not <c>investor</c>, which
/// a person is too; a founder's post is no such noun: <c>Jusuf adalah pendiri</c>). A lower-case noun for a body right
/// before the name (<c>perusahaan</c>, <c>koran</c>, <c>band</c>, <c>grup</c>, <c>startup</c>, <c>maskapai</c>; a
/// service's <c>layanan</c>, <c>aplikasi</c>, <c>platform</c>: <c>aplikasi Mjek</c>), optionally with one modifier
/// (<c>koran lokal</c>, <c>perusahaan rintisan</c>), or after it past a comma (<c>X, kelompok ekstremis</c>) is weaker:
/// news also writes a body's origin there (<c>perusahaan Jepang</c>, <c>maskapai Qatar</c>: listed countries and places
/// are left) and its owner or leader (<c>partai Rutte</c>, <c>agensi Kim Woo Bin</c>, <c>perusahaan rintisan Nadiem
/// Makarim</c>). So a name with only such a noun is left where the document tags it, or a word of it, as a person or
/// place elsewhere with no such evidence (<c>Mark Rutte</c>, <c>aktor Kim Woo Bin</c>), except that its own place
/// mentions follow (<c>di One Direction</c>). Such a person mention says person only with a person's look: two or more
/// words, a listed given name or surname, or a person's context (a speech verb, a title, an initial, an age); an
/// unknown word read alone as a person (<c>Honda dan Saitec memberikan</c>) is what the tagger makes of most unknown
/// firms and does not block. A firm's or service's noun after the name's comma that opens a phrase rather than a clause
/// (<c>Droom, layanan marketplace kendaraan</c>, <c>Kioson, startup lokal</c>; not <c>menurut Hari, perusahaan tidak
/// ...</c>) holds like the name's own words.</para>
/// <para>A majority vote over a name's labels was tried before and not kept (the tagger's majority for unknown
/// firms and clubs is the person); here one mention with evidence decides, and evidence against it blocks.</para>
/// </remarks>
internal static class OrganizationCues
{
    // Lower-case nouns for a body that stand right before its name. Not "media" or "raksasa" (nearly always before a
    // country: "media Italia", "raksasa Eropa"), nor "duo" or "agensi" (before people), nor "klub"/"tim" (TeamNames).
    // A service's nouns ("layanan", "aplikasi", "platform") name the firm that runs it ("aplikasi Mjek" beside eight
    // "Mjek" read as persons); where they name an owner instead ("layanan Ford mereka"), the owner is a firm as often.
    // Not "situs", which also names an archaeological site before a place's name. "pengembang" (a developer of software,
    // games, vehicles or housing) names its firm ("pihak pengembang Garansindo"); a listed country after it is left.
    private static readonly WordSet CueNouns = new(
    [
        "perusahaan", "koran", "harian", "majalah", "tabloid", "band", "boyband", "girlband", "grup", "kelompok", "startup",
        "label", "investor", "maskapai", "brand", "merek", "pabrikan", "produsen", "konsorsium", "organisasi", "lembaga",
        "yayasan", "firma", "perseroan", "layanan", "aplikasi", "platform", "pengembang",
    ], ignoreCase: false);

    // One word that may stand between such a noun and the name: "koran lokal Asashi", "grup musik Srimulat".
    private static readonly WordSet CueModifiers = new(
        ["lokal", "rintisan", "musik", "teknologi", "penerbangan", "ventura", "investasi", "rekaman", "swasta", "asing", "penelitian", "riset", "kecil"],
        ignoreCase: false);

    // Nouns for a kind of firm or online service that, right after a name and its comma, say what the name is: "Droom,
    // layanan marketplace kendaraan asal India", "Epson, perusahaan digital imaging terkemuka". Unlike the nouns before a
    // name, they hold like the name's own words (a person is no service), but only where the noun opens a phrase and no
    // clause: "menurut Hari, perusahaan tidak memperhitungkan ..." names the firm's deeds, not Hari.
    private static readonly WordSet FirmAppositionNouns = new(
        ["layanan", "startup", "perusahaan", "platform", "aplikasi", "situs", "e-commerce", "marketplace"], ignoreCase: false);

    // Words that, right after such a noun, open a clause rather than go on with the noun's phrase.
    private static readonly WordSet ClauseWords = new(
    [
        "tidak", "tak", "belum", "akan", "bakal", "sudah", "telah", "sedang", "masih", "juga", "pun", "harus", "bisa", "dapat",
        "mampu", "mau", "ingin", "perlu", "hanya", "selalu", "kini", "lalu", "itu", "ini", "tersebut", "yang", "dan", "atau",
        "serta", "sebagai", "lebih", "cukup", "sangat", "kerap", "sering", "jarang", "pernah", "tetap", "langsung", "segera",
    ], ignoreCase: false);

    // Words with a verb's prefix that describe a firm within its noun's phrase: "startup berbasis di Jakarta".
    private static readonly WordSet PhraseAdjectives = new(["berbasis", "terkemuka", "ternama", "terbesar", "terbaru", "terpopuler"], ignoreCase: false);

    // Verbs that say what the name before them is: "Dyn adalah satu dari banyak perusahaan", "Feedr merupakan sebuah perusahaan".
    private static readonly WordSet Copulas = new(["adalah", "merupakan", "ialah"], ignoreCase: false);

    // Words that count a body among others between such a verb and its noun: "salah satu", "satu dari banyak".
    private static readonly WordSet Counters = new(["banyak", "sekian", "beberapa", "deretan"], ignoreCase: false);

    // Words that stand between a name, its comma and such a noun: "Saka Design Group, sebuah perusahaan".
    private static readonly WordSet AppositionOpeners = new(["sebuah", "suatu"], ignoreCase: false);

    // English nouns that close only a body's name. Not "Bank" ("West Bank"), "Holding" (the footballer Rob Holding),
    // "Air" (Indonesian "air": "Desa Air Paoh", "Tanah Air") or "League" (a competition).
    private static readonly WordSet BodyTails = new(
    [
        "Band", "Ventures", "Capital", "University", "Foundation", "Group", "Corp", "Corporation", "Inc", "Airlines",
        "Airways", "Holdings", "Institute", "Association", "Company", "Records", "Entertainment", "Studios", "Pictures",
        "Labs", "Partners", "Council", "Agency", "Times", "Post", "News", "Herald", "Journal", "Club", "College",
        "Academy", "Ltd", "Limited", "LLC", "Society", "Federation", "Alliance", "Network", "Industries", "Systems",
        "Solutions", "Securities", "Telecom", "Communications", "Orchestra", "Films", "Productions",
    ], ignoreCase: false);

    private const byte Places = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place | 1 << (int)GazetteerCategory.PlaceHead;

    /// <summary>Relabels the persons and places of <paramref name="document"/> that such evidence calls organisations.</summary>
    /// <param name="document">The document whose entities are relabelled.</param>
    /// <param name="gazetteer">The listed countries, places and place heads, which are left.</param>
    public static void Relabel(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        // The evidence of each name that has some: true for its own words, false for a noun next to it.
        Dictionary<string, bool>? evidence = null;
        foreach (var entity in entities)
        {
            if (!IsName(entity, tokens)) continue;
            bool own = HasBodyTail(tokens, entity.TokenStart, entity.TokenEnd) || HasPredicate(tokens, entity.TokenEnd) || HasSubjectNoun(tokens, entity.TokenStart)
                       || HasFirmApposition(tokens, entity.TokenStart, entity.TokenEnd);
            bool apposition = entity.Label != EntityLabels.Person || entity.TokenEnd - entity.TokenStart > 1;
            if (!own && !HasCue(tokens, entity.TokenStart, entity.TokenEnd, apposition)) continue;
            if (IsListedPlace(tokens, entity.TokenStart, entity.TokenEnd, gazetteer) || CountryAbbreviations.Contains(entity.Text)) continue;
            evidence ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            evidence[entity.Text] = own || evidence.GetValueOrDefault(entity.Text);
        }

        if (evidence is null) return;
        NamedOtherwise? otherwise = null;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label is not (EntityLabels.Person or EntityLabels.Location) || !evidence.TryGetValue(entity.Text, out bool own)) continue;
            if (!own && (otherwise ??= new NamedOtherwise(entities, tokens, evidence, gazetteer, ListedOrganizations.Lists)).Holds(entity, tokens)) continue;
            entities[i] = entity.WithLabel(EntityLabels.Organization);
        }
    }

    /// <summary>
    /// Whether this mention of an organisation carries a body's evidence: a noun that only bodies carry closing its own words
    /// (<c>Kangen Band</c>, <c>Express Group</c>), a body's noun as its predicate or apposition, or a body's noun right
    /// before it (<c>operator telekomunikasi</c> is not one; <c>grup Little Mix</c>, <c>perusahaan Osma Grup</c> are).
    /// </summary>
    internal static bool HasEvidence(ReadOnlySpan<Token> tokens, Entity entity)
        => HasBodyTail(tokens, entity.TokenStart, entity.TokenEnd) || HasPredicate(tokens, entity.TokenEnd) || HasSubjectNoun(tokens, entity.TokenStart)
           || HasFirmApposition(tokens, entity.TokenStart, entity.TokenEnd) || HasCue(tokens, entity.TokenStart, entity.TokenEnd, apposition: true);

    private static bool IsName(Entity entity, ReadOnlySpan<Token> tokens)
        => entity.Label is EntityLabels.Person or EntityLabels.Location or EntityLabels.Organization && EntityTokens.CoversWholeTokens(entity, tokens);

    // A word after the first that only bodies carry, closing the name or before "of".
    private static bool HasBodyTail(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int t = start + 1; t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !BodyTails.Contains(tokens[t].Span)) continue;
            if (t == end - 1 || tokens[t + 1].Span is "of") return true;
        }

        return false;
    }

    // A body's noun right before the name (past one modifier) or, when apposition is allowed, after its comma. Not
    // after a one-word person's comma: "menurut Hari, perusahaan tidak ..." goes on with the clause.
    private static bool HasCue(ReadOnlySpan<Token> tokens, int start, int end, bool apposition = false)
    {
        if (start >= 1 && tokens[start - 1].Kind == TokenKind.Word)
        {
            var before = tokens[start - 1].Span;
            if (CueNouns.Contains(before)) return true;
            if (start >= 2 && CueModifiers.Contains(before) && CueNouns.Contains(tokens[start - 2].Span)) return true;
        }

        if (apposition && end + 1 < tokens.Length && tokens[end].Span is ",")
        {
            int next = end + 1;
            if (AppositionOpeners.Contains(tokens[next].Span) && next + 1 < tokens.Length) next++;
            return CueNouns.Contains(tokens[next].Span);
        }

        return false;
    }

    // A firm's or service's noun after the name and its comma that opens a noun phrase, not a clause: "Droom, layanan
    // marketplace kendaraan", "Kioson, sebuah startup". Not after "menurut" or a speech verb, where the comma ends the
    // source and a clause follows ("menurut Hari, perusahaan ..."); the word after the noun is a lower-case word that
    // is no auxiliary, negation, demonstrative or conjunction and has no verb's prefix (meN-, ber-, ter-), or past an
    // opening "sebuah"/"suatu" also "yang".
    private static bool HasFirmApposition(ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (end + 2 >= tokens.Length || tokens[end].Span is not ",") return false;
        if (start > 0 && (tokens[start - 1].Span is "menurut" or "Menurut" || ListedPlacePersons.SpeechVerbs.Contains(tokens[start - 1].Span))) return false;
        int noun = end + 1;
        bool counted = AppositionOpeners.Contains(tokens[noun].Span);
        if (counted) noun++;
        if (noun + 1 >= tokens.Length || !FirmAppositionNouns.Contains(tokens[noun].Span)) return false;
        var next = tokens[noun + 1];
        if (next.Kind != TokenKind.Word) return false;
        var word = next.Span;
        if (!char.IsLower(word[0])) return false;
        if (word is "yang") return counted;
        if (ClauseWords.Contains(word)) return false;
        if (PhraseAdjectives.Contains(word)) return true;
        return !(word.StartsWith("mem") || word.StartsWith("men") || word.StartsWith("mel") || word.StartsWith("mer") || word.StartsWith("mew")
                 || word.StartsWith("ber") || word.StartsWith("ter"));
    }

    // The name is the subject of a body's noun: "X adalah perusahaan", "X merupakan sebuah startup", "X adalah salah satu
    // perusahaan", "X adalah satu dari banyak perusahaan", or of a service's: "Carro merupakan marketplace kendaraan",
    // "Kelley Blue Book merupakan situs lembaga independen". A person is no firm, so this holds like the name's own
    // words; not "investor", which a person is as often.
    private static bool HasPredicate(ReadOnlySpan<Token> tokens, int end)
    {
        if (end >= tokens.Length || !Copulas.Contains(tokens[end].Span)) return false;
        int t = end + 1;
        if (t < tokens.Length && AppositionOpeners.Contains(tokens[t].Span)) t++;
        else
        {
            if (t + 1 < tokens.Length && tokens[t].Span is "salah" && tokens[t + 1].Span is "satu") t += 2;
            else if (t < tokens.Length && tokens[t].Span is "satu") t++;
            if (t > end + 1 && t < tokens.Length && tokens[t].Span is "dari") t++;
            if (t > end + 1 && t < tokens.Length && Counters.Contains(tokens[t].Span)) t++;
        }

        if (t >= tokens.Length) return false;
        var noun = tokens[t].Span;
        return (CueNouns.Contains(noun) || FirmAppositionNouns.Contains(noun)) && noun is not "investor";
    }

    // The name is what a counted body's noun and its clause are: "satu-satunya produsen yang mengalami kenaikan penjualan
    // adalah Garmin", "Salah satu startup yang sedang mengincar peruntungan di segmen ini adalah Owl Labs". The count
    // before the noun makes the noun the subject's head: "pendiri perusahaan yang ... adalah Budi" names a founder.
    private static bool HasSubjectNoun(ReadOnlySpan<Token> tokens, int start)
    {
        if (start < 4 || tokens[start - 1].Span is not ("adalah" or "ialah")) return false;
        int t = start - 2;
        for (int words = 0; words < MaxClauseWords && t > 0 && tokens[t].Span is not "yang"; words++, t--)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsLower(tokens[t].Span[0])) return false;
        }

        if (t < 2 || tokens[t].Span is not "yang" || t == start - 2 || !CueNouns.Contains(tokens[t - 1].Span) || tokens[t - 1].Span is "investor") return false;
        var count = tokens[t - 2].Span;
        return count is "satu" or "sebuah" or "suatu" || (count is "nya" && t >= 3 && tokens[t - 3].Span is "satu-satu");
    }

    // How many words the clause between a counted body's noun and the copula holds at most, "yang" included.
    private const int MaxClauseWords = 8;

    // The whole name is a listed country or place, or opens with a place head ("Hotel", "Desa").
    private static bool IsListedPlace(ReadOnlySpan<Token> tokens, int start, int end, Gazetteer gazetteer)
    {
        int words = EntityTokens.WordCount(tokens, start, end);
        if (words == 0 || words > 16) return words == 0;
        Span<ulong> hashes = stackalloc ulong[words];
        int k = 0;
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind == TokenKind.Word) hashes[k++] = FeatureHash.OfLower(tokens[t].Span);
        }

        if (gazetteer.LongestMatch(hashes, 0, 1 << (int)GazetteerCategory.PlaceHead) > 0) return true;
        return gazetteer.LongestMatch(hashes, 0, Places) == words;
    }

    // The document tags the name, or a word of it, as a person elsewhere, or a word of it inside another person or
    // place, with no evidence of a body: the noun before it may name the person's or the place's body instead. Read from
    // two sets built once (comparing each name with every other span was quadratic: 1.2 MB of "koran lokal Asashi dan"
    // took over two minutes). The relabelling does not change them: it turns only names with evidence into
    // organisations, whose words the second set leaves out, and a name's text the first set holds is never relabelled.
    private sealed class NamedOtherwise
    {
        // Texts of persons without a body's noun before them.
        private readonly HashSet<string> _persons = new(StringComparer.Ordinal);

        // Words of the persons and places whose text has no evidence of a body.
        private readonly HashSet<string> _words = new(StringComparer.Ordinal);

        public NamedOtherwise(List<Entity> entities, ReadOnlySpan<Token> tokens, Dictionary<string, bool> evidence, Gazetteer gazetteer, ListedOrganizations.Table table)
        {
            foreach (var other in entities)
            {
                if (other.Label is not (EntityLabels.Person or EntityLabels.Location) || other.TokenStart < 0) continue;
                if (evidence.ContainsKey(other.Text))
                {
                    // The same text as a name being asked about: a person without the noun says person, if it looks like one.
                    if (other.Label == EntityLabels.Person && !HasCue(tokens, other.TokenStart, other.TokenEnd) && LooksPersonal(other, tokens, gazetteer, table))
                        _persons.Add(other.Text);
                    continue;
                }

                for (int j = other.TokenStart; j < other.TokenEnd; j++)
                {
                    if (tokens[j].Kind == TokenKind.Word) _words.AddSpan(tokens[j].Span);
                }
            }
        }

        // A person mention of two or more words, of a listed given name or surname, or with a person's context (a speech
        // verb or speaker's verb, a title, rank or honorific, an initial, an age) says person; an unknown word read alone as
        // a person with none of these is what the tagger makes of most unknown firms ("Honda serta Saitec", "Honda dan
        // Saitec memberikan ...") and says nothing.
        private static bool LooksPersonal(Entity entity, ReadOnlySpan<Token> tokens, Gazetteer gazetteer, ListedOrganizations.Table table)
            => EntityTokens.WordCount(tokens, entity.TokenStart, entity.TokenEnd) >= 2 || table.PersonNames.Contains(entity.Text)
               || ListedPlacePersons.IsPersonContext(tokens, entity, gazetteer);

        // Asked only of a name with evidence, so a span of its own text is never one of another name.
        public bool Holds(Entity entity, ReadOnlySpan<Token> tokens)
        {
            if (_persons.Contains(entity.Text)) return true;
            for (int i = entity.TokenStart; i < entity.TokenEnd; i++)
            {
                if (tokens[i].Kind == TokenKind.Word && tokens[i].Length >= 3 && _words.ContainsSpan(tokens[i].Span)) return true;
            }

            return false;
        }
    }
}
