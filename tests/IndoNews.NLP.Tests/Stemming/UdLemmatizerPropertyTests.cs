using FsCheck;
using FsCheck.Xunit;
using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tests.Stemming;

public class UdLemmatizerPropertyTests
{
    [Property(MaxTest = 500)]
    public bool Any_token_gets_a_non_empty_lemma_without_throwing(NonEmptyString text, bool csui)
    {
        // Arbitrary text (control characters, lone surrogates, long words) as one token between two words.
        string word = text.Get;
        string source = "Ia " + word + " pergi";
        var tokens = new[]
        {
            new Token(source, 0, 2, TokenKind.Word),
            new Token(source, 3, 3 + word.Length, TokenKind.Word),
            new Token(source, 4 + word.Length, source.Length, TokenKind.Word),
        };
        var lemmatizer = csui ? UdLemmatizer.Csui : UdLemmatizer.Gsd;
        return Enumerable.Range(0, tokens.Length).All(i => lemmatizer.Lemmatize(tokens, i).Length > 0);
    }

    [Property(MaxTest = 300)]
    public bool Gsd_lemmas_of_words_are_lower_case(NonEmptyString text)
    {
        string word = new(text.Get.Where(char.IsLetter).ToArray());
        if (word.Length == 0) return true;
        string source = "Ia " + word;
        var tokens = new[] { new Token(source, 0, 2, TokenKind.Word), new Token(source, 3, source.Length, TokenKind.Word) };
        string lemma = UdLemmatizer.Gsd.Lemmatize(tokens, 1);
        return lemma == lemma.ToLowerInvariant();
    }

    [Fact]
    public void A_huge_token_comes_back_lower_cased_and_quickly()
    {
        string word = "Mem" + new string('a', 1_000_000) + "kan";
        var tokens = new[] { new Token("Ia " + word, 3, 3 + word.Length, TokenKind.Word) };
        Assert.Equal(word.ToLowerInvariant(), UdLemmatizer.Gsd.Lemmatize(tokens, 0));
    }

    [Fact]
    public void Lemmatizing_from_many_threads_gives_the_same_lemmas()
    {
        var tokens = UdTestTokens.Words("Pemerintah menggembirakan para pengusaha dengan keberangkatan anak-anak+nya yang dipertanyakan .");
        string[] expected = [.. Enumerable.Range(0, tokens.Length).Select(i => UdLemmatizer.Gsd.Lemmatize(tokens, i))];
        Parallel.For(0, 2000, _ =>
        {
            for (int i = 0; i < tokens.Length; i++)
            {
                Assert.Equal(expected[i], UdLemmatizer.Gsd.Lemmatize(tokens, i));
            }
        });
    }
}
