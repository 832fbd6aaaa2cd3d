using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Gives a firm's, party's or foundation's short form back its label where the tagger, seeing one sentence at a time,
/// read it as a person or a place: after <c>PT Newmont</c>, "Bea keluar dari Freeport dan Newmont" has <c>Newmont</c> as
/// a person, after <c>PT Jiwasraya</c> "di Jiwasraya" has it as a place, after <c>Partai Nasdem</c> "kader Nasdem" has it
/// as a person.
/// </summary>
/// <remarks>
/// A one-word person or place becomes an organisation when an organisation of the same document is a listed company,
/// party or foundation head and that one word (<c>PT Railink</c>, <c>Grup Alibaba</c>, <c>Yayasan Bhayangkari</c>), or
/// that word and a company's legal form after it, perhaps after one word more (<c>Acer Inc.</c>, <c>Walt Disney Co.</c>
/// give <c>Acer</c>, <c>Disney</c>). Only
/// these heads: after an office's, a school's or the police's head the word is often the place it serves
/// (<c>Polres Lumajang</c>, <c>Universitas Indonesia</c>). Not when the word is a listed country or place
/// (<c>Bank Indonesia</c> leaves <c>Indonesia</c> a place) or a word of a person of two or more words in the document
/// (<c>Bakrie</c> of <c>Aburizal Bakrie</c> where <c>PT Bakrie</c> is named).
/// </remarks>
internal static class OrganizationShortForms
{
    /// <summary>Relabels every one-word person or place of <paramref name="document"/> that is such an organisation's short form.</summary>
    public static void Relabel(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count < 2) return;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        HashSet<string>? names = null, personWords = null;
        foreach (var entity in entities)
        {
            if (entity.TokenStart < 0) continue;
            int first = -1, second = -1, previous = -1, last = -1, words = 0;
            for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
            {
                if (tokens[t].Kind != TokenKind.Word) continue;
                if (words == 0) first = t;
                else if (words == 1) second = t;
                previous = last;
                last = t;
                words++;
                if (entity.Label == EntityLabels.Person && entity.TokenEnd - entity.TokenStart > 1) (personWords ??= new HashSet<string>(StringComparer.Ordinal)).AddSpan(tokens[t].Span);
            }

            if (entity.Label == EntityLabels.Organization && words == 2 && IsHead(tokens[first].Text)) (names ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[second].Text);

            // A firm named with its legal form ("Acer Inc.", "Walt Disney Co.") goes by the word before it ("Acer", "Disney").
            if (entity.Label == EntityLabels.Organization && words is 2 or 3 && IsLegalForm(tokens[last].Span)) (names ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[previous].Text);
        }

        if (names is null) return;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label is not (EntityLabels.Person or EntityLabels.Location) || entity.TokenStart < 0 || entity.TokenEnd != entity.TokenStart + 1) continue;
            var token = tokens[entity.TokenStart];
            if (token.Kind != TokenKind.Word || entity.Start != token.Start || entity.End != token.End) continue;
            string word = entity.Text;
            if (word.Length < 3 || !char.IsUpper(word[0]) || !names.Contains(word) || (personWords is not null && personWords.Contains(word))) continue;
            const byte places = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place;
            if (gazetteer.ListsWord(word, places)) continue;
            entities[i] = entity.WithLabel(EntityLabels.Organization);
        }
    }

    // A company's legal form written after its name, with or without the period (the tokenizer's company forms). Not
    // "Group" or "Company", which close longer names ("Lippo Group" is named so in full).
    private static bool IsLegalForm(ReadOnlySpan<char> word)
        => Tokenization.Abbreviations.CompanyForms.Contains(word is [.., '.'] ? word[..^1] : word);

    // Heads of firms, parties and foundations, whose next word is the organisation's own name.
    private static bool IsHead(string word)
        => word.ToLowerInvariant() is "pt" or "cv" or "perum" or "persero" or "bank" or "grup" or "group" or "partai" or "yayasan" or "koperasi";

}
