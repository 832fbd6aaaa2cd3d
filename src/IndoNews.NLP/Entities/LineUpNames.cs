namespace IndoNews.NLP.Entities;

/// <summary>
/// A player in a line-up is a person: a name written after its shirt number (<c>44-Manolas</c>, <c>12-Bostjan
/// Cesar</c>) or after an initial (<c>N. Thanabalan</c>, <c>L. Valencia</c>) inside a list of such players, that the
/// tagger read as a place or organisation, becomes <see cref="EntityLabels.Person"/>; a numbered player it left untagged
/// is added as one where it tagged another numbered player as a person.
/// </summary>
/// <remarks>
/// <para>Football reports print the expected or actual line-ups as one sentence of numbered names (<c>Roma (3-4-2-1):
/// 1-Szczesny, 2-Ruediger, 44-Manolas, 3-Juan</c>); the tagger, seeing one surname at a time, reads many as places
/// (<c>Manolas</c>, <c>Paredes</c>, <c>Biglia</c>). A shirt number is one to three digits joined by a hyphen with no
/// space to the name and to nothing before it but a comma, semicolon, colon, opening bracket or the sentence start;
/// the sentence must hold at least <see cref="MinEntries"/> such numbered capitalised words, so a lone <c>1-Persija</c>
/// is left. An initial is one capital letter and its period, after a comma, semicolon, colon, bracket or dash, in a
/// sentence with at least <see cref="MinEntries"/> persons (the squad list <c>Depan: Syafiq Ahmad, ..., N. Thanabalan,
/// Sean Eugene Selvaraj</c>); <c>Grup G. Spanyol menang</c> has a word before the letter and is left. Only a span of
/// at most three words is relabelled, and a listed country is left.</para>
/// <para>An untagged player is the run of up to three space-joined capitalised words after a shirt number, none of them
/// tagged; a run that goes on past three words, holds a word with a capital after a lower-case letter (a lost line
/// break: <c>IbrahimovicPelatih</c>) or is a listed place is left.</para>
/// </remarks>
internal static class LineUpNames
{
    /// <summary>The fewest numbered names (or persons, for an initial) a sentence holds to be a line-up.</summary>
    private const int MinEntries = 3;

    private const int MaxWords = 3;

    /// <summary>Relabels as persons the place and organisation spans of <paramref name="document"/> that are line-up players.</summary>
    /// <param name="document">The document whose entities are relabelled.</param>
    /// <param name="gazetteer">The listed countries, which are left.</param>
    public static void Relabel(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        string text = document.Text;
        var sentences = document.Sentences;
        // Each sentence's count, made once: numbered names, and persons (for initials) over all sentences at once.
        Dictionary<int, int>? numberedCounts = null;
        int[]? personCounts = null;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label is not (EntityLabels.Location or EntityLabels.Organization) || !EntityTokens.CoversWholeTokens(entity, tokens)) continue;
            int start = entity.TokenStart;
            int words = EntityTokens.WordCount(tokens, start, entity.TokenEnd);
            if (words == 0 || words > MaxWords || !EntityTokens.IsCapitalisedWord(text, tokens[start])) continue;
            int s = EntityTokens.SentenceIndex(sentences, start);
            if (s < 0) continue;
            var sentence = sentences[s];
            bool numbered = IsNumbered(tokens, start, sentence.TokenStart);
            if (!numbered && !IsAfterInitial(text, tokens, start, sentence.TokenStart)) continue;
            if (CountryNames.IsCountry(entity, tokens, gazetteer)) continue;
            int entries;
            if (numbered)
            {
                numberedCounts ??= [];
                if (!numberedCounts.TryGetValue(s, out entries)) numberedCounts[s] = entries = CountNumbered(text, tokens, sentence);
            }
            else
            {
                personCounts ??= CountPersons(entities, sentences);
                entries = personCounts[s];
            }

            if (entries < MinEntries) continue;
            entities[i] = entity.WithLabel(EntityLabels.Person);
        }
    }

    /// <summary>
    /// Adds a person for each numbered player the tagger left untagged (<c>13-Peres</c>, <c>3-De Vrij</c>) in a line-up
    /// where it tagged another numbered player as a person.
    /// </summary>
    /// <param name="document">The document whose entities are added to.</param>
    /// <param name="gazetteer">The listed countries and places, which are left.</param>
    public static void Add(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        string text = document.Text;
        using var owners = new EntityOwnerMap(entities, tokens.Length);
        Span<int> owner = default; // filled on first need
        List<(int Start, int End)>? found = null;
        foreach (var sentence in document.Sentences)
        {
            // Cheap test first: a sentence with no numbered capitalised word is passed in one scan.
            int numbered = CountNumbered(text, tokens, sentence);
            if (numbered < MinEntries) continue;
            if (owner.IsEmpty) owner = owners.Fill();

            // A line-up of persons: the tagger read at least one numbered entry as one.
            bool persons = false;
            for (int t = sentence.TokenStart + 2; t < sentence.TokenEnd && !persons; t++)
            {
                persons = owner[t] >= 0 && entities[owner[t]].Label == EntityLabels.Person && entities[owner[t]].TokenStart == t
                          && IsNumbered(tokens, t, sentence.TokenStart);
            }

            if (!persons) continue;
            for (int t = sentence.TokenStart + 2; t < sentence.TokenEnd; t++)
            {
                if (owner[t] >= 0 || !EntityTokens.IsCapitalisedWord(text, tokens[t]) || !IsNumbered(tokens, t, sentence.TokenStart)) continue;
                int end = t;
                while (end < sentence.TokenEnd && end - t < MaxWords && owner[end] < 0 && EntityTokens.IsCapitalisedWord(text, tokens[end])
                       && (end == t || IsSpaceOnly(text, tokens[end - 1].End, tokens[end].Start)))
                {
                    end++;
                }

                // A capitalised word run on past the name ("IbrahimovicPelatih", a lost line break) or a listed place: left.
                if (end < sentence.TokenEnd && EntityTokens.IsCapitalisedWord(text, tokens[end]) && IsSpaceOnly(text, tokens[end - 1].End, tokens[end].Start)) continue;
                if (HasGluedWord(text, tokens, t, end) || EntityTokens.IsListedPhrase(tokens, t, end, gazetteer, Places)) continue;
                (found ??= []).Add((t, end));
                t = end - 1;
            }
        }

        if (found is null) return;
        foreach (var (start, end) in found)
        {
            int from = tokens[start].Start, to = tokens[end - 1].End;
            entities.Add(new Entity(text.Substring(from, to - from), EntityLabels.Person, from, to) { TokenStart = start, TokenEnd = end });
        }
    }

    private static bool IsSpaceOnly(string text, int from, int to)
    {
        if (to <= from) return false;
        for (int k = from; k < to; k++)
        {
            if (text[k] != ' ') return false;
        }

        return true;
    }

    // A word with a capital after a lower-case letter ("IbrahimovicPelatih"): two words run together.
    private static bool HasGluedWord(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            for (int k = tokens[t].Start + 1; k < tokens[t].End; k++)
            {
                if (char.IsUpper(text[k]) && char.IsLower(text[k - 1])) return true;
            }
        }

        return false;
    }

    private const byte Places = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place;

    // "44-Manolas": a number of one to three digits, a hyphen touching it and the name, and before the number only a list
    // mark or the sentence start.
    private static bool IsNumbered(ReadOnlySpan<Token> tokens, int name, int sentenceStart)
    {
        if (name - 2 < sentenceStart) return false;
        var hyphen = tokens[name - 1];
        var number = tokens[name - 2];
        if (hyphen.Span is not "-" || number.Kind != TokenKind.Number || number.Length > 3 || !Tokenization.CharClass.IsDigits(number.Span)) return false;
        if (number.End != hyphen.Start || hyphen.End != tokens[name].Start) return false;
        return name - 3 < sentenceStart || IsListMark(tokens[name - 3].Span, dash: false);
    }

    // "N. Thanabalan": one capital letter, its period (a token of its own, or one token with the letter as the tokenizer
    // writes an initial before a name), and before the letter a list mark or a dash.
    private static bool IsAfterInitial(string text, ReadOnlySpan<Token> tokens, int name, int sentenceStart)
    {
        if (name - 2 < sentenceStart) return false;
        var initial = tokens[name - 1];
        int letter = name - 1;
        if (initial.Span is ".")
        {
            letter = name - 2;
            if (letter - 1 < sentenceStart || tokens[letter].Length != 1) return false;
        }
        else if (initial.Length != 2 || initial.Span[1] != '.')
        {
            return false;
        }

        if (tokens[letter].Kind != TokenKind.Word || !char.IsUpper(text[tokens[letter].Start])) return false;
        return IsListMark(tokens[letter - 1].Span, dash: true);
    }

    private static bool IsListMark(ReadOnlySpan<char> mark, bool dash)
        => mark is "," or ";" or ":" or "(" || dash && mark is "-" or "–";

    // The sentence's numbered capitalised words ("1-Szczesny, 2-Ruediger"), the line-up's entries.
    private static int CountNumbered(string text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        int count = 0;
        for (int t = sentence.TokenStart + 2; t < sentence.TokenEnd; t++)
        {
            if (EntityTokens.IsCapitalisedWord(text, tokens[t]) && IsNumbered(tokens, t, sentence.TokenStart)) count++;
        }

        return count;
    }

    // Each sentence's persons.
    private static int[] CountPersons(List<Entity> entities, List<Sentence> sentences)
    {
        var counts = new int[sentences.Count];
        foreach (var entity in entities)
        {
            if (entity.Label != EntityLabels.Person || entity.TokenStart < 0) continue;
            int s = EntityTokens.SentenceIndex(sentences, entity.TokenStart);
            if (s >= 0) counts[s]++;
        }

        return counts;
    }
}
