using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// One name, one label within a document where the document's own mentions say so clearly: the tagger sees one sentence
/// at a time, so a club, firm or place that it labels the same way at most mentions gets another label at the odd one
/// ("bermain di <c>Barcelona</c>" a place among five <c>Barcelona</c> organisations, "Dalam pertandingan ini, <c>Cile</c>
/// tampil" a person among four <c>Cile</c> places). The odd mentions take the majority's label.
/// </summary>
/// <remarks>
/// <para>Mentions are compared by their whole text, exactly (case and all). A label wins when it is given at least
/// <see cref="MinMajority"/> times and at least <see cref="MajorityFactor"/> times as often as the other two labels
/// together. Only the changes that hold up on IndoSum are made (read on articles 1-1500, where the other directions were
/// wrong as often as right):</para>
/// <list type="bullet">
/// <item>a place among organisations becomes the organisation: after <c>di</c>, <c>ke</c>, <c>dari</c> the tagger reads a
/// club or firm as a place (<c>pergi dari Madrid</c>, <c>di Yahoo</c>, <c>kepindahan Bonucci ke Milan</c>), unless a lower-case noun
/// for a kind of place stands right before it (<c>kawasan ASEAN</c>, <c>wilayah ASEAN</c> stay places);</item>
/// <item>a person among places becomes the place: a country or town opening a clause reads as a person (<c>Cile tampil</c>,
/// <c>Puerto Rico saat ini</c>, <c>dan Ancol</c>);</item>
/// <item>a place or organisation among persons becomes the person only when every word of the name is a listed person
/// name (<c>Raisa</c>, <c>Boediono</c>, <c>Pepe</c>) or a person mention of it is a speaker (<c>ujar Miryam</c>,
/// <c>Askolani mengungkapkan</c>; see <see cref="ListedPlacePersons.IsSpeaker"/>): firms, apps and products that the
/// tagger reads as persons at most mentions (<c>Mjek</c>, <c>Droom</c>, <c>Dulux</c>) are the other mentions' error, not
/// the odd one's.</item>
/// </list>
/// <para>An organisation among places stays (a club after its town, <c>suporter Madura</c>, <c>Polresta Bandar
/// Lampung</c>), and so does a person among organisations (a player or a singer the tagger read as a club or a band,
/// <c>Forster</c>, <c>BCL</c>, <c>La Nyalla</c>). Runs last among the rules, on the labels they settled; two passes over
/// the entities and one table of names kept on the thread (<see cref="ThreadScratch{T}"/>), no string made.</para>
/// </remarks>
internal static class DocumentLabelVotes
{
    /// <summary>How many mentions the winning label needs.</summary>
    internal const int MinMajority = 2;

    /// <summary>How many times the other labels' mentions together the winning label needs.</summary>
    internal const int MajorityFactor = 2;

    /// <summary>Relabels the odd mentions of <paramref name="document"/>'s names with the shipped person lists.</summary>
    public static void Relabel(DocumentBuilder document) => Relabel(document, ListedOrganizations.Lists.PersonNames);

    /// <summary>Relabels the odd mentions of <paramref name="document"/>'s names.</summary>
    /// <param name="document">The document whose entities are relabelled.</param>
    /// <param name="personNames">The listed person names that let a name become a person.</param>
    internal static void Relabel(DocumentBuilder document, WordSet personNames)
    {
        if (document.Entities.Count < MinMajority + 1) return;
        var votes = ThreadScratch<Votes>.Take();
        try
        {
            Relabel(document, personNames, votes);
        }
        finally
        {
            ThreadScratch<Votes>.Return(votes);
        }
    }

    // Name text → how often it is tagged a person, a place and an organisation; ordinal.
    private sealed class Votes() : Dictionary<string, (int Persons, int Places, int Organizations, bool Spoken)>(StringComparer.Ordinal), IReusableScratch
    {
        private const int MaxPooledNames = 4096;

        public bool TryReset()
        {
            if (Count > MaxPooledNames) return false;
            Clear();
            return true;
        }
    }

    private static void Relabel(DocumentBuilder document, WordSet personNames, Votes votes)
    {
        var entities = document.Entities;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        bool mixed = false;
        foreach (var entity in entities)
        {
            if (entity.TokenStart < 0) continue;
            int label = Index(entity.Label);
            if (label < 0) continue;
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(votes, entity.Text, out bool existed);
            if (existed && !mixed) mixed = label != Winner(count, any: true);
            if (label == 0)
            {
                count.Persons++;
                count.Spoken = count.Spoken || ListedPlacePersons.IsSpeaker(tokens, entity);
            }
            else if (label == 1) count.Places++;
            else count.Organizations++;
        }

        if (!mixed) return; // every name has one label: nothing to vote on

        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.TokenStart < 0) continue;
            int label = Index(entity.Label);
            if (label < 0 || !votes.TryGetValue(entity.Text, out var count)) continue;
            int winner = Winner(count, any: false);
            if (winner < 0 || winner == label || !Follows(label, winner, entity.Text, count.Spoken, personNames)) continue;

            // A place after a lower-case noun for a kind of place is the place, whatever the name is elsewhere
            // ("kawasan ASEAN", "wilayah ASEAN" among ASEAN organisations).
            if (label == 1 && entity.TokenStart > 0 && ListedOrganizations.PlaceNouns.Contains(tokens[entity.TokenStart - 1].Span)) continue;
            entities[i] = entity.WithLabel(Labels[winner]);
        }
    }

    private static readonly string[] Labels = [EntityLabels.Person, EntityLabels.Location, EntityLabels.Organization];

    private static int Index(string label) => label switch
    {
        EntityLabels.Person => 0,
        EntityLabels.Location => 1,
        EntityLabels.Organization => 2,
        _ => -1,
    };

    // The label given at least MinMajority times and MajorityFactor times as often as the others together, or -1; with
    // any, the label of the first nonzero count (the label a name has had so far, when it has had only one).
    private static int Winner((int Persons, int Places, int Organizations, bool Spoken) count, bool any)
    {
        if (any) return count.Persons > 0 ? 0 : count.Places > 0 ? 1 : count.Organizations > 0 ? 2 : -1;
        int total = count.Persons + count.Places + count.Organizations;
        if (Wins(count.Persons, total)) return 0;
        if (Wins(count.Places, total)) return 1;
        return Wins(count.Organizations, total) ? 2 : -1;
    }

    private static bool Wins(int votes, int total) => votes >= MinMajority && votes >= MajorityFactor * (total - votes);

    // Whether a mention labelled from takes the label to: a place an organisation's, a person a place's, and a place or
    // organisation a person's when a person mention of the name is a speaker or every word of it is a listed person name.
    private static bool Follows(int from, int to, string name, bool spoken, WordSet personNames) => (from, to) switch
    {
        (1, 2) => true,
        (0, 1) => true,
        (1 or 2, 0) => spoken || AllPersonNames(name, personNames),
        _ => false,
    };

    private static bool AllPersonNames(string name, WordSet personNames)
    {
        var rest = name.AsSpan();
        bool any = false;
        while (!rest.IsEmpty)
        {
            int space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            rest = space < 0 ? default : rest[(space + 1)..];
            if (word.IsEmpty) continue;
            if (!personNames.Contains(word)) return false;
            any = true;
        }

        return any;
    }
}
