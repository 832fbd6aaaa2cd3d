namespace IndoNews.NLP.Stemming;

/// <summary>Which kind of lemma the pipeline's lemmatizer gives.</summary>
public enum LemmaStyle
{
    /// <summary>The lower-case root, Sastrawi-style (<c>pembangunan</c> → <c>bangun</c>) without Sastrawi's known errors. The default.</summary>
    Root,

    /// <summary>Lemmas as in UD Indonesian-GSD (lower-case, derivational affixes kept where GSD keeps them).</summary>
    UdGsd,

    /// <summary>Lemmas as in UD Indonesian-CSUI (case kept).</summary>
    UdCsui,
}
