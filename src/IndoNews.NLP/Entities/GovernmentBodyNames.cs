using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Tags a government body that the tagger left untagged, named by its head and what it deals with: <c>Kepala Dinas
/// Kebudayaan dan Pariwisata</c>, <c>anggota Komisi III DPR</c>, <c>pejabat Direktorat Jenderal Bea dan Cukai</c>,
/// <c>Anggota Dewan Pers</c>, <c>Kepala Biro Humas KPK</c>; and splits such a body from the place the tagger ran it into
/// (<c>Dinas Perhubungan</c> + <c>Kota Depok</c>).
/// </summary>
/// <remarks>
/// <para>The heads are the closed list of units of Indonesian government that never stand capitalised alone inside a
/// sentence (<c>Dinas</c>, <c>Direktorat</c>, <c>Ditjen</c>, <c>Departemen</c>, <c>Badan</c>, <c>Biro</c>,
/// <c>Kementerian</c>, <c>Komisi</c>, <c>Lembaga</c>, <c>Dewan</c>, <c>Majelis</c>). After the head come the body's own
/// words: capitalised words of the language (their root is a dictionary word: <c>Pendidikan</c>, <c>Penerangan</c>),
/// short forms in capitals (<c>DPR</c>, <c>TNI</c>, <c>AU</c>), Roman numerals (<c>Komisi III</c>), and <c>dan</c> or a
/// slash between two of them (<c>Pengadaan Barang / Jasa</c>) unless another body's head or a post follows
/// (<c>Direktorat dan Sekretariat</c> are two; <c>Dewan Keamanan dan Sekretaris Jenderal</c>). They end at a place (a
/// listed place, or a place head such as <c>Kabupaten</c> before a capitalised word: the place stays a place), another
/// body's head (<c>Departemen Hukum dan HAM</c> | <c>Dewan Pimpinan Pusat</c>), a listed given name, a title or rank
/// before a name (<c>Marsekal</c>; a title with no name after it closes the body: <c>Dewan Pertimbangan Presiden</c>),
/// a bracket or a lower-case word. A capitalised word that is no word of the language (<c>Hendrawan</c>) is a name the
/// tagger missed: the body then stands unsure of its end and is left.</para>
/// <para>The head must open the name: it follows a lower-case word, punctuation, the sentence start or a post
/// (<c>Kepala</c>, <c>anggota</c>), not another capitalised word (<c>Nota Dinas Nomor</c>, <c>Halte Departemen
/// Pertanian</c> are other things). Headlines in title case are left: their capitals say nothing. A one-token
/// organisation right after the body (<c>DPR</c>, <c>KPK</c>) joins it: <c>Komisi III DPR</c> is one body.</para>
/// </remarks>
internal static class GovernmentBodyNames
{
    private static readonly WordSet Heads = new(
        ["Dinas", "Direktorat", "Ditjen", "Departemen", "Badan", "Biro", "Kementerian", "Komisi", "Lembaga", "Dewan", "Majelis"], ignoreCase: false);

    // Heads of other bodies, which end the first one ("Departemen Hukum dan HAM | Dewan Pimpinan Pusat"). Not every listed
    // organisation head: a body's field may hold one ("Lembaga Layanan Pemasaran Koperasi dan Usaha Kecil Menengah").
    private static readonly WordSet OtherBodyHeads = new(
        ["Dewan", "Majelis", "Mahkamah", "Sekretariat", "Partai", "Fraksi", "Pengadilan", "Kejaksaan", "Kepolisian"], ignoreCase: false);

    // Posts that stand before a body's head without being part of it ("Kepala Dinas ...", "Anggota Komisi ...").
    private static readonly WordSet Posts = new(
    [
        "Kepala", "Ketua", "Wakil", "Anggota", "Sekretaris", "Direktur", "Staf", "Pejabat", "Pimpinan", "Plt", "Plh", "Kabag",
        "Kasubdit", "Inspektur", "Penyidik", "Juru", "Bicara", "Humas",
    ], ignoreCase: false);

    // Longest run of body words looked at; a longer capitalised run is a list or a headline.
    private const int MaxBodyWords = 10;

    private const byte PlaceCategories = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place;
    private const byte Titles = 1 << (int)GazetteerCategory.Title;
    private const byte PersonCues = 1 << (int)GazetteerCategory.Title | 1 << (int)GazetteerCategory.Honorific | 1 << (int)GazetteerCategory.PersonName;

    /// <summary>Adds the untagged bodies of <paramref name="document"/> and splits them from places run into them.</summary>
    /// <param name="document">The document whose entities are completed.</param>
    /// <param name="gazetteer">The listed places, titles, given names and place heads, which end a body's name.</param>
    public static void Apply(DocumentBuilder document, Gazetteer gazetteer)
    {
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        var entities = document.Entities;

        // Token → index of the entity covering it, or -1: filled at the first head.
        using var owners = new EntityOwnerMap(entities, tokens.Length);
        Span<int> owner = default;
        List<Entity>? added = null;
        HashSet<int>? removed = null;
        foreach (var sentence in document.Sentences)
        {
            bool? headline = null; // read only for a sentence that holds a head
            for (int t = sentence.TokenStart; t < sentence.TokenEnd - 1; t++)
            {
                if (tokens[t].Kind != TokenKind.Word || !Heads.Contains(tokens[t].Span)) continue;
                if (headline ??= IsHeadline(text, tokens, sentence)) break;
                if (t > sentence.TokenStart && !OpensName(text, tokens[t - 1], gazetteer)) continue;

                // "Kepala Sub - Direktorat II": the head ends a hyphenated word, whose first part is missing.
                if (t > sentence.TokenStart + 1 && tokens[t - 1].Span is "-" && EntityTokens.IsCapitalisedWord(text, tokens[t - 2])) continue;
                if (owner.IsEmpty) owner = owners.Fill();

                int end = BodyEnd(text, tokens, t + 1, sentence.TokenEnd, owner, owner[t], gazetteer, out bool sure);
                if (end <= t + 1 || !sure) continue;
                int index = owner[t];
                if (index >= 0)
                {
                    // A place that the tagger ran from the head into the place after it: "Dinas Perhubungan | Kota Depok".
                    var place = entities[index];
                    if (place.Label != EntityLabels.Location || place.TokenStart != t || place.TokenEnd <= end
                        || !IsPlaceHeadBeforeName(text, tokens, end, place.TokenEnd, gazetteer)) continue;
                    (removed ??= []).Add(index);
                    (added ??= []).Add(EntityEdits.Over(text, tokens, t, end, EntityLabels.Organization));
                    (added ??= []).Add(EntityEdits.Over(text, tokens, end, place.TokenEnd, EntityLabels.Location));
                    t = place.TokenEnd - 1;
                    continue;
                }

                // A one-token organisation right after the body is part of its name: "Komisi III DPR", "Biro Humas KPK".
                if (end < sentence.TokenEnd && owner[end] >= 0 && (removed is null || !removed.Contains(owner[end])))
                {
                    var next = entities[owner[end]];
                    if (next.Label == EntityLabels.Organization && next.TokenStart == end && next.TokenEnd == end + 1)
                    {
                        (removed ??= []).Add(owner[end]);
                        end++;
                    }
                }

                (added ??= []).Add(EntityEdits.Over(text, tokens, t, end, EntityLabels.Organization));
                t = end - 1;
            }
        }

        if (added is not null) EntityEdits.Apply(entities, removed, added);
    }

    // The token before the head lets it open a name: not a capitalised word other than a post.
    private static bool OpensName(string text, Token before, Gazetteer gazetteer)
    {
        if (before.Kind != TokenKind.Word || !char.IsUpper(text[before.Start])) return true;
        return Posts.Contains(before.Span) || gazetteer.ListsWord(before.Span, 1 << (int)GazetteerCategory.Title);
    }

    // The token after the body's last word (exclusive end), within the head's own entity or free tokens; sure is false where the run stopped at a capitalised word
    // that is no word of the language, a name the tagger missed, so the body's end is unknown.
    private static int BodyEnd(string text, ReadOnlySpan<Token> tokens, int from, int sentenceEnd, ReadOnlySpan<int> owner, int headOwner, Gazetteer gazetteer, out bool sure)
    {
        sure = true;
        int last = from - 1; // the last body word so far
        for (int k = from; k < sentenceEnd && k - from < MaxBodyWords; k++)
        {
            var token = tokens[k];
            var word = token.Span;
            if (word is "dan" or "/")
            {
                // Only between two body words ("Kebudayaan dan Pariwisata", "Pengadaan Barang / Jasa"), not before another
                // body ("Direktorat dan Sekretariat" are two).
                if (k > from && k + 1 < sentenceEnd && tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[k + 1].Start])
                    && !Heads.Contains(tokens[k + 1].Span) && !OtherBodyHeads.Contains(tokens[k + 1].Span)
                    && !Posts.Contains(tokens[k + 1].Span) && !gazetteer.ListsWord(tokens[k + 1].Span, PersonCues)) continue;
                break;
            }

            if (token.Kind != TokenKind.Word) break;

            if (!char.IsUpper(word[0]) || (owner[k] >= 0 && owner[k] != headOwner)) break;
            if (IsPlaceHeadBeforeName(text, tokens, k, sentenceEnd, gazetteer) || gazetteer.ListsWord(token.Span, PlaceCategories | PersonCues & ~Titles)) break;

            // A title ends the body before the person it opens ("Komisi III | Presiden Joko Widodo"), but closes a body's
            // name where no name follows: "anggota Dewan Pertimbangan Presiden." (the Presidential Advisory Council).
            if (gazetteer.ListsWord(token.Span, Titles) && (k == from || (k + 1 < sentenceEnd && EntityTokens.IsCapitalisedWord(text, tokens[k + 1])))) break;

            // Another body's head after the first word opens that body: "Departemen Hukum dan HAM | Dewan Pimpinan Pusat".
            if (k > from && (Heads.Contains(word) || OtherBodyHeads.Contains(word) || IsRegionalGovernment(tokens, k, sentenceEnd, gazetteer))) break;
            if (!IsRomanNumeral(word) && !IsShortForm(word) && !IsLanguageWord(word))
            {
                sure = false;
                break;
            }

            last = k;
        }

        return last + 1;
    }

    // A place head (Kabupaten, Kota, Provinsi) with a capitalised word after it opens a place: "Kota Depok", not
    // "Dinas Penataan Kota dan ...".
    private static bool IsPlaceHeadBeforeName(string text, ReadOnlySpan<Token> tokens, int k, int end, Gazetteer gazetteer)
        => k + 1 < end && gazetteer.ListsWord(tokens[k].Span, 1 << (int)GazetteerCategory.PlaceHead)
           && tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[k + 1].Start]);

    // "Pemerintah Kabupaten Situbondo" is the regency's government, another body; "Pengadaan Barang / Jasa Pemerintah" is a field.
    private static bool IsRegionalGovernment(ReadOnlySpan<Token> tokens, int k, int end, Gazetteer gazetteer)
        => tokens[k].Span is "Pemerintah" && k + 1 < end && gazetteer.ListsWord(tokens[k + 1].Span, 1 << (int)GazetteerCategory.PlaceHead);


    private static bool IsRomanNumeral(ReadOnlySpan<char> word) => word.Length <= 5 && !word.ContainsAnyExcept("IVX");

    // A short form in capitals (DPR, TNI, AU), letters only.
    private static bool IsShortForm(ReadOnlySpan<char> word) => word.Length is >= 2 and <= 6 && !word.ContainsAnyExceptInRange('A', 'Z');

    // A capitalised word of the language (its root is a dictionary word): Pendidikan, Perundang-undangan.
    private static bool IsLanguageWord(ReadOnlySpan<char> word)
    {
        if (word.Length > Stemming.RootStemmer.MaxWordLength) return false;
        for (int k = 0; k < word.Length; k++)
        {
            if (!(char.IsLetter(word[k]) || (word[k] == '-' && k > 0)) || (k > 0 && char.IsUpper(word[k]))) return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        Span<char> root = stackalloc char[Stemming.RootStemmer.MaxWordLength];
        var stemmer = Stemming.RootStemmer.Default;
        return stemmer.IsWord(lower) || (stemmer.TryStem(lower, root, out int written) && stemmer.IsWord(root[..written]));
    }

    // A title-case headline: under a third of its words after the first are written in lower case.
    private static bool IsHeadline(string text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        int words = 0, lower = 0;
        for (int t = sentence.TokenStart + 1; t < sentence.TokenEnd; t++)
        {
            if (tokens[t].Kind != TokenKind.Word) continue;
            words++;
            if (char.IsLower(text[tokens[t].Start])) lower++;
        }

        return words >= 3 && 3 * lower < words;
    }
}
