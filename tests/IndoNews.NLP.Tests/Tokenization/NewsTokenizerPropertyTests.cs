using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IndoNews.NLP.Segmentation;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Tests.Tokenization;

/// <summary>
/// Invariants of the tokenizer and sentence splitter on any input: tokens in order, without overlap, inside
/// the text, covering every non-space character; sentences covering every token in order.
/// </summary>
public class NewsTokenizerPropertyTests
{
    // Fragments that exercise every branch of the scanner, glued together at random.
    private static readonly string[] Fragments =
    [
        "a", "Z", "nya", "lah", "ku", "kau", "buku", "Dr", "Rp", "ke", "an", "1", "2007", "0,5", " ", "  ", "\n", "\n\n", "\t",
        ".", "..", ",", ":", "/", "-", "--", "–", "'", "’", "\"", "“", "”", "(", ")", "?", "!", "%", "@", "#", "&", "_", "+",
        "http://", "https://x.id/", "www.", ".com", "co.id", "😀", "🏽", "\u200D", "\uFE0F", "\u20E3", "🇮", "🇩",
        "\uD83D", "\uDE00", "\uDC00", "\u0000", "\u0007", "\u200B", "\uFEFF", "é", "\u0301", "²", "高雄", "ʿ", "\u00AD",
    ];

    private static Arbitrary<string> NewsLikeText()
        => Arb.From(Gen.Elements(Fragments).ArrayOf().Select(parts => string.Concat(parts)));

    [Property(MaxTest = 2000)]
    public Property TokensAreOrderedInsideTheTextAndCoverIt()
        => Prop.ForAll(NewsLikeText(), text => Check(text, TokenizationStyle.News) && Check(text, TokenizationStyle.UdGsd));

    [Property(MaxTest = 500)]
    public Property ArbitraryStringsAreTokenizedWithoutViolations()
        => Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), text => Check(text, TokenizationStyle.News));

    [Theory]
    [InlineData('-', 100_000)]
    [InlineData('a', 1_000_000)]
    [InlineData('.', 1_000_000)]
    [InlineData('1', 1_000_000)]
    [InlineData('@', 200_000)]
    [InlineData('\uD83D', 200_000)]
    [InlineData('\u0000', 200_000)]
    [InlineData('\n', 200_000)]
    public void LongRunsOfOneCharacter(char c, int count)
    {
        Assert.True(Check(new string(c, count), TokenizationStyle.News));
    }

    [Theory]
    [InlineData("a-", 100_000)]
    [InlineData("1.", 200_000)]
    [InlineData("a.", 200_000)]
    [InlineData("a@", 100_000)]
    [InlineData("x@y.", 50_000)]
    [InlineData("www.", 50_000)]
    [InlineData("a/", 100_000)]
    [InlineData("\"a. ", 100_000)]
    [InlineData("(a. ", 100_000)]
    [InlineData("😀\u200D", 100_000)]
    public void LongRepetitionsOfAPattern(string pattern, int count)
    {
        string text = string.Concat(Enumerable.Repeat(pattern, count));
        Assert.True(Check(text, TokenizationStyle.News));
        Assert.True(Check(text, TokenizationStyle.UdGsd));
    }

    private static bool Check(string text, TokenizationStyle style)
    {
        var tokens = new TokenList();
        new NewsTokenizer(style).Tokenize(text, tokens);
        string? violation = TokenAssert.Violation(text, tokens);
        Assert.True(violation is null, $"{violation} in {Escape(text)}");

        var sentences = new List<Sentence>();
        SentenceSplitter.Default.Split(text, tokens.AsSpan(), sentences);
        int next = 0;
        foreach (var sentence in sentences)
        {
            Assert.True(sentence.TokenStart == next && sentence.TokenEnd > sentence.TokenStart, $"sentences do not tile the tokens in {Escape(text)}");
            Assert.Equal(tokens[sentence.TokenStart].Start, sentence.Start);
            Assert.Equal(tokens[sentence.TokenEnd - 1].End, sentence.End);
            next = sentence.TokenEnd;
        }

        Assert.Equal(tokens.Count, next);
        return true;
    }

    private static string Escape(string text)
        => text.Length > 200 ? $"a text of {text.Length} chars" : string.Concat(text.Select(c => c < 32 || c > 126 ? $"\\u{(int)c:X4}" : c.ToString()));
}
