using System.Collections.ObjectModel;
using System.Text;

namespace IndoNews.NLP;

/// <summary>Mentions of one entity within a document, such as <c>Bashar al-Assad</c> and <c>Assad</c>.</summary>
/// <param name="Canonical">The fullest name among the mentions.</param>
/// <param name="Label">The entity label.</param>
/// <param name="Mentions">Indices into <see cref="Document.Entities"/>.</param>
/// <remarks>Equality compares the mention indices element by element, so two clusters with the same members are equal.</remarks>
/// <exception cref="ArgumentNullException"><paramref name="Canonical"/>, <paramref name="Label"/> or <paramref name="Mentions"/> is null.</exception>
public sealed record EntityCluster(string Canonical, string Label, IReadOnlyList<int> Mentions)
{
    private readonly ReadOnlyCollection<int> _mentions = Copy(Mentions);
    private readonly string _canonical = Canonical ?? throw new ArgumentNullException(nameof(Canonical));
    private readonly string _label = Label ?? throw new ArgumentNullException(nameof(Label));

    /// <summary>The fullest name among the mentions.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public string Canonical
    {
        get => _canonical;
        init => _canonical = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The entity label.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public string Label
    {
        get => _label;
        init => _label = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Indices into <see cref="Document.Entities"/>, in document order (a read-only copy of what was given).</summary>
    public IReadOnlyList<int> Mentions
    {
        get => _mentions;
        init => _mentions = Copy(value);
    }

    /// <summary>Whether <paramref name="other"/> has the same name, label and mention indices.</summary>
    /// <param name="other">The cluster to compare with.</param>
    /// <returns><see langword="true"/> when all three are equal.</returns>
    public bool Equals(EntityCluster? other)
        => other is not null
            && string.Equals(Canonical, other.Canonical, StringComparison.Ordinal)
            && string.Equals(Label, other.Label, StringComparison.Ordinal)
            && _mentions.SequenceEqual(other._mentions);

    /// <summary>A hash over the name, label and mention indices, consistent with <see cref="Equals(EntityCluster?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Canonical, StringComparer.Ordinal);
        hash.Add(Label, StringComparer.Ordinal);
        foreach (int mention in _mentions) hash.Add(mention);
        return hash.ToHashCode();
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Canonical = ").Append(Canonical).Append(", Label = ").Append(Label)
            .Append(", Mentions = [").AppendJoin(", ", _mentions).Append(']');
        return true;
    }

    // Copied, so the caller's list may change without changing the cluster; the library's own arrays are kept as they are.
    private static ReadOnlyCollection<int> Copy(IReadOnlyList<int> mentions)
        => mentions as OwnedMentions ?? Array.AsReadOnly((mentions ?? throw new ArgumentNullException(nameof(mentions))).ToArray());
}
