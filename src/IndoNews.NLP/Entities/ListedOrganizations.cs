using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A listed organisation is an organisation: a span that the tagger read as a person or a place and whose whole text is,
/// as written, a name of the shipped organisation lists (<c>Schalke</c>, <c>Ferrari</c>, <c>Louis Vuitton</c>,
/// <c>Black Sabbath</c>, <c>Aremania</c>) becomes <see cref="EntityLabels.Organization"/> where the lists leave no doubt;
/// so does a person of two tokens that is such a name and a model's capital letter or digits (<c>Logitech G</c>).
/// </summary>
/// <remarks>
/// <para>The lists are <c>ner/gazetteers/organizations.txt</c> and <c>ner/gazetteers-large/organizations.txt</c> of the data
/// folder, read on first use, once and thread-safely; the model does not hold the larger lists (see
/// <c>data/ner/SOURCE.md</c>, seventh round). A name is taken from a person only where no person list of either folder
/// holds it (in any case), and from a place only where no place or country list does: <c>Liverpool</c>, a club and a town,
/// stays a place. The match is exact and case-sensitive (<c>Telegraph</c>, not <c>telegraph</c>), on the span's whole
/// text; no span is added or changed in extent. A one-word person that is a word of a person of two or more words in the
/// document stays (<c>Cornell</c> after <c>Chris Cornell</c>). Without the lists in the data folder nothing changes.</para>
/// </remarks>
internal static class ListedOrganizations
{
    /// <summary>The shipped organisation lists, relative to the data folder; the person and place lists sit beside them.</summary>
    internal static readonly string[] Folders = ["ner/gazetteers", "ner/gazetteers-extra", "ner/gazetteers-large"];

    private static readonly RetryingLazy<Table> Default = new(() => Load([.. Folders.Select(f => Path.Combine(DataFiles.Directory, f))]));

    /// <summary>The shipped lists, read on first use.</summary>
    internal static Table Lists => Default.Value;

    /// <summary>Relabels as organisations the person and place spans of <paramref name="document"/> that name a listed organisation.</summary>
    public static void Relabel(DocumentBuilder document) => Relabel(document, Default.Value);

    internal static void Relabel(DocumentBuilder document, Table table)
    {
        var entities = document.Entities;
        if (entities.Count == 0 || table.IsEmpty) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        HashSet<string>? personWords = null;
        bool personWordsBuilt = false;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            bool person = entity.Label == EntityLabels.Person;
            if (!person && entity.Label != EntityLabels.Location) continue;
            if (entity.Text.Length <= 2 || entity.TokenStart < 0 || !EntityTokens.CoversWholeTokens(entity, tokens)) continue;
            // A listed firm's product line read as a person ("melalui Logitech G", "general manager Logitech G") is named
            // by the firm's brand: the organisation, as the lone firm beside it is.
            bool line = person && IsModelOfListed(tokens, entity, table);
            if (!line && !table.IsOrganization(entity.Text, person)) continue;
            if (person ? IsPersonContext(tokens, entity) : table.HasPlaceHead(entity.Text) || IsPlaceContext(tokens, entities, i, table)) continue;
            if (person && entity.TokenEnd - entity.TokenStart == 1)
            {
                if (!personWordsBuilt)
                {
                    personWords = PersonWords(tokens, entities, table);
                    personWordsBuilt = true;
                }

                if (personWords is not null && personWords.Contains(entity.Text)) continue;
            }

            entities[i] = entity.WithLabel(EntityLabels.Organization);
        }
    }

    // A person's age in brackets after the name ("Muse (20)") or an initial before it ("L. Valencia") marks a person.
    internal static bool IsPersonContext(ReadOnlySpan<Token> tokens, Entity entity)
    {
        int after = entity.TokenEnd;
        if (after + 2 < tokens.Length && tokens[after].Span is "(" && tokens[after + 2].Span is ")" && Tokenization.CharClass.IsDigits(tokens[after + 1].Span)) return true;
        int start = entity.TokenStart;
        return (start >= 1 && EntityTokens.InitialLength(tokens, start - 1, start) == 1)
               || (start >= 2 && EntityTokens.InitialLength(tokens, start - 2, start) == 2);
    }

    // A place noun in lower case before the name ("di pulau Tenerife") or a comma and a country after it ("di Bochum,
    // Jerman") marks a place; a club in a list of clubs ("Bristol City, Blackburn") has none.
    private static bool IsPlaceContext(ReadOnlySpan<Token> tokens, List<Entity> entities, int index, Table table)
    {
        var entity = entities[index];
        if (entity.TokenStart > 0 && PlaceNouns.Contains(tokens[entity.TokenStart - 1].Span)) return true;
        int comma = entity.TokenEnd;
        if (comma >= tokens.Length || tokens[comma].Span is not ",") return false;
        return index + 1 < entities.Count && entities[index + 1].TokenStart == comma + 1 && entities[index + 1].Label == EntityLabels.Location
               && table.Countries.Contains(entities[index + 1].Text);
    }

    // Lower-case nouns for a kind of place, written before its name.
    internal static readonly WordSet PlaceNouns = new(["pulau", "kota", "provinsi", "negara", "wilayah", "kawasan", "daerah", "desa", "kabupaten", "kecamatan", "kampung", "distrik", "negeri"], ignoreCase: false);

    // The words of the document's persons of two or more words; not of a listed firm's product line with a one-letter or
    // digit model, which the tagger reads as a longer person ("melalui Logitech G" beside "Logitech telah mengakuisisi").
    private static HashSet<string>? PersonWords(ReadOnlySpan<Token> tokens, List<Entity> entities, Table table)
    {
        HashSet<string>? words = null;
        foreach (var entity in entities)
        {
            if (entity.Label != EntityLabels.Person || entity.TokenStart < 0 || EntityTokens.WordCount(tokens, entity.TokenStart, entity.TokenEnd) < 2) continue;
            if (IsModelOfListed(tokens, entity, table)) continue;
            for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
            {
                if (tokens[t].Kind == TokenKind.Word) (words ??= new HashSet<string>(StringComparer.Ordinal)).AddSpan(tokens[t].Span);
            }
        }

        return words;
    }

    /// <summary>Whether a person span is two tokens, a listed organisation (no listed person) and one capital letter or
    /// digits: a firm's product line that the tagger read as a person (<c>Logitech G</c>), which says nothing of the firm's
    /// word alone.</summary>
    internal static bool IsModelOfListed(ReadOnlySpan<Token> tokens, Entity entity, Table table)
    {
        if (entity.TokenEnd - entity.TokenStart != 2) return false;
        var model = tokens[entity.TokenStart + 1].Span;
        bool isModel = model.Length == 1 ? char.IsAsciiLetterUpper(model[0]) || char.IsAsciiDigit(model[0]) : Tokenization.CharClass.IsDigits(model);
        return isModel && table.FromPersons.Contains(tokens[entity.TokenStart].Span);
    }

    /// <summary>Reads the organisation, person and place lists of <paramref name="folders"/> (missing files are skipped).</summary>
    internal static Table Load(IReadOnlyList<string> folders)
    {
        var organizations = new List<string>();
        var places = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var countries = new List<string>();
        var persons = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string folder in folders)
        {
            Read(Path.Combine(folder, "organizations.txt"), organizations);
            persons.UnionWith(Phrases(Path.Combine(folder, "person-names.txt")));
            places.UnionWith(Phrases(Path.Combine(folder, "places.txt")));
            Read(Path.Combine(folder, "countries.txt"), countries);
        }

        places.UnionWith(countries);

        var heads = new List<string>(FacilityHeads);
        foreach (string folder in folders) Read(Path.Combine(folder, "place-heads.txt"), heads);

        var fromPersons = new List<string>();
        var fromPlaces = new List<string>();
        foreach (string name in organizations)
        {
            if (!persons.Contains(name)) fromPersons.Add(name);
            if (!places.Contains(name)) fromPlaces.Add(name);
        }

        return new Table(new WordSet(fromPersons, ignoreCase: false), new WordSet(fromPlaces, ignoreCase: false), new WordSet(heads), new WordSet(countries))
        {
            PersonNames = new WordSet(persons),
            Places = new WordSet(places),
        };
    }

    // The phrases of a gazetteer list (GazetteerFiles.ReadPhrases), spaces inside a phrase made single, as entity texts
    // are compared.
    private static IEnumerable<string> Phrases(string path)
        => GazetteerFiles.ReadPhrases(path).Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    private static void Read(string path, List<string> names) => names.AddRange(Phrases(path));

    // Words that open the name of a building or compound as well as of the body in it ("Mako Brimob", "Rutan Salemba",
    // "Pengadilan Tipikor", "Istana Kepresidenan"; a court's short form too, "PN Jakarta Barat"): where the tagger read a
    // place, it is often the place ("di Mako Brimob", "tiba di PN Jakarta Barat").
    private static readonly string[] FacilityHeads = ["Istana", "Rutan", "Lapas", "Mako", "Mabes", "Markas", "Lanud", "Pengadilan", "PN", "PTUN", "Kampus", "Kantor", "Balai", "Sekolah"];

    /// <summary>The organisations that no person list holds, those that no place or country list holds, the words that
    /// open a building's name, and the countries.</summary>
    /// <param name="FromPersons">Names a person span may give up.</param>
    /// <param name="FromPlaces">Names a place span may give up.</param>
    /// <param name="PlaceHeads">First words that keep a place a place.</param>
    /// <param name="Countries">The listed countries.</param>
    internal sealed record Table(WordSet FromPersons, WordSet FromPlaces, WordSet PlaceHeads, WordSet Countries)
    {
        /// <summary>Whether the first word of <paramref name="text"/> opens a building's or compound's name.</summary>
        public bool HasPlaceHead(string text)
        {
            int space = text.IndexOf(' ', StringComparison.Ordinal);
            return space > 0 && PlaceHeads.Contains(text.AsSpan(0, space));
        }

        /// <summary>The listed person names (given names and surnames, any case), for rules that ask whether a word is one.</summary>
        public WordSet PersonNames { get; init; } = new WordSet([]);

        /// <summary>The listed places and countries (any case).</summary>
        public WordSet Places { get; init; } = new WordSet([]);

        /// <summary>Whether the lists hold nothing.</summary>
        public bool IsEmpty => FromPersons.Count == 0 && FromPlaces.Count == 0;

        /// <summary>Whether <paramref name="text"/> is a listed organisation and no listed person, place or country.</summary>
        public bool IsOrganizationOnly(string text) => FromPersons.Contains(text) && FromPlaces.Contains(text);

        /// <summary>Whether <paramref name="text"/>, tagged a person (or else a place), is a listed organisation only.</summary>
        public bool IsOrganization(string text, bool person) => (person ? FromPersons : FromPlaces).Contains(text);
    }
}
