using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Initials that news gives for a suspect, victim or witness in place of the name (<c>pelaku berinisial CAS</c>,
/// <c>dengan inisial SN dan RA</c>, <c>berinisial MA (29), IR (28)</c>) are a person: the tagger read most of them as
/// organisations, and <c>AS</c> as the country.
/// </summary>
/// <remarks>
/// The initials are the words in capitals (one to five letters) that follow <c>berinisial</c> or <c>inisial</c>, with a
/// bracketed age after each and joined by commas, <c>dan</c> or <c>serta</c> (<c>IR (28), MU (40), dan SU (21)</c>).
/// NERP, the one corpus with such phrases, tags them as people (<c>berinisial k</c>, PPL). Initials of two letters or
/// more are the person again where the same document writes them alone (<c>CAS adalah pelaku</c>, <c>RR pun
/// diamankan</c>): tagged as an organisation or place, or untagged, with no capitalised word or number next to them
/// (<c>Presiden AS Donald Trump</c> stays the country where <c>berinisial AS</c> is in the same document), nor a
/// name before them in brackets (<c>Amerika Serikat (AS)</c>). Where the words before name a place, the letters are
/// the other name's: after <c>di</c> or a place noun (<c>tinggal di AS</c>, <c>kuliah di UI</c>), and after <c>ke</c>
/// or <c>dari</c> where the tagger read a place (<c>pulang dari AS</c>); the suspect's initials that the tagger read as
/// an organisation or left after them (<c>diserahkan ke IY</c>) are the person. A span that holds more than the
/// initials is left as it is.
/// </remarks>
internal static class PersonInitials
{
    /// <summary>The most letters a suspect's initials have (<c>WAA</c>, <c>JAS</c>).</summary>
    private const int MaxLetters = 5;

    /// <summary>Relabels or adds a <see cref="EntityLabels.Person"/> entity for every initials mention in <paramref name="document"/>.</summary>
    public static void Relabel(DocumentBuilder document)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        // Keyed by the letters (Key), so that probing every word in capitals makes no string.
        HashSet<int>? initials = null;
        List<int>? given = null;
        foreach (var sentence in document.Sentences)
        {
            for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++)
            {
                int i;
                if (tokens[t].Span.Equals("berinisial", StringComparison.OrdinalIgnoreCase) || tokens[t].Span.Equals("inisial", StringComparison.OrdinalIgnoreCase))
                {
                    i = t + 1;
                }
                else if (IsAgedInitials(tokens, t, sentence))
                {
                    i = t; // "Pemkot Depok, MSH (34) ditangkap": the age says a person
                }
                else
                {
                    continue;
                }

                while (i < sentence.TokenEnd && IsInitials(tokens[i]))
                {
                    (given ??= []).Add(i);
                    if (tokens[i].Length >= 2) (initials ??= []).Add(Key(tokens[i].Span));
                    i++;

                    // A bracketed age: MA (29).
                    if (i + 2 < sentence.TokenEnd && tokens[i].Span is "(" && tokens[i + 1].Kind == TokenKind.Number && tokens[i + 2].Span is ")") i += 3;
                    // The next initials after a comma, "dan", "serta" or both (", dan SU").
                    int next = i;
                    if (next < sentence.TokenEnd && tokens[next].Span is ",") next++;
                    if (next < sentence.TokenEnd && tokens[next].Span is "dan" or "serta") next++;
                    if (next == i || next >= sentence.TokenEnd || !IsInitials(tokens[next])) break;
                    i = next;
                }

                t = i - 1;
            }
        }

        if (given is null) return;
        var entities = document.Entities;

        // The entity over each token, if it covers that token alone (-1), or -2 where a longer one covers it.
        using var scratch = new ScratchArray<int>(tokens.Length);
        var over = scratch.Array;
        over.AsSpan(0, tokens.Length).Fill(-1);
        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            if (entity.TokenStart < 0) continue;
            bool alone = entity.TokenEnd == entity.TokenStart + 1 && EntityTokens.CoversWholeTokens(entity, tokens);
            for (int t = entity.TokenStart; t < entity.TokenEnd; t++) over[t] = alone && over[t] == -1 ? e : -2;
        }

        foreach (int t in given) MakePerson(document, tokens, over, t);
        if (initials is null) return;
        foreach (var sentence in document.Sentences)
        {
            for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++)
            {
                if (over[t] == -2 || !IsInitials(tokens[t]) || tokens[t].Length < 2 || !initials.Contains(Key(tokens[t].Span))) continue;

                // Tagged or not: capitals next to it make it part of another name ("Presiden AS Donald Trump", "MA RI").
                if (!StandsAlone(tokens, t, sentence)) continue;
                if (NamesPlace(document.Text, tokens, t, sentence, over, entities)) continue;
                MakePerson(document, tokens, over, t);
            }
        }
    }

    // Token t, tagged alone (over[t] >= 0) or untagged (-1), becomes a person; a person already stays.
    private static void MakePerson(DocumentBuilder document, ReadOnlySpan<Token> tokens, int[] over, int t)
    {
        var entities = document.Entities;
        int e = over[t];
        if (e == -2) return;
        if (e >= 0)
        {
            if (entities[e].Label is EntityLabels.Organization or EntityLabels.Location) entities[e] = entities[e].WithLabel(EntityLabels.Person);
            return;
        }

        entities.Add(new Entity(tokens[t].Text, EntityLabels.Person, tokens[t].Start, tokens[t].End)
        {
            TokenStart = t,
            TokenEnd = t + 1,
        });
        over[t] = entities.Count - 1;
    }

    // Initials of two letters or more with an age in brackets right after ("MSH (34)", "DS (20)") and no capitalised word or
    // number before them, which would make the letters a name's ("Piala FA (1)").
    private static bool IsAgedInitials(ReadOnlySpan<Token> tokens, int t, Sentence sentence)
    {
        if (tokens[t].Length < 2 || !IsInitials(tokens[t]) || t + 3 >= sentence.TokenEnd) return false;
        if (tokens[t + 1].Span is not "(" || tokens[t + 2].Kind != TokenKind.Number || tokens[t + 3].Span is not ")") return false;
        var age = tokens[t + 2].Span;
        if (age.Length > 2 || !char.IsAsciiDigit(age[0]) || !char.IsAsciiDigit(age[^1])) return false;
        return t == sentence.TokenStart || !IsCapitalisedOrNumber(tokens[t - 1]);
    }

    // A word of one to five capital letters (ASCII, as initials are written).
    private static bool IsInitials(Token token)
    {
        if (token.Kind != TokenKind.Word || token.Length > MaxLetters) return false;
        foreach (char c in token.Span)
        {
            if (c is < 'A' or > 'Z') return false;
        }

        return true;
    }

    // Initials (one to five letters A-Z, see IsInitials) as a number in base 27: distinct for distinct initials.
    private static int Key(ReadOnlySpan<char> initials)
    {
        int key = 0;
        foreach (char c in initials) key = (key * 27) + (c - 'A' + 1);
        return key;
    }

    // The same letters as another name's, where the words before say which: after "di" or a place noun no person
    // stands ("tinggal di AS", "kuliah di UI"), and after "ke" or "dari" a repeat the tagger read as a place stays one
    // ("pulang dari AS"; "diserahkan ke IY", "dari ZA", read as organisations or left, are the suspect).
    private static bool NamesPlace(string text, ReadOnlySpan<Token> tokens, int t, Sentence sentence, int[] over, List<Entity> entities)
    {
        if (t == sentence.TokenStart) return false;
        if (PersonShortForms.AfterPlaceWord(text, tokens, t)) return true;
        var before = tokens[t - 1].Span;
        if (!before.Equals("ke", StringComparison.OrdinalIgnoreCase) && !before.Equals("dari", StringComparison.OrdinalIgnoreCase)) return false;
        return over[t] >= 0 && entities[over[t]].Label == EntityLabels.Location;
    }

    // No capitalised word or number next to it within the sentence: "CAS adalah pelaku", not "MA RI" or "SD Negeri 1". The
    // word that opens the sentence has the sentence's capital ("Perbuatan ZA langsung diantisipasi").
    private static bool StandsAlone(ReadOnlySpan<Token> tokens, int t, Sentence sentence)
    {
        if (t + 1 < sentence.TokenEnd && IsCapitalisedOrNumber(tokens[t + 1])) return false;
        // In brackets after a name, the letters are that name's short form: "Amerika Serikat (AS)".
        if (t - 2 >= sentence.TokenStart && tokens[t - 1].Span is "(" && IsCapitalisedOrNumber(tokens[t - 2])) return false;
        // So does the word after a quote that opens it ("\"Pelaku MSH tercatat sebagai PNS").
        return t - 1 <= sentence.TokenStart || !IsCapitalisedOrNumber(tokens[t - 1])
               || (t - 2 == sentence.TokenStart && tokens[t - 2].Span is "\"" or "\u201C");
    }

    private static bool IsCapitalisedOrNumber(Token token)
        => token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && char.IsUpper(token.Span[0]));
}
