using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A country is a place: a span that is only a country's name and that the tagger read as a person or an organisation
/// (<c>Cile tampil mendominasi</c>, <c>Jerman terlalu tangguh bagi San Marino</c>, <c>Presiden terpilih Amerika
/// Serikat</c>) becomes <see cref="EntityLabels.Location"/>, as the NER corpora tag a national side by its country
/// (NERP train: <c>timnas indonesia</c>, <c>mengalahkan singapura 1-0</c>, 13 of 15 national-team mentions PLC).
/// </summary>
/// <remarks>
/// <para>The country is the model's listed country, or a spelling that news uses and the list (fixed inside the model
/// file) lacks: <c>Cile</c>, <c>Chile</c> (the list has <c>Chili</c>), <c>Kazakstan</c>, <c>Irlandia Utara</c> and a
/// few more. Left alone: a short form in capitals (<c>berinisial AS</c> is a suspect, which <see cref="PersonInitials"/>
/// finds later), and a person span whose words are also a word of a person of two or more words in the document
/// (<c>Chad</c> after <c>Chad Smith</c>, <c>Georgia</c> after <c>Georgia May Jagger</c>).</para>
/// </remarks>
internal static class CountryNames
{
    // Spellings of countries and national sides in IndoSum's news that the model's country list lacks.
    private static readonly WordSet Spellings = new(
    [
        "Cile", "Chile", "Kazakstan", "Kirgistan", "Kyrgyzstan", "Irlandia Utara", "Hongkong", "Makau", "Macau", "Kosovo",
        "Kolumbia", "Colombia", "Mexico", "Libanon", "Katar", "Romania", "Slowakia", "Belarusia", "Yemen", "Iraq", "Jordania",
        "Kuba", "Cuba", "Jamaica", "Costa Rica", "Equador", "Bosnia Herzegovina", "Bosnia-Herzegovina",
    ]);

    /// <summary>Whether the entity's words are a country's name: listed in the model, or a spelling the list lacks.</summary>
    public static bool IsCountry(Entity entity, ReadOnlySpan<Token> tokens, Gazetteer gazetteer)
    {
        if (entity.TokenStart < 0 || entity.TokenEnd <= entity.TokenStart) return false;
        if (Spellings.Contains(entity.Text.AsSpan())) return true;
        int words = EntityTokens.WordCount(tokens, entity.TokenStart, entity.TokenEnd);
        if (words == 0 || words > 4) return false;
        return EntityTokens.IsListedPhrase(tokens, entity.TokenStart, entity.TokenEnd, gazetteer, 1 << (int)GazetteerCategory.Country);
    }

    /// <summary>Relabels as places the person and organisation spans of <paramref name="document"/> that only name a country.</summary>
    public static void Relabel(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        HashSet<string>? personWords = null;
        bool personWordsBuilt = false;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label is not (EntityLabels.Person or EntityLabels.Organization) || !EntityTokens.CoversWholeTokens(entity, tokens)) continue;
            if (IsCapitals(entity.Text) || !IsCountry(entity, tokens, gazetteer)) continue;
            if (entity.Label == EntityLabels.Person)
            {
                if (!personWordsBuilt)
                {
                    personWords = PersonWords(tokens, entities);
                    personWordsBuilt = true;
                }

                if (personWords is not null && HasPersonWord(tokens, entity, personWords)) continue;
            }

            entities[i] = entity.WithLabel(EntityLabels.Location);
        }
    }

    // The words of the document's persons of two or more words.
    private static HashSet<string>? PersonWords(ReadOnlySpan<Token> tokens, List<Entity> entities)
    {
        HashSet<string>? words = null;
        foreach (var entity in entities)
        {
            if (entity.Label != EntityLabels.Person || entity.TokenStart < 0 || EntityTokens.WordCount(tokens, entity.TokenStart, entity.TokenEnd) < 2) continue;
            for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
            {
                if (tokens[t].Kind == TokenKind.Word) (words ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).AddSpan(tokens[t].Span);
            }
        }

        return words;
    }

    // A one-word span that is a word of a person of two or more words ("Chad" of "Chad Smith"). A span of two or more
    // words is not asked: its own words are in the set when it is itself such a person ("Sri Lanka" read as one).
    private static bool HasPersonWord(ReadOnlySpan<Token> tokens, Entity entity, HashSet<string> personWords)
        => entity.TokenEnd - entity.TokenStart == 1 && personWords.Contains(entity.Text);

    // Two or more letters, every letter a capital: a short form ("AS", "RI"), also the initials of a suspect.
    private static bool IsCapitals(string text)
    {
        int letters = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }

        return letters >= 2;
    }
}
