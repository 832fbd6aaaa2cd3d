namespace IndoNews.NLP.Stemming;

/// <summary>
/// How a Universal Dependencies treebank writes Indonesian lemmas, where the two treebanks disagree.
/// </summary>
/// <remarks>
/// <para>UD Indonesian-GSD lower-cases every lemma (<c>Makassar</c> → <c>makassar</c>) and maps the
/// clitic pronouns to their free forms (<c>nya</c> → <c>dia</c>, <c>ku</c> → <c>aku</c>).</para>
/// <para>UD Indonesian-CSUI keeps the case of capitalised words inside a sentence (<c>Bappenas</c>,
/// <c>Direktur</c>, even <c>Pendanaan</c>, unstemmed), lower-cases the first word of a sentence (only the
/// very first: after an opening quote, <c>" Jadi</c> keeps <c>Jadi</c>), keeps
/// <c>nya</c>, and roots more function words (<c>tersebut</c> → <c>sebut</c>, <c>sebagai</c> → <c>bagai</c>).</para>
/// <para>The word-level differences are learned from each treebank; only the case rules are stated here.</para>
/// </remarks>
internal sealed record UdLemmaConventions
{
    /// <summary>UD Indonesian-GSD.</summary>
    public static UdLemmaConventions Gsd { get; } = new() { Name = "ud-gsd", ModelFile = "lemmas/ud-gsd.tsv", KeepsCase = false, NamesJoinMorphemes = true, KeepsJoinedPreposition = true, TaggerFile = "pos/upos-gsd.bin" };

    /// <summary>UD Indonesian-CSUI.</summary>
    public static UdLemmaConventions Csui { get; } = new() { Name = "ud-csui", ModelFile = "lemmas/ud-csui.tsv", KeepsCase = true };

    /// <summary>The style's name on the command line.</summary>
    public required string Name { get; init; }

    /// <summary>The shipped model, relative to the data folder.</summary>
    public required string ModelFile { get; init; }

    /// <summary>
    /// True when lemmas keep the case of the form (CSUI): a capitalised word inside a sentence is its own
    /// lemma and only sentence-initial words are lower-cased. False when every lemma is lower case (GSD).
    /// </summary>
    public required bool KeepsCase { get; init; }

    /// <summary>
    /// True when the lemma of an unknown capitalised word inside a sentence (a name) built on a peN- noun
    /// joins its morphemes: <c>Pengembangan</c> → <c>penkembangan</c>, <c>Pelabuhan</c> → <c>penlabuhan</c> (GSD:
    /// 13 of the 22 such dev words; 5 keep their form, 4 are rooted). Other names keep their (lower-cased) form.
    /// </summary>
    public bool NamesJoinMorphemes { get; init; }

    /// <summary>
    /// True when the preposition <c>di</c> written joined to its word is the lemma as it stands (GSD: <c>didunia</c>,
    /// <c>dibidang</c>; see <see cref="JoinedPreposition"/>), not stripped like the prefix <c>di-</c>.
    /// </summary>
    public bool KeepsJoinedPreposition { get; init; }

    /// <summary>
    /// The UPOS tagger (<see cref="Tagging.UposTagger"/>), relative to the data folder, that the style consults where its
    /// model has part-of-speech tables (<see cref="UdPosTables"/>); null for none.
    /// </summary>
    public string? TaggerFile { get; init; }
}
