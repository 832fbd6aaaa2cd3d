namespace IndoNews.NLP.Stemming;

/// <summary>Placeholder while the engine is brought up.</summary>
public sealed class RootStemmer : IStemmer
{
    private readonly SastrawiStemmer _sastrawi;

    /// <summary>Creates the stemmer.</summary>
    /// <param name="lexicon">Roots.</param>
    public RootStemmer(RootLexicon lexicon) => _sastrawi = new SastrawiStemmer(lexicon);

    /// <inheritdoc/>
    public string Stem(string word) => _sastrawi.Stem(word);
}
