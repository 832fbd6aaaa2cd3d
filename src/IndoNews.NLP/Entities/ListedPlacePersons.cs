using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A listed place read as a person is the place: a span that the tagger labelled a person and whose whole text is, in
/// any case, a name of the shipped place or country lists and of no person list (<c>petani Kendeng</c>, <c>untuk ke
/// Mamasa</c>, <c>antara Rengat dan Sorek</c>, <c>Edmonton, Alberta</c>, <c>menghantam Alaska</c>) becomes
/// <see cref="EntityLabels.Location"/>, unless the document gives the same name a person's context somewhere.
/// </summary>
/// <remarks>
/// <para>A person's context, at any mention of the name with the person label: a speech verb before it (<c>ujar
/// Bima</c>, <c>kata York</c>) or a speaker's verb after it (<c>Harlem menuturkan</c>), a rank, office, academic title or
/// honorific before it (<c>Brigadir Harlem</c>; a local commander's post is the place's: <c>Kapolres Ogan Komering
/// Ulu</c> stays a candidate), an initial before it or an age in brackets after it (<see cref="ListedOrganizations"/>),
/// or the name being a word of a person of two or more words in the document (<c>Bima</c> after <c>Bima Sakti</c>).
/// A name that the organisation lists hold too (<c>Valencia</c>) is left: a club or a person as often as the place.</para>
/// <para>On IndoSum articles 1-1500 the tagger gave 53 person spans whose text is a listed place and no listed person;
/// read, 33 are places, 9 persons (the guards above keep all but one of them) and 11 clubs named after their towns
/// (which <see cref="TeamNames"/>, running later, takes from a place as from a person). Runs before the person rules,
/// so a place gives no person parts or repeats; two passes over the entities, allocation only for a document that has
/// such a span (a pooled set of its texts).</para>
/// </remarks>
internal static class ListedPlacePersons
{
    // Verbs that report speech, before the speaker ("ujar Bima").
    internal static readonly WordSet SpeechVerbs = new(
        ["kata", "ujar", "tutur", "ucap", "imbuh", "jelas", "terang", "ungkap", "papar", "tegas", "sambung", "tukas", "tandas", "katanya"],
        ignoreCase: false);

    // A speaker's verbs after the name ("Harlem menuturkan", "Bima menyebut").
    internal static readonly WordSet SpeakerVerbs = new(
        ["mengatakan", "menuturkan", "menyebut", "menyebutkan", "menjelaskan", "mengaku", "menambahkan", "mengungkapkan", "menegaskan",
         "berkata", "menerangkan", "memaparkan", "mengklaim", "berharap", "mengakui", "bercerita"],
        ignoreCase: false);

    private const byte TitleCategories = 1 << (int)GazetteerCategory.Honorific | 1 << (int)GazetteerCategory.Title;

    /// <summary>Relabels as places the persons of <paramref name="document"/> that name a listed place, with the shipped lists.</summary>
    public static void Relabel(DocumentBuilder document, Gazetteer gazetteer) => Relabel(document, gazetteer, ListedOrganizations.Lists);

    internal static void Relabel(DocumentBuilder document, Gazetteer gazetteer, ListedOrganizations.Table table)
    {
        var entities = document.Entities;
        if (entities.Count == 0 || table.Places.Count == 0) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        bool any = false;
        foreach (var entity in entities)
        {
            if (IsCandidate(entity, tokens, table))
            {
                any = true;
                break;
            }
        }

        if (!any) return;

        // The names with a person's context, and the words of the document's persons of two or more words.
        using var personal = new TextSpanSet(document.Text);
        foreach (var entity in entities)
        {
            if (entity.Label != EntityLabels.Person || entity.TokenStart < 0) continue;
            if (EntityTokens.WordCount(tokens, entity.TokenStart, entity.TokenEnd) >= 2)
            {
                for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
                {
                    if (tokens[t].Kind == TokenKind.Word) personal.Add(tokens[t]);
                }
            }
            else if (IsCandidate(entity, tokens, table) && IsPersonContext(tokens, entity, gazetteer))
            {
                personal.Add(entity.Start, entity.End - entity.Start);
            }
        }

        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (!IsCandidate(entity, tokens, table) || personal.Contains(entity.Text)) continue;
            entities[i] = entity.WithLabel(EntityLabels.Location);
        }
    }

    // A person span over whole tokens, capitalised, whose text is a listed place and no listed person or organisation.
    private static bool IsCandidate(Entity entity, ReadOnlySpan<Token> tokens, ListedOrganizations.Table table)
        => entity.Label == EntityLabels.Person && entity.TokenStart >= 0 && entity.Text.Length > 2 && char.IsUpper(entity.Text[0])
           && EntityTokens.CoversWholeTokens(entity, tokens) && table.Places.Contains(entity.Text)
           && !table.PersonNames.Contains(entity.Text) && !table.FromPersons.Contains(entity.Text);

    internal static bool IsPersonContext(ReadOnlySpan<Token> tokens, Entity entity, Gazetteer gazetteer)
    {
        if (ListedOrganizations.IsPersonContext(tokens, entity) || IsSpeaker(tokens, entity)) return true;
        if (entity.TokenStart == 0) return false;
        var before = tokens[entity.TokenStart - 1].Span;
        if (PersonTitles.IsAcademicTitle(before)) return true;
        if (PersonTitles.IsRankOrOffice(before)) return !PersonTitles.IsLocalPost(before);
        return gazetteer.ListsWord(before, TitleCategories);
    }

    /// <summary>Whether the mention is a speaker: a speech verb before it (<c>ujar Bima</c>) or a speaker's verb after it,
    /// past a comma (<c>Harlem menuturkan</c>, <c>Hairansyah, mengatakan</c>).</summary>
    internal static bool IsSpeaker(ReadOnlySpan<Token> tokens, Entity entity)
    {
        if (entity.TokenStart > 0 && SpeechVerbs.Contains(tokens[entity.TokenStart - 1].Span)) return true;
        int after = entity.TokenEnd;
        if (after < tokens.Length && tokens[after].Span is ",") after++;
        return after < tokens.Length && SpeakerVerbs.Contains(tokens[after].Span);
    }
}
