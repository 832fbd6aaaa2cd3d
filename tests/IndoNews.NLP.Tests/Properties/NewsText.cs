namespace IndoNews.NLP.Tests.Properties;

/// <summary>
/// A generated test text, kept as the fragments it was built from so that FsCheck can shrink a
/// failing case by dropping fragments; <see cref="ToString"/> shows it with every unusual character escaped.
/// </summary>
public sealed record NewsText(IReadOnlyList<string> Fragments)
{
    public string Value { get; } = string.Concat(Fragments);

    public override string ToString() => Escape(Value);

    /// <summary>The text with control, format, surrogate and non-ASCII characters as \uXXXX, so a failing case can be pasted into a test.</summary>
    public static string Escape(string value)
    {
        var sb = new System.Text.StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (char c in value)
        {
            if (c is >= ' ' and < (char)0x7F && c != '"' && c != '\\') sb.Append(c);
            else sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.Append('"').ToString();
    }
}
