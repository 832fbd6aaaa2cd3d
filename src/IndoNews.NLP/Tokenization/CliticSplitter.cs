using System.Runtime.CompilerServices;

namespace IndoNews.NLP.Tokenization;

/// <summary>
/// Decides where a word splits into host and clitic, following UD Indonesian: the enclitics
/// <c>-nya</c>, <c>-lah</c>, <c>-kah</c>, <c>-pun</c>, <c>-ku</c>, <c>-mu</c> and the proclitic <c>kau-</c>
/// are words of their own inside one surface token (<c>bukunya</c> → <c>buku</c> + <c>nya</c>).
/// </summary>
internal static class CliticSplitter
{
    // A host needs at least this many letters: "hanya", "salah", "buku", "ilmu" are roots, not host + clitic.
    private const int MinHost = 3;

    /// <summary>Index inside <paramref name="word"/> where an enclitic starts, or -1 when the word stays whole.</summary>
    /// <param name="word">A word of letters (and inner hyphens, as in <c>kawan-kawannya</c>).</param>
    /// <param name="style">Which treebank's frozen forms apply.</param>
    public static int EncliticStart(ReadOnlySpan<char> word, TokenizationStyle style)
    {
        int n = word.Length;
        if (n < MinHost + 2) return -1;

        // Every clitic ends in a, h, n or u: most words leave here without a suffix comparison.
        if ((word[^1] | 0x20) is not ('a' or 'h' or 'n' or 'u')) return -1;
        int clitic = EncliticLength(word);
        if (clitic == 0) return -1;
        int host = n - clitic;
        if (host < MinHost || word[host - 1] == '-') return -1;

        // The host must be letters: "Covid-19nya" or "B2Bku" are not clitic splits. Informal writing may end it in a
        // 2 that repeats a word of three letters or more (anak2nya, teman2ku: anak-anaknya, teman-temanku).
        for (int i = 0; i < host; i++)
        {
            char c = word[i];
            if (c != '-' && !char.IsLetter(c) && !(c == '2' && i == host - 1 && IsRepeatedWord(word[..i]))) return -1;
        }

        if (FrozenForms.IsFrozen(word, style)) return -1;

        // A clitic in capitals after lower-case letters is part of a name (KerjaKu); in an all-capital word, -ku/-mu
        // end an acronym (PSDKU), while -nya/-lah/-kah/-pun still split (a headline's PRESIDENNYA). A lower-case
        // clitic after an acronym splits as ever (NPLnya, APBDnya).
        if (char.IsUpper(word[host]) && (!IsAllCapitals(word) || clitic == 2)) return -1;

        // Names built on Allah (Abdullah, Hizbullah, Fatahillah) end in -llah, not in -lah; lower-case verbs
        // with -lah after an l (ambillah, tinggallah) do split.
        if (clitic == 3 && EndsWith(word, "llah") && char.IsUpper(word[0])) return -1;

        // Only the last part of a hyphenated word hosts the clitic; it must itself be a plausible host.
        int lastHyphen = word.LastIndexOf('-');
        if (lastHyphen >= 0 && host - (lastHyphen + 1) < 2) return -1;
        if (lastHyphen >= 0 && FrozenForms.IsFrozen(word[(lastHyphen + 1)..], style)) return -1;

        return host;
    }

    /// <summary>Length of the proclitic <c>kau</c> at the start of <paramref name="word"/> (3), or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // runs for most words, and most leave at its first test
    public static int ProcliticLength(ReadOnlySpan<char> word)
    {
        // kau- attaches to a verb root: kaulihat, kauambil. Nouns that start with "kau" (kaum, kaus, kaukus) stay whole.
        if (word.Length < 7 || word[0] != 'k' || !word.StartsWith("kau", StringComparison.Ordinal)) return 0;
        var rest = word[3..];
        if (rest[0] is 'm' or 's' or 'k' or 't') return 0;
        for (int i = 0; i < rest.Length; i++)
        {
            if (!char.IsAsciiLetterLower(rest[i])) return 0;
        }

        return 3;
    }

    // ASCII case folding by hand: this runs for a large share of all words.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EncliticLength(ReadOnlySpan<char> word)
    {
        int n = word.Length;
        char c1 = (char)(word[n - 1] | 0x20);
        char c2 = (char)(word[n - 2] | 0x20);
        if (c1 == 'u' && c2 is 'k' or 'm') return 2;
        char c3 = (char)(word[n - 3] | 0x20);
        return (c3, c2, c1) switch
        {
            ('n', 'y', 'a') or ('l', 'a', 'h') or ('k', 'a', 'h') or ('p', 'u', 'n') => 3,
            _ => 0,
        };
    }

    /// <summary>
    /// Whether a word that <see cref="EncliticStart"/> splits at <paramref name="host"/> may instead be a name: capitalised,
    /// not all capitals, and ending in a clitic that also ends names (-ku, -mu, -kah, -lah: Lukaku, Atikah), and not
    /// one of the question and emphasis words (<c>Apakah</c>, <c>Dialah</c>).
    /// </summary>
    public static bool MayBeName(ReadOnlySpan<char> word, int host)
    {
        if (!char.IsUpper(word[0]) || IsAllCapitals(word) || Abbreviations.CliticWords.Contains(word)) return false;
        int clitic = word.Length - host;
        return clitic == 2 || (clitic == 3 && (word[^1] | 0x20) == 'h' && (word[^3] | 0x20) is 'k' or 'l');
    }

    // Three letters or more after the last hyphen: the word a trailing 2 repeats.
    private static bool IsRepeatedWord(ReadOnlySpan<char> part)
    {
        part = part[(part.LastIndexOf('-') + 1)..];
        if (part.Length < 3) return false;
        foreach (char c in part)
        {
            if (!char.IsLetter(c)) return false;
        }

        return true;
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c)) return false;
        }

        return true;
    }

    private static bool EndsWith(ReadOnlySpan<char> word, string suffix)
        => word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
}
