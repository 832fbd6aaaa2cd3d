using FsCheck;
using FsCheck.Fluent;
using IndoNews.NLP.Stopwords;

namespace IndoNews.NLP.Tests.Stopwords;

public class IndonesianStopwordsTests
{
    [Theory]
    [InlineData("yang")]
    [InlineData("Yang")]
    [InlineData("YANG")]
    [InlineData("di")]
    [InlineData("dan")]
    [InlineData("nya")]
    [InlineData("tersebut")]
    [InlineData("masing-masing")]
    [InlineData("mengatakan")]
    public void The_shipped_list_holds_function_words_in_any_case(string word)
    {
        Assert.True(IndonesianStopwords.Default.Contains(word));
    }

    [Theory]
    [InlineData("presiden")]
    [InlineData("Jakarta")]
    [InlineData("indonesia")]
    [InlineData("tahun")]
    [InlineData("pemerintah")]
    [InlineData("sepak")]
    [InlineData("teknologi")]
    [InlineData("ya ng")]
    [InlineData("")]
    public void The_shipped_list_leaves_out_content_words(string word)
    {
        Assert.False(IndonesianStopwords.Default.Contains(word));
    }

    [Fact]
    public void The_shipped_list_is_lower_case_single_words()
    {
        var list = IndonesianStopwords.Default;
        Assert.InRange(list.Count, 200, 400);
        Assert.All(list.Words, w =>
        {
            Assert.Equal(w.ToLowerInvariant(), w);
            Assert.Matches("^[a-z]+(-[a-z]+)*$", w);
        });
    }

    [Fact]
    public void The_default_pipeline_marks_stopword_tokens()
    {
        var doc = Pipeline.Analyze("Presiden itu tiba di Jakarta dan langsung menuju Istana.");
        var stop = doc.Tokens.Where(t => t.IsStopword).Select(t => t.Text).ToArray();
        Assert.Contains("itu", stop);
        Assert.Contains("di", stop);
        Assert.Contains("dan", stop);
        Assert.Contains("menuju", stop);
        Assert.DoesNotContain("Presiden", stop);
        Assert.DoesNotContain("Jakarta", stop);
        Assert.DoesNotContain("Istana", stop);
    }

    [Fact]
    public void A_builder_without_stopwords_marks_none_and_the_extension_adds_them()
    {
        const string text = "Menteri itu berada di Bandung.";
        Assert.DoesNotContain(Pipeline.CreateBuilder().Build().Process(text).Tokens, t => t.IsStopword);
        var stop = Pipeline.CreateBuilder().UseIndonesianStopwords().Build().Process(text).Tokens.Where(t => t.IsStopword).Select(t => t.Text);
        Assert.Equal(["itu", "di"], stop);
    }

    [Fact]
    public void FromWords_ignores_case_and_blanks_and_rejects_phrases()
    {
        var list = IndonesianStopwords.FromWords(["Kami", " kami ", "", "  ", "ke"]);
        Assert.Equal(2, list.Count);
        Assert.True(list.Contains("KAMI"));
        Assert.True(list.Contains("ke"));
        Assert.False(list.Contains("kemi"));
        Assert.Throws<ArgumentException>(() => IndonesianStopwords.FromWords(["salah satu"]));
        Assert.Throws<ArgumentNullException>(() => IndonesianStopwords.FromWords(null!));
    }

    [Fact]
    public void Load_reads_comments_and_reports_the_line_of_a_bad_entry()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# daftar\nyang\n\n  Dan  \n");
            var list = IndonesianStopwords.Load(path);
            Assert.Equal(["Dan", "yang"], list.Words);
            Assert.True(list.Contains("dan"));

            File.WriteAllText(path, "yang\nsalah satu\n");
            var e = Assert.Throws<InvalidDataException>(() => IndonesianStopwords.Load(path));
            Assert.Contains(":2:", e.Message);

            File.WriteAllBytes(path, [0x79, 0x61, 0xff, 0x0a]);
            Assert.ThrowsAny<Exception>(() => IndonesianStopwords.Load(path));
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Throws<FileNotFoundException>(() => IndonesianStopwords.Load(Path.Combine(Path.GetTempPath(), "no-such-stopwords.txt")));
        Assert.Throws<FileNotFoundException>(() => IndonesianStopwords.Load(Path.Combine(Path.GetTempPath(), "no-such-folder-7f3a", "stopwords.txt")));
    }

    [Fact]
    public void Contains_agrees_with_an_ordinal_ignore_case_search_for_any_strings()
    {
        var words = Gen.Elements("yang", "di", "Ke", "dan", "nya", "İstanbul", "ß", "ǅ", "\ud83d\ude00", "ab-cd")
            .ListOf().Select(l => l.ToArray());
        var probes = Gen.OneOf(
            Gen.Elements("YANG", "Di", "ke", "DAN", "NYA", "istanbul", "İSTANBUL", "ẞ", "ǆ", "Ǆ", "\ud83d\ude00", "AB-CD", "\ud83d", ""),
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null));
        Prop.ForAll(words.ToArbitrary(), probes.ToArbitrary(), (list, probe) =>
        {
            var set = IndonesianStopwords.FromWords(list);
            bool expected = probe.Length > 0 && list.Any(w => string.Equals(w.Trim(), probe, StringComparison.OrdinalIgnoreCase));
            return set.Contains(probe) == expected;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Frozen_nya_adverbs_on_a_stopword_are_stopwords_in_the_pipeline()
    {
        // Split, these were two stopwords (seperti + nya); the tokenizer keeps them whole, so the whole is one.
        var document = Pipeline.Analyze("Sepertinya dia pulang. Setelahnya, mereka makan selamanya di sana.");
        foreach (string word in new[] { "Sepertinya", "Setelahnya", "selamanya" })
        {
            var token = document.Tokens.Single(t => t.Text == word);
            Assert.True(token.IsStopword, word);
        }
    }

    [Fact]
    public void Every_frozen_nya_form_whose_host_is_a_stopword_is_one()
    {
        foreach (string word in IndoNews.NLP.Tokenization.FrozenForms.Common.Words.Where(w => w.EndsWith("nya", StringComparison.Ordinal)))
        {
            if (IndonesianStopwords.Default.Contains(word.AsSpan(0, word.Length - 3))) Assert.True(IndonesianStopwords.Default.Contains(word), word);
        }
    }

    [Fact]
    public void Every_listed_word_the_tokenizer_splits_has_each_part_listed()
    {
        // dirinya → diri + nya, biarpun → biar + pun: the flag is set per token, so a part left out loses the word.
        foreach (string word in IndonesianStopwords.Default.Words)
        {
            var tokens = new TokenList();
            IndoNews.NLP.Tokenization.NewsTokenizer.Default.Tokenize(word, tokens);
            foreach (var token in tokens.AsSpan()) Assert.True(IndonesianStopwords.Default.Contains(token.Span), $"{word}: {token.Text}");
        }
    }
}
