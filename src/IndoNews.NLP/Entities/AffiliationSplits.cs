using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Splits a span that runs a post holder's place or organisation into the holder's name: news writes a post, the place
/// or body it serves and the person one after the other, and the tagger often reads the last two as one name.
/// "kata Sekretaris Daerah (Sekda) DKI Jakarta Saefullah" gives the place <c>DKI Jakarta</c> and the person
/// <c>Saefullah</c>, "Ketua Umum Partai Golkar Setya Novanto" the organisation <c>Partai Golkar</c> and the person
/// <c>Setya Novanto</c>, "pebalap Ferrari Sebastian Vettel" <c>Ferrari</c> and <c>Sebastian Vettel</c>.
/// </summary>
/// <remarks>
/// <para>A span of the tagger (person, place or organisation) is split when the document shows both of its parts
/// apart. The tail must be a person: the same words tagged alone as a person elsewhere in the document (<c>Setya
/// Novanto</c>), or two or three words whose last word is (<c>Sebastian Vettel</c> where <c>Vettel</c> is named) or,
/// failing that, whose first word is (<c>pentolan FPI Rizieq Shihab</c> where <c>Rizieq</c> is named). The
/// head must be a place or organisation: the same words tagged alone as one elsewhere in the document, a listed
/// country, place or organisation (<c>DKI Jakarta</c>), or, for a tail found whole, a listed organisation head and
/// at least one more word (<c>Kementerian ESDM</c>, <c>Fraksi Gerindra</c>). Where the tagger read the whole span as a
/// person, a head known as a whole name (tagged alone more often as a place or organisation than as a person, or listed)
/// lets a tail of two or three name words go although the document names it nowhere else (<c>Ketua Umum Perbanas Kartika
/// Wirjoatmodjo</c>). A post must come before the span, perhaps
/// with the rest of its capitalised title between (<c>Kepala Dinas Pendidikan (Kadisdik)</c>): without it, a brand and
/// its product (<c>Toyota Calya</c>, <c>Range Rover Velar</c>, where the tagger also reads the product alone as a
/// person) or a name such as <c>Paris Hilton</c> would be cut.</para>
/// <para>Not split: a span the document repeats whole (<c>Gelandang AS Monaco</c> ... <c>AS Monaco</c>: a name
/// written twice the same way is one name); a tail with a word that is not a name's (a listed place, organisation,
/// head, title or honorific, a word of another place or organisation of the document: <c>United</c> of
/// <c>Newcastle United Rafa Benitez</c> where <c>West Ham United</c> is named); a head that ends in an initial
/// (<c>Partai Demokrat M</c> | <c>Nazaruddin</c> is split as <c>Partai Demokrat</c> | <c>M Nazaruddin</c>). The tail
/// taken is the longest person found whole, else the shortest (two words, then three) whose head is known as a whole name. A
/// given name's syllable that <see cref="HyphenatedGivenNames"/> joined to the span is counted with the last word
/// (<c>Presiden Korsel Moon Jae - in</c> → <c>Korsel</c> | <c>Moon Jae - in</c>). Runs on the tagger's
/// entities, before <see cref="PersonShortForms"/> and <see cref="PersonNameRepeats"/>, which then see the person alone.</para>
/// </remarks>
internal static class AffiliationSplits
{
    /// <summary>The most tokens between a post and the span: the rest of a written-out title (<c>Direktur Jenderal Kependudukan dan Pencatatan Sipil</c>).</summary>
    private const int MaxPostDistance = 8;

    /// <summary>The most words of a tail found by its last word: a given name and a surname, perhaps with one more.</summary>
    private const int MaxSurnameTailWords = 3;

    /// <summary>The fewest words of a person named nowhere else in the document: a given name and a surname.</summary>
    private const int MinNewTailWords = 2;

    // Posts that news writes before a holder's place or body and name, which the title list lacks (it lists
    // Sekretaris Jenderal, Anggota DPR as phrases): "Sekretaris Daerah", "anggota Komisi II DPR", "pebalap Ferrari".
    private static readonly Internal.WordSet MorePosts = new(
        ["Sekretaris", "Sekda", "Anggota", "Wakil", "Staf", "Asisten", "Pebalap", "Legislator", "Founder", "Bos", "Pentolan"], ignoreCase: true);

    /// <summary>Splits every span of <paramref name="document"/> that runs a place or organisation into a person's name.</summary>
    public static void Split(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count < 2) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        // Each name's words and how often each is tagged as what: built on the first span after a post, in tables kept
        // on the thread from document to document.
        var tables = ThreadScratch<Tables>.Take();
        try
        {
            Split(document, gazetteer, entities, tokens, tables);
        }
        finally
        {
            ThreadScratch<Tables>.Return(tables);
        }
    }

    private static void Split(DocumentBuilder document, Gazetteer gazetteer, List<Entity> entities, ReadOnlySpan<Token> tokens, Tables tables)
    {
        Dictionary<string, (int Persons, int Places, int Organizations)>? names = null;
        PlaceWords? placeWords = null;

        // The entities with every split made, built on the first split: inserting each tail into the list would move all
        // the entities after it, quadratic in a document of many splits.
        List<Entity>? result = null;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            result?.Add(entity);
            if (entity.TokenStart < 0 || entity.TokenEnd - entity.TokenStart < 2) continue;
            if (entity.Label is not (EntityLabels.Person or EntityLabels.Location or EntityLabels.Organization)) continue;
            if (!EntityTokens.CoversWholeTokens(entity, tokens)) continue;

            // The post first: it is cheap and rules out most spans.
            if (!AfterPost(tokens, entity.TokenStart, EntityTokens.SentenceStart(document.Sentences, entity.TokenStart), gazetteer)) continue;
            names ??= Names(tokens, entities, tables.Names);
            TryGetCount(names, tokens, entity.TokenStart, entity.TokenEnd, out var count); // every name is counted
            if (count.Persons + count.Places + count.Organizations > 1) continue; // written whole again: one name
            placeWords ??= tables.PlaceWords.Load(document);
            int split = SplitPoint(document, entity, names, placeWords, gazetteer, out string? headLabel);
            if (split < 0) continue;

            string text = document.Text;
            int headEnd = tokens[split - 1].End, tailStart = tokens[split].Start;
            var head = new Entity(text[entity.Start..headEnd], headLabel!, entity.Start, headEnd)
            {
                TokenStart = entity.TokenStart,
                TokenEnd = split,
            };
            var tail = new Entity(text[tailStart..entity.End], EntityLabels.Person, tailStart, entity.End)
            {
                TokenStart = split,
                TokenEnd = entity.TokenEnd,
            };
            placeWords.Count(entity, -1);
            placeWords.Count(head, +1);
            if (result is null)
            {
                result = new List<Entity>(entities.Count + 16);
                for (int k = 0; k < i; k++) result.Add(entities[k]);
            }
            else
            {
                result.RemoveAt(result.Count - 1); // the span just added, replaced by its two parts
            }

            result.Add(head);
            result.Add(tail);
        }

        if (result is null) return;
        entities.Clear();
        entities.AddRange(result);
    }

    // The token where the person begins, or -1; headLabel is the label of the part before it.
    private static int SplitPoint(DocumentBuilder document, Entity entity, Dictionary<string, (int Persons, int Places, int Organizations)> names,
                                  PlaceWords placeWords, Gazetteer gazetteer, out string? headLabel)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int from = entity.TokenStart, to = entity.TokenEnd;

        // A given name's syllable after a hyphen, which HyphenatedGivenNames joined to the span ("Korsel Moon Jae - in"),
        // belongs to the name's last word: the words are counted without it.
        int last = to - HyphenatedSyllable(document.Text, tokens, from, to);

        // The tail's words must be a name's; the longest such tail bounds every split.
        int nameFrom = last;
        while (nameFrom > from + 1 && IsNameWord(tokens[nameFrom - 1], entity, placeWords, gazetteer)) nameFrom--;

        // A person found whole, the longest first: "Partai Golkar | Setya Novanto", not "Partai Golkar Setya | Novanto".
        for (int split = nameFrom; split < last; split++)
        {
            if (!TryGetCount(names, tokens, split, to, out var tail) || tail.Persons == 0) continue;
            headLabel = HeadLabel(tokens, from, split, names, gazetteer, allowHeadWord: true);
            if (headLabel is not null) return split;
        }

        // A given name and a surname found alone: the head must be a whole name, the shortest tail first.
        if (names.TryGetValueSpan(tokens[last - 1].Span, out var surname) && surname.Persons > 0)
        {
            for (int split = last - 2; split >= Math.Max(nameFrom, last - MaxSurnameTailWords); split--)
            {
                headLabel = HeadLabel(tokens, from, split, names, gazetteer, allowHeadWord: false);
                if (headLabel is not null) return split;
            }
        }

        // A given name found alone, as news names a person after the first mention ("pentolan FPI Rizieq Shihab" ...
        // "kubu Rizieq"): the tail opens with it, and the head must be a whole name, the shortest tail first.
        for (int split = last - 2; split >= Math.Max(nameFrom, last - MaxSurnameTailWords); split--)
        {
            if (!names.TryGetValueSpan(tokens[split].Span, out var given) || given.Persons == 0) continue;
            headLabel = HeadLabel(tokens, from, split, names, gazetteer, allowHeadWord: false);
            if (headLabel is not null) return split;
        }

        // The tagger read a person, and its first words are a place or organisation named alone in the document (more often
        // than a person) or listed: the rest is the person, also when the document names them nowhere else ("Ketua Umum
        // Perbanas | Kartika Wirjoatmodjo", "salah satu Exco | Papat Yunisal"). The shortest such head first. A one-word
        // rest may be a surname ("pelatih Arema Aji Santoso" where the tagger once read "Aji" alone as a body), so it
        // must be named alone.
        if (entity.Label == EntityLabels.Person)
        {
            for (int split = Math.Max(nameFrom, last - MaxSurnameTailWords); split <= last - MinNewTailWords; split++)
            {
                if (TryGetCount(names, tokens, from, split, out var head) && head.Persons >= head.Places + head.Organizations) continue;
                headLabel = HeadLabel(tokens, from, split, names, gazetteer, allowHeadWord: false);
                if (headLabel is not null) return split;
            }
        }

        headLabel = null;
        return -1;
    }

    // 2 when the span [from, to) ends in a hyphen and a lower-case syllable after a capitalised word ("Jae - in",
    // "Jae-in"), else 0.
    private static int HyphenatedSyllable(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        if (to - from < 4 || tokens[to - 2].Span is not "-" || tokens[to - 1].Kind != TokenKind.Word) return 0;
        var syllable = tokens[to - 1].Span;
        foreach (char c in syllable)
        {
            if (!char.IsLower(c)) return 0;
        }

        return EntityTokens.IsCapitalisedWord(text, tokens[to - 3]) ? 2 : 0;
    }

    // The label of tokens [from, to) as a place or organisation of their own, or null when nothing shows them to be one.
    private static string? HeadLabel(ReadOnlySpan<Token> tokens, int from, int to, Dictionary<string, (int Persons, int Places, int Organizations)> names,
                                     Gazetteer gazetteer, bool allowHeadWord)
    {
        var end = tokens[to - 1];
        if (end.Kind != TokenKind.Word || end.End - end.Start < 2) return null; // "Partai Demokrat M": the initial is the person's
        if (TryGetCount(names, tokens, from, to, out var count) && count.Places + count.Organizations > 0)
        {
            return count.Places > count.Organizations ? EntityLabels.Location : EntityLabels.Organization;
        }

        int length = to - from;
        Span<ulong> hashes = length <= 16 ? stackalloc ulong[length] : new ulong[length];
        for (int t = from; t < to; t++) hashes[t - from] = FeatureHash.OfLower(tokens[t].Span);
        const byte places = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place;
        if (gazetteer.LongestMatch(hashes, 0, places) == length) return EntityLabels.Location;
        if (gazetteer.LongestMatch(hashes, 0, 1 << (int)GazetteerCategory.Organization) == length) return EntityLabels.Organization;
        int headWord = gazetteer.LongestMatch(hashes, 0, 1 << (int)GazetteerCategory.OrganizationHead);
        return allowHeadWord && headWord > 0 && headWord < length ? EntityLabels.Organization : null;
    }

    // A word that may be part of a person's name: capitalised letters, no listed name or head, title or honorific, and
    // no word of another place or organisation of the document (one written differently from this span).
    private static bool IsNameWord(Token token, Entity span, PlaceWords placeWords, Gazetteer gazetteer)
    {
        if (token.Kind != TokenKind.Word || !char.IsUpper(token.Span[0])) return false;
        foreach (char c in token.Span)
        {
            if (!char.IsLetter(c) && c is not ('\'' or '-')) return false;
        }

        // The word becomes a string only for the last test: most words fail one of the span tests before it.
        var word = token.Span;
        if (PersonTitles.IsRankOrOffice(word)) return false;
        const byte notNames = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place | 1 << (int)GazetteerCategory.Organization
                              | 1 << (int)GazetteerCategory.Title | 1 << (int)GazetteerCategory.Honorific
                              | 1 << (int)GazetteerCategory.OrganizationHead | 1 << (int)GazetteerCategory.PlaceHead;
        if (gazetteer.ListsWord(word, notNames)) return false;

        return !placeWords.InOtherSpan(word, span.Text);
    }

    // The names' counts and the place words of one call, kept on each thread (ThreadScratch) and emptied for its next
    // document: built anew, they were about a twentieth of the default pipeline's allocations.
    private sealed class Tables : IReusableScratch
    {
        private const int MaxPooledItems = 4096;

        public Dictionary<string, (int Persons, int Places, int Organizations)> Names { get; } = new(StringComparer.Ordinal);

        public PlaceWords PlaceWords { get; } = new();

        public bool TryReset()
        {
            if (Names.Count > MaxPooledItems || PlaceWords.Size > MaxPooledItems) return false;
            Names.Clear();
            PlaceWords.Clear();
            return true;
        }
    }

    // The words of the document's places and organisations, with the texts of the spans they occur in, kept up to date
    // as spans are split: built once per document, so checking a word does not scan every entity.
    private sealed class PlaceWords
    {
        // How many spans of each (word, span text) pair, and how many distinct span texts hold each word: two
        // dictionaries per document rather than one per word.
        private readonly Dictionary<(string Word, string Span), int> _pairs = new();
        private readonly Dictionary<string, int> _distinctSpans = new(StringComparer.Ordinal);
        private DocumentBuilder? _document;

        // One string per distinct word of the spans, shared by the keys above: a token's text is not copied at each span.
        private readonly HashSet<string> _words = new(StringComparer.Ordinal);

        /// <summary>How many (word, span) pairs the tables hold.</summary>
        public int Size => _pairs.Count;

        /// <summary>Counts the words of <paramref name="document"/>'s places and organisations (the tables must be empty).</summary>
        public PlaceWords Load(DocumentBuilder document)
        {
            _document = document;
            foreach (var entity in document.Entities) Count(entity, +1);
            return this;
        }

        /// <summary>Empties the tables for another document.</summary>
        public void Clear()
        {
            _pairs.Clear();
            _distinctSpans.Clear();
            _words.Clear();
            _document = null;
        }

        // Adds (+1) or removes (-1) the words of a place or organisation span.
        public void Count(Entity entity, int delta)
        {
            if (entity.Label is not (EntityLabels.Location or EntityLabels.Organization) || entity.TokenStart < 0) return;
            ReadOnlySpan<Token> tokens = _document!.Tokens.AsSpan();
            for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
            {
                var key = (_words.Intern(tokens[t].Span), entity.Text);
                _pairs.TryGetValue(key, out int count);
                int now = count + delta;
                if (now == 0) _pairs.Remove(key);
                else _pairs[key] = now;
                if ((count == 0) != (now == 0))
                {
                    _distinctSpans.TryGetValue(key.Item1, out int spans);
                    _distinctSpans[key.Item1] = spans + (now == 0 ? -1 : 1);
                }
            }
        }

        // Whether the word occurs in a place or organisation written otherwise than spanText.
        public bool InOtherSpan(ReadOnlySpan<char> text, string spanText)
        {
            // A word of no span was never interned, so its string is looked up first.
            if (!_words.TryGetSpan(text, out string? word) || !_distinctSpans.TryGetValue(word, out int spans) || spans == 0) return false;
            return spans > (_pairs.ContainsKey((word, spanText)) ? 1 : 0);
        }
    }

    // A post comes before token index start within its sentence: right before it, or with the rest of a capitalised
    // title and bracketed short forms between ("Kepala Dinas Pendidikan (Kadisdik) DKI Jakarta Sopan").
    private static bool AfterPost(ReadOnlySpan<Token> tokens, int start, int sentenceStart, Gazetteer gazetteer)
    {
        int depth = 0;
        for (int t = start - 1; t >= sentenceStart && t >= start - MaxPostDistance; t--)
        {
            var word = tokens[t].Span;
            if (word is ")") depth++;
            else if (word is "(") depth--;
            else if (depth > 0) continue;
            else if (tokens[t].Kind != TokenKind.Word) return false;
            else if (IsPost(tokens, t, sentenceStart, gazetteer)) return true;
            else if (!char.IsUpper(word[0]) && word is not "dan") return false;
        }

        return false;
    }

    // A listed title (one word, or the last of two: "juru bicara"), rank or office; not one that is also a given name (Putri).
    private static bool IsPost(ReadOnlySpan<Token> tokens, int t, int sentenceStart, Gazetteer gazetteer)
    {
        var word = tokens[t].Span;
        if (PersonTitles.IsRankOrOffice(word) || PersonTitles.IsPost(word) || MorePosts.Contains(word)) return true;
        const byte title = 1 << (int)GazetteerCategory.Title;
        ulong hash = FeatureHash.OfLower(word);
        if (gazetteer.LongestMatch([hash], 0, title) == 1) return gazetteer.LongestMatch([hash], 0, 1 << (int)GazetteerCategory.PersonName) == 0;
        return t > sentenceStart && gazetteer.LongestMatch([FeatureHash.OfLower(tokens[t - 1].Span), hash], 0, title) == 2;
    }

    // Each name's words (as tagged before any split), and how often each is tagged as what. Keyed by the words as
    // Words joins them; a string is made only for a name new to the dictionary.
    private static Dictionary<string, (int Persons, int Places, int Organizations)> Names(ReadOnlySpan<Token> tokens, List<Entity> entities,
                                                                                         Dictionary<string, (int Persons, int Places, int Organizations)> names)
    {
        Span<char> stack = stackalloc char[256];
        foreach (var entity in entities)
        {
            if (entity.TokenStart < 0 || entity.Label is not (EntityLabels.Person or EntityLabels.Location or EntityLabels.Organization)) continue;
            int length = WordsLength(tokens, entity.TokenStart, entity.TokenEnd);
            char[]? rented = null;
            Span<char> buffer = length <= stack.Length ? stack : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length));
            var words = Words(tokens, entity.TokenStart, entity.TokenEnd, buffer);
            names.TryGetValueSpan(words, out var count);
            names.SetSpan(words, entity.Label switch
            {
                EntityLabels.Person => (count.Persons + 1, count.Places, count.Organizations),
                EntityLabels.Location => (count.Persons, count.Places + 1, count.Organizations),
                _ => (count.Persons, count.Places, count.Organizations + 1),
            });
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return names;
    }

    // The counts of the name that tokens [from, to) spell (see Words), looked up without making a string.
    private static bool TryGetCount(Dictionary<string, (int Persons, int Places, int Organizations)> names, ReadOnlySpan<Token> tokens, int from, int to,
                                    out (int Persons, int Places, int Organizations) count)
    {
        if (to - from == 1) return names.TryGetValueSpan(tokens[from].Span, out count);
        int length = WordsLength(tokens, from, to);
        char[]? rented = null;
        Span<char> buffer = length <= 256 ? stackalloc char[256] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        bool found = names.TryGetValueSpan(Words(tokens, from, to, buffer), out count);
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return found;
    }

    // The length of the tokens of [from, to) joined by single spaces.
    private static int WordsLength(ReadOnlySpan<Token> tokens, int from, int to)
    {
        int length = to - from - 1;
        for (int t = from; t < to; t++) length += tokens[t].End - tokens[t].Start;
        return length;
    }

    // The tokens of [from, to) joined by single spaces, written to buffer (at least WordsLength long).
    private static ReadOnlySpan<char> Words(ReadOnlySpan<Token> tokens, int from, int to, Span<char> buffer)
    {
        int n = 0;
        for (int t = from; t < to; t++)
        {
            if (t > from) buffer[n++] = ' ';
            tokens[t].Span.CopyTo(buffer[n..]);
            n += tokens[t].End - tokens[t].Start;
        }

        return buffer[..n];
    }
}
