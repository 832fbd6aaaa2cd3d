namespace IndoNews.NLP.Stemming;

/// <summary>
/// The affixes each root takes according to hunspell-id's affix flags (<c>data/stemming/root-affixes.txt</c>, built from
/// <c>id_ID.dic</c> by <c>build-root-words.sh</c>): lemma mode uses them to choose between two readings of a word when the
/// dictionary allows the affixes on one root and not on the other (<c>tepukan</c>: <c>tepuk</c> takes <c>-an</c>,
/// <c>tepu</c> takes no <c>-kan</c>; <c>berapi</c>: <c>api</c> takes <c>ber-</c>, <c>rap</c> does not).
/// </summary>
/// <remarks>
/// Hunspell lists many roots without flags, so a root that takes nothing here is not evidence on its own; callers only
/// prefer a reading whose root takes the affixes over one whose root does not.
/// </remarks>
internal sealed class RootAffixes
{
    /// <summary>Path of the list, relative to the data folder.</summary>
    internal const string DataFile = "stemming/root-affixes.txt";

    private static readonly RetryingLazy<RootAffixes> DefaultList = new(() => Parse(RootLexicon.ReadTextLines(DataFiles.Resolve(DataFile), "Root affix list")));

    // The affix names the file may use, as build-root-words.sh writes them; a confix is "prefix-…-suffix".
    private static readonly string[] Names =
    [
        "ber-", "meN-", "peN-", "-an", "-kan", "-i", "ber-…-an", "ber-…-kan", "meN-…-i", "meN-…-kan", "peN-…-an",
        "di-…-i", "di-…-kan", "ter-…-kan", "per-…-kan", "ku-…-kan", "memper-…-kan",
    ];

    // The roots that take each affix of Names, at the same index.
    private readonly RootLexicon[] _roots;

    private RootAffixes(RootLexicon[] roots) => _roots = roots;

    /// <summary>The shipped list, loaded on first use.</summary>
    public static RootAffixes Default => DefaultList.Value;

    /// <summary>
    /// True when <paramref name="root"/> takes the prefix <paramref name="prefix"/> (lemma mode asks about <c>"ber-"</c>)
    /// with <paramref name="suffix"/> (<c>""</c>, <c>"i"</c>, <c>"kan"</c>, <c>"an"</c>): the confix itself is listed, or the
    /// prefix and the plain suffix are. Without a suffix, any confix of the prefix counts too (<c>agustus</c> has only
    /// <c>ber-…-an</c>). A root without flags takes nothing (<c>rap</c>).
    /// </summary>
    public bool Takes(ReadOnlySpan<char> root, string prefix, ReadOnlySpan<char> suffix)
    {
        bool bare = false, plain = suffix.IsEmpty;
        for (int i = 0; i < Names.Length; i++)
        {
            var name = Names[i].AsSpan();
            if (!_roots[i].Contains(root)) continue;
            if (name.SequenceEqual(prefix)) bare = true;
            else if (name.Length > prefix.Length && name.StartsWith(prefix) && name[prefix.Length] == '…' && (suffix.IsEmpty || IsSuffix(name[(prefix.Length + 1)..], suffix))) return true;
            else if (!suffix.IsEmpty && IsSuffix(name, suffix)) plain = true;
        }

        return bare && plain;
    }

    /// <summary>
    /// True when <paramref name="root"/> takes <paramref name="prefix"/> on its own, without a confix (<c>tonton</c> takes
    /// <c>meN-</c>; <c>tegar</c>, with only <c>meN-…-kan</c>, does not).
    /// </summary>
    /// <param name="root">The root.</param>
    /// <param name="prefix">A prefix's name as the list spells it (<c>"meN-"</c>).</param>
    /// <returns>Whether the list gives the root that prefix alone.</returns>
    public bool TakesAlone(ReadOnlySpan<char> root, string prefix) => _roots[Array.IndexOf(Names, prefix)].Contains(root);

    /// <summary>True when <paramref name="root"/> takes <c>-kan</c> alone or in any confix (<c>beri</c>, <c>aju</c>; not <c>desa</c>).</summary>
    public bool TakesKan(ReadOnlySpan<char> root)
    {
        for (int i = 0; i < Names.Length; i++)
        {
            if (Names[i].EndsWith("-kan", StringComparison.Ordinal) && _roots[i].Contains(root)) return true;
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="root"/> takes <c>-i</c> alone or in any confix (<c>hadap</c>: <c>hadapi</c>, <c>menghadapi</c>;
    /// not <c>ayum</c>, which takes only <c>meN-</c> and <c>-an</c>).
    /// </summary>
    public bool TakesI(ReadOnlySpan<char> root)
    {
        for (int i = 0; i < Names.Length; i++)
        {
            if (Names[i].EndsWith("-i", StringComparison.Ordinal) && _roots[i].Contains(root)) return true;
        }

        return false;
    }

    /// <summary>True when hunspell-id gives <paramref name="root"/> any affix at all (<c>madu</c>; not <c>mulas</c>).</summary>
    public bool HasFlags(ReadOnlySpan<char> root)
    {
        for (int i = 0; i < _roots.Length; i++)
        {
            if (_roots[i].Contains(root)) return true;
        }

        return false;
    }

    /// <summary>True when <paramref name="root"/> takes the noun suffix <c>-an</c> alone (<c>desak</c>: <c>desakan</c>).</summary>
    public bool TakesAn(ReadOnlySpan<char> root) => _roots[Array.IndexOf(Names, "-an")].Contains(root);

    // name is "-" + suffix exactly.
    private static bool IsSuffix(ReadOnlySpan<char> name, ReadOnlySpan<char> suffix) => name.Length == suffix.Length + 1 && name[0] == '-' && name[1..].SequenceEqual(suffix);

    /// <summary>Parses lines of <c>root&lt;TAB&gt;affix affix …</c>; <c>#</c> starts a comment line.</summary>
    /// <exception cref="InvalidDataException">A line has no tab, no affix, or an affix name the stemmer does not know.</exception>
    internal static RootAffixes Parse(IEnumerable<string> lines)
    {
        var words = new List<string>[Names.Length];
        for (int i = 0; i < words.Length; i++) words[i] = [];
        int number = 0;
        foreach (string line in lines)
        {
            number++;
            string text = line.Trim();
            if (text.Length == 0 || text[0] == '#') continue;
            int tab = text.IndexOf('\t');
            string[] affixes = tab < 0 ? [] : text[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tab <= 0 || affixes.Length == 0) throw new InvalidDataException($"{DataFile}:{number}: expected a root, a tab and affix names, got '{text}'.");
            foreach (string affix in affixes)
            {
                int index = Array.IndexOf(Names, affix);
                if (index < 0) throw new InvalidDataException($"{DataFile}:{number}: unknown affix name '{affix}' (known: {string.Join(' ', Names)}).");
                words[index].Add(text[..tab]);
            }
        }

        return new RootAffixes([.. words.Select(RootLexicon.FromWords)]);
    }
}
