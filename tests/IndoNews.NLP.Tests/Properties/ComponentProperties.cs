using FsCheck.Xunit;

namespace IndoNews.NLP.Tests.Properties;

/// <summary>
/// The same invariants, one component at a time: every tokenizer, sentence splitter, lemmatizer,
/// entity recognizer and pipeline stage that <see cref="ComponentCatalog"/> finds runs in a pipeline of
/// its own on top of the default tokenizer and splitter; every stemmer gets single words and junk.
/// </summary>
public class ComponentProperties
{
    [Fact]
    public void The_catalog_finds_the_shipped_components()
    {
        Assert.NotEmpty(ComponentCatalog.All<ITokenizer>());
        Assert.NotEmpty(ComponentCatalog.All<ISentenceSplitter>());
        Assert.Contains(ComponentCatalog.All<ITokenizer>(), t => t is IndoNews.NLP.Tokenization.NewsTokenizer { Style: IndoNews.NLP.Tokenization.TokenizationStyle.UdGsd });
        Assert.Contains(ComponentCatalog.All<ISentenceSplitter>(), s => s is IndoNews.NLP.Segmentation.SentenceSplitter { Style: IndoNews.NLP.Segmentation.SentenceStyle.UdGsd });
        TestContext.Current.SendDiagnosticMessage(
            $"tokenizers: {ComponentCatalog.Describe<ITokenizer>()}; splitters: {ComponentCatalog.Describe<ISentenceSplitter>()}; " +
            $"stemmers: {ComponentCatalog.Describe<IStemmer>()}; lemmatizers: {ComponentCatalog.Describe<ILemmatizer>()}; " +
            $"recognizers: {ComponentCatalog.Describe<IEntityRecognizer>()}; stages: {ComponentCatalog.Describe<IPipelineStage>()}");
    }

    [Property(MaxTest = 150, EndSize = 60, Arbitrary = [typeof(NewsTextGenerators)])]
    public void Every_tokenizer_keeps_the_token_invariants(NewsText text)
    {
        foreach (var tokenizer in ComponentCatalog.All<ITokenizer>())
        {
            var tokens = new TokenList();
            tokenizer.Tokenize(text.Value, tokens);
            DocumentInvariants.CheckTokens(text.Value, tokens.AsSpan());
        }
    }

    [Property(MaxTest = 150, EndSize = 200, Arbitrary = [typeof(NewsTextGenerators)])]
    public void Every_tokenizer_keeps_the_token_invariants_on_raw_utf16(JunkText text)
    {
        foreach (var tokenizer in ComponentCatalog.All<ITokenizer>())
        {
            var tokens = new TokenList();
            tokenizer.Tokenize(text.Value, tokens);
            DocumentInvariants.CheckTokens(text.Value, tokens.AsSpan());
        }
    }

    [Property(MaxTest = 100, EndSize = 60, Arbitrary = [typeof(NewsTextGenerators)])]
    public void Every_sentence_splitter_covers_every_token_in_order(NewsText text)
    {
        foreach (var splitter in ComponentCatalog.All<ISentenceSplitter>())
        {
            var pipeline = Pipeline.CreateBuilder().UseSentenceSplitter(splitter).Build();
            DocumentInvariants.Check(text.Value, pipeline.Process(text.Value));
        }
    }

    [Property(MaxTest = 100, EndSize = 60, Arbitrary = [typeof(NewsTextGenerators)])]
    public void Every_lemmatizer_recognizer_and_stage_keeps_the_document_invariants(NewsText text)
    {
        foreach (var lemmatizer in ComponentCatalog.All<ILemmatizer>())
        {
            DocumentInvariants.Check(text.Value, Pipeline.CreateBuilder().UseLemmatizer(lemmatizer).Build().Process(text.Value));
        }

        foreach (var recognizer in ComponentCatalog.All<IEntityRecognizer>())
        {
            DocumentInvariants.Check(text.Value, Pipeline.CreateBuilder().AddEntityRecognizer(recognizer).Build().Process(text.Value));
        }

        foreach (var stage in ComponentCatalog.All<IPipelineStage>())
        {
            DocumentInvariants.Check(text.Value, Pipeline.CreateBuilder().AddStage(stage).Build().Process(text.Value));
        }
    }

    [Property(MaxTest = 300, EndSize = 40, Arbitrary = [typeof(NewsTextGenerators)])]
    public void Every_stemmer_returns_a_stable_non_empty_stem_for_any_word(WordText word)
    {
        foreach (var stemmer in ComponentCatalog.All<IStemmer>())
        {
            string stem = stemmer.Stem(word.Value);
            Assert.NotNull(stem);
            // Sastrawi-compatible stemming drops every character outside a-z 0-9 and '-' (as Sastrawi does),
            // so only a word with a Latin letter or digit is owed a non-empty stem.
            if (word.Value.Any(char.IsAsciiLetterOrDigit)) Assert.False(stem.Length == 0, $"{stemmer.GetType().Name} gave an empty stem for {word}");
            Assert.Equal(stem, stemmer.Stem(new string(word.Value.AsSpan())));
        }
    }

    [Property(MaxTest = 100, EndSize = 60, Arbitrary = [typeof(NewsTextGenerators)])]
    public void Every_stemmer_survives_whole_texts_and_junk(JunkText text)
    {
        foreach (var stemmer in ComponentCatalog.All<IStemmer>())
        {
            Assert.NotNull(stemmer.Stem(text.Value));
        }
    }
}
