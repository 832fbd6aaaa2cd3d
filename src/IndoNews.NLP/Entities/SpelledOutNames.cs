namespace IndoNews.NLP.Entities;

/// <summary>
/// Makes an organisation that the tagger cut short or split whole again where the short form in brackets after it spells
/// the full name: <c>Saiful Mujani Research &amp; Consulting (SMRC)</c>, <c>Badan Riset dan Sumber Daya Manusia
/// (BRSDM)</c>, <c>Himpunan Bank-bank Milik Negara (Himbara)</c>. The name becomes one organisation, and so do the short
/// form and its mentions that the tagger read as a person or a place (<c>tergabung dalam Himbara</c>).
/// </summary>
/// <remarks>
/// Walking back from the bracket over capitalised words and the function words names carry (<c>dan</c>, <c>&amp;</c>,
/// <c>of</c>, <c>untuk</c>), the short form's letters must spell the words in order, the first opening a word (the test
/// of Schwartz and Hearst, 2003, as in <see cref="BracketedShortForms"/>); a short form in capitals is made of initials,
/// so every capitalised word from there on must open with one of its letters and no word is skipped whole. The evidence that this is a body and not a
/// common phrase (<c>Pajak Pertambahan Nilai (PPN)</c>) is the tagger's own: an organisation must cover some of the words.
/// The rule acts only where that organisation misses some spelled words or the bracket holds a person; an organisation
/// that holds all the spelled words with an untagged bracket is left to <see cref="BracketedShortForms"/>, whose
/// stricter test decides. Spelled words before the tagged organisation join it only behind a listed organisation head
/// (<c>Himpunan</c>, <c>Badan</c>): a common noun before a body names a thing of it (<c>Peraturan OJK (POJK)</c>,
/// <c>Bantuan Likuiditas Bank Indonesia (BLBI)</c>). A place in the bracket, a person or place that runs into the words
/// from before, or a value among them leaves everything as it is.
/// </remarks>
internal static class SpelledOutNames
{
    /// <summary>How many words before the bracket are read at most.</summary>
    private const int MaxWords = 12;

    /// <summary>Widens every such organisation of <paramref name="document"/> and relabels its short form and the short form's mentions.</summary>
    /// <param name="document">The document whose entities are changed.</param>
    /// <param name="gazetteer">The listed heads of organisations.</param>
    public static void Apply(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        HashSet<string>? shortForms = null;
        EntitiesByStart? near = null; // built on first need, then kept in step with each change
        for (int open = 1; open + 2 < tokens.Length; open++)
        {
            if (tokens[open].Span is not "(" || tokens[open + 2].Span is not ")") continue;
            var word = tokens[open + 1];
            if (word.Kind != TokenKind.Word || !BracketedShortForms.IsShortForm(word.Span) || !Spaced(text, tokens[open - 1].End, tokens[open].Start)) continue;
            int first = FirstSpelledWord(text, tokens, open, word.Span);
            if (first < 0) continue;
            if (Widen(document, tokens, first, open, gazetteer, ref near)) (shortForms ??= new HashSet<string>(StringComparer.Ordinal)).Add(word.Text);
        }

        if (shortForms is null) return;
        // The short form's other mentions follow its bracket (the tagger read "tergabung dalam Himbara" as a person).
        EntityEdits.RelabelMentions(entities, shortForms, EntityLabels.Organization, EntityLabels.Person, EntityLabels.Location);
    }

    // The first word that the short form spells, walking back from the bracket at open; -1 when it spells none.
    private static int FirstSpelledWord(string text, ReadOnlySpan<Token> tokens, int open, ReadOnlySpan<char> shortForm)
    {
        int from = open;
        for (int t = open - 1, words = 0; t >= 0 && words < MaxWords; t--, words++)
        {
            if (!IsCapitalised(tokens[t].Span) && !IsFunctionWord(tokens[t].Span)) break;
            if (t + 1 < open && !Spaced(text, tokens[t].End, tokens[t + 1].Start)) break;
            from = t;
        }

        while (from < open && !IsCapitalised(tokens[from].Span)) from++; // a name opens with a capital
        if (open - from < 2) return -1;

        int offset = BracketedShortForms.Abbreviates(shortForm, text.AsSpan(tokens[from].Start, tokens[open - 1].End - tokens[from].Start));
        if (offset < 0) return -1;
        int start = tokens[from].Start + offset, first = from;
        while (first < open && tokens[first].Start < start) first++;
        if (first >= open - 1 || tokens[first].Start != start || !IsCapitalised(tokens[first].Span)) return -1;

        // A short form in capitals is made of initials, so no capitalised word is skipped whole: "Dewan Pimpinan Pusat
        // Partai (PP)" spells no name. One with lower-case letters takes syllables ("Himpunan Bank-bank Milik Negara
        // (Himbara)" takes none from Milik).
        if (!IsCapitals(shortForm)) return first;
        for (int t = first; t < open; t++)
        {
            if (IsCapitalised(tokens[t].Span) && shortForm.IndexOfAny(char.ToUpperInvariant(tokens[t].Span[0]), char.ToLowerInvariant(tokens[t].Span[0])) < 0) return -1;
        }

        return first;
    }

    // Makes words first..open-1 one organisation with the name the tagger gave part of them, and the bracket after it
    // an organisation; false when the tagger gave no evidence or the rule has nothing to change.
    private static bool Widen(DocumentBuilder document, ReadOnlySpan<Token> tokens, int first, int open, Gazetteer gazetteer, ref EntitiesByStart? near)
    {
        var entities = document.Entities;
        int start = tokens[first].Start, end = tokens[open - 1].End;
        int bracketStart = tokens[open + 1].Start, bracketEnd = tokens[open + 1].End;
        int nameStart = start, organization = -1, bracket = -1;
        // Only the spans over the words or the bracket count, read in list order; scanning every entity per bracket was
        // quadratic in the entities (timings in docs/reliability.md).
        foreach (int i in (near ??= new EntitiesByStart(entities)).Overlapping(start, bracketEnd))
        {
            var entity = entities[i];
            if (entity.Start < bracketEnd && entity.End > bracketStart)
            {
                // A place in the bracket stays: the tagger's "Amerika Serikat (AS)" is a country whatever it called the name.
                if (entity.Start != bracketStart || entity.End != bracketEnd || entity.Label is not (EntityLabels.Person or EntityLabels.Organization)) return false;
                bracket = i;
                continue;
            }

            if (entity.End <= start || entity.Start >= end) continue;
            if (entity.End > end || !EntityLabels.IsName(entity.Label)) return false;
            if (entity.Start < start)
            {
                if (entity.Label != EntityLabels.Organization) return false; // a person or place runs into the words
                nameStart = entity.Start;
            }

            if (entity.Label == EntityLabels.Organization && (organization < 0 || entity.Start < entities[organization].Start)) organization = i;
        }

        if (organization < 0) return false;
        var found = entities[organization];
        bool bracketRight = bracket >= 0 && entities[bracket].Label == EntityLabels.Organization;
        // An organisation that holds all the spelled words leaves an untagged bracket to BracketedShortForms, whose
        // stricter test refuses "MNC Group Hary Tanoesoedibjo (HT)" and "Petugas Aviation Security (Avsec)".
        if (found.Start <= start && found.End == end && bracket < 0) return false;
        if (found.Start == nameStart && found.End == end && bracketRight) return false; // nothing to change
        // Words before the tagged name join it only behind a listed head ("Himpunan Bank-bank Milik Negara"): a common
        // noun before a body names a thing of it ("Peraturan OJK (POJK)", "Bantuan Likuiditas Bank Indonesia (BLBI)").
        const byte heads = 1 << (int)GazetteerCategory.OrganizationHead;
        if (found.Start > start && !gazetteer.ListsWord(tokens[first].Span, heads)) return false;

        int nameFirst = first;
        while (nameFirst > 0 && tokens[nameFirst].Start > nameStart) nameFirst--;
        var name = new Entity(document.Text[nameStart..end], EntityLabels.Organization, nameStart, end) { TokenStart = nameFirst, TokenEnd = open };
        var shortForm = new Entity(tokens[open + 1].Text, EntityLabels.Organization, bracketStart, bracketEnd) { TokenStart = open + 1, TokenEnd = open + 2 };
        if (bracket >= 0) entities[bracket] = shortForm; // the same span: the index holds it already
        else near.Add(shortForm);
        near.RemoveOverlapping(nameStart, end);
        near.Add(name);
        return true;
    }

    // The entities' indices by start, to find those over a stretch of text without reading the whole list. Built once
    // per document and kept in step with the rule's own changes to the list (Add, RemoveOverlapping): rebuilding it
    // after each widened name sorted every entity again, and in one 57 MB text allocated 1.7 GB.
    private sealed class EntitiesByStart
    {
        private readonly List<Entity> _entities;
        private int[] _indices;
        private int[] _starts;
        private int _count;
        private int _longest; // no shorter than the longest entity listed (an entity removed may have been longer)
        private readonly List<int> _found = [];

        public EntitiesByStart(List<Entity> entities)
        {
            _count = entities.Count;
            _indices = new int[_count + 4]; // room for the few entities a change adds
            _starts = new int[_count + 4];
            for (int i = 0; i < _count; i++)
            {
                _indices[i] = i;
                _starts[i] = entities[i].Start;
                _longest = Math.Max(_longest, entities[i].End - entities[i].Start);
            }

            Array.Sort(_starts, _indices, 0, _count);
            _entities = entities;
        }

        // The indices, in list order, of the entities that share a character with [from, to).
        public List<int> Overlapping(int from, int to)
        {
            _found.Clear();
            int at = Array.BinarySearch(_starts, 0, _count, from - _longest);
            if (at < 0) at = ~at;
            while (at > 0 && _starts[at - 1] >= from - _longest) at--;
            for (; at < _count && _starts[at] < to; at++)
            {
                if (_entities[_indices[at]].End > from) _found.Add(_indices[at]);
            }

            _found.Sort();
            return _found;
        }

        // Appends entity to the list and indexes it.
        public void Add(Entity entity)
        {
            _entities.Add(entity);
            if (_count == _starts.Length)
            {
                Array.Resize(ref _starts, _count * 2);
                Array.Resize(ref _indices, _count * 2);
            }

            int at = Array.BinarySearch(_starts, 0, _count, entity.Start);
            if (at < 0) at = ~at;
            Array.Copy(_starts, at, _starts, at + 1, _count - at);
            Array.Copy(_indices, at, _indices, at + 1, _count - at);
            _starts[at] = entity.Start;
            _indices[at] = _entities.Count - 1;
            _count++;
            _longest = Math.Max(_longest, entity.End - entity.Start);
        }

        // Removes from the list the entities that share a character with [from, to), and from the index, whose other
        // entries move down the list as RemoveAll moves their entities.
        public void RemoveOverlapping(int from, int to)
        {
            var removed = Overlapping(from, to); // ascending list indices
            if (removed.Count == 0) return;
            int kept = 0;
            for (int at = 0; at < _count; at++)
            {
                int index = _indices[at];
                int before = removed.BinarySearch(index);
                if (before >= 0) continue;
                _starts[kept] = _starts[at];
                _indices[kept] = index - ~before; // ~before: how many removed entities came before it in the list
                kept++;
            }

            _count = kept;
            _entities.RemoveAll(e => e.End > from && e.Start < to);
        }
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c)) return false;
        }

        return true;
    }

    private static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    // The words names carry between their capitalised words: "Badan Riset dan Sumber Daya Manusia", "Research & Consulting".
    private static bool IsFunctionWord(ReadOnlySpan<char> word) => word is "dan" or "serta" or "untuk" or "&" or "of" or "and" or "for" or "the";

    private static bool Spaced(string text, int from, int to)
    {
        if (to <= from) return false;
        for (int i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '\u00A0')) return false;
        }

        return true;
    }
}
