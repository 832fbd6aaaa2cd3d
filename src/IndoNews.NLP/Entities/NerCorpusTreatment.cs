namespace IndoNews.NLP.Entities;

/// <summary>
/// What the trainer learns from each corpus. The corpora share source sentences but annotate them
/// differently, so each gets a treatment chosen on dev results (documented in data/ner/SOURCE.md):
/// <list type="bullet">
/// <item><c>idner</c>: country names it leaves O when they are not a place of action (<c>militer Israel</c>,
/// <c>Presiden Suriah</c>) are relabelled LOC, the convention of the other three corpora and of our spec.</item>
/// <item><c>nerugm</c>: titles and honorifics at the start of a PER span (<c>Presiden</c> Susilo Bambang
/// Yudhoyono) are moved out of it; its O tokens are only partly trusted (they may be ORG), because it leaves
/// many organisations (DPR, KPK, Golkar) unannotated.</item>
/// <item><c>nerp</c> (lower-cased): learned as is; its lower-case sentences get their own feature twins,
/// so its conventions (IND = companies only) stay with lower-case text.</item>
/// <item><c>nergrit</c>: learned as is.</item>
/// </list>
/// Mixed-case sentences also train as all-caps copies (a share of them), so capitalised datelines and
/// headlines are tagged too.
/// </summary>
internal sealed class NerCorpusTreatment(Gazetteer gazetteer)
{
    private const byte CountryBit = 1 << (int)GazetteerCategory.Country;
    private const byte OrganizationBit = 1 << (int)GazetteerCategory.Organization;
    private const byte OrganizationHeadBit = 1 << (int)GazetteerCategory.OrganizationHead;
    private const byte TitleBits = (1 << (int)GazetteerCategory.Title) | (1 << (int)GazetteerCategory.Honorific);

    /// <summary>Corpus weights; a corpus not listed is not trained on.</summary>
    public Dictionary<string, float> Weights { get; init; } = new(StringComparer.Ordinal)
    {
        ["idner"] = 1f,
        ["nergrit"] = 1f,
        ["nerugm"] = 1f,
        ["nerp"] = 1f,
    };

    /// <summary>Share (0-1) of mixed-case sentences that also train as an all-caps copy.</summary>
    public double UpperCopyShare { get; init; } = 0.1;

    /// <summary>Weight of the case-changed copies relative to their corpus.</summary>
    public float CopyWeight { get; init; } = 0.5f;

    /// <summary>Relabel idner's unlabelled country names as LOC.</summary>
    public bool IdnerCountriesAsLocations { get; init; } = true;

    /// <summary>Move titles out of NER UGM's PER spans.</summary>
    public bool NerUgmStripTitles { get; init; } = true;

    /// <summary>Split NER UGM's joined spans the way the other corpora write them: places listed with commas
    /// (<c>Porong , Sidoarjo , Jawa Timur</c>), name pairs (<c>Jokowi - JK</c>) and parenthesised short forms
    /// (<c>Partai Amanat Nasional ( PAN )</c>) become separate spans.</summary>
    public bool NerUgmSplitJoinedSpans { get; init; }

    /// <summary>Treat NER UGM's O tokens as possibly ORG.</summary>
    public bool NerUgmPartialOrganizations { get; init; } = true;

    /// <summary>With <see cref="NerUgmPartialOrganizations"/>: only O tokens that look like part of an
    /// organisation name may be ORG (all-caps words such as DPR and KPK, listed organisations, and
    /// capitalised runs that start with an organisation head such as Kementerian or Partai), instead of every O token.</summary>
    public bool NerUgmOrganizationLikeOnly { get; init; }

    public bool Uses(string corpus) => Weights.ContainsKey(corpus);

    /// <summary>The training examples one corpus sentence gives.</summary>
    public IEnumerable<NerTrainingExample> Apply(string corpus, NerSentence sentence)
    {
        float weight = Weights[corpus];
        byte[]? allowed = null;
        switch (corpus)
        {
            case "idner" when IdnerCountriesAsLocations:
                sentence = sentence with { Tags = RelabelCountries(sentence) };
                break;
            case "nerugm":
                if (NerUgmStripTitles) sentence = sentence with { Tags = StripTitles(sentence) };
                if (NerUgmSplitJoinedSpans) sentence = sentence with { Tags = SplitJoinedSpans(sentence) };
                if (NerUgmPartialOrganizations) allowed = OrganizationsUncertain(sentence.Tags, NerUgmOrganizationLikeOnly ? OrganizationLike(sentence.Tokens) : null);
                break;
        }

        yield return new NerTrainingExample(sentence, allowed, weight, corpus);
        if (corpus == "nerp") yield break; // already lower-case
        ulong pick = FeatureHash.Combine(77, FeatureHash.Of(SentenceKey.Of(sentence.Tokens)));
        double u = (pick >> 11) * (1.0 / (1UL << 53));
        if (u < UpperCopyShare)
        {
            yield return new NerTrainingExample(sentence with { Tokens = [.. sentence.Tokens.Select(t => t.ToUpperInvariant())] }, allowed, weight * CopyWeight, corpus + "+upper");
        }
    }

    private (byte[] Inside, byte[] Begin, byte[] End) Match(string[] tokens)
    {
        var hashes = tokens.Select(t => FeatureHash.OfLower(t)).ToArray();
        var inside = new byte[tokens.Length];
        var begin = new byte[tokens.Length];
        var end = new byte[tokens.Length];
        gazetteer.Match(hashes, inside, begin, end);
        return (inside, begin, end);
    }

    /// <summary>Country-list matches (longest first) that lie wholly on O tokens become LOC.</summary>
    internal byte[] RelabelCountries(NerSentence sentence)
    {
        byte[] tags = (byte[])sentence.Tags.Clone();
        var hashes = sentence.Tokens.Select(t => FeatureHash.OfLower(t)).ToArray();
        int loc = BioTags.Begin(EntityLabels.Location);
        for (int i = 0; i < tags.Length; i++)
        {
            int length = gazetteer.LongestMatch(hashes, i, CountryBit);
            if (length == 0) continue;
            int end = i + length;
            bool free = true;
            for (int k = i; k < end; k++) free &= tags[k] == BioTags.Outside;
            if (end < tags.Length && BioTags.IsInside(tags[end])) free = false;
            if (!free) continue;
            tags[i] = (byte)loc;
            for (int k = i + 1; k < end; k++) tags[k] = (byte)(loc + 1);
            i = end - 1;
        }

        return tags;
    }

    /// <summary>Title and honorific tokens that open a PER span (and leave a name after them) become O.</summary>
    internal byte[] StripTitles(NerSentence sentence)
    {
        byte[] tags = (byte[])sentence.Tags.Clone();
        var (inside, _, _) = Match(sentence.Tokens);
        int per = BioTags.Begin(EntityLabels.Person);
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] != per) continue;
            int end = i + 1;
            while (end < tags.Length && tags[end] == per + 1) end++;
            int k = i;
            while (k < end - 1 && (inside[k] & TitleBits) != 0) k++;
            if (k == i) continue;
            for (int t = i; t < k; t++) tags[t] = BioTags.Outside;
            tags[k] = (byte)per;
            i = end - 1;
        }

        return tags;
    }

    /// <summary>Commas and brackets inside a span (and, in PER spans, a hyphen between two capitalised words)
    /// become O, and the span goes on as a new span after them.</summary>
    internal static byte[] SplitJoinedSpans(NerSentence sentence)
    {
        byte[] tags = (byte[])sentence.Tags.Clone();
        string[] tokens = sentence.Tokens;
        int per = BioTags.Begin(EntityLabels.Person);
        bool splitNext = false;
        for (int i = 0; i < tags.Length; i++)
        {
            if (!BioTags.IsInside(tags[i]))
            {
                splitNext = false;
                continue;
            }

            int begin = tags[i] - 1;
            string t = tokens[i];
            bool separator = t is "," or "(" or ")" or "[" or "]"
                || (begin == per && t is "-" or "–" && i > 0 && i + 1 < tokens.Length && IsCapitalised(tokens[i - 1]) && IsCapitalised(tokens[i + 1]));
            if (separator)
            {
                tags[i] = BioTags.Outside;
                splitNext = true;
            }
            else if (splitNext)
            {
                tags[i] = (byte)begin;
                splitNext = false;
            }
        }

        return tags;
    }

    private static bool IsCapitalised(string token) => TokenCase.Of(token) is TokenCase.Title or TokenCase.Upper or TokenCase.Mixed;

    /// <summary>Allowed-tag masks where O tokens (every one, or those marked in <paramref name="candidates"/>) may also be B-ORG or I-ORG.</summary>
    internal static byte[] OrganizationsUncertain(byte[] tags, bool[]? candidates = null)
    {
        int org = BioTags.Begin(EntityLabels.Organization);
        var allowed = new byte[tags.Length];
        for (int i = 0; i < tags.Length; i++)
        {
            allowed[i] = (byte)(1 << tags[i]);
            if (tags[i] == BioTags.Outside && (candidates is null || candidates[i])) allowed[i] |= (byte)((1 << org) | (1 << (org + 1)));
        }

        return allowed;
    }

    /// <summary>Tokens that look like part of an organisation name: all-caps words of two or more letters
    /// (DPR, KPK), tokens of a listed organisation, and an organisation head (Kementerian, Partai) written
    /// with a capital together with the capitalised words after it.</summary>
    internal bool[] OrganizationLike(string[] tokens)
    {
        var (inside, begin, _) = Match(tokens);
        var like = new bool[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            byte kind = TokenCase.Of(tokens[i]);
            if (kind == TokenCase.Upper && tokens[i].Count(char.IsLetter) >= 2) like[i] = true;
            if ((inside[i] & OrganizationBit) != 0) like[i] = true;
            if ((begin[i] & OrganizationHeadBit) != 0 && kind is TokenCase.Title or TokenCase.Upper)
            {
                like[i] = true;
                int k = i + 1;
                while (k < tokens.Length && ((inside[k] & OrganizationHeadBit) != 0 || TokenCase.Of(tokens[k]) is TokenCase.Title or TokenCase.Upper or TokenCase.Mixed)) like[k++] = true;
                i = k - 1;
            }
        }

        return like;
    }
}
