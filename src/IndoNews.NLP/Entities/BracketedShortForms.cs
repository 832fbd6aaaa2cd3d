using System.Collections.Frozen;
using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Tags the short form that news writes in brackets right after an organisation or a place, which the tagger often
/// leaves untagged: <c>American Petroleum Institute (API)</c>, <c>Sidney Morning Herald (SMH)</c>,
/// <c>Universitas Sam Ratulangi (Unsrat)</c>, <c>Stadion Gelora Bandung Lautan Api (GBLA)</c>. The short form takes the
/// name's label.
/// </summary>
/// <remarks>
/// The bracket must hold one word of two to twelve letters or digits that starts with a capital, and its letters must
/// spell, in order, letters of the name, the first one opening a word of the name (the test of Schwartz and Hearst,
/// 2003, for abbreviation definitions): <c>Kementerian Komunikasi dan Informatika (Kemkominfo)</c> passes, while
/// <c>Indonesia (WNI)</c>, <c>Papua Barat (KNPB)</c> and <c>Tokyo (TIFF)</c>, where the bracket shortens a longer phrase
/// or another body, do not. The abbreviated words must name something: they open with a listed head of an organisation
/// or place (<c>Badan</c>, <c>PT</c>, <c>Stadion</c>, also at the name's start: <c>PT EK Prima Ekspor (EKP)</c>), hold a
/// listed country, place or organisation (<c>Indonesia</c>, <c>Papua</c>), or hold a noun that makes a phrase a body
/// (<c>Institute</c>, <c>Center</c>, <c>Union</c>, <c>Tbk</c>). Capitals alone are no evidence: the tagger's
/// <c>Pajak Pertambahan Nilai (PPN)</c>, <c>Tunjangan Hari Raya (THR)</c>, <c>Computer Assisted Test (CAT)</c> and
/// <c>Mixed Martial Arts (MMA)</c> are common words or English terms and give nothing. People are left out: a bracket
/// after a person is a nickname (<c>Joko Widodo (Jokowi)</c>) or initials (<c>Hary Tanoesoedibjo (HT)</c>), which this
/// test cannot tell from an unrelated word.
/// </remarks>
internal static class BracketedShortForms
{
    private const int MinLength = 2;
    private const int MaxLength = 12;

    // Nouns that make a phrase the name of a body or a place where the gazetteer lists no head: English ones, which
    // close the name ("American Petroleum Institute", "Sidney Morning Herald"), and a few Indonesian ones.
    private static readonly FrozenSet<ulong> BodyNouns = FrozenSet.ToFrozenSet(Array.ConvertAll<string, ulong>(
    [
        "Academy", "Agency", "Airlines", "Alliance", "Association", "Authority", "Board", "Bureau", "Center", "Centre",
        "Club", "Coalition", "College", "Commission", "Committee", "Community", "Company", "Corp", "Corporation",
        "Council", "Federation", "Foundation", "Fund", "Herald", "Holdings", "Inc", "Initiative", "Institute",
        "Institution", "Journal", "League", "Limited", "Ltd", "Movement", "Nations", "Network", "Office", "Organisation",
        "Organization", "Partners", "Party", "Post", "Service", "Society", "Times", "Tribune", "Trust", "Union",
        "University", "Watch",
        "Balai", "Fakultas", "Kedutaan", "Perkumpulan", "Tbk", "Tol",
    ], word => FeatureHash.OfLower(word)));

    /// <summary>Adds an entity for every such untagged short form in <paramref name="document"/>.</summary>
    /// <param name="document">The document whose entities are extended.</param>
    /// <param name="gazetteer">The listed heads of organisations and places, and the listed countries, places and organisations.</param>
    public static void Add(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        using var scratch = new ScratchArray<bool>(tokens.Length);
        var covered = scratch.Array;
        foreach (var entity in entities)
        {
            if (entity.TokenStart < 0) continue;
            for (int t = entity.TokenStart; t < entity.TokenEnd; t++) covered[t] = true;
        }

        List<Entity>? found = null;
        foreach (var entity in entities)
        {
            if (entity.Label is not (EntityLabels.Organization or EntityLabels.Location) || entity.TokenStart < 0) continue;
            int open = entity.TokenEnd;
            if (open + 2 >= tokens.Length || tokens[open].Span is not "(" || tokens[open + 2].Span is not ")") continue;
            var word = tokens[open + 1];
            if (covered[open + 1] || word.Kind != TokenKind.Word || !IsShortForm(word.Span) || !OnlySpaceBetween(text, entity.End, tokens[open].Start)) continue;
            int from = Abbreviates(word.Span, entity.Text);
            if (from < 0 || !IsName(tokens, entity, entity.Start + from, gazetteer)) continue;
            (found ??= []).Add(new Entity(word.Text, entity.Label, word.Start, word.End) { TokenStart = open + 1, TokenEnd = open + 2 });
            covered[open + 1] = true; // a name repeated before one bracket adds it once
        }

        if (found is not null) entities.AddRange(found);
    }

    // Two to twelve letters or digits, the first a capital: "API", "Unsrat", "Kemkominfo".
    internal static bool IsShortForm(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength || word.Length > MaxLength || !char.IsUpper(word[0])) return false;
        foreach (char c in word)
        {
            if (!char.IsLetterOrDigit(c)) return false;
        }

        return true;
    }

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '\u00A0')) return false;
        }

        return true;
    }

    /// <summary>
    /// Where in <paramref name="name"/> the words that <paramref name="shortForm"/> abbreviates begin: its letters occur
    /// in the name in order, the first at the start of a word (Schwartz and Hearst's match, read from the end of both);
    /// -1 when they do not.
    /// </summary>
    internal static int Abbreviates(ReadOnlySpan<char> shortForm, ReadOnlySpan<char> name)
    {
        int l = name.Length - 1;
        for (int s = shortForm.Length - 1; s >= 0; s--)
        {
            char c = char.ToLowerInvariant(shortForm[s]);
            while (l >= 0 && (char.ToLowerInvariant(name[l]) != c || (s == 0 && l > 0 && char.IsLetterOrDigit(name[l - 1])))) l--;
            if (l < 0) return -1;
            l--;
        }

        return l + 1;
    }

    // The abbreviated words name something rather than describe it: they open with a listed head of an organisation or
    // place (Badan, Komisi, PT, Stadion), hold a listed country, place or organisation (Indonesia, Papua, New York), or
    // a noun that makes a phrase a body (Institute, Center, Union, Tbk). A word news merely capitalises is no evidence:
    // English terms are capitalised too ("Computer Assisted Test (CAT)", "Mixed Martial Arts (MMA)"), and so are the
    // common phrases the tagger took for names ("Tunjangan Hari Raya (THR)", "Republik Demokratik (RD) Kongo").
    private static bool IsName(ReadOnlySpan<Token> tokens, Entity entity, int from, Gazetteer gazetteer)
    {
        int first = entity.TokenStart;
        while (first + 1 < entity.TokenEnd && tokens[first].End <= from) first++;
        Span<ulong> hashes = stackalloc ulong[Math.Min(entity.TokenEnd - first, 16)];
        for (int k = 0; k < hashes.Length; k++) hashes[k] = FeatureHash.OfLower(tokens[first + k].Span);
        const byte heads = 1 << (int)GazetteerCategory.OrganizationHead | 1 << (int)GazetteerCategory.PlaceHead;
        if (hashes.Length > 0 && gazetteer.LongestMatch(hashes, 0, heads) > 0) return true;
        if (first > entity.TokenStart && gazetteer.ListsWord(tokens[entity.TokenStart].Span, heads)) return true; // PT EK Prima Ekspor (EKP)
        if (BodyNouns.Contains(FeatureHash.OfLower(tokens[entity.TokenStart].Span))) return true; // Tol Cikopo Palimanan (Cipali)
        const byte names = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place | 1 << (int)GazetteerCategory.Organization;
        for (int k = 0; k < hashes.Length; k++)
        {
            if (BodyNouns.Contains(hashes[k]) || gazetteer.LongestMatch(hashes, k, names) > 0) return true;
        }

        return false;
    }
}
