namespace IndoNews.NLP.Entities;

/// <summary>
/// A player in a line-up printed without shirt numbers (<c>Chelsea: Courtois; Azpilicueta, Cahill, Luiz; Moses,
/// Fabregas, Kante, Alonso; Pedro (Willian 50'), Hazard, Diego Costa</c>) is a person: an entry of the list the tagger read as
/// a place or organisation becomes <see cref="EntityLabels.Person"/>, and one it left untagged is added as one.
/// </summary>
/// <remarks>
/// <para>The tagger sees one surname at a time and reads many as places (<c>Moses</c>, <c>Kante</c>, <c>Pjanic</c>) or
/// leaves them (<c>Pedro</c>, <c>Willian</c>); <see cref="LineUpNames"/> finds players by their shirt numbers, which
/// these line-ups lack, so the list's shape is the cue. The list runs from the sentence start, or from the first colon
/// within the first <see cref="MaxHeadTokens"/> tokens (after the team and its formation, <c>Genoa (3-4-1-2):</c>), to
/// the sentence end. Commas, semicolons, colons and brackets split it into entries; an entry may open with a shirt
/// number and its hyphen and close with the minute of a substitution (<c>50'</c>); what is left must be one to
/// <see cref="MaxNameWords"/> capitalised words, hyphen-joined parts (<c>Oxlade-Chamberlain</c>, <c>Son Heung-min</c>)
/// and name particles (<c>da</c>, <c>van</c>). A sentence is a line-up when every entry has that shape, it has at least
/// <see cref="MinSemicolons"/> semicolons (the lines of the formation) and <see cref="MinEntries"/> entries, and the
/// tagger read at least <see cref="MinPersons"/> entries as whole persons (the person rules after it find more). One
/// lower-case word (<c>sebesar 72,20 persen</c>, <c>alias</c>, <c>style = "..."</c>) makes it text.</para>
/// <para>An entry right before a colon is a heading (<c>Pelatih:</c>, or <c>Salomon Rondon Pelatih:</c> where a line
/// break was lost) and is left; so are an entry a span covers only in part, a single letter or a short capitalised
/// code (<c>(K)</c>, <c>(PG)</c>), and a listed country; an untagged entry that is a listed place is not added (a
/// player read as a place is relabelled even where his name is a listed place, <c>Flores</c>).</para>
/// </remarks>
internal static class UnnumberedLineUps
{
    /// <summary>The fewest semicolons a line-up holds: at least three lines of players.</summary>
    private const int MinSemicolons = 2;

    /// <summary>The fewest entries a line-up holds.</summary>
    private const int MinEntries = 8;

    /// <summary>The fewest entries the tagger must have read as whole persons (two, as in <c>Prancis (4-2-3-1): Lloris; ...</c>).</summary>
    private const int MinPersons = 2;

    /// <summary>Most tokens before the colon that opens the list (the team, its formation).</summary>
    private const int MaxHeadTokens = 14;

    /// <summary>Most words an entry's name may hold (hyphen-joined parts and particles count).</summary>
    private const int MaxNameWords = 4;

    /// <summary>Longest capitalised code (<c>PG</c>, <c>GK</c>) that is no player.</summary>
    private const int MaxCodeLength = 3;

    private const byte Places = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place;

    /// <summary>Relabels and adds as persons the players of the line-ups without shirt numbers in <paramref name="document"/>.</summary>
    /// <param name="document">The document whose entities are relabelled and added to.</param>
    /// <param name="gazetteer">The listed countries and places, which are left.</param>
    public static void Apply(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        string text = document.Text;
        using var owners = new EntityOwnerMap(entities, tokens.Length);
        Span<int> owner = default; // filled on first need
        List<(int Start, int End)>? entries = null;
        List<(int Start, int End)>? found = null;
        foreach (var sentence in document.Sentences)
        {
            // Cheap test first: most sentences hold no two semicolons.
            if (CountSemicolons(tokens, sentence) < MinSemicolons) continue;
            entries ??= [];
            entries.Clear();
            if (!ReadEntries(text, tokens, sentence, entries) || entries.Count < MinEntries) continue;
            if (owner.IsEmpty) owner = owners.Fill();

            int persons = 0;
            foreach (var (start, end) in entries)
            {
                int o = owner[start];
                if (o < 0 || !Covers(entities[o], start, end)) continue;
                if (entities[o].Label == EntityLabels.Person) persons++;
            }

            if (persons < MinPersons) continue;
            foreach (var (start, end) in entries)
            {
                if (IsHeading(tokens, end, sentence.TokenEnd) || IsCode(tokens, start, end)) continue;
                int o = owner[start];
                if (o >= 0)
                {
                    var entity = entities[o];
                    if (!Covers(entity, start, end) || entity.Label is not (EntityLabels.Location or EntityLabels.Organization)) continue;
                    if (CountryNames.IsCountry(entity, tokens, gazetteer)) continue;
                    entities[o] = entity.WithLabel(EntityLabels.Person);
                    continue;
                }

                bool untagged = true;
                for (int t = start; t < end && untagged; t++) untagged = owner[t] < 0;
                if (!untagged || EntityTokens.IsListedPhrase(tokens, start, end, gazetteer, Places)) continue;
                (found ??= []).Add((start, end));
            }
        }

        if (found is null) return;
        foreach (var (start, end) in found)
        {
            int from = tokens[start].Start, to = tokens[end - 1].End;
            entities.Add(new Entity(text.Substring(from, to - from), EntityLabels.Person, from, to) { TokenStart = start, TokenEnd = end });
        }
    }

    private static int CountSemicolons(ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        int count = 0;
        for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++)
        {
            if (tokens[t].Span is ";") count++;
        }

        return count;
    }

    /// <summary>
    /// Adds to <paramref name="entries"/> the token range of each entry's name in the sentence's list; false when an
    /// entry is not a name (the sentence is no line-up) or the list has fewer than <see cref="MinSemicolons"/> semicolons.
    /// </summary>
    private static bool ReadEntries(string text, ReadOnlySpan<Token> tokens, Sentence sentence, List<(int Start, int End)> entries)
    {
        int listStart = sentence.TokenStart;
        int headEnd = Math.Min(sentence.TokenEnd, sentence.TokenStart + MaxHeadTokens);
        for (int t = sentence.TokenStart; t < headEnd; t++)
        {
            if (tokens[t].Span is not ":") continue;
            listStart = t + 1;
            break;
        }

        int end = sentence.TokenEnd;
        // A closing full stop ends the list, not an entry.
        if (end > listStart && tokens[end - 1].Span is ".") end--;
        int semicolons = 0;
        int t0 = listStart;
        while (t0 < end)
        {
            int stop = t0;
            while (stop < end && !IsSeparator(tokens[stop].Span)) stop++;
            if (stop < end && tokens[stop].Span is ";") semicolons++;
            if (stop > t0)
            {
                if (!TryName(text, tokens, t0, stop, out int nameStart, out int nameEnd)) return false;
                entries.Add((nameStart, nameEnd));
            }

            t0 = stop + 1;
        }

        return semicolons >= MinSemicolons;
    }

    private static bool IsSeparator(ReadOnlySpan<char> span) => span is "," or ";" or ":" or "(" or ")";

    /// <summary>
    /// The name in the entry's tokens [<paramref name="from"/>, <paramref name="to"/>): past a leading shirt number and its
    /// hyphen and before a trailing minute; false when what is left is not one to <see cref="MaxNameWords"/> name words.
    /// </summary>
    private static bool TryName(string text, ReadOnlySpan<Token> tokens, int from, int to, out int start, out int end)
    {
        start = from;
        end = to;
        // "26-Stephan": a shirt number and its hyphen.
        if (end - start >= 3 && tokens[start].Kind == TokenKind.Number && tokens[start + 1].Span is "-") start += 2;
        // "50'", "18\"", "85": the minute of a substitution, and its mark.
        while (end > start && IsMinuteMark(tokens[end - 1].Span)) end--;
        if (end > start && tokens[end - 1].Kind == TokenKind.Number) end--;
        if (end <= start || end - start > 2 * MaxNameWords) return false;
        if (!EntityTokens.IsCapitalisedWord(text, tokens[start])) return false;
        int words = 0;
        for (int t = start; t < end; t++)
        {
            var token = tokens[t];
            if (token.Span is "-")
            {
                // A hyphen inside a name stands between two of its words ("Oxlade-Chamberlain", the source's "Son Heung - min").
                if (t == start || t + 1 >= end || tokens[t - 1].Kind != TokenKind.Word || tokens[t + 1].Kind != TokenKind.Word) return false;
                continue;
            }

            if (token.Kind != TokenKind.Word) return false;
            words++;
            if (!char.IsUpper(text[token.Start]) && tokens[t - 1].Span is not "-" && !IsParticle(token.Span)) return false;
        }

        return words <= MaxNameWords;
    }

    private static bool IsMinuteMark(ReadOnlySpan<char> span) => span is "'" or "\"" or "’" or "”" or "′";

    // Lower-case words inside names: "Marlon da Silva", "Virgil van Dijk".
    private static bool IsParticle(ReadOnlySpan<char> span) => span is "da" or "de" or "do" or "dos" or "del" or "van" or "von" or "der" or "den" or "le";

    // An entry right before a colon heads what follows ("Pelatih:").
    private static bool IsHeading(ReadOnlySpan<Token> tokens, int end, int sentenceEnd)
    {
        for (int t = end; t < sentenceEnd; t++)
        {
            var span = tokens[t].Span;
            if (span is ":") return true;
            if (!IsMinuteMark(span) && tokens[t].Kind != TokenKind.Number) return false;
        }

        return false;
    }

    // "(K)", "(PG)": a single letter or a short code in capitals marks a position, not a player.
    private static bool IsCode(ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (end - start != 1) return false;
        var span = tokens[start].Span;
        if (span.Length > MaxCodeLength) return false;
        foreach (char c in span)
        {
            if (!char.IsUpper(c)) return false;
        }

        return true;
    }

    private static bool Covers(Entity entity, int start, int end) => entity.TokenStart == start && entity.TokenEnd == end;
}
