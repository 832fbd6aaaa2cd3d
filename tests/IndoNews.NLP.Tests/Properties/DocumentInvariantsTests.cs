namespace IndoNews.NLP.Tests.Properties;

/// <summary>
/// The invariant checker itself: deliberately broken components must be caught, or the properties
/// that rely on it could never fail.
/// </summary>
public class DocumentInvariantsTests
{
    private const string Text = "Hubungan Rusia-Amerika memburuk. Bukunya hilang.";

    [Fact]
    public void A_real_analysis_passes()
    {
        DocumentInvariants.Check(Text, Pipeline.Default.Process(Text));
    }

    [Fact]
    public void A_tokenizer_that_drops_a_letter_is_caught()
    {
        var e = Assert.Throws<InvariantViolationException>(() => Check(new DelegateTokenizer((text, tokens) =>
        {
            NewsTokenizerWithout(text, tokens, skipOffset: 0);
        })));
        Assert.Contains("in no token", e.Message);
    }

    [Fact]
    public void Overlapping_tokens_are_caught()
    {
        // The pipeline now refuses them itself, before any invariant check could see the document.
        var e = Assert.Throws<InvalidOperationException>(() => Check(new DelegateTokenizer((text, tokens) =>
        {
            tokens.Add(new Token(text, 0, 8, TokenKind.Word));
            tokens.Add(new Token(text, 5, text.Length, TokenKind.Word));
        })));
        Assert.Contains("overlaps the previous token", e.Message);
    }

    [Fact]
    public void Sentences_that_skip_a_token_are_caught()
    {
        // Refused by the pipeline itself, as are sentences that end inside a token or leave tokens out at the end.
        var skipsFirst = new DelegateSplitter((text, tokens, sentences) =>
        {
            sentences.Add(new Sentence(tokens[1].Start, tokens[^1].End, 1, tokens.Length));
        });
        var e = Assert.Throws<InvalidOperationException>(() => Pipeline.CreateBuilder().UseSentenceSplitter(skipsFirst).Build().Process(Text));
        Assert.Contains("without a gap in the tokens", e.Message);

        var endsInsideToken = new DelegateSplitter((text, tokens, sentences) =>
        {
            sentences.Add(new Sentence(0, tokens[^1].End - 1, 0, tokens.Length));
        });
        e = Assert.Throws<InvalidOperationException>(() => Pipeline.CreateBuilder().UseSentenceSplitter(endsInsideToken).Build().Process(Text));
        Assert.Contains("start and end with their first and last token", e.Message);

        var leavesLast = new DelegateSplitter((text, tokens, sentences) =>
        {
            sentences.Add(new Sentence(0, tokens[^2].End, 0, tokens.Length - 1));
        });
        e = Assert.Throws<InvalidOperationException>(() => Pipeline.CreateBuilder().UseSentenceSplitter(leavesLast).Build().Process(Text));
        Assert.Contains("outside every sentence", e.Message);

        var emptyFirst = new DelegateSplitter((text, tokens, sentences) =>
        {
            sentences.Add(new Sentence(0, 0, 0, 0));
            sentences.Add(new Sentence(0, tokens[^1].End, 0, tokens.Length));
        });
        e = Assert.Throws<InvalidOperationException>(() => Pipeline.CreateBuilder().UseSentenceSplitter(emptyFirst).Build().Process(Text));
        Assert.Contains("hold at least one token", e.Message);
    }

    [Fact]
    public void An_entity_starting_inside_a_word_is_caught_but_one_after_a_hyphen_is_not()
    {
        int rusia = Text.IndexOf("Rusia", StringComparison.Ordinal);
        int amerika = Text.IndexOf("Amerika", StringComparison.Ordinal);
        DocumentInvariants.Check(Text, WithEntity(new Entity("Amerika", "LOC", amerika, amerika + 7)));
        DocumentInvariants.Check(Text, WithEntity(new Entity("Rusia", "LOC", rusia, rusia + 5)));
        var e = Assert.Throws<InvariantViolationException>(() => DocumentInvariants.Check(Text, WithEntity(new Entity("merika", "LOC", amerika + 1, amerika + 7))));
        Assert.Contains("token boundaries", e.Message);
    }

    [Fact]
    public void An_entity_whose_text_differs_from_the_document_is_caught()
    {
        // DocumentBuilder.Build now refuses such a document, before any invariant check could see it.
        var e = Assert.Throws<InvalidOperationException>(() => WithEntity(new Entity("Rusia", "LOC", 0, 5)));
        Assert.Contains("is not the text's span", e.Message);
    }

    [Fact]
    public void The_fingerprint_sees_a_changed_lemma()
    {
        var a = Pipeline.CreateBuilder().UseLemmatizer(new ConstantLemmatizer("x")).Build().Process(Text);
        var b = Pipeline.CreateBuilder().UseLemmatizer(new ConstantLemmatizer("y")).Build().Process(Text);
        Assert.NotEqual(DocumentInvariants.Fingerprint(a), DocumentInvariants.Fingerprint(b));
    }

    private static void Check(ITokenizer tokenizer) => DocumentInvariants.Check(Text, Pipeline.CreateBuilder().UseTokenizer(tokenizer).Build().Process(Text));

    private static Document WithEntity(Entity entity) => Pipeline.CreateBuilder().AddEntityRecognizer(new FixedRecognizer(entity)).Build().Process(Text);

    private static void NewsTokenizerWithout(string text, TokenList tokens, int skipOffset)
    {
        var all = new TokenList();
        Pipeline.CreateBuilder().Tokenizer.Tokenize(text, all);
        foreach (var t in all)
        {
            if (t.Start == skipOffset) tokens.Add(new Token(text, t.Start + 1, t.End, TokenKind.Word));
            else tokens.Add(t);
        }
    }

    private sealed class DelegateTokenizer(Action<string, TokenList> tokenize) : ITokenizer
    {
        public void Tokenize(string text, TokenList tokens) => tokenize(text, tokens);
    }

    private sealed class DelegateSplitter(SplitAction split) : ISentenceSplitter
    {
        public void Split(string text, ReadOnlySpan<Token> tokens, List<Sentence> sentences) => split(text, tokens, sentences);
    }

    private delegate void SplitAction(string text, ReadOnlySpan<Token> tokens, List<Sentence> sentences);

    private sealed class FixedRecognizer(Entity entity) : IEntityRecognizer
    {
        public void Recognize(DocumentBuilder document) => document.Entities.Add(entity);
    }

    private sealed class ConstantLemmatizer(string lemma) : ILemmatizer
    {
        public string Lemmatize(ReadOnlySpan<Token> tokens, int index) => lemma;
    }
}
