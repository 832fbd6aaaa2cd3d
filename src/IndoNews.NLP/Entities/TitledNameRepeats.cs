using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Finds the mentions of a person right after an honorific, rank or title that the tagger left untagged although it
/// tagged the same word as a person elsewhere in the document: "warung Pak Meled" after <c>Meled</c>, "kepada Aiptu
/// Sutisna" after <c>Sutisna</c>, "membela Habib Rizieq" after <c>Rizieq Shihab</c>.
/// </summary>
/// <remarks>
/// <para>The tagger sees one sentence at a time and often leaves an unknown name after <c>Pak</c> or <c>Mbak</c> as
/// <c>O</c>. <see cref="PersonNameRepeats"/> takes only mentions with no capitalised word next to them, and no parts of a
/// person of one word; here the title before the word is the evidence, and the document's own tags the second.</para>
/// <para>The word must be capitalised with lower-case letters after it (an apostrophe may stand inside: <c>Ma'ruf</c>),
/// at least three letters long, not written in lower case by news, no rank, title or honorific itself, tagged as a
/// person or inside a person somewhere in the document, and inside no place or organisation of it. Right before it
/// stands a listed honorific or title (<c>Pak</c>, <c>Mbak</c>, <c>Habib</c>, <c>Menteri</c>; gazetteer categories),
/// a rank or official's post (<c>Aiptu</c>, <c>AKBP</c>; not a local commander's post, which a place completes:
/// <c>Kapolsek Tambun</c>), an academic title, or <c>Mbah</c> or <c>DJ</c>; the title is left out of the person, as
/// the corpora and the spec keep titles outside names. Up to two more such words may follow (<c>Pak Meled Sutopo</c>),
/// but a capitalised word after them that is no such word stops the rule (the name goes on into words the document
/// does not know as the person's). Nor does it fire when an untagged capitalised word stands before the title
/// (<c>Makam Mbah Priuk</c> is a place named after a person).</para>
/// </remarks>
internal static class TitledNameRepeats
{
    /// <summary>The most words of a listed title or honorific looked for before the name (<c>Anak Agung</c>, <c>Menteri Luar Negeri</c>).</summary>
    private const int MaxTitleWords = 3;

    /// <summary>The most words of the person added after one title.</summary>
    private const int MaxNameWords = 3;

    /// <summary>The shortest word taken for the person.</summary>
    private const int MinWordLength = 3;

    // Forms of address that the gazetteers do not list: the Javanese elder's Mbah and a disc jockey's DJ.
    private static readonly Internal.WordSet ExtraTitles = new(["Mbah", "DJ"], ignoreCase: false);

    /// <summary>Adds a <see cref="EntityLabels.Person"/> entity for every untagged person after a title in <paramref name="document"/>.</summary>
    public static void Add(DocumentBuilder document, WordProfiles profiles, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        // The words of persons and of places and organisations, as spans of the text: no string per word.
        using var persons = new TextSpanSet(text);
        using var others = new TextSpanSet(text);
        using var scratch = new ScratchArray<bool>(tokens.Length);
        var covered = scratch.Array;
        foreach (var entity in entities)
        {
            if (entity.TokenStart < 0) continue;
            bool person = entity.Label == EntityLabels.Person;
            bool name = person || entity.Label == EntityLabels.Location || entity.Label == EntityLabels.Organization;
            for (int t = entity.TokenStart; t < entity.TokenEnd && t < tokens.Length; t++)
            {
                covered[t] = true;
                if (!name || tokens[t].Kind != TokenKind.Word) continue;
                if (person) persons.Add(tokens[t]);
                else others.Add(tokens[t]);
            }
        }

        if (persons.Count == 0) return;

        List<(int Start, int End)>? found = null;
        foreach (var sentence in document.Sentences)
        {
            int firstWord = -1;
            for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++)
            {
                if (firstWord < 0 && char.IsLetterOrDigit(text[tokens[t].Start])) firstWord = t;
                if (covered[t] || !IsKnown(text, tokens[t], persons, others, profiles, gazetteer)) continue;
                int title = TitleStart(text, tokens, covered, t, sentence.TokenStart, gazetteer);
                if (title < 0) continue;
                // "Makam Mbah Priuk": the title opens no person where an untagged capitalised word leads into it.
                int before = title - 1;
                if (before >= sentence.TokenStart && before != firstWord && !covered[before] && EntityTokens.IsCapitalisedWord(text, tokens[before])) continue;

                int end = t + 1;
                while (end < sentence.TokenEnd && end - t < MaxNameWords && !covered[end] && IsKnown(text, tokens[end], persons, others, profiles, gazetteer)) end++;
                if (end < sentence.TokenEnd && EntityTokens.IsCapitalisedWord(text, tokens[end])) continue;
                (found ??= []).Add((t, end));
                t = end - 1;
            }
        }

        if (found is null) return;
        foreach (var (start, end) in found)
        {
            int from = tokens[start].Start, to = tokens[end - 1].End;
            entities.Add(new Entity(text.Substring(from, to - from), EntityLabels.Person, from, to)
            {
                TokenStart = start,
                TokenEnd = end,
            });
        }
    }

    // A word token that the document tags as a person and not as a place or organisation, and that looks like a name.
    private static bool IsKnown(string text, Token token, TextSpanSet persons, TextSpanSet others, WordProfiles profiles, Gazetteer gazetteer)
    {
        if (token.Kind != TokenKind.Word || token.End - token.Start < MinWordLength || !char.IsUpper(text[token.Start])) return false;
        var word = text.AsSpan(token.Start, token.End - token.Start);
        return persons.Contains(word) && !others.Contains(word) && IsNameWord(word, profiles, gazetteer);
    }

    // Capitalised, then lower-case letters (an apostrophe inside), not a word news writes in lower case, and no
    // rank, title, honorific or head word.
    private static bool IsNameWord(ReadOnlySpan<char> word, WordProfiles profiles, Gazetteer gazetteer)
    {
        if (word.Length < MinWordLength || !char.IsUpper(word[0])) return false;
        for (int k = 1; k < word.Length; k++)
        {
            if (!char.IsLower(word[k]) && !(word[k] == '\'' && k + 1 < word.Length)) return false;
        }

        uint profile = profiles.Get(FeatureHash.OfLower(word));
        int capitals = WordProfiles.CapitalBucket(profile);
        if (WordProfiles.FrequencyBand(profile) > 0 && capitals > 0 && capitals < WordProfiles.BucketCapitalShare(0.5)) return false;
        if (PersonTitles.IsRankOrOffice(word) || ExtraTitles.Contains(word)) return false;
        const byte notNames = 1 << (int)GazetteerCategory.Title | 1 << (int)GazetteerCategory.Honorific
                              | 1 << (int)GazetteerCategory.OrganizationHead | 1 << (int)GazetteerCategory.PlaceHead;
        return !gazetteer.ListsWord(word, notNames);
    }

    // The first token of a title, honorific or rank that ends right before token t (all untagged), or -1.
    private static int TitleStart(string text, ReadOnlySpan<Token> tokens, bool[] covered, int t, int sentenceStart, Gazetteer gazetteer)
    {
        int last = t - 1;
        if (last < sentenceStart || covered[last] || tokens[last].Kind != TokenKind.Word) return -1;
        var before = text.AsSpan(tokens[last].Start, tokens[last].End - tokens[last].Start);
        const byte titles = 1 << (int)GazetteerCategory.Honorific | 1 << (int)GazetteerCategory.Title;
        if (gazetteer.LongestMatch([FeatureHash.OfLower(before), FeatureHash.OfLower(text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start))], 0, titles) == 2) return -1;
        if ((PersonTitles.IsRankOrOffice(before) && !PersonTitles.IsLocalPost(before)) || PersonTitles.IsAcademicTitle(before) || ExtraTitles.Contains(before)) return last;

        // The title's words and then the word itself: a title that the word completes ("Jaksa Agung") is no title before a name.
        Span<ulong> hashes = stackalloc ulong[MaxTitleWords + 1];
        hashes[MaxTitleWords] = FeatureHash.OfLower(text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start));
        int count = 0;
        for (int k = last; k >= sentenceStart && count < MaxTitleWords && tokens[k].Kind == TokenKind.Word && !covered[k]; k--)
        {
            count++;
            // Filled from the end, so that the title's words run in text order.
            hashes[MaxTitleWords - count] = FeatureHash.OfLower(text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start));
            if (gazetteer.LongestMatch(hashes[(MaxTitleWords - count)..], 0, titles) == count + 1) return -1;
            if (gazetteer.LongestMatch(hashes[(MaxTitleWords - count)..MaxTitleWords], 0, titles) == count) return k;
        }

        return -1;
    }
}
