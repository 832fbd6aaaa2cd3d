using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Finds the later mentions of a person by one part of the full name, which the tagger, seeing one sentence at a
/// time, often misses: after <c>Antonio Conte</c>, news writes <c>Conte</c> alone ("Hazard membela Conte"), after
/// <c>Marcus Fernaldi Gideon</c> it writes <c>Marcus / Kevin</c>.
/// </summary>
/// <remarks>
/// A word is read as the person when it is the first or last word of a person of two or more words that the
/// tagger found in the same document (not one with a digit, which is a product's model: <c>Beoplay P2</c>), or a
/// person of one word right after a rank, an official's post, an academic title or an honorific (<c>Sekjen Mendagri
/// Diah</c>, <c>Mbak Wiwit</c>) or a quote's speech verb (<c>tegas Sugiharto</c>), or right before a speaker's verb
/// (<c>Miryam menyebut</c>, not after a capitalised word inside the sentence; a one-word person alone is too often a club or brand), and it stands alone: no capitalised word next to it (so a longer name such
/// as <c>Aji Santoso</c> is not cut to <c>Santoso</c>) and no number (a line-up's <c>26-Stephan</c>). The part must
/// look like a name (capitalised, letters only, at least three of them, news not writing it in lower case), must not
/// be a rank or office (<c>Pangeran Harry</c> makes no person of <c>Pangeran</c>), a month or a weekday, and must
/// not occur inside a place or organisation of the document (the tagger's <c>Chievo Verona</c> as a person does
/// not make <c>Chievo</c> one where the club is named). A sentence's first word counts only when news writes it
/// capitalised, or the word is no dictionary word (<c>Conte adalah</c>, not <c>Hari ini</c> after <c>Hari Sabarno</c>).
/// </remarks>
internal static class PersonNameRepeats
{
    /// <summary>The shortest name part that is looked for again.</summary>
    private const int MinPartLength = 3;

    /// <summary>Adds a <see cref="EntityLabels.Person"/> entity for every lone repeat of a name part in <paramref name="document"/>.</summary>
    public static void Add(DocumentBuilder document, WordProfiles profiles, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        var parts = SourceParts(document, profiles, gazetteer, null, out var guarded);

        if (guarded is not null)
        {
            // A word that some other span gives unguarded stays unguarded.
            if (parts is not null) guarded.Keys.Where(parts.Contains).ToList().ForEach(part => guarded.Remove(part));
            foreach (string part in guarded.Keys) (parts ??= new HashSet<string>(StringComparer.Ordinal)).Add(part);
        }

        if (parts is null) return;

        // A word inside a place or organisation (or a value) of the document is not taken for the person.
        using var scratch = new ScratchArray<bool>(tokens.Length);
        var covered = scratch.Array;
        foreach (var entity in entities)
        {
            if (entity.TokenStart < 0) continue;
            for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
            {
                covered[t] = true;
                if (entity.Label != EntityLabels.Person) parts.RemoveSpan(text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start));
            }
        }

        if (parts.Count == 0) return;
#if NET9_0_OR_GREATER
        // Probed with spans: no string per capitalised word of the document.
        var partLookup = parts.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        List<int>? found = null;
        foreach (var sentence in document.Sentences)
        {
            int firstWord = -1;
            for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++)
            {
                if (firstWord < 0 && char.IsLetterOrDigit(text[tokens[t].Start])) firstWord = t;
                if (covered[t] || tokens[t].Kind != TokenKind.Word) continue;
                var word = text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
                if (word.Length < MinPartLength || !char.IsUpper(word[0])) continue;
#if NET9_0_OR_GREATER
                if (!partLookup.Contains(word)) continue;
#else
                if (!parts.Contains(word.ToString())) continue;
#endif
                if (t == firstWord && !MayOpenSentence(word, profiles)) continue;
                if (!StandsAlone(text, tokens, t, sentence, firstWord, profiles)) continue;
                (found ??= []).Add(t);
            }
        }

        if (found is null) return;
        HashSet<string>? alone = null;
        if (guarded is { Count: > 0 })
        {
            // Where news repeats the last word alone, the person goes by it; a first word before a full name is then
            // the tagger's run over a club or firm ("Ducati Paolo Ciabatti" ... "Ciabatti"), not a given name.
            alone = new HashSet<string>(StringComparer.Ordinal);
            foreach (int t in found) alone.Add(text.Substring(tokens[t].Start, tokens[t].End - tokens[t].Start));
            foreach (var entity in entities)
            {
                if (entity.Label == EntityLabels.Person && entity.TokenStart >= 0 && entity.TokenEnd == entity.TokenStart + 1) alone.Add(entity.Text);
            }
        }

        foreach (int t in found)
        {
            string word = text.Substring(tokens[t].Start, tokens[t].End - tokens[t].Start);
            if (alone is not null && guarded!.TryGetValue(word, out var surnames) && surnames.TrueForAll(alone.Contains)) continue;
            entities.Add(new Entity(word, EntityLabels.Person, tokens[t].Start, tokens[t].End)
            {
                TokenStart = t,
                TokenEnd = t + 1,
            });
        }
    }

    /// <summary>
    /// The first and last words of the document's persons of two or more words that may stand for the person alone,
    /// and the one-word persons after a title, with the doubtful source spans left out. A first word of a span of three or more words (perhaps a club or firm
    /// the tagger ran over) goes to <paramref name="guarded"/> instead, with the span's last words.
    /// </summary>
    /// <param name="document">The document with the tagger's entities.</param>
    /// <param name="profiles">The news word profiles.</param>
    /// <param name="gazetteer">The listed titles and heads.</param>
    /// <param name="keep">When given, a part is taken only where it returns true for the person span and the part's token.</param>
    /// <param name="guarded">First words of spans of three or more words, each with the last words of its spans.</param>
    internal static HashSet<string>? SourceParts(DocumentBuilder document, WordProfiles profiles, Gazetteer gazetteer, Func<Entity, int, bool>? keep,
                                                 out Dictionary<string, List<string>>? guarded)
    {
        var entities = document.Entities;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        // Person spans as their word sequences: a span's rest (all but an edge word) found as a person of its own
        // shows that edge word to be a prefix or suffix the tagger ran over ("Mercedes Toto Wolff", "Lewis Hamilton Mercedes").
        // Built on the first person of three words or more, the only ones that ask (a string per person otherwise).
        HashSet<string>? persons = null;

        HashSet<string>? parts = null;
        guarded = null;
        // A first word of three or more whose span's last word is also found alone: kept only if that last word is not.
        foreach (var entity in entities)
        {
            if (entity.Label != EntityLabels.Person || entity.TokenStart < 0) continue;
            int first = -1, last = -1, words = 0;
            for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
            {
                if (tokens[t].Kind != TokenKind.Word) continue;
                if (first < 0) first = t;
                last = t;
                words++;
            }

            // A model's code or number marks a product the tagger took for a person ("Beoplay P2", "Optane SSD 900P"):
            // its name alone elsewhere is the product too.
            if (first < 0 || HasDigit(text, tokens, entity.TokenStart, entity.TokenEnd)) continue;
            if (first == last)
            {
                // One word alone is the tagger's weakest person (a club, a brand, a sentence's capital); a title, rank
                // or honorific right before it is the evidence that it names someone ("Sekjen Mendagri Diah"), and so
                // is a quote's speech verb ("tegas Sugiharto", "tutur Bepe") or a speaker's verb after it ("Miryam menyebut"): only a person speaks.
                if (!AfterTitle(text, tokens, first, gazetteer) && !AfterSpeechVerb(tokens, first) && !BeforeSpeakerVerb(document, tokens, first)) continue;
                var single = text.AsSpan(tokens[first].Start, tokens[first].End - tokens[first].Start);
                if (!IsNamePart(text, tokens[first].Start, single, profiles, gazetteer) || (keep is not null && !keep(entity, first))) continue;
                (parts ??= new HashSet<string>(StringComparer.Ordinal)).AddSpan(single);
                continue;
            }

            // A short form at the end is an organisation's ("Fapet UB", a faculty of Universitas Brawijaya).
            if (IsAcronym(text, tokens[last])) continue;
            bool pair = HasHyphen(text, tokens, first, last);
            foreach (int t in (ReadOnlySpan<int>)[first, last])
            {
                // A piece of a name written with a spaced hyphen (Lee Jung - Jin, Oviedo - Joekes) is no name alone.
                int inner = t == first ? t + 1 : t - 1;
                if (IsHyphen(text, tokens[inner])) continue;
                if (words >= 3 && ContainsWords(persons ??= PersonSpans(text, tokens, entities), text, tokens, entity.TokenStart, entity.TokenEnd, t)) continue;
                var word = text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
                if (!IsNamePart(text, tokens[t].Start, word, profiles, gazetteer)) continue;
                if (keep is not null && !keep(entity, t)) continue;
                if (t == first && words >= 3 && !pair)
                {
                    string part = word.ToString();
                    guarded ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
                    if (!guarded.TryGetValue(part, out var surnames)) guarded[part] = surnames = [];
                    surnames.Add(text.Substring(tokens[last].Start, tokens[last].End - tokens[last].Start));
                }
                else
                {
                    (parts ??= new HashSet<string>(StringComparer.Ordinal)).AddSpan(word); // a string only for a new part
                }
            }
        }

        return parts;
    }

    /// <summary>The most words of a listed honorific looked for before a one-word person (<c>Anak Agung</c>, <c>Ida Bagus</c>).</summary>
    private const int MaxHonorificWords = 2;

    // Right before token t stands a rank or an official's post (Kompol, Kapten, Mendagri, Sekjen), an academic title
    // (Prof, Dr) or a listed honorific (Pak, Bu, Mbak, Om, Anak Agung). Not a commander's post that a place completes
    // (Kapolsek Tambun) nor a unit's head (Kanit Laka), and not the lists' titles: a player's, manager's or chair's role
    // is followed by the club or body as often as by a name (pemain Basel, manajer Brighton, Ketua Umum Kadin, Bupati Abdya).
    private static bool AfterTitle(string text, ReadOnlySpan<Token> tokens, int t, Gazetteer gazetteer)
    {
        if (t == 0 || tokens[t - 1].Kind != TokenKind.Word) return false;
        var before = text.AsSpan(tokens[t - 1].Start, tokens[t - 1].End - tokens[t - 1].Start);
        if ((PersonTitles.IsRankOrOffice(before) && !PersonTitles.IsLocalPost(before)) || PersonTitles.IsAcademicTitle(before)) return true;

        const byte honorifics = 1 << (int)GazetteerCategory.Honorific;
        Span<ulong> hashes = stackalloc ulong[MaxHonorificWords];
        int count = 0;
        for (int k = t - 1; k >= 0 && count < MaxHonorificWords && tokens[k].Kind == TokenKind.Word; k--)
        {
            count++;
            // Filled from the end, so that the honorific's words run in text order.
            hashes[MaxHonorificWords - count] = FeatureHash.OfLower(text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start));
            if (gazetteer.LongestMatch(hashes[(MaxHonorificWords - count)..], 0, honorifics) == count) return true;
        }

        return false;
    }

    // Right before token t stands a quote's speech verb ("kata", "ujar", "tutur", "tegas"), as in ", tegas Sugiharto.".
    private static bool AfterSpeechVerb(ReadOnlySpan<Token> tokens, int t)
        => t > 0 && tokens[t - 1].Kind == TokenKind.Word && ListedPlacePersons.SpeechVerbs.Contains(tokens[t - 1].Span);

    // Right after token t stands a speaker's verb ("Awang menjelaskan", "Adele mengatakan,"), past a comma, and the word
    // opens the name: a capitalised word before it, unless that word opens the sentence ("Namun Miryam menyebut"), is the
    // head of a longer name the tagger cut ("Unit Pelaksana Teknis Lokawisata Baturraden menyebut": a resort, not a speaker).
    private static bool BeforeSpeakerVerb(DocumentBuilder document, ReadOnlySpan<Token> tokens, int t)
    {
        int after = t + 1;
        if (after < tokens.Length && tokens[after].Span is ",") after++;
        if (after >= tokens.Length || !ListedPlacePersons.SpeakerVerbs.Contains(tokens[after].Span)) return false;
        if (t == 0 || tokens[t - 1].Kind != TokenKind.Word || !char.IsUpper(document.Text[tokens[t - 1].Start])) return true;
        return EntityTokens.SentenceStart(document.Sentences, t - 1) == t - 1;
    }

    // The word sequences of the document's person spans, each joined by single spaces.
    private static HashSet<string> PersonSpans(string text, ReadOnlySpan<Token> tokens, List<Entity> entities)
    {
        var persons = new HashSet<string>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[MaxStackWords];
        foreach (var entity in entities)
        {
            if (entity.Label != EntityLabels.Person || entity.TokenStart < 0) continue;
            int length = WordsLength(tokens, entity.TokenStart, entity.TokenEnd, -1);
            Span<char> words = length <= MaxStackWords ? buffer : new char[length];
            persons.AddSpan(words[..WriteWords(text, tokens, entity.TokenStart, entity.TokenEnd, -1, words)]);
        }

        return persons;
    }

    // Whether persons holds the words of the span [from, to) without the word at token index skip.
    private static bool ContainsWords(HashSet<string> persons, string text, ReadOnlySpan<Token> tokens, int from, int to, int skip)
    {
        int length = WordsLength(tokens, from, to, skip);
        Span<char> words = length <= MaxStackWords ? stackalloc char[MaxStackWords] : new char[length];
        return persons.ContainsSpan(words[..WriteWords(text, tokens, from, to, skip, words)]);
    }

    /// <summary>The longest span's words joined in a buffer on the stack; a longer span's go to the heap.</summary>
    private const int MaxStackWords = 256;

    // The length of the words of a span joined by single spaces, leaving out the word at token index skip.
    private static int WordsLength(ReadOnlySpan<Token> tokens, int from, int to, int skip)
    {
        int length = 0;
        for (int t = from; t < to; t++)
        {
            if (t == skip || tokens[t].Kind != TokenKind.Word) continue;
            if (length > 0) length++;
            length += tokens[t].End - tokens[t].Start;
        }

        return length;
    }

    // Writes those words to destination (at least WordsLength long); returns how many characters it wrote.
    private static int WriteWords(string text, ReadOnlySpan<Token> tokens, int from, int to, int skip, Span<char> destination)
    {
        int length = 0;
        for (int t = from; t < to; t++)
        {
            if (t == skip || tokens[t].Kind != TokenKind.Word) continue;
            if (length > 0) destination[length++] = ' ';
            text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start).CopyTo(destination[length..]);
            length += tokens[t].End - tokens[t].Start;
        }

        return length;
    }

    // Two or more capitals and nothing else: an organisation's short form ("Fapet UB", "Ramayana RBP").
    private static bool IsAcronym(string text, Token token)
    {
        if (token.End - token.Start < 2) return false;
        for (int k = token.Start; k < token.End; k++)
        {
            if (!char.IsUpper(text[k])) return false;
        }

        return true;
    }

    // A spaced hyphen inside joins two people ("Anies Baswedan - Sandiaga"): its last word is the other one's.
    private static bool HasHyphen(string text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        for (int t = first + 1; t < last; t++)
        {
            if (IsHyphen(text, tokens[t])) return true;
        }

        return false;
    }

    private static bool HasDigit(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start).IndexOfAnyInRange('0', '9') >= 0) return true;
        }

        return false;
    }

    private static bool IsHyphen(string text, Token token)
        => token.End - token.Start == 1 && text[token.Start] is '-' or '\u2013';

    // Capitalised, letters only, long enough, and not a word that news writes in lower case, a title, a month or a day.
    private static bool IsNamePart(string text, int start, ReadOnlySpan<char> word, WordProfiles profiles, Gazetteer gazetteer)
    {
        if (word.Length < MinPartLength || !char.IsUpper(word[0])) return false;
        for (int k = 1; k < word.Length; k++)
        {
            if (!char.IsLower(word[k])) return false;
        }

        if (IsLowerCaseInNews(word, profiles) || PersonTitles.IsRankOrOffice(word)) return false;

        // A listed title, honorific or head word is the tagger's span running over the title ("Raja Bhumibol").
        const byte notNames = 1 << (int)GazetteerCategory.Title | 1 << (int)GazetteerCategory.Honorific
                              | 1 << (int)GazetteerCategory.OrganizationHead | 1 << (int)GazetteerCategory.PlaceHead;
        if (gazetteer.ListsWord(word, notNames)) return false;
        return Values.IndonesianCalendar.MatchMonth(text, start, false, out _) < 0
               && Values.IndonesianCalendar.MatchWeekday(text, start, out _) < 0;
    }

    // News has the word often enough to judge, and writes it capitalised less than half the time away from sentence starts.
    private static bool IsLowerCaseInNews(ReadOnlySpan<char> word, WordProfiles profiles)
    {
        uint profile = profiles.Get(FeatureHash.OfLower(word));
        // Wider than the recognizer's test (capitalised under a fifth of the time): a word news capitalises less
        // than half the time is too often an ordinary word to be repeated as a name.
        int capitals = WordProfiles.CapitalBucket(profile);
        return WordProfiles.FrequencyBand(profile) > 0 && capitals > 0 && capitals < WordProfiles.BucketCapitalShare(0.5);
    }

    // A sentence's capital says nothing: the word must be one news capitalises, or at least no dictionary word.
    internal static bool MayOpenSentence(ReadOnlySpan<char> word, WordProfiles profiles)
    {
        int bucket = WordProfiles.CapitalBucket(profiles.Get(FeatureHash.OfLower(word)));
        if (bucket >= WordProfiles.BucketCapitalShare(0.5)) return true;
        if (bucket != 0 || word.Length > Stemming.RootStemmer.MaxWordLength) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return !Stemming.RootStemmer.Default.IsWord(lower);
    }

    // No capitalised word or number right before or after, within the sentence; the sentence's first word may come
    // before when news writes it in lower case ("Namun Conte ...").
    private static bool StandsAlone(string text, ReadOnlySpan<Token> tokens, int t, Sentence sentence, int firstWord, WordProfiles profiles)
    {
        foreach (int n in (ReadOnlySpan<int>)[t - 1, t + 1])
        {
            if (n < sentence.TokenStart || n >= sentence.TokenEnd) continue;
            var token = tokens[n];
            if (token.Kind == TokenKind.Number) return false;
            if (token.Kind != TokenKind.Word || !char.IsUpper(text[token.Start])) continue;
            var neighbour = text.AsSpan(token.Start, token.End - token.Start);
            bool ordinaryOpener = n == firstWord
                                  && WordProfiles.CapitalBucket(profiles.Get(FeatureHash.OfLower(neighbour))) is > 0 and < 3;
            if (!ordinaryOpener) return false;
        }

        return true;
    }
}
