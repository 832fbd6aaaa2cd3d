using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Moves the boundary between an organisation and the person after it where the tagger ran the organisation's last words
/// into the person: "Corporate Communication XL Axiata Turina Farouk" tagged <c>XL</c> | <c>Axiata Turina Farouk</c> gives
/// <c>XL Axiata</c> | <c>Turina Farouk</c>, "juru taktik Los Blancos Zinedine Zidane" tagged as one person gives
/// <c>Los Blancos</c> | <c>Zinedine Zidane</c>, where the document tags <c>XL Axiata</c> and <c>Los Blancos</c> as
/// organisations elsewhere.
/// </summary>
/// <remarks>
/// A person of three or more words is cut after its first words when those words, alone or after an organisation that
/// ends right before the person, are the whole text of an organisation of two or more words tagged elsewhere in the
/// document, and two or more words are left, each a capital and small letters (a name's: not <c>Fondation</c> of
/// <c>Louis Vuitton Fondation</c> or <c>Velar</c> of <c>Range Rover Velar</c>, where a product or body's tail, one word,
/// would be left as a person). The longest such organisation is taken (<c>IPB Science Techno Park</c> over <c>IPB
/// Science</c>). Runs after <see cref="AffiliationSplits"/>, which splits a single span, and before the rules that take a
/// person's parts, so <c>Axiata</c> is no person's word.
/// </remarks>
internal static class OrganizationPersonBoundaries
{
    /// <summary>Moves every such boundary in <paramref name="document"/>.</summary>
    public static void Apply(DocumentBuilder document)
    {
        var entities = document.Entities;
        if (entities.Count < 2) return;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        HashSet<string>? organizations = null;
        foreach (var entity in entities)
        {
            if (entity.Label == EntityLabels.Organization && entity.TokenStart >= 0 && entity.Text.Contains(' '))
            {
                (organizations ??= new HashSet<string>(StringComparer.Ordinal)).Add(entity.Text);
            }
        }

        if (organizations is null) return;

        // The organisation that ends at each token, found where a person starts.
        Dictionary<int, int>? byEnd = null;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label == EntityLabels.Organization && EntityTokens.CoversWholeTokens(entity, tokens)) (byEnd ??= [])[entity.TokenEnd] = i;
        }

        int count = entities.Count;
        for (int i = 0; i < count; i++)
        {
            var person = entities[i];
            if (person.Label != EntityLabels.Person || !EntityTokens.CoversWholeTokens(person, tokens) || person.TokenEnd - person.TokenStart < 3) continue;
            if (!AllWords(tokens, person.TokenStart, person.TokenEnd)) continue;
            int before = byEnd is not null && byEnd.TryGetValue(person.TokenStart, out int o) && IsSpaceBetween(text, entities[o].End, person.Start) ? o : -1;

            // The longest head first, leaving two words at least for the person.
            for (int cut = person.TokenEnd - 2; cut > person.TokenStart; cut--)
            {
                if (!IsNameRest(tokens, cut, person.TokenEnd)) break;
                int start = -1;
                if (before >= 0 && organizations.Contains(text[entities[before].Start..tokens[cut - 1].End])) start = before;
                else if (organizations.Contains(text[person.Start..tokens[cut - 1].End])) start = i;
                if (start < 0) continue;

                var head = entities[start];
                int headStart = start == i ? person.Start : head.Start, headToken = start == i ? person.TokenStart : head.TokenStart;
                var organization = new Entity(text[headStart..tokens[cut - 1].End], EntityLabels.Organization, headStart, tokens[cut - 1].End)
                {
                    TokenStart = headToken,
                    TokenEnd = cut,
                };
                entities[i] = new Entity(text[tokens[cut].Start..person.End], EntityLabels.Person, tokens[cut].Start, person.End)
                {
                    TokenStart = cut,
                    TokenEnd = person.TokenEnd,
                };
                if (start == i) entities.Add(organization);
                else entities[start] = organization;
                break;
            }
        }
    }

    // Only words from token from to token to, so the span's text is its words with single spaces.
    private static bool AllWords(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (tokens[t].Kind != TokenKind.Word) return false;
        }

        return true;
    }

    private static bool IsSpaceBetween(string text, int end, int start) => start == end + 1 && text[end] == ' ';

    // Each word a capital and small letters: a name's words, not a product's code or a body's tail in capitals.
    private static bool IsNameRest(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            var word = tokens[t].Span;
            if (word.Length < 2 || !char.IsUpper(word[0])) return false;
            foreach (char c in word[1..])
            {
                if (!char.IsLower(c)) return false;
            }
        }

        return true;
    }
}
