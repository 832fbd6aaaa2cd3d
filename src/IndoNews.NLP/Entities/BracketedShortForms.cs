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
/// or place (<c>Badan</c>, <c>PT</c>, <c>Stadion</c>, also at the name's start: <c>PT EK Prima Ekspor (EKP)</c>), or hold
/// a word that news capitalises at least half the time; the tagger's <c>Pajak Pertambahan Nilai (PPN)</c> and
/// <c>Bantuan Stimulan Perumahan Swadaya (BSPS)</c>, common words, give nothing (<c>Tunjangan Hari Raya (THR)</c> passes
/// on <c>Raya</c>, which names roads and places). People are left out: a bracket after a person is a
/// nickname (<c>Joko Widodo (Jokowi)</c>), which this test cannot tell from an unrelated word.
/// </remarks>
internal static class BracketedShortForms
{
    private const int MinLength = 2;
    private const int MaxLength = 12;

    /// <summary>Adds an entity for every such untagged short form in <paramref name="document"/>.</summary>
    /// <param name="document">The document whose entities are extended.</param>
    /// <param name="profiles">How news writes each word, to tell a name's words from common ones.</param>
    /// <param name="gazetteer">The listed heads of organisations and places.</param>
    public static void Add(DocumentBuilder document, WordProfiles profiles, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        var covered = new bool[tokens.Length];
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
            if (from < 0 || !IsName(text, tokens, entity, entity.Start + from, profiles, gazetteer)) continue;
            (found ??= []).Add(new Entity(word.Text, entity.Label, word.Start, word.End) { TokenStart = open + 1, TokenEnd = open + 2 });
            covered[open + 1] = true; // a name repeated before one bracket adds it once
        }

        if (found is not null) entities.AddRange(found);
    }

    // Two to twelve letters or digits, the first a capital: "API", "Unsrat", "Kemkominfo".
    private static bool IsShortForm(ReadOnlySpan<char> word)
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
    // place (Badan, Komisi, PT, Stadion) or hold a word that news mostly capitalises (Sidney, Indonesia). "Pajak
    // Pertambahan Nilai (PPN)" and "Ultra High Definition (UHD)", which the tagger took for names, hold neither.
    private static bool IsName(string text, ReadOnlySpan<Token> tokens, Entity entity, int from, WordProfiles profiles, Gazetteer gazetteer)
    {
        int first = entity.TokenStart;
        while (first + 1 < entity.TokenEnd && tokens[first].End <= from) first++;
        Span<ulong> hashes = stackalloc ulong[Math.Min(entity.TokenEnd - first, 16)];
        for (int k = 0; k < hashes.Length; k++) hashes[k] = FeatureHash.OfLower(tokens[first + k].Span);
        const byte heads = 1 << (int)GazetteerCategory.OrganizationHead | 1 << (int)GazetteerCategory.PlaceHead;
        if (hashes.Length > 0 && gazetteer.LongestMatch(hashes, 0, heads) > 0) return true;
        if (first > entity.TokenStart && gazetteer.LongestMatch([FeatureHash.OfLower(tokens[entity.TokenStart].Span)], 0, heads) > 0) return true; // PT EK Prima Ekspor (EKP)
        for (int t = first; t < entity.TokenEnd; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(text[tokens[t].Start])) continue;
            uint profile = profiles.Get(FeatureHash.OfLower(tokens[t].Span));
            if (WordProfiles.FrequencyBand(profile) > 0 && WordProfiles.CapitalBucket(profile) >= WordProfiles.BucketCapitalShare(0.5)) return true;
        }

        return false;
    }
}
