namespace IndoNews.NLP.Stemming;

/// <summary>
/// The roots in <c>k-</c> that lemma mode prefers to their vowel twin under <c>meng-</c>/<c>peng-</c> + vowel
/// (<c>mengemas</c> → <c>kemas</c>, not <c>emas</c>), each with the suffixes under which the vowel root stays
/// (<c>kawal -i</c>: <c>mengawali</c> → <c>awal</c>). Read from <c>data/stemming/lemma-k-roots.txt</c>.
/// </summary>
internal sealed class NasalKRoots
{
    /// <summary>Path of the list, relative to the data folder.</summary>
    internal const string DataFile = "stemming/lemma-k-roots.txt";

    private static readonly RetryingLazy<NasalKRoots> DefaultList = new(() => Parse(RootLexicon.ReadTextLines(DataFiles.Resolve(DataFile), "Lemma-mode k-root list")));

    // A dozen entries, so a linear scan over spans beats building a span-keyed dictionary (the core also targets .NET 8).
    private readonly (string Root, string[] VowelSuffixes)[] _entries;

    private NasalKRoots((string Root, string[] VowelSuffixes)[] entries) => _entries = entries;

    /// <summary>The shipped list, loaded on first use.</summary>
    public static NasalKRoots Default => DefaultList.Value;

    /// <summary>Number of roots listed.</summary>
    public int Count => _entries.Length;

    /// <summary>
    /// True when <paramref name="kRoot"/> is listed and <paramref name="suffix"/> (<c>""</c>, <c>"i"</c>, <c>"kan"</c>,
    /// <c>"an"</c>: what follows the root, clitics removed) is not one of the suffixes that keep the vowel root.
    /// </summary>
    public bool Prefers(ReadOnlySpan<char> kRoot, ReadOnlySpan<char> suffix)
    {
        foreach (var (root, vowelSuffixes) in _entries)
        {
            if (!kRoot.SequenceEqual(root)) continue;
            foreach (string s in vowelSuffixes)
            {
                if (suffix.SequenceEqual(s)) return false;
            }

            return true;
        }

        return false;
    }

    /// <summary>Parses lines of <c>root [-suffix ...]</c>; <c>#</c> starts a comment line.</summary>
    /// <exception cref="InvalidDataException">A suffix is not written as <c>-i</c>, <c>-kan</c> or <c>-an</c>.</exception>
    internal static NasalKRoots Parse(IEnumerable<string> lines)
    {
        var entries = new List<(string, string[])>();
        int number = 0;
        foreach (string line in lines)
        {
            number++;
            string text = line.Trim();
            if (text.Length == 0 || text[0] == '#') continue;
            string[] parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var suffixes = new string[parts.Length - 1];
            for (int i = 1; i < parts.Length; i++)
            {
                if (parts[i] is not ("-i" or "-kan" or "-an"))
                {
                    throw new InvalidDataException($"{DataFile}:{number}: expected a root and suffixes -i, -kan or -an, got '{text}'.");
                }

                suffixes[i - 1] = parts[i][1..];
            }

            entries.Add((parts[0].ToLowerInvariant(), suffixes));
        }

        return new NasalKRoots([.. entries]);
    }
}
