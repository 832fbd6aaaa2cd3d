using System.Buffers;

namespace IndoNews.NLP.Entities;

/// <summary>
/// The entities of one document as <see cref="CitedOutlets"/> tags outlets in it: which entity covers each token and how
/// many times each person is named, built once on the first outlet, so that each outlet is checked in the time of its
/// own words rather than of the document's entities; the changes are applied at the end by <see cref="Apply"/>.
/// </summary>
internal sealed class OutletMarks
{
    // The owner of a token that an outlet tagged here covers.
    private const int AddedOutlet = -2;

    private readonly DocumentBuilder document;
    private int[]? owner;
    private Dictionary<string, int>? persons;
    private List<int>? removed;
    private List<Entity>? added;

    /// <summary>Creates the marks of <paramref name="document"/>; nothing is read before the first question.</summary>
    /// <param name="document">The document whose entities change.</param>
    public OutletMarks(DocumentBuilder document) => this.document = document;

    /// <summary>True when an entity labelled <paramref name="label"/> covers a token of [<paramref name="first"/>, <paramref name="last"/>).</summary>
    /// <param name="first">The first token.</param>
    /// <param name="last">The token after the last.</param>
    /// <param name="label">The label looked for.</param>
    public bool Covers(int first, int last, string label)
    {
        var owners = Owners();
        var entities = document.Entities;
        for (int t = first; t < last; t++)
        {
            if (owners[t] >= 0 && entities[owners[t]].Label == label) return true;
        }

        return false;
    }

    /// <summary>
    /// Tags tokens [<paramref name="first"/>, <paramref name="last"/>) as an organisation, replacing the people and places
    /// inside them. An organisation over a part of them leaves them as they are; a value, an entity that runs past them,
    /// or a person of the same name elsewhere in the document (a person quoted: <c>mengutip Jokowi,</c>) leaves them too.
    /// </summary>
    /// <param name="first">The first token of the name.</param>
    /// <param name="last">The token after the name's last.</param>
    /// <returns>True when the name stands as an outlet: tagged here, or under an organisation already.</returns>
    public bool Tag(int first, int last)
    {
        var owners = Owners();
        var entities = document.Entities;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int start = tokens[first].Start, end = tokens[last - 1].End;
        var name = document.Text.AsSpan(start, end - start);
        Span<int> inside = stackalloc int[last - first];
        int count = 0;
        bool same = false;
        for (int t = first; t < last; t++)
        {
            int o = owners[t];
            if (o == AddedOutlet) return true;
            if (o < 0 || (count > 0 && inside[count - 1] == o)) continue;
            var entity = entities[o];
            if (entity.Label == EntityLabels.Organization) return true;
            if (entity.TokenStart < first || entity.TokenEnd > last || entity.Label is not (EntityLabels.Person or EntityLabels.Location)) return false;
            same |= entity.Label == EntityLabels.Person && entity.Start == start && entity.End == end;
            inside[count++] = o;
        }

        // A person of the same name elsewhere: the source is a person quoted.
        if (persons is not null && Named(persons, name) > (same ? 1 : 0)) return false;

        foreach (int o in inside[..count])
        {
            (removed ??= []).Add(o);
            if (entities[o].Label == EntityLabels.Person) persons![entities[o].Text]--;
        }

        owners[first..last].Fill(AddedOutlet);
        (added ??= []).Add(new Entity(name.ToString(), EntityLabels.Organization, start, end) { TokenStart = first, TokenEnd = last });
        return true;
    }

    /// <summary>Removes the people and places replaced, adds the outlets tagged, and gives back the token map.</summary>
    public void Apply()
    {
        var entities = document.Entities;
        if (removed is not null)
        {
            removed.Sort();
            int write = 0, next = 0;
            for (int i = 0; i < entities.Count; i++)
            {
                if (next < removed.Count && removed[next] == i)
                {
                    while (next < removed.Count && removed[next] == i) next++;
                    continue;
                }

                entities[write++] = entities[i];
            }

            entities.RemoveRange(write, entities.Count - write);
            removed = null;
        }

        if (added is not null) entities.AddRange(added);
        added = null;
        if (owner is not null) ArrayPool<int>.Shared.Return(owner);
        owner = null;
    }

    // How many times the document names a person so; probed with a span where the runtime allows (no string per outlet).
    private static int Named(Dictionary<string, int> persons, ReadOnlySpan<char> name)
    {
#if NET9_0_OR_GREATER
        return persons.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out int named) ? named : 0;
#else
        return persons.GetValueOrDefault(name.ToString());
#endif
    }

    // The token map, and the count of each person's name, built on first use.
    private Span<int> Owners()
    {
        int n = document.Tokens.Count;
        if (owner is null)
        {
            owner = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
            EntityOwners.Fill(document.Entities, owner.AsSpan(0, n));
            foreach (var entity in document.Entities)
            {
                if (entity.Label != EntityLabels.Person) continue;
                persons ??= new Dictionary<string, int>(StringComparer.Ordinal);
                persons[entity.Text] = persons.GetValueOrDefault(entity.Text) + 1;
            }
        }

        return owner.AsSpan(0, n);
    }
}
