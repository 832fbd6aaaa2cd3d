using System.Diagnostics;

namespace IndoNews.NLP;

/// <summary>A named entity or value mention of a <see cref="Document"/>.</summary>
/// <remarks>
/// Offsets are UTF-16 code units into <see cref="Document.Text"/>, end exclusive, so
/// <c>document.Text[entity.Start..entity.End] == entity.Text</c>. An entity need not align with
/// token boundaries: <c>Rusia</c> inside <c>Rusia-Amerika</c> is an entity of its own.
/// </remarks>
[DebuggerDisplay("{Label,nq} {Text,nq} [{Start}..{End})")]
public sealed record Entity
{
    /// <summary>Creates an entity.</summary>
    /// <param name="text">The entity's characters, exactly as in the document.</param>
    /// <param name="label">The label, usually one of <see cref="EntityLabels"/>.</param>
    /// <param name="start">UTF-16 offset of the first character.</param>
    /// <param name="end">UTF-16 offset one past the last character.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException">The span is empty or its length differs from the text's.</exception>
    public Entity(string text, string label, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(label);
        if (start < 0 || end <= start || end - start != text.Length)
        {
            throw new ArgumentException($"Entity span [{start}, {end}) does not fit its text '{text}'.", nameof(end));
        }

        Text = text;
        Label = label;
        Start = start;
        End = end;
    }

    /// <summary>The entity's characters, exactly as in the document.</summary>
    public string Text { get; }

    /// <summary>The label, usually one of <see cref="EntityLabels"/>.</summary>
    public string Label { get; }

    /// <summary>UTF-16 offset of the first character.</summary>
    public int Start { get; }

    /// <summary>UTF-16 offset one past the last character (exclusive).</summary>
    public int End { get; }

    /// <summary>
    /// Index of the first token the entity touches, or -1 when not set. In a built <see cref="Document"/> it is set for
    /// every entity that touches a token: <see cref="DocumentBuilder.Build"/> fills in a range a recognizer left unset.
    /// </summary>
    public int TokenStart { get; init; } = -1;

    /// <summary>Index one past the last token the entity touches, or -1 when not set (filled in as <see cref="TokenStart"/> is).</summary>
    public int TokenEnd { get; init; } = -1;

    /// <summary>Confidence in [0, 1] where the recognizer reports one; null otherwise.</summary>
    public double? Confidence { get; init; }

    /// <summary>A normalised value as text: ISO 8601 for <c>DATE</c> and <c>TIME</c>; null where none.</summary>
    public string? NormalizedValue { get; init; }

    /// <summary>A numeric value for <c>MONEY</c>, <c>PERCENT</c> and <c>QUANTITY</c> (0.30 for 30 persen); null where none.</summary>
    public double? NumericValue { get; init; }

    /// <summary>The unit of <see cref="NumericValue"/>: a currency code such as <c>IDR</c>, or a unit such as <c>kg</c>.</summary>
    public string? Unit { get; init; }

    /// <summary>The same span and token range under another label, with the confidence carried over (document rules that relabel a name).</summary>
    internal Entity WithLabel(string label) => new(Text, label, Start, End)
    {
        TokenStart = TokenStart,
        TokenEnd = TokenEnd,
        Confidence = Confidence,
    };
}
