using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

public class NamedEntityRecognizerTests
{
    /// <summary>Keeps hyphenated words whole, as the news tokenizer does, to test sub-token entities.</summary>
    private sealed class WhitespaceTokenizer : ITokenizer
    {
        public void Tokenize(string text, TokenList tokens)
        {
            int i = 0;
            while (i < text.Length)
            {
                if (char.IsWhiteSpace(text[i])) { i++; continue; }
                int start = i;
                if (char.IsLetterOrDigit(text[i]))
                {
                    while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-')) i++;
                }
                else
                {
                    i++;
                }

                tokens.Add(new Token(text, start, i, char.IsLetterOrDigit(text[start]) ? TokenKind.Word : TokenKind.Punctuation));
            }
        }
    }

    [Fact]
    public void Hyphenated_tokens_are_tagged_in_parts_with_exact_offsets()
    {
        const string text = "Kerjasama Rusia-Amerika melawan rezim Bashar al-Assad di Suriah.";
        var pipeline = Pipeline.CreateBuilder().UseTokenizer(new WhitespaceTokenizer()).UseNamedEntityTagger().Build();
        var doc = pipeline.Process(text);
        Assert.Contains(doc.Tokens, t => t.Text == "Rusia-Amerika");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "Rusia" && e.Start == 10 && e.End == 15);
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "Amerika" && e.Start == 16 && e.End == 23);
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Bashar al-Assad");
        var rusia = doc.Entities.Single(e => e.Text == "Rusia");
        Assert.Equal(1, rusia.TokenStart);
        Assert.Equal(2, rusia.TokenEnd);
    }

    [Fact]
    public void Sub_token_list_splits_only_hyphens_between_letters_or_digits()
    {
        const string text = "Rusia-Amerika -abc x- a--b";
        var parts = new SubTokenList();
        parts.AddSplit(text, new Token(text, 0, 13, TokenKind.Word), 0);
        parts.AddSplit(text, new Token(text, 14, 18, TokenKind.Word), 1);
        parts.AddSplit(text, new Token(text, 19, 21, TokenKind.Word), 2);
        parts.AddSplit(text, new Token(text, 22, 26, TokenKind.Word), 3);
        string[] texts = [.. Enumerable.Range(0, parts.Count).Select(i => text[parts.Starts[i]..parts.Ends[i]])];
        Assert.Equal(["Rusia", "-", "Amerika", "-abc", "x-", "a--b"], texts);
        Assert.Equal([0, 0, 0, 1, 2, 3], parts.TokenIndex.ToArray());
    }

    [Fact]
    public void Recognize_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => NamedEntityRecognizer.Default.Recognize(null!));
        Assert.Throws<ArgumentNullException>(() => new NamedEntityRecognizer(null!));
    }

    [Fact]
    public void Text_without_sentences_gives_no_entities()
    {
        var doc = Pipeline.Analyze("   \n\t ");
        Assert.Empty(doc.Entities);
    }
}
