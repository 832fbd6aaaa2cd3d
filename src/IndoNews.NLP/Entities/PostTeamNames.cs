using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A team named between a sportsman's post and his name (<c>Pebalap Pramac Ducati, Danilo Petrucci</c>, <c>pebalap tim
/// Prema Racing, Charles Leclerc</c>, <c>bek WBA, Gareth McAuley</c>, <c>Manajer tim Ecstar Suzuki, Davide Brivio</c>) is
/// an organisation where the tagger read it as a person, and so are its other person mentions in the document.
/// </summary>
/// <remarks>
/// <para>News names a racer's or player's team after the post and the person after a comma. The tagger, seeing two
/// names in a row after a post, often reads both as persons. The posts are those of a team's sportsman (<c>pebalap</c>,
/// <c>bek</c>, <c>kiper</c>, <c>gelandang</c>, <c>striker</c>, <c>penyerang</c>, <c>pemain</c>), or an official's post with
/// <c>tim</c> or <c>klub</c> after it (<c>manajer tim</c>, <c>pelatih klub</c>): without it the name after an official
/// is as often the person served (<c>pelatih Pazienza, Kevin Rooney</c>, <c>manajer Tamara, Riri Djalil</c>,
/// <c>Presiden Carter, Brzezinski</c>). A club's president names it in one word (<c>Presiden Lyon, Jean-Michel Aulas</c>),
/// so <c>Presiden</c> alone is enough before a one-word name and a comma. The person after the comma must be a name of two
/// or more words that no other person follows in a list (<c>kiper I Made Wirawan, Supardi Nasir, Vladimir Vujovic</c>
/// lists keepers).</para>
/// </remarks>
internal static class PostTeamNames
{
    // Posts of a team's sportsman, before the team's name.
    private static readonly WordSet PlayerPosts = new(
        ["pebalap", "pembalap", "bek", "kiper", "gelandang", "striker", "penyerang", "pemain", "winger"], ignoreCase: true);

    // Posts of a team's official, before the team's name only with "tim" or "klub" between.
    private static readonly WordSet OfficialPosts = new(["manajer", "pelatih", "presiden", "kapten", "pemilik"], ignoreCase: true);

    private static readonly WordSet TeamNouns = new(["tim", "klub"], ignoreCase: false);

    // Most words of the team's name.
    private const int MaxTeamWords = 3;

    /// <summary>Relabels as organisations the teams of <paramref name="document"/> named between a post and a person.</summary>
    /// <param name="document">The document whose entities are relabelled.</param>
    public static void Relabel(DocumentBuilder document)
    {
        var entities = document.Entities;
        if (entities.Count < 2) return;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        string text = document.Text;
        using var owners = new EntityOwnerMap(entities, tokens.Length);
        Span<int> owner = default; // filled on first need
        HashSet<string>? teams = null;
        foreach (var team in entities)
        {
            if (team.Label != EntityLabels.Person || !EntityTokens.CoversWholeTokens(team, tokens) || !HasPost(tokens, team.TokenStart)) continue;
            int end = team.TokenEnd;
            if (team.TokenEnd - team.TokenStart > MaxTeamWords || !AllCapitalisedWords(text, tokens, team.TokenStart, end)) continue;
            if (end + 1 >= tokens.Length || tokens[end].Span is not ",") continue;
            if (owner.IsEmpty) owner = owners.Fill();
            int p = owner[end + 1];
            if (p < 0) continue;
            var person = entities[p];
            if (person.Label != EntityLabels.Person || person.TokenStart != end + 1 || EntityTokens.WordCount(tokens, person.TokenStart, person.TokenEnd) < 2) continue;
            if (IsListed(tokens, owner, entities, person.TokenEnd)) continue;
            (teams ??= new HashSet<string>(StringComparer.Ordinal)).Add(team.Text);
        }

        if (teams is null) return;
        EntityEdits.RelabelMentions(entities, teams, EntityLabels.Organization, EntityLabels.Person);
    }

    // A sportsman's post right before token t, an official's post and "tim"/"klub", or "Presiden" before a one-word name.
    private static bool HasPost(ReadOnlySpan<Token> tokens, int t)
    {
        if (t < 1 || tokens[t - 1].Kind != TokenKind.Word) return false;
        if (TeamNouns.Contains(tokens[t - 1].Span))
        {
            return t >= 2 && tokens[t - 2].Kind == TokenKind.Word && (PlayerPosts.Contains(tokens[t - 2].Span) || OfficialPosts.Contains(tokens[t - 2].Span));
        }

        return PlayerPosts.Contains(tokens[t - 1].Span) || (tokens[t - 1].Span is "Presiden" or "presiden" && t + 1 < tokens.Length && tokens[t + 1].Span is ",");
    }

    private static bool AllCapitalisedWords(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (!EntityTokens.IsCapitalisedWord(text, tokens[t])) return false;
        }

        return true;
    }

    // Another person follows the one after the comma, past a comma or "dan": a list of people, not a team and its man.
    private static bool IsListed(ReadOnlySpan<Token> tokens, ReadOnlySpan<int> owner, List<Entity> entities, int after)
    {
        if (after + 1 >= tokens.Length || tokens[after].Span is not ("," or "dan")) return false;
        int next = owner[after + 1];
        return next >= 0 && entities[next].Label == EntityLabels.Person;
    }
}
