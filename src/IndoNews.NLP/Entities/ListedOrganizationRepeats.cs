using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A listed organisation that the tagger tagged alone once in the document is the organisation where the same word stands
/// untagged: <c>sejarah NBA</c>, <c>dipanggil KPPU</c>, <c>kekalahan Spurs</c>, <c>kemampuan BPN</c> after one
/// <c>NBA</c>, <c>KPPU</c>, <c>Spurs</c>, <c>BPN</c> tagged as an organisation. The tagger sees one sentence at a time
/// and misses many mentions of a body it found in another sentence.
/// </summary>
/// <remarks>
/// <para><see cref="OrganizationRepeats"/> asks for a title-case word tagged twice (short forms in capitals are tagged as
/// organisations wrongly, <c>KPR</c>, <c>HET</c>). Here the shipped organisation lists vouch for the word instead
/// (<see cref="ListedOrganizations"/>: listed as an organisation and in no person, place or country list), so one
/// tagged mention is enough and capitals and digits are allowed (<c>KPPU</c>, <c>JKT48</c>, <c>VR46</c>).</para>
/// <para>The word must be tagged alone as an organisation at least once, never alone as anything else and not inside a
/// longer name of another kind. An untagged mention (a word token, anywhere in its sentence, even first:
/// <c>Atletico mencetak gol</c>) is taken only where it stands alone, as in <see cref="OrganizationRepeats"/>: no
/// capitalised word right before or after it within the sentence (<c>Toyota Calya</c>, <c>Piala FA</c>, <c>Kongres
/// PSSI</c> are left), no number after it (<c>Telkom 4</c>, <c>UN 2017</c>), and not after <c>akun</c>, <c>and</c>,
/// <c>of</c>, <c>&amp;</c> or <c>the</c>. Linear in the document's tokens and entities. Without the lists in the data
/// folder nothing changes.</para>
/// </remarks>
internal static class ListedOrganizationRepeats
{
    /// <summary>Adds an <see cref="EntityLabels.Organization"/> entity at every untagged stand-alone mention in
    /// <paramref name="document"/> of a listed organisation tagged alone elsewhere in it.</summary>
    public static void Add(DocumentBuilder document) => Add(document, ListedOrganizations.Lists);

    internal static void Add(DocumentBuilder document, ListedOrganizations.Table table)
    {
        var entities = document.Entities;
        if (entities.Count == 0 || table.IsEmpty) return;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        HashSet<string>? tagged = null;
        using var other = new TextSpanSet(text); // as spans of the text: no string per word
        using var scratch = new ScratchArray<bool>(tokens.Length);
        bool[] covered = scratch.Array;
        foreach (var entity in entities)
        {
            if (entity.TokenStart < 0) continue;
            int end = Math.Min(entity.TokenEnd, tokens.Length);
            for (int t = entity.TokenStart; t < end; t++) covered[t] = true;
            bool single = entity.TokenEnd == entity.TokenStart + 1 && EntityTokens.CoversWholeTokens(entity, tokens)
                          && tokens[entity.TokenStart].Kind == TokenKind.Word;
            if (single && entity.Label == EntityLabels.Organization)
            {
                if (table.IsOrganizationOnly(entity.Text)) (tagged ??= new HashSet<string>(StringComparer.Ordinal)).Add(entity.Text);
            }
            else if (entity.Label != EntityLabels.Organization || single)
            {
                for (int t = entity.TokenStart; t < end; t++)
                {
                    if (tokens[t].Kind == TokenKind.Word) other.Add(tokens[t]);
                }
            }
        }

        if (tagged is null) return;
        tagged.RemoveWhere(other.Contains);
        if (tagged.Count == 0) return;

        List<int>? found = null;
        foreach (var sentence in document.Sentences)
        {
            for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++)
            {
                if (covered[t] || tokens[t].Kind != TokenKind.Word || !char.IsUpper(text[tokens[t].Start])) continue;
                if (!tagged.ContainsSpan(tokens[t].Span) || !OrganizationRepeats.StandsAlone(text, tokens, t, sentence)) continue;
                (found ??= []).Add(t);
            }
        }

        if (found is not null) OrganizationRepeats.AddOrganizations(entities, tokens, found);
    }
}
