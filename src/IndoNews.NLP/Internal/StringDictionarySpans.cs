using System.Diagnostics.CodeAnalysis;

namespace IndoNews.NLP.Internal;

/// <summary>
/// Reads and writes a document's string-keyed <see cref="Dictionary{TKey, TValue}"/> with spans, so a rule that counts
/// or looks up the words of its names makes a string only for a key new to the dictionary. On .NET 8, which has no
/// alternate lookups, the span becomes a string each time, as before.
/// </summary>
/// <remarks>The dictionary's comparer must support span lookups (<see cref="StringComparer.Ordinal"/> and <see cref="StringComparer.OrdinalIgnoreCase"/> do).</remarks>
internal static class StringDictionarySpans
{
    /// <summary>The value of <paramref name="key"/>, if the dictionary holds it.</summary>
    public static bool TryGetValueSpan<TValue>(this Dictionary<string, TValue> dictionary, ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value)
    {
#if NET9_0_OR_GREATER
        return dictionary.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value);
#else
        return dictionary.TryGetValue(key.ToString(), out value);
#endif
    }

    /// <summary>Sets the value of <paramref name="key"/>, adding it where the dictionary lacks it.</summary>
    public static void SetSpan<TValue>(this Dictionary<string, TValue> dictionary, ReadOnlySpan<char> key, TValue value)
    {
#if NET9_0_OR_GREATER
        dictionary.GetAlternateLookup<ReadOnlySpan<char>>()[key] = value;
#else
        dictionary[key.ToString()] = value;
#endif
    }
}
