namespace IndoNews.NLP.Stemming;

/// <summary>
/// The root list of lemma mode: the shipped <c>root-words.txt</c> minus <c>lemma-ignored-roots.txt</c> (rare words
/// that the affix rules reach from common news words whose root is another word: <c>memasuki</c> → <c>pasuk</c>,
/// <c>berupa</c> → <c>upa</c>) plus <c>lemma-added-roots.txt</c> (<c>politisi</c>). Sastrawi mode keeps the shipped
/// list as it is, so its agreement with Sastrawi does not move.
/// </summary>
internal static class LemmaRootList
{
    /// <summary>Path of the roots lemma mode ignores, relative to the data folder.</summary>
    internal const string IgnoredFile = "stemming/lemma-ignored-roots.txt";

    /// <summary>Path of the roots lemma mode adds, relative to the data folder.</summary>
    internal const string AddedFile = "stemming/lemma-added-roots.txt";

    /// <summary>Path of the roots in k whose bare noun in <c>-an</c> lemma mode reads as root + <c>-an</c>, relative to the data folder.</summary>
    internal const string AnKRootsFile = "stemming/lemma-an-k-roots.txt";

    private static readonly RetryingLazy<RootLexicon> AnKRootsLexicon = new(() => RootLexicon.FromWords(ReadWords(DataFiles.Resolve(AnKRootsFile))));

    private static readonly RetryingLazy<RootLexicon> IgnoredLexicon = new(() => RootLexicon.FromWords(ReadWords(DataFiles.Resolve(IgnoredFile))));

    // Read from the shipped file rather than copied from RootLexicon.Default, so that lemma mode alone loads one list.
    private static readonly RetryingLazy<RootLexicon> DefaultLexicon = new(() =>
    {
        var ignored = Ignored;
        var words = RootLexicon.ReadTextLines(DataFiles.Resolve(RootLexicon.DefaultDataFile), "Root-word list");
        return RootLexicon.FromWords(words.Where(w => !ignored.Contains(w.Trim())).Concat(ReadWords(DataFiles.Resolve(AddedFile))));
    });

    /// <summary>The shipped root list with lemma mode's changes, built on first use.</summary>
    public static RootLexicon Default => DefaultLexicon.Value;

    /// <summary>The entries of the shipped list that lemma mode ignores as roots of longer words.</summary>
    public static RootLexicon Ignored => IgnoredLexicon.Value;

    /// <summary>
    /// The roots in k whose unprefixed noun in <c>-an</c> is read as root + <c>-an</c>, not as the root without its k +
    /// <c>-kan</c> (<c>desakan</c> → <c>desak</c>, not <c>desa</c>); <c>data/stemming/lemma-an-k-roots.txt</c>.
    /// </summary>
    public static RootLexicon AnKRoots => AnKRootsLexicon.Value;

    // One word per line; '#' starts a comment line (the files say why each word is there).
    private static List<string> ReadWords(string path)
    {
        var words = new List<string>();
        foreach (string line in RootLexicon.ReadTextLines(path, "Lemma-mode root list"))
        {
            string word = line.Trim();
            if (word.Length > 0 && word[0] != '#') words.Add(word);
        }

        return words;
    }
}
