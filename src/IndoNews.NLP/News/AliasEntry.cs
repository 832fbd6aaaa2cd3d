using System.Text;

namespace IndoNews.NLP.News;

/// <summary>One entity of an <see cref="AliasList"/>: its canonical name and the other names news uses for it.</summary>
/// <param name="Label">The entity label (<c>PER</c>, <c>LOC</c>, <c>ORG</c>).</param>
/// <param name="Canonical">The full name, such as <c>Komisi Pemberantasan Korupsi</c>.</param>
/// <param name="Aliases">Acronyms and short names, such as <c>KPK</c>.</param>
/// <remarks>Equality compares the aliases element by element (ordinal), so two entries with the same names are equal.</remarks>
public sealed record AliasEntry(string Label, string Canonical, IReadOnlyList<string> Aliases)
{
    // A copy: equality and the hash read the aliases, so a caller's list changed later must not change the entry.
    // Null stays null, for AliasList to reject with the entry's position.
    private readonly IReadOnlyList<string> _aliases = Copy(Aliases);

    /// <summary>Acronyms and short names, such as <c>KPK</c> (a read-only copy of what was given).</summary>
    public IReadOnlyList<string> Aliases
    {
        get => _aliases;
        init => _aliases = Copy(value);
    }

    private static IReadOnlyList<string> Copy(IReadOnlyList<string> aliases) => aliases is null ? null! : Array.AsReadOnly(aliases.ToArray());

    /// <summary>Whether <paramref name="other"/> has the same label, canonical name and aliases in the same order.</summary>
    /// <param name="other">The entry to compare with.</param>
    /// <returns><see langword="true"/> when all three are equal.</returns>
    public bool Equals(AliasEntry? other)
        => other is not null
            && string.Equals(Label, other.Label, StringComparison.Ordinal)
            && string.Equals(Canonical, other.Canonical, StringComparison.Ordinal)
            && (ReferenceEquals(Aliases, other.Aliases)
                || (Aliases is not null && other.Aliases is not null && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal)));

    /// <summary>A hash over the label, canonical name and aliases, consistent with <see cref="Equals(AliasEntry?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Label, StringComparer.Ordinal);
        hash.Add(Canonical, StringComparer.Ordinal);
        if (Aliases is not null)
        {
            foreach (string alias in Aliases) hash.Add(alias, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Label = ").Append(Label).Append(", Canonical = ").Append(Canonical)
            .Append(", Aliases = [").AppendJoin(", ", Aliases ?? []).Append(']');
        return true;
    }
}
