namespace IndoNews.NLP.Entities.Values;

/// <summary>One value mention found by a matcher: where it ends and what it means.</summary>
/// <param name="End">Offset one past the mention.</param>
/// <param name="Label">One of the value labels of <see cref="EntityLabels"/>.</param>
/// <param name="Normalized">ISO 8601 text for dates and times, else null.</param>
/// <param name="Number">The numeric value for money, percentages and quantities, else null.</param>
/// <param name="Unit">Currency code or unit symbol, else null.</param>
internal readonly record struct ValueMatch(int End, string Label, string? Normalized, double? Number, string? Unit)
{
    public static ValueMatch None => default;

    public bool Success => Label is not null;
}
