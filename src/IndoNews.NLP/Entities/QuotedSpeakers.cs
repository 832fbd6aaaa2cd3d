using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// The speaker named by one word after a quote and its speech verb (<c>," tutur Senaz.</c>, <c>," kata Tulus melalui pesan
/// singkat</c>) is a person where the tagger left the word untagged, or read it alone as an organisation or place that
/// nothing else supports (<c>," terang Geatan.</c>).
/// </summary>
/// <remarks>
/// <para>The cue is narrow on purpose: a closing quote right after a comma or full stop, a speech verb (<c>kata</c>,
/// <c>ujar</c>, <c>tutur</c>, <c>ucap</c>, ...), one word written with a capital and then small letters, and after it the
/// end of the clause (<c>.</c>, <c>,</c>) or a word that opens how or where it was said (<c>saat</c>, <c>usai</c>,
/// <c>melalui</c>, <c>kepada</c>, ...). The same slot takes posts in place of names (<c>," kata Kapolsek.</c>,
/// <c>," ujar Menhub.</c>, <c>," kata Pimpinan sendra tari</c>), so a word that is a listed title or honorific on its own,
/// or one of the short forms of posts below, is left; a post's longer name goes on with capitals or other words and so
/// never meets the cue.</para>
/// <para>idner-news-2k tags the one capitalised word after <c>kata</c>, <c>ujar</c>, <c>tutur</c> or <c>ucap</c> and before a
/// comma or full stop as a person 48 times in 50 in its train split (once ORG, once O).</para>
/// </remarks>
internal static class QuotedSpeakers
{
    private static readonly WordSet SpeechVerbs = new(
        ["kata", "ujar", "tutur", "ucap", "imbuh", "jelas", "terang", "ungkap", "papar", "tegas"], ignoreCase: false);

    // Words after the speaker that say how, when or to whom it was said ("kata Novel usai menghadiri").
    private static readonly WordSet FollowWords = new(
        ["saat", "usai", "seusai", "melalui", "kepada", "ketika", "dalam", "di", "via", "pada", "dikutip", "seperti", "sambil", "sebelum",
         "setelah"], ignoreCase: false);

    // Posts and their short forms that stand alone as the speaker, beyond the listed titles ("kata Kasat.", "ujar Kades.").
    private static readonly WordSet Posts = new(
        ["Kasat", "Kasatreskrim", "Kasatlantas", "Kasubdit", "Kasubag", "Kasubbag", "Kanit", "Kades", "Kadis", "Kadin", "Kabag", "Kasi", "Kabid",
         "Kapolda", "Kapolres", "Kapolresta", "Kapolsek", "Kapolri", "Jubir", "Sekda", "Ketua", "Kepala", "Direktur", "Wakil", "Menteri", "Presiden",
         "Gubernur", "Bupati", "Walikota", "Wali", "Camat", "Lurah", "Kapten", "Pelatih", "Raja", "Ratu", "Pangeran", "Imam", "Pimpinan",
         "Satpam", "Deputi", "Pelaksana", "Koordinator", "Dirut", "Dirjen", "Danramil", "Dandim", "Danrem", "Pangdam", "Kasdam", "Sekjen",
         "Rektor", "Dekan", "Hakim", "Jaksa", "Polisi", "Petugas", "Warga", "Korban", "Pelaku", "Tersangka", "Saksi", "Ibu", "Bapak", "Ayah"],
        ignoreCase: false);

    /// <summary>
    /// Adds a <see cref="EntityLabels.Person"/> entity for every untagged one-word speaker after a quote's speech verb, and
    /// relabels such a speaker the tagger read alone as an organisation or place where nothing says it is one.
    /// </summary>
    public static void Add(DocumentBuilder document, Gazetteer gazetteer)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        if (tokens.Length < 4) return;
        using var owners = new EntityOwnerMap(document.Entities, tokens.Length);
        Span<int> owner = default; // filled once a speaker is met (most news quotes someone)
        HashSet<string>? personWords = null;
        for (int t = 3; t < tokens.Length; t++)
        {
            if (!IsSpeaker(tokens, t, gazetteer)) continue;
            if (owner.IsEmpty) owner = owners.Fill();

            if (owner[t] >= 0)
            {
                Relabel(document, owner[t], t, gazetteer, ref personWords);
                continue;
            }

            document.Entities.Add(new Entity(tokens[t].Text, EntityLabels.Person, tokens[t].Start, tokens[t].End)
            {
                TokenStart = t,
                TokenEnd = t + 1,
            });
            owner[t] = document.Entities.Count - 1;
        }
    }

    // A speaker read as ORG or LOC on its own ("," jelas Aji.", "," terang Geatan.") is a person when the document names a
    // person with that word ("Aji Santoso") or the word is not a listed country, place or organisation; a listed one
    // ("kata Juventus dalam akun resmi klub") is left, as clubs, bodies and places speak in this slot too.
    private static void Relabel(DocumentBuilder document, int index, int t, Gazetteer gazetteer, ref HashSet<string>? personWords)
    {
        var entity = document.Entities[index];
        if (entity.TokenStart != t || entity.TokenEnd != t + 1) return;
        if (entity.Label is not (EntityLabels.Organization or EntityLabels.Location)) return;
        personWords ??= PersonWords(document);
        if (!personWords.Contains(entity.Text))
        {
            const byte known = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place
                | 1 << (int)GazetteerCategory.Organization;
            Span<ulong> hash = [FeatureHash.OfLower(entity.Text)];
            if (gazetteer.LongestMatch(hash, 0, known) == 1) return;
        }

        document.Entities[index] = new Entity(entity.Text, EntityLabels.Person, entity.Start, entity.End)
        {
            TokenStart = entity.TokenStart,
            TokenEnd = entity.TokenEnd,
            Confidence = entity.Confidence,
        };
    }

    // The words of the document's persons of two words or more ("Aji" from "Aji Santoso"), gathered once.
    private static HashSet<string> PersonWords(DocumentBuilder document)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
        {
            if (entity.Label != EntityLabels.Person || entity.Text.IndexOf(' ') < 0) continue;
            foreach (var part in entity.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)) words.Add(part);
        }

        return words;
    }

    // Token t is a one-word speaker: `,"` or `."`, a speech verb, the word, then the clause's end or a word of manner.
    private static bool IsSpeaker(ReadOnlySpan<Token> tokens, int t, Gazetteer gazetteer)
    {
        if (!IsCapitalisedWord(tokens[t]) || !SpeechVerbs.Contains(tokens[t - 1].Span)) return false;
        if (tokens[t - 2].Span is not ("\"" or "\u201D") || tokens[t - 3].Span is not ("," or "." or "!" or "?")) return false;
        if (t + 1 < tokens.Length && tokens[t + 1].Span is not ("." or ",") && !FollowWords.Contains(tokens[t + 1].Span)) return false;
        if (Posts.Contains(tokens[t].Span)) return false;
        const byte titles = 1 << (int)GazetteerCategory.Title | 1 << (int)GazetteerCategory.Honorific;
        Span<ulong> hash = [FeatureHash.OfLower(tokens[t].Span)];
        return gazetteer.LongestMatch(hash, 0, titles) != 1;
    }

    // A capital and then small letters only ("Senaz", not "KPK", "McGregor" or "Kasat2").
    private static bool IsCapitalisedWord(Token token)
    {
        if (token.Kind != TokenKind.Word || token.Length < 2) return false;
        var word = token.Span;
        if (!char.IsAsciiLetterUpper(word[0])) return false;
        foreach (char c in word[1..])
        {
            if (!char.IsAsciiLetterLower(c)) return false;
        }

        return true;
    }
}
