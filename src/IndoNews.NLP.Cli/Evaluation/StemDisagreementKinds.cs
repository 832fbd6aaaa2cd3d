using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Cli.Evaluation;

/// <summary>
/// Groups the root lemmatizer's disagreements with a Sastrawi reference by their cause: one of
/// <see cref="RootStemmer"/>'s documented corrections, or a root list that differs from the reference's
/// (Sastrawi's own procedure over the same list gives our answer). Anything else is unexplained.
/// </summary>
/// <param name="root">The root stemmer whose answers are grouped.</param>
/// <param name="lexicon">The root list Sastrawi's procedure runs over (the shipped one, or <c>--lexicon</c>).</param>
internal sealed class StemDisagreementKinds(RootStemmer root, RootLexicon lexicon)
{
    /// <summary>The group of disagreements that only a different root list explains.</summary>
    public const string RootList = "root list (Sastrawi over the same list agrees with us)";

    /// <summary>The group of disagreements nothing explains.</summary>
    public const string Unexplained = "unexplained";

    private readonly RootStemmer _root = root;
    private readonly SastrawiStemmer _sastrawi = new(lexicon);
    private readonly Dictionary<string, List<(string Word, string Expected, string Got)>> _groups = new(StringComparer.Ordinal);

    /// <summary>Disagreements seen so far.</summary>
    public int Count { get; private set; }

    /// <summary>Disagreements whose cause is known.</summary>
    public int Explained => Count - (_groups.TryGetValue(Unexplained, out var list) ? list.Count : 0);

    /// <summary>Records one disagreement: <paramref name="got"/> is the root lemmatizer's answer for <paramref name="word"/>.</summary>
    public void Add(string word, string expected, string got)
    {
        string own = _root.Explain(word, out var correction);
        string group = correction != RootCorrection.None ? Describe(correction)
            : string.Equals(_sastrawi.Stem(word), got, StringComparison.Ordinal) && string.Equals(own, got, StringComparison.Ordinal) ? RootList
            : Unexplained;
        if (!_groups.TryGetValue(group, out var list)) _groups[group] = list = [];
        list.Add((word, expected, got));
        Count++;
    }

    /// <summary>Writes the groups, largest first, with <paramref name="examples"/> examples each.</summary>
    public void Write(TextWriter output, int examples)
    {
        output.WriteLine($"disagreements by kind ({Explained:N0} of {Count:N0} explained; examples as word expected→got):");
        foreach (var (group, list) in _groups.OrderByDescending(g => g.Value.Count).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var shown = list.Take(examples).Select(d => $"{d.Word} {d.Expected}→{d.Got}");
            output.WriteLine($"  {list.Count,6:N0}  {group}: {string.Join(", ", shown)}");
        }
    }

    private static string Describe(RootCorrection correction) => correction switch
    {
        RootCorrection.FunctionWordParticle => "particle on a function word (apakah → apa)",
        RootCorrection.NegatedAbstractNoun => "ketidak-…-an (ketidakadilan → adil)",
        RootCorrection.PrecedenceOverStemming => "prefix-first over-stemming (dikurangi → kurang, berikan → beri)",
        RootCorrection.FalseParticle => "false particle (menikah → nikah)",
        RootCorrection.AnNotKan => "-an, not -kan, after k (kebijakan → bijak)",
        RootCorrection.FalseIs => "false -is (menangis → tangis)",
        RootCorrection.PerAnOnK => "per-…-an after k (perbankan → bank)",
        RootCorrection.NasalisedPr => "pemr- (pemrograman → program)",
        RootCorrection.InformalPrefix => "informal ng-/nge-/ny- (ngomong → omong)",
        RootCorrection.InformalSuffix => "informal -in (dipakein → pakai)",
        RootCorrection.SeOnRootInI => "se- on a root in -i (senilai → nilai)",
        RootCorrection.SeRootAn => "a root + -an, not se- + a root in -an (sepakan → sepak)",
        RootCorrection.NasalKRoot => "lemma-mode k-root list: meng-/peng- + vowel on a root in k (mengemas → kemas, not emas)",
        RootCorrection.InvalidAffixPair => "a confix Indonesian lacks, read as prefix + root (bernilai → nilai, not nila + -i)",
        RootCorrection.LemmaAnKRoot => "lemma-mode -an k-root list: a bare noun in -an on a root in k (desakan → desak, not desa + -kan)",
        RootCorrection.AffixLicence => "lemma-mode affix flags: the reading whose root takes the affixes (tepukan → tepuk, not tepu + -kan; berapi → api, not rap + -i)",
        RootCorrection.InformalNasalT => "lemma-mode informal n- on a root in t that takes meN- (nulis → tulis, nonton → tonton)",
        RootCorrection.Hyphenated => "hyphenated: reduplication or clitic (berkali-kali → kali)",
        RootCorrection.LemmaRootList => "lemma-mode root list: a rare root ignored (memasuki → masuk, not pasuk)",
        _ => correction.ToString(),
    };
}
