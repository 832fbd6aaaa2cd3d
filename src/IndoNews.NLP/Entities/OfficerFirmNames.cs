using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A firm named between an officer's post and the officer (<c>Co-Founder &amp; CEO Ruangguru Belva Devara</c>, <c>founder
/// Droom Sandeep Aggarwal</c>, <c>Joshua Shadle, pendiri dan CEO Fuelary,</c>) is an organisation where the tagger read it
/// as a person, or ran it into the person, and so are its other one-word person mentions in the document
/// (<c>Ruangguru menjadi salah satu dari startup edutech</c>).
/// </summary>
/// <remarks>
/// <para>A start-up's or firm's officer (<c>CEO</c>, <c>CTO</c>, <c>founder</c>, <c>pendiri</c>, <c>Managing Partner</c>,
/// <c>juru bicara</c>) is named with the firm right after the post and the person after it. The tagger, which does not know
/// the firm's name, reads it as a person's given name (<c>Ruangguru Belva Devara</c>, one person) or as a person alone,
/// and then at every other mention too: the firm is the subject of the article's verbs, as a person would be. The post is
/// the evidence, and it decides only where the word after it is no person's: the person must follow (a person span, past a
/// comma or not, or the rest of the tagger's span with two or more name words), or come before the post in apposition
/// (<c>Joshua Shadle, pendiri dan CEO Fuelary</c>), or the sentence ends after the firm
/// (<c>tutur juru bicara SurveyMonkey.</c>); and the word must be written alone elsewhere in the document, never after a
/// speech verb, title or honorific (<c>kata Belva</c> is the person), never inside another person of two or more words
/// (<c>CEO Jack Dorsey</c> ... <c>Jack Dorsey</c>), and be no listed given name, title, country or place.</para>
/// </remarks>
internal static class OfficerFirmNames
{
    // An officer's post of one word, before the firm's name ("CEO Wavecell", "Co-Founder Ruangguru": "Co", "-", "Founder").
    private static readonly WordSet Posts = new(
        ["CEO", "COO", "CTO", "CFO", "CMO", "CIO", "Founder", "founder", "Cofounder", "cofounder", "CoFounder", "Pendiri", "pendiri"], ignoreCase: false);

    // The first words of a post of two; the second is checked in TwoWordPost.
    private static readonly WordSet PostOpeners = new(["Managing", "managing", "General", "Country", "juru", "Juru"], ignoreCase: false);

    // Words that join two posts of one officer ("pendiri dan CEO", "Co-Founder & CEO").
    private static readonly WordSet PostJoiners = new(["dan", "&", "sekaligus", "-", "Co", "co"], ignoreCase: false);

    // Verbs that put a person before their words; a firm after them is rare.
    private static readonly WordSet SpeechVerbs = new(
        ["kata", "ujar", "tutur", "ucap", "ungkap", "jelas", "terang", "imbuh", "lanjut", "tambah", "papar", "tegas", "pungkas", "tukas",
         "sambung", "cetus", "tutup", "sapa"],
        ignoreCase: true);

    private const byte NotFirms = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place | 1 << (int)GazetteerCategory.Title
                                  | 1 << (int)GazetteerCategory.Honorific | 1 << (int)GazetteerCategory.PersonName;

    /// <summary>Relabels, and splits from the officer, the firms of <paramref name="document"/> named after an officer's post.</summary>
    /// <param name="document">The document whose entities are changed.</param>
    /// <param name="gazetteer">The listed given names, titles, honorifics, countries and places, which are no firms.</param>
    public static void Relabel(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count == 0) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        string text = document.Text;

        // Candidates: (entity index, the firm's token). Most documents have no officer's post before a name.
        List<(int Entity, int Firm)>? candidates = null;
        using var owners = new EntityOwnerMap(entities, tokens.Length);
        Span<int> owner = default; // filled on first need
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label is not (EntityLabels.Person or EntityLabels.Location or EntityLabels.Organization) || !EntityTokens.CoversWholeTokens(entity, tokens)) continue;
            int x = PostsInside(tokens, entity.TokenStart, entity.TokenEnd);
            if (x == entity.TokenStart && PostLength(tokens, x) == 0) continue;
            if (x >= entity.TokenEnd || !IsFirmWord(text, tokens[x], gazetteer)) continue;
            if (owner.IsEmpty) owner = owners.Fill();
            if (!OfficerNamed(tokens, entities, owner, entity, x)) continue;
            (candidates ??= []).Add((i, x));
        }

        if (candidates is null) return;

        // The words of the document's persons of two or more words other than the candidates' own spans, the words written
        // alone as a name, and those that a speech verb, title or honorific puts before a person: one pass over the entities.
        var candidateSpans = new HashSet<int>();
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (e, x) in candidates)
        {
            candidateSpans.Add(e);
            words.Add(tokens[x].Text);
        }

        var inPersons = new HashSet<string>(StringComparer.Ordinal);
        var alone = new HashSet<string>(StringComparer.Ordinal);
        var spoken = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.TokenStart < 0) continue;
            if (entity.TokenEnd - entity.TokenStart == 1)
            {
                if (!words.Contains(entity.Text)) continue;
                if (!candidateSpans.Contains(i)) alone.Add(entity.Text);
                if (entity.Label == EntityLabels.Person && entity.TokenStart > 0 && PostLength(tokens, entity.TokenStart) == 0
                    && IsPersonCue(tokens[entity.TokenStart - 1], gazetteer)) spoken.Add(entity.Text);
                continue;
            }

            if (entity.Label != EntityLabels.Person || candidateSpans.Contains(i)) continue;
            for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
            {
                if (tokens[t].Kind == TokenKind.Word && words.ContainsSpan(tokens[t].Span)) inPersons.Add(tokens[t].Text);
            }
        }

        HashSet<string>? firms = null;
        HashSet<int>? removed = null;
        List<Entity>? added = null;
        foreach (var (e, x) in candidates)
        {
            var entity = entities[e];
            string word = tokens[x].Text;
            if (inPersons.Contains(word) || spoken.Contains(word)) continue;
            bool whole = x == entity.TokenStart && entity.TokenEnd == x + 1;
            if (!whole && !alone.Contains(word)) continue; // a firm run into the officer must be written alone elsewhere
            if (!whole || x > entity.TokenStart)
            {
                (removed ??= []).Add(e);
                added ??= [];
                added.Add(EntityEdits.Over(text, tokens, x, x + 1, EntityLabels.Organization));
                if (entity.TokenEnd > x + 1) added.Add(EntityEdits.Over(text, tokens, x + 1, entity.TokenEnd, EntityLabels.Person));
            }
            else if (entity.Label != EntityLabels.Organization)
            {
                if (entity.Label == EntityLabels.Location && gazetteer.ListsWord(tokens[x].Span, 1 << (int)GazetteerCategory.Country)) continue;
                entities[e] = entity.WithLabel(EntityLabels.Organization);
            }

            (firms ??= new HashSet<string>(StringComparer.Ordinal)).Add(word);
        }

        if (firms is null) return;
        EntityEdits.Apply(entities, removed, added ?? []);
        EntityEdits.RelabelMentions(entities, firms, EntityLabels.Organization, EntityLabels.Person);
    }

    // The first token of [from, to) past the officer's posts that open it ("Managing Partner Ideosource Andi S. Boediman").
    private static int PostsInside(ReadOnlySpan<Token> tokens, int from, int to)
    {
        int t = from;
        while (t < to && tokens[t].Kind == TokenKind.Word)
        {
            if (Posts.Contains(tokens[t].Span)) t++;
            else if (t + 1 < to && TwoWordPost(tokens[t].Span, tokens[t + 1].Span)) t += 2;
            else break;
        }

        return t;
    }

    // How many tokens before token t make an officer's post ending right before it (1 or 2), or 0.
    private static int PostLength(ReadOnlySpan<Token> tokens, int t)
    {
        if (t < 1 || tokens[t - 1].Kind != TokenKind.Word) return 0;
        if (Posts.Contains(tokens[t - 1].Span)) return 1;
        return t >= 2 && TwoWordPost(tokens[t - 2].Span, tokens[t - 1].Span) ? 2 : 0;
    }

    private static bool TwoWordPost(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
        => PostOpeners.Contains(first) && (first is "juru" or "Juru" ? second is "bicara" : second is "Partner" or "Director" or "Manager");

    // A capitalised word of three or more letters or digits, at least one a letter, that no list calls a given name, title,
    // honorific, country or place.
    private static bool IsFirmWord(string text, Token token, Gazetteer gazetteer)
    {
        if (!EntityTokens.IsCapitalisedWord(text, token) || token.Length < 3) return false;
        foreach (char c in token.Span)
        {
            if (!char.IsLetterOrDigit(c)) return false;
        }

        return !PersonTitles.IsRankOrOffice(token.Span) && !gazetteer.ListsWord(token.Span, NotFirms);
    }

    // The officer is named with the firm at token x: the rest of the span holds two or more capitalised words, a person
    // starts right after the firm or past its comma, a person and a comma stand before the posts, or the sentence ends.
    private static bool OfficerNamed(ReadOnlySpan<Token> tokens, List<Entity> entities, ReadOnlySpan<int> owner, Entity entity, int x)
    {
        if (entity.TokenEnd > x + 1) return EntityTokens.WordCount(tokens, x + 1, entity.TokenEnd) >= 2 && entity.Label == EntityLabels.Person;
        int after = x + 1;
        if (after < tokens.Length && tokens[after].Span is ",") after++;
        if (after < tokens.Length && owner[after] >= 0)
        {
            var next = entities[owner[after]];
            if (next.Label == EntityLabels.Person && next.TokenStart == after) return true;
        }

        if (x + 1 < tokens.Length && tokens[x + 1].Span is "." or "?" or "!") return entity.Label != EntityLabels.Organization;

        // Back over the posts and their joiners: "Joshua Shadle, pendiri dan CEO Fuelary".
        int t = entity.TokenStart;
        for (int steps = 0; steps < 8 && t > 0; steps++)
        {
            int length = PostLength(tokens, t);
            if (length > 0) t -= length;
            else if (PostJoiners.Contains(tokens[t - 1].Span)) t--;
            else break;
        }

        if (t < 2 || tokens[t - 1].Span is not "," || owner[t - 2] < 0) return false;
        var before = entities[owner[t - 2]];
        return before.Label == EntityLabels.Person && before.TokenEnd == t - 1;
    }

    private static bool IsPersonCue(Token token, Gazetteer gazetteer)
        => token.Kind == TokenKind.Word
           && (SpeechVerbs.Contains(token.Span) || gazetteer.ListsWord(token.Span, 1 << (int)GazetteerCategory.Title | 1 << (int)GazetteerCategory.Honorific));
}
