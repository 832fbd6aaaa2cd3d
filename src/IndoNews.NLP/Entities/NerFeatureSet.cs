namespace IndoNews.NLP.Entities;

/// <summary>
/// Optional feature templates on top of the base set; stored in the model file (format version 2),
/// so a model is always read with the features it was trained with. <see cref="None"/> is the base set
/// of format version 1.
/// </summary>
[Flags]
internal enum NerFeatureSet
{
    /// <summary>The base templates only.</summary>
    None = 0,

    /// <summary>Prefix and suffix of five letters and the word's character trigrams (with word-boundary
    /// marks), for words the word profiles call rare or unseen: names the news corpus never saw
    /// (Wisconsin, Bordeaux) still share letter sequences with names it did.</summary>
    CharacterNgrams = 1,

    /// <summary>The gazetteer categories found within three tokens before and after the token.</summary>
    GazetteerWindow = 2,

    /// <summary>With <see cref="CharacterNgrams"/>: the n-grams for every word with a letter, not only rare ones.</summary>
    CharacterNgramsAllWords = 4,

    /// <summary>Prefixes of 4, 6, 10 and 20 bits of the Brown-cluster paths of the token and of the tokens before
    /// and after it (Ratinov and Roth 2009); the paths are stored in the model (format version 3).</summary>
    BrownClusters = 8,

    /// <summary>Every valid combination.</summary>
    All = CharacterNgrams | GazetteerWindow | CharacterNgramsAllWords | BrownClusters,
}
