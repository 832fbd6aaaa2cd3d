using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A news outlet introduced by its kind and country (<c>media Jerman Deutsche Welle</c>, <c>surat kabar Spanyol,
/// Marca</c>, <c>surat kabar Israel, Haaretz</c>) is an organisation where the tagger read it as a person or place, and
/// so are its other person or place mentions in the document.
/// </summary>
/// <remarks>
/// <para><see cref="OrganizationCues"/> takes <c>koran Asashi</c> and <c>harian Marca</c>, but leaves <c>media</c> and a
/// country after the noun, since <c>media Italia</c> names the country's press, not an outlet. The outlet is the name
/// right after that country: the noun (<c>media</c>, <c>harian</c>, <c>koran</c>, <c>majalah</c>, <c>tabloid</c>,
/// <c>televisi</c>, <c>radio</c>, <c>surat kabar</c>, <c>kantor berita</c>, <c>situs berita</c>, <c>portal
/// berita</c>), at most one modifier (<c>asal</c>, <c>lokal</c>, <c>ternama</c>), a listed country the tagger read as a
/// place, an optional comma, then a capitalised person or place span that is no listed country or place.</para>
/// </remarks>
internal static class CountryOutlets
{
    // Lower-case nouns for an outlet that stand before its country.
    private static readonly WordSet OutletNouns = new(["media", "harian", "koran", "majalah", "tabloid", "televisi", "radio"], ignoreCase: false);

    // Second words of two-word outlet nouns, with the first words they need: "surat kabar", "kantor berita".
    private static readonly WordSet OutletNounHeads = new(["kabar", "berita"], ignoreCase: false);
    private static readonly WordSet OutletNounFirsts = new(["surat", "kantor", "situs", "portal"], ignoreCase: false);

    // One word that may stand between the noun and the country: "media asal Inggris", "harian lokal Jerman".
    private static readonly WordSet Modifiers = new(["asal", "lokal", "ternama", "terkemuka", "pemerintah", "nasional"], ignoreCase: false);

    private const byte Places = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place;

    /// <summary>Relabels as organisations the outlets of <paramref name="document"/> named after their kind and country.</summary>
    /// <param name="document">The document whose entities are relabelled.</param>
    /// <param name="gazetteer">The listed countries and places.</param>
    public static void Relabel(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count < 2) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        string text = document.Text;
        // The place spans by the token after their last, to find the country before an outlet.
        using var scratch = new ScratchArray<int>(tokens.Length + 1); // rented: no table per document
        var placesByEnd = scratch.Array;
        if (!EntityTokens.PlacesByEnd(entities, tokens, placesByEnd.AsSpan(0, tokens.Length + 1))) return;
        HashSet<string>? outlets = null;
        foreach (var outlet in entities)
        {
            if (outlet.Label is not (EntityLabels.Person or EntityLabels.Location) || !EntityTokens.CoversWholeTokens(outlet, tokens)) continue;
            int start = outlet.TokenStart;
            if (!EntityTokens.IsCapitalisedWord(text, tokens[start])) continue;
            int c = placesByEnd[start];
            if (c < 0 && start >= 1 && tokens[start - 1].Span is ",") c = placesByEnd[start - 1];
            if (c < 0) continue;
            var country = entities[c];
            if (!HasOutletNoun(tokens, country.TokenStart) || !CountryNames.IsCountry(country, tokens, gazetteer)) continue;
            if (IsListed(tokens, start, outlet.TokenEnd, gazetteer)) continue;
            (outlets ??= new HashSet<string>(StringComparer.Ordinal)).Add(outlet.Text);
        }

        if (outlets is null) return;
        EntityEdits.RelabelMentions(entities, outlets, EntityLabels.Organization, EntityLabels.Person, EntityLabels.Location);
    }

    // An outlet noun, past at most one modifier, right before token t.
    private static bool HasOutletNoun(ReadOnlySpan<Token> tokens, int t)
    {
        int noun = t - 1;
        if (noun >= 0 && Modifiers.Contains(tokens[noun].Span)) noun--;
        if (noun < 0 || tokens[noun].Kind != TokenKind.Word) return false;
        if (OutletNouns.Contains(tokens[noun].Span)) return true;
        return noun >= 1 && OutletNounHeads.Contains(tokens[noun].Span) && OutletNounFirsts.Contains(tokens[noun - 1].Span);
    }

    // The whole span is a listed country or place ("media Inggris, London" is no outlet).
    private static bool IsListed(ReadOnlySpan<Token> tokens, int start, int end, Gazetteer gazetteer)
    {
        // A span with no words or too many to look up is left too.
        int words = EntityTokens.WordCount(tokens, start, end);
        return words is 0 or > EntityTokens.MaxListedWords || EntityTokens.IsListedPhrase(tokens, start, end, gazetteer, Places);
    }
}
