namespace IndoNews.NLP.Internal;

/// <summary>
/// Adds to and probes a document's <see cref="HashSet{T}"/> of words with spans, so a rule that collects or looks up the
/// words of every token makes a string only for a word new to the set. On .NET 8, which has no alternate lookups, the
/// span becomes a string each time, as before.
/// </summary>
/// <remarks>The set's comparer must support span lookups (<see cref="StringComparer.Ordinal"/> and <see cref="StringComparer.OrdinalIgnoreCase"/> do).</remarks>
internal static class StringSetSpans
{
    /// <summary>Adds <paramref name="word"/>; true when it was not in the set.</summary>
    public static bool AddSpan(this HashSet<string> set, ReadOnlySpan<char> word)
    {
#if NET9_0_OR_GREATER
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Add(word);
#else
        return set.Add(word.ToString());
#endif
    }

    /// <summary>Removes <paramref name="word"/>; true when it was in the set.</summary>
    public static bool RemoveSpan(this HashSet<string> set, ReadOnlySpan<char> word)
    {
#if NET9_0_OR_GREATER
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Remove(word);
#else
        return set.Remove(word.ToString());
#endif
    }

    /// <summary>The set's string equal to <paramref name="word"/>, added first where the set lacks it: one string per distinct word.</summary>
    public static string Intern(this HashSet<string> set, ReadOnlySpan<char> word)
    {
        if (set.TryGetSpan(word, out string? actual)) return actual;
        string key = word.ToString();
        set.Add(key);
        return key;
    }

    /// <summary>The set's string equal to <paramref name="word"/>, if it holds one.</summary>
    public static bool TryGetSpan(this HashSet<string> set, ReadOnlySpan<char> word, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? actual)
    {
#if NET9_0_OR_GREATER
        return set.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out actual);
#else
        return set.TryGetValue(word.ToString(), out actual);
#endif
    }

    /// <summary>Whether the set holds <paramref name="word"/>.</summary>
    public static bool ContainsSpan(this HashSet<string> set, ReadOnlySpan<char> word)
    {
#if NET9_0_OR_GREATER
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
#else
        return set.Contains(word.ToString());
#endif
    }
}
