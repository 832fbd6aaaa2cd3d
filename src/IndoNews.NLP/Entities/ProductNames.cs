using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Products and works that the tagger read as people, places or organisations: a car or phone model after its noun
/// (<c>mobil baru Toyota Calya</c>, <c>ponsel Galaxy Note 7</c>), malware (<c>ransomware WannaCry</c>), and the title of a
/// film, song, album or show (<c>film Nyai</c>, <c>lagu Swish Swish</c>). Such a span is no entity, and neither are
/// its repeats in the document (<c>Calya</c>, <c>WannaCry</c> wherever they stand).
/// </summary>
/// <remarks>
/// <para>Our labels are people, places and organisations only. The cased corpora leave products and titles O
/// (idner-news-2k and NER UGM: <c>aplikasi Android</c>, <c>virus Ebola</c>; NERGrit: <c>film Ketika Cinta Bertasbih</c>,
/// <c>film King of the Kastle</c>, 33 of 57 capitalised words after <c>film</c> O, the rest mostly countries and
/// people); NERP, lower-cased, tags them IND, whole (<c>honda jazz</c>, <c>galaxy note 7</c>, <c>film dilan 1990</c>),
/// which the trainer maps to ORG for want of a product label, and no corpus tags the maker alone inside a product.
/// </para>
/// <para>After a product's noun (<c>mobil</c>, <c>motor</c>, <c>ponsel</c>, <c>tipe</c>, ...) the span must look like a
/// model, since these nouns also take owners and bodies (<c>mobil Jokowi</c>, <c>mobil Brimob</c>): a listed
/// organisation followed by more words (<c>Toyota Calya</c>, <c>Honda Jazz</c>), or a word with a digit or, in a span
/// of two or more words, an inner capital (<c>Galaxy Note 7</c>, <c>iPad Pro</c>); a lone word with no digit is the
/// brand, the maker's name (<c>ponsel BlackBerry</c>, as <c>ponsel Samsung</c>). After malware's noun any span is the
/// malware. After a work's noun (<c>film</c>, <c>lagu</c>, <c>album</c>, ...) the span is a title unless the document
/// names it, or a word of it, as an entity elsewhere, after no such noun: <c>album Taylor Swift</c> is the singer's
/// album where <c>Taylor Swift</c> is named again, <c>film Garin Nugroho</c> the director's film. A span that is a
/// listed country, place or organisation whole (<c>film Indonesia</c>, <c>aplikasi Twitter</c>, <c>mobil Honda</c>) or
/// a short form in capitals (<c>program BPPT</c>) always stays.</para>
/// </remarks>
internal static class ProductNames
{
    // Nouns for vehicles, devices and their kinds, whose next words are a model only when they look like one.
    private static readonly WordSet ProductHeads = new(
        ["mobil", "motor", "ponsel", "smartphone", "handphone", "hp", "tablet", "laptop", "tipe", "seri", "varian", "kendaraan", "sedan", "skuter", "skutik",
         "prosesor", "chip", "chipset", "satelit", "komputer", "robot", "drone", "perangkat"],
        ignoreCase: false);

    // Words that may stand between a device's noun and "bernama" ("komputer mini bernama Euclid", "prosesor kelas atas bernama
    // Ryzen Threadripper", "perangkat lunak pengendali bernama Mirai"); a person's noun there ("mobil korban bernama") is none.
    private static readonly WordSet NamedDeviceWords = new(
        ["mini", "baru", "terbaru", "anyar", "kecil", "pintar", "cerdas", "canggih", "kelas", "atas", "lunak", "keras", "pengendali", "jahat", "yang",
         "portabel", "khusus"],
        ignoreCase: false);

    // Nouns for places and firms that deal in devices; before a device's noun the name after "bernama" is theirs ("bengkel
    // mobil bernama Girls Auto Clinic Repair Center").
    private static readonly WordSet DealerNouns = new(
        ["bengkel", "toko", "gerai", "pabrik", "perusahaan", "produsen", "pembuat", "dealer", "diler", "showroom", "rental", "penyewaan", "komunitas",
         "klub", "pameran"]);

    // Specifications that may stand between a device's noun and its model ("prosesor quad-core Intel Atom x7-8700").
    private static readonly WordSet Specifications = new(["dual-core", "quad-core", "hexa-core", "octa-core", "mini"], ignoreCase: false);

    // Nouns for malware: the next name is the malware.
    private static readonly WordSet MalwareHeads = new(["virus", "ransomware", "malware", "worm", "trojan"]);

    // Nouns for works, apps and shows, whose next name is a title unless the document uses it as a name elsewhere.
    private static readonly WordSet WorkHeads = new(
        ["film", "lagu", "album", "single", "singel", "sinetron", "serial", "acara", "program", "aplikasi", "game", "gim", "novel", "drama", "buku", "fitur",
         "pelantun"], // "pelantun Wrecking Ball": the singer of a song, named by the song
        ignoreCase: false);

    // Words that may stand between the noun and the name ("mobil baru Toyota Calya", "lagu terbaru Roar").
    private static readonly WordSet Modifiers = new(["baru", "terbaru", "terbarunya", "anyar", "berjudul", "bertajuk"], ignoreCase: false);

    // Nouns for those who make or host a work; before a work's noun they make the next name a person or a firm.
    private static readonly WordSet MakerNouns = new(
        ["pembawa", "pemandu", "produser", "sutradara", "penulis", "pencipta", "pengarang", "komposer", "penyanyi", "studio", "rumah"],
        ignoreCase: false);

    private enum HeadKind : byte
    {
        None,
        Product,
        Malware,
        Work,
        NamedDevice, // a device's noun, then "bernama": whatever name follows is the device ("komputer mini bernama Euclid")
    }

    /// <summary>Removes from <paramref name="document"/> every person, place or organisation that is a product or a work, with its repeats.</summary>
    public static void Drop(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        HashSet<string>? products = null;
        HashSet<Entity>? mentions = null; // makers dropped in this mention only, a model right after them ("satelit Telkom 3S")
        HashSet<string>? namedWords = null; // words of the names that stand after no head, built when a title is seen
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (!IsName(entity) || !EntityTokens.CoversWholeTokens(entity, tokens)) continue;

            // A headline's capitalised noun run into the name ("Ransomware WannaCry"): the rest is the malware.
            if (entity.TokenEnd - entity.TokenStart >= 2 && MalwareHeads.Contains(tokens[entity.TokenStart].Span))
            {
                products ??= new HashSet<string>(StringComparer.Ordinal);
                products.Add(entity.Text);
                products.Add(document.Text[tokens[entity.TokenStart + 1].Start..entity.End]);
                continue;
            }

            var kind = Head(tokens, entity.TokenStart, document.Sentences);

            // A model right after the span ("satelit Telkom 3S", "satelit Palapa D") makes the span its maker's part of the
            // product's name; the maker's other mentions stay.
            if (kind == HeadKind.Product && ModelAfter(tokens, entity.TokenEnd) && !IsShortForm(entity.Text)
                && MakerWords(tokens, entity, gazetteer) == 0 && !HasModelWord(tokens, entity))
            {
                (mentions ??= []).Add(entity);
                continue;
            }

            if (kind == HeadKind.None || IsListedWhole(tokens, entity, gazetteer) || IsShortForm(entity.Text)) continue;
            int maker = MakerWords(tokens, entity, gazetteer);
            switch (kind)
            {
                case HeadKind.Product when maker == 0 && !HasModelWord(tokens, entity):
                    continue;
                case HeadKind.Work when entity.Label == EntityLabels.Person && (IsAuthorHead(tokens, entity.TokenStart) || BeforeTitle(tokens, entity.TokenEnd)):
                    continue;
                case HeadKind.Work:
                    namedWords ??= NamedWords(document);
                    if (HasNamedWord(tokens, entity, namedWords)) continue;
                    break;
            }

            products ??= new HashSet<string>(StringComparer.Ordinal);
            products.Add(entity.Text);

            // A named device's last word stands for it alone ("prosesor kelas atas bernama Ryzen Threadripper" ... "Kedua prosesor
            // Threadripper ini").
            if (kind == HeadKind.NamedDevice && entity.TokenEnd - entity.TokenStart >= 2 && tokens[entity.TokenEnd - 1].Kind == TokenKind.Word)
                products.Add(tokens[entity.TokenEnd - 1].Text);

            // The model without its maker is the product too ("Calya" after "Toyota Calya").
            if (maker > 0) products.Add(document.Text[tokens[entity.TokenStart + maker].Start..entity.End]);
        }

        if (products is null && mentions is null) return;
        products ??= new HashSet<string>(StringComparer.Ordinal);
        var allTokens = document.Tokens;
        entities.RemoveAll(e => IsName(e) && (products.Contains(e.Text) || (mentions?.Contains(e) ?? false)
                                              || IsMakerAndProduct(allTokens.AsSpan(), e, gazetteer, products)));
    }

    // A listed maker before a product dropped ("Intel Euclid" where "Euclid" is the device).
    private static bool IsMakerAndProduct(ReadOnlySpan<Token> tokens, Entity entity, Gazetteer gazetteer, HashSet<string> products)
    {
        if (products.Count == 0 || !EntityTokens.CoversWholeTokens(entity, tokens)) return false;
        int maker = MakerWords(tokens, entity, gazetteer);
        if (maker == 0) return false;
        int start = tokens[entity.TokenStart + maker].Start - tokens[entity.TokenStart].Start;
        return products.Contains(entity.Text[start..]);
    }

    // A model's word right after a span: letters with digits ("3S", "x7-8700") or a lone capital letter ("Palapa D") that no
    // number follows (not a plate, "B 1234 XYZ").
    private static bool ModelAfter(ReadOnlySpan<Token> tokens, int end)
    {
        if (end >= tokens.Length || tokens[end].Kind is not (TokenKind.Word or TokenKind.Number)) return false;
        var word = tokens[end].Span;
        if (word.Length == 1) return char.IsAsciiLetterUpper(word[0]) && (end + 1 >= tokens.Length || tokens[end + 1].Kind != TokenKind.Number);
        bool letter = false, digit = false;
        foreach (char c in word)
        {
            letter |= char.IsLetter(c);
            digit |= char.IsDigit(c);
        }

        return letter && digit;
    }

    /// <summary>Whether the entity is a person, place or organisation (the labels these rules drop).</summary>
    internal static bool IsName(Entity entity)
        => entity.Label is EntityLabels.Person or EntityLabels.Location or EntityLabels.Organization;

    // The kind of noun right before the token at start, past an opening quote and a modifier ("mobil baru", "film \"").
    private static HeadKind Head(ReadOnlySpan<Token> tokens, int start, IReadOnlyList<Sentence> sentences)
    {
        int t = start - 1;
        if (t >= 0 && tokens[t].Kind == TokenKind.Punctuation && tokens[t].Span is "\"" or "'" or "\u201C" or "\u2018") t--;
        if (t >= 0 && tokens[t].Span is "bernama") return NamedDevice(tokens, t);
        if (t >= 0 && Modifiers.Contains(tokens[t].Span)) t--;
        if (t >= 0 && Specifications.Contains(tokens[t].Span)) t--;
        if (t < 0 || tokens[t].Kind != TokenKind.Word) return HeadKind.None;
        scoped ReadOnlySpan<char> word = tokens[t].Span;

        // A sentence may open with the noun ("Film berjudul Sully ...", "Lagu Roar ..."); inside a sentence a capitalised
        // noun belongs to a name ("Festival Film Indonesia", "Program Studi ...").
        Span<char> lower = stackalloc char[16];
        if (word.Length <= lower.Length && char.IsUpper(word[0]) && !word[1..].ContainsAnyInRange('A', 'Z')
            && EntityTokens.SentenceStart(sentences, t) == t)
        {
            lower = lower[..word.ToLowerInvariant(lower)];
            word = lower;
        }

        if (ProductHeads.Contains(word)) return HeadKind.Product;
        if (MalwareHeads.Contains(word)) return HeadKind.Malware;
        if (!WorkHeads.Contains(word)) return HeadKind.None;

        // After a maker's or host's noun the name is that maker in apposition: "pembawa acara Jimmy Kimmel", "produser film
        // Harvey Weinstein", "studio film Warner Bros.", "penulis lagu Jim Vallance".
        return t > 0 && MakerNouns.Contains(tokens[t - 1].Span) ? HeadKind.None : HeadKind.Work;
    }

    // A device's noun before "bernama" at named, past up to three describing words ("komputer mini bernama").
    private static HeadKind NamedDevice(ReadOnlySpan<Token> tokens, int named)
    {
        for (int t = named - 1; t >= 0 && t >= named - 4; t--)
        {
            if (ProductHeads.Contains(tokens[t].Span)) return t > 0 && DealerNouns.Contains(tokens[t - 1].Span) ? HeadKind.None : HeadKind.NamedDevice;
            if (!NamedDeviceWords.Contains(tokens[t].Span)) return HeadKind.None;
        }

        return HeadKind.None;
    }

    // A person after "novel" or "buku" is its author ("novel Dewi Lestari", "buku Frank Miller") more often than its title.
    private static bool IsAuthorHead(ReadOnlySpan<Token> tokens, int start)
    {
        for (int t = start - 1; t >= 0 && t >= start - 3; t--)
        {
            if (tokens[t].Kind != TokenKind.Word) continue;
            if (tokens[t].Span is "novel" or "buku") return true;
            if (!Modifiers.Contains(tokens[t].Span)) return false;
        }

        return false;
    }

    // A person before a title's word ("lagu Kanye West yang berjudul Ultralight Beam") is the work's maker.
    private static bool BeforeTitle(ReadOnlySpan<Token> tokens, int end)
    {
        int t = end;
        if (t < tokens.Length && tokens[t].Span is "yang") t++;
        return t < tokens.Length && tokens[t].Span is "berjudul" or "bertajuk";
    }

    // Whether the whole span is a listed country, place or organisation ("Indonesia", "Twitter", "BPJS Kesehatan").
    private static bool IsListedWhole(ReadOnlySpan<Token> tokens, Entity entity, Gazetteer gazetteer)
    {
        const byte names = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place | 1 << (int)GazetteerCategory.Organization;
        int n = entity.TokenEnd - entity.TokenStart;
        Span<ulong> hashes = n <= 16 ? stackalloc ulong[n] : new ulong[n];
        for (int k = 0; k < n; k++) hashes[k] = FeatureHash.OfLower(tokens[entity.TokenStart + k].Span);
        return gazetteer.LongestMatch(hashes, 0, names) == n;
    }

    // How many tokens a listed organisation takes at the start of a longer span (the maker of "Toyota Calya"), or 0.
    internal static int MakerWords(ReadOnlySpan<Token> tokens, Entity entity, Gazetteer gazetteer)
    {
        const byte organizations = 1 << (int)GazetteerCategory.Organization;
        int n = entity.TokenEnd - entity.TokenStart;
        if (n < 2) return 0;
        Span<ulong> hashes = n <= 16 ? stackalloc ulong[n] : new ulong[n];
        for (int k = 0; k < n; k++) hashes[k] = FeatureHash.OfLower(tokens[entity.TokenStart + k].Span);
        int maker = gazetteer.LongestMatch(hashes, 0, organizations);
        return maker > 0 && maker < n && tokens[entity.TokenStart + maker].Kind is TokenKind.Word or TokenKind.Number ? maker : 0;
    }

    // A model's word: a number or a word with a digit (Note 7, S8), or in a longer span an inner capital not after a hyphen
    // (iPad Pro). A lone word with an inner capital is the brand, its maker's name ("ponsel BlackBerry", as "ponsel Samsung"),
    // which the document also uses for the firm ("BlackBerry memang sudah lepas tangan untuk memproduksi smartphone").
    private static bool HasModelWord(ReadOnlySpan<Token> tokens, Entity entity)
    {
        bool alone = entity.TokenEnd - entity.TokenStart == 1;
        for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
        {
            if (tokens[t].Kind == TokenKind.Number) return true;
            var word = tokens[t].Span;
            for (int k = 0; k < word.Length; k++)
            {
                if (char.IsDigit(word[k]) || (!alone && k > 0 && char.IsUpper(word[k]) && char.IsLower(word[k - 1]))) return true;
            }
        }

        return false;
    }

    // A short form in capitals ("BPPT", "ILO"): a body named after the noun, not a title.
    private static bool IsShortForm(string text)
    {
        if (text.Length < 2) return false;
        foreach (char c in text)
        {
            if (char.IsLower(c) || char.IsWhiteSpace(c)) return false;
        }

        return true;
    }

    // The words of the document's names that stand after no product, malware or work noun.
    private static HashSet<string> NamedWords(DocumentBuilder document)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
        {
            if (!IsName(entity) || entity.TokenStart < 0 || Head(tokens, entity.TokenStart, document.Sentences) != HeadKind.None) continue;
            for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
            {
                if (tokens[t].Kind == TokenKind.Word && char.IsUpper(tokens[t].Span[0])) words.Add(tokens[t].Text);
            }
        }

        return words;
    }

    private static bool HasNamedWord(ReadOnlySpan<Token> tokens, Entity entity, HashSet<string> namedWords)
    {
        for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && namedWords.Contains(tokens[t].Text)) return true;
        }

        return false;
    }
}
