using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Makes the name after a capitalised administrative unit (<c>Desa</c>, <c>Kelurahan</c>, <c>Kecamatan</c>,
/// <c>Kabupaten</c>, <c>Kota</c>, <c>Provinsi</c>, <c>Dusun</c>, <c>Kampung</c>) a place, with the unit inside the span:
/// "warga <c>Desa Air Paoh</c>" read as an organisation, "rumah di Jalan Pembangunan 2 <c>Desa Sekip</c>" left untagged.
/// A village's or district's bare name that the document writes after its unit elsewhere is the place too: <c>Watumaeta</c>, read
/// as a person in a list, after "di Desa Watumaeta".
/// </summary>
/// <remarks>
/// The unit word stays inside the name, as NERGrit, NERP, NER UGM and idner-news-2k annotate a capitalised unit
/// (<c>Desa</c> 192 times inside against 6 outside in NERGrit's train and valid splits, <c>Kecamatan</c> 111 to 5).
/// Not after another capitalised word, where the unit is part of a post or a body (<c>Kepala Desa</c>, <c>Dana
/// Desa</c>, <c>Wali Kota</c>, <c>Pemerintah Provinsi DKI</c>). The name is up to four capitalised words that end the
/// capitalised run, none a month, weekday, title or organisation head (<c>Kab. Hulu Sungai Utara</c>; <c>Desa Tulis Selo
/// Piro RT 03/03</c> ends before <c>RT</c>). A person or organisation span is relabelled only where it is the unit and name alone or the name alone
/// right after the unit; longer spans may hold a person after the place. <c>Jalan</c> is left out: streets carry
/// people's names and the tagger reads them well, while the word also opens titles ("Jalan Menuju New York").
/// </remarks>
internal static class AdministrativeNames
{
    /// <summary>Most words of a name after its unit.</summary>
    private const int MaxNameWords = 4;

    private static readonly WordSet Units = new(
    [
        "Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Kota", "Provinsi", "Dusun", "Kampung", "Kab.", "Kec.", "Kel.",
    ], ignoreCase: false);

    // Units below a regency, whose names are seldom also given names (unlike towns': "Kota Bima", "Bima").
    private static readonly WordSet LocalUnits = new(["Desa", "Kelurahan", "Kecamatan", "Dusun", "Kampung", "Kec.", "Kel."], ignoreCase: false);

    /// <summary>Whether <paramref name="word"/> is a capitalised administrative unit written before a place's name.</summary>
    public static bool IsUnit(ReadOnlySpan<char> word) => Units.Contains(word);

    /// <summary>Relabels or adds the names after administrative units in <paramref name="document"/>, and their bare repeats.</summary>
    public static void Apply(DocumentBuilder document, Gazetteer gazetteer)
    {
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        if (!HasUnit(text, tokens)) return;

        var entities = document.Entities;
        using var owners = new EntityOwnerMap(entities, tokens.Length);
        Span<int> owner = owners.Fill();
        HashSet<string>? names = null;
        foreach (var sentence in document.Sentences)
        {
            for (int t = sentence.TokenStart; t + 1 < sentence.TokenEnd; t++)
            {
                if (!IsUnitToken(text, tokens[t])) continue;
                if (t > sentence.TokenStart && EntityTokens.IsCapitalisedWord(text, tokens[t - 1])) continue;
                int end = NameEnd(text, tokens, t + 1, sentence.TokenEnd, gazetteer);
                if (end < 0) continue;
                int at = owner[t], next = owner[t + 1];
                if (at >= 0)
                {
                    // The tagger's span opens with the unit: a person or body that is the unit and its name alone is the place.
                    var entity = entities[at];
                    if (entity.TokenStart == t && entity.TokenEnd == end && entity.Label is EntityLabels.Person or EntityLabels.Organization)
                    {
                        entities[at] = entity.WithLabel(EntityLabels.Location);
                    }
                }
                else if (next < 0)
                {
                    if (!Free(owner, t + 1, end)) continue;
                    int start = tokens[t].Start, stop = tokens[end - 1].End;
                    int index = entities.Count;
                    entities.Add(new Entity(text[start..stop], EntityLabels.Location, start, stop) { TokenStart = t, TokenEnd = end });
                    for (int k = t; k < end; k++) owner[k] = index;
                }
                else
                {
                    // The name alone, read as a person or body: the place, with its unit.
                    var entity = entities[next];
                    if (entity.TokenStart != t + 1 || entity.TokenEnd != end || entity.Label is not (EntityLabels.Person or EntityLabels.Organization)) continue;
                    int start = tokens[t].Start;
                    entities[next] = new Entity(text[start..entity.End], EntityLabels.Location, start, entity.End) { TokenStart = t, TokenEnd = end };
                    owner[t] = next;
                }

                if (LocalUnits.Contains(tokens[t].Span)) (names ??= new HashSet<string>(StringComparer.Ordinal)).Add(text[tokens[t + 1].Start..tokens[end - 1].End]);
            }
        }

        if (names is null) return;

        // A bare name read as a person where the document names the place after its unit: "Watumaeta" after
        // "Desa Watumaeta". Only one-label spans that are that name exactly.
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label == EntityLabels.Person && entity.TokenStart >= 0 && names.Contains(entity.Text))
            {
                entities[i] = entity.WithLabel(EntityLabels.Location);
            }
        }
    }

    // A cheap first pass: most articles name no administrative unit.
    private static bool HasUnit(string text, ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (IsUnitToken(text, token)) return true;
        }

        return false;
    }

    private static bool IsUnitToken(string text, Token token)
        => token.Kind == TokenKind.Word && token.End - token.Start <= Units.MaxLength && char.IsUpper(text[token.Start]) && Units.Contains(token.Span);

    // The end (exclusive) of the name that starts at `first`: up to four capitalised name words ending the capitalised
    // run, or -1. Another unit or a neighbourhood's head in capitals may follow ("Desa Sekip, Kecamatan", "Desa Tulis
    // Selo Piro RT 03/03").
    private static int NameEnd(string text, ReadOnlySpan<Token> tokens, int first, int sentenceEnd, Gazetteer gazetteer)
    {
        int k = first;
        while (k < sentenceEnd && k - first <= MaxNameWords && IsNameWord(text, tokens[k], gazetteer)) k++;
        if (k == first || k - first > MaxNameWords) return -1;
        if (k < sentenceEnd && EntityTokens.IsCapitalisedWord(text, tokens[k]) && !IsUnitToken(text, tokens[k]) && !IsCapitalsHead(tokens[k], gazetteer)) return -1;
        return k;
    }

    // A capitalised word of letters (an inner hyphen or apostrophe allowed: "Kaduwa’a") that is no unit, month,
    // weekday, title, rank, organisation head or head in capitals (RT, RW). A place head may be a word of the name:
    // "Kab. Hulu Sungai Utara".
    private static bool IsNameWord(string text, Token token, Gazetteer gazetteer)
    {
        if (!EntityTokens.IsCapitalisedWord(text, token) || IsUnitToken(text, token) || IsCapitalsHead(token, gazetteer)) return false;
        var word = token.Span;
        foreach (char c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '’')) return false;
        }

        if (PersonTitles.IsRankOrOffice(word) || PersonTitles.IsAcademicTitle(word)) return false;
        const byte other = 1 << (int)GazetteerCategory.Title | 1 << (int)GazetteerCategory.Honorific | 1 << (int)GazetteerCategory.OrganizationHead;
        if (gazetteer.ListsWord(word, other)) return false;
        return Values.IndonesianCalendar.MatchMonth(text, token.Start, false, out _) < 0 && Values.IndonesianCalendar.MatchWeekday(text, token.Start, out _) < 0;
    }

    // A listed place head written in capitals: a neighbourhood's RT or RW.
    private static bool IsCapitalsHead(Token token, Gazetteer gazetteer)
    {
        foreach (char c in token.Span)
        {
            if (!char.IsUpper(c)) return false;
        }

        return gazetteer.ListsWord(token.Span, 1 << (int)GazetteerCategory.PlaceHead);
    }

    private static bool Free(ReadOnlySpan<int> owner, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (owner[k] >= 0) return false;
        }

        return true;
    }
}
