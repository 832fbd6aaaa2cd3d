namespace IndoNews.NLP.Segmentation;

/// <summary>
/// Which sentence conventions <see cref="SentenceSplitter"/> follows where corpora disagree.
/// </summary>
public enum SentenceStyle
{
    /// <summary>
    /// Sentences as a reader sees them (as in UD Indonesian-CSUI and news text): a period ends a sentence
    /// unless it belongs to a title, an initial or an abbreviation that cannot end one.
    /// </summary>
    News,

    /// <summary>
    /// The segmentation of UD Indonesian-GSD: in addition, a period right after a capitalised word of at
    /// most four ASCII characters (<c>Jawa.</c>, <c>RCTI.</c>, <c>MHz.</c>) does not end a sentence. GSD's
    /// source segmenter read such words as abbreviations: on GSD dev, 64 of the 72 periods after such a
    /// word are inside a gold sentence. Nor does a terminal next to a curly closing quote (<c>kata. ”</c>),
    /// which no GSD sentence ends with. And a sentence may start in lower case after a question mark or after
    /// a period that follows a word longer than four characters. Use it only to reproduce GSD; it joins real
    /// sentences.
    /// </summary>
    UdGsd,
}
