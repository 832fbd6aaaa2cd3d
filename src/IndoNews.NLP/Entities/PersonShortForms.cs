using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Gives a person's short form back its label where the tagger, seeing one sentence at a time, read it as a place or
/// an organisation: after <c>Dani Pedrosa</c>, "Saat ini Pedrosa ada di peringkat kelima" has <c>Pedrosa</c> as an
/// organisation, after <c>Lorenzo Insigne</c> "Bagi Insigne, dua gol" has <c>Insigne</c> as one, after
/// <c>Amien Rais</c> "aliran uang ke Amien" has <c>Amien</c> as a place.
/// </summary>
/// <remarks>
/// A one-word place or organisation becomes a person when its word is a part that
/// <see cref="PersonNameRepeats.SourceParts"/> takes from a person of the same document: the first or last word of a
/// person of two words or of one after a title or honorific (<c>Mbak Wiwit</c>), or the last word of a longer one (a first word of three or more is often a club or firm the
/// tagger ran over: <c>Droom Sandeep Aggarwal</c>, <c>Golkar Setya Novanto</c>). Not when the word is a listed country,
/// place or organisation (<c>Lumajang</c> of <c>Haryoto Lumajang</c>, <c>Yamaha</c> of <c>Movistar Yamaha</c>), a word
/// of a name of two or more words other than a person in the document (<c>Velar</c> where <c>Range Rover Velar</c> is
/// named), or follows <c>di</c> or a place noun (<c>di Cepu</c>, <c>pulau Tenerife</c>); and not from a person whose
/// other words do not look like a name's: a place or organisation of the document or of the lists (<c>Chievo
/// Verona</c>), a capital inside (<c>VfL Wolfsburg</c>, <c>FSV Mainz</c>), or a sentence's first word that news writes
/// in lower case or the dictionary has (<c>Superioritas Cile</c>). Runs before <see cref="PersonNameRepeats"/>, so the
/// word, now a person's, no longer keeps its untagged lone repeats from being found.
/// </remarks>
internal static class PersonShortForms
{
    /// <summary>Relabels every one-word place or organisation of <paramref name="document"/> that is a person's short form.</summary>
    public static void Relabel(DocumentBuilder document, WordProfiles profiles, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count < 2) return;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        // Words of the document's places and organisations: all of them, and those of names of two or more words. Kept
        // as spans of the text, so no string is made for a word.
        using var named = new TextSpanSet(text);
        using var inLonger = new TextSpanSet(text);
        foreach (var entity in entities)
        {
            if (entity.TokenStart < 0 || entity.Label == EntityLabels.Person) continue;
            bool longer = EntityTokens.WordCount(tokens, entity.TokenStart, entity.TokenEnd) > 1;
            for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
            {
                if (tokens[t].Kind != TokenKind.Word) continue;
                if (entity.Label is EntityLabels.Location or EntityLabels.Organization) named.Add(tokens[t]);
                if (longer) inLonger.Add(tokens[t]);
            }
        }

        if (named.Count == 0) return;

        // The first word of each sentence, where a capital says nothing.
        using var opensScratch = new ScratchArray<bool>(tokens.Length);
        var opens = opensScratch.Array;
        foreach (var sentence in document.Sentences)
        {
            for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++)
            {
                if (!char.IsLetterOrDigit(text[tokens[t].Start])) continue;
                opens[t] = true;
                break;
            }
        }

        // A first word of three or more (guarded) is left out: a club or firm before a person is too common.
        var parts = PersonNameRepeats.SourceParts(document, profiles, gazetteer, (person, t) => HasNameWords(text, document.Tokens.AsSpan(), person, t, named, opens, profiles, gazetteer), out _);
        if (parts is null) return;

        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label is not (EntityLabels.Location or EntityLabels.Organization) || entity.TokenStart < 0 || entity.TokenEnd != entity.TokenStart + 1) continue;
            var token = tokens[entity.TokenStart];
            if (token.Kind != TokenKind.Word || entity.Start != token.Start || entity.End != token.End) continue;
            string word = entity.Text;
            if (!parts.Contains(word) || inLonger.Contains(word) || IsListedPlaceOrOrganization(word, gazetteer)) continue;
            if (AfterPlaceWord(text, tokens, entity.TokenStart)) continue;
            entities[i] = entity.WithLabel(EntityLabels.Person);
        }
    }

    // The person's words other than the part at token index part look like a name's: capitalised with no capital inside
    // ("VfL Wolfsburg", "FSV Mainz" are clubs; nor a listed firm's model, "Logitech G"), at a sentence's start a word news capitalises or no dictionary word
    // ("Tenun Mamasa", "Superioritas Cile"), and no place or organisation of the document or of the lists ("Chievo Verona").
    private static bool HasNameWords(string text, ReadOnlySpan<Token> tokens, Entity person, int part, TextSpanSet named, bool[] opens, WordProfiles profiles, Gazetteer gazetteer)
    {
        // A listed firm's product line ("melalui Logitech G") gives the firm's word to no person.
        if (ListedOrganizations.IsModelOfListed(tokens, person, ListedOrganizations.Lists)) return false;
        for (int t = person.TokenStart; t < person.TokenEnd; t++)
        {
            if (t == part || tokens[t].Kind != TokenKind.Word) continue;
            var word = tokens[t].Span;
            if (!char.IsUpper(word[0]) || HasInnerCapital(word) || (opens[t] && !PersonNameRepeats.MayOpenSentence(word, profiles))) return false;
            if (named.Contains(word) || IsListedPlaceOrOrganization(word, gazetteer)) return false;
        }

        return true;
    }

    /// <summary>
    /// True when the word right before token <paramref name="t"/> says that a name there is a place: <c>di</c> (no person
    /// stands right after it: <c>di Mamasa</c>, <c>tinggal di AS</c>) or a place noun (<c>pulau Tenerife</c>,
    /// <c>kota Bandung</c>). A short list, not the gazetteer's place heads, which hold <c>Kali</c> (a river, but
    /// "beberapa kali Neuer" is "several times").
    /// </summary>
    internal static bool AfterPlaceWord(string text, ReadOnlySpan<Token> tokens, int t)
    {
        if (t == 0 || tokens[t - 1].Kind != TokenKind.Word) return false;
        Span<char> before = stackalloc char[Math.Min(tokens[t - 1].End - tokens[t - 1].Start, 16)];
        if (before.Length < tokens[t - 1].End - tokens[t - 1].Start) return false;
        text.AsSpan(tokens[t - 1].Start, before.Length).ToLowerInvariant(before);
        return before is "di" or "pulau" or "kota" or "kabupaten" or "desa" or "provinsi" or "kecamatan" or "daerah" or "wilayah";
    }

    private static bool IsListedPlaceOrOrganization(ReadOnlySpan<char> word, Gazetteer gazetteer)
    {
        const byte categories = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place | 1 << (int)GazetteerCategory.Organization;
        return gazetteer.ListsWord(word, categories);
    }

    // A capital after the first letter, other than after a hyphen or apostrophe ("VfL", "FSV"; not "Al-Assad", "O'Neal", "McNearney").
    private static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        for (int k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]) && word[k - 1] is not ('-' or '\'') && !word[..k].SequenceEqual("Mc") && !word[..k].SequenceEqual("Mac")) return true;
        }

        return false;
    }
}
