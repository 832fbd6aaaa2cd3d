using IndoNews.NLP.Stopwords;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace IndoNews.NLP.ML.Tests;

public class TransformTests
{
    private const string Sentence = "Presiden Joko Widodo meresmikan pembangunan jalan tol di Bandung, Senin (3/7), dan menyebutnya penting bagi warga.";

    private readonly MLContext _mlContext = new(seed: 1);

    [Fact]
    public void TokenizeIndonesian_gives_the_core_tokens_without_punctuation()
    {
        var output = _mlContext.Transforms.Text.TokenizeIndonesian("Tokens", "Text").Fit(TestData.Texts(_mlContext, Sentence)).Transform(TestData.Texts(_mlContext, Sentence));
        string[] tokens = TestData.TextVectors(output, "Tokens").Single();

        var expected = Pipeline.CreateBuilder().Build().Process(Sentence).Tokens
            .Where(t => t.Kind != TokenKind.Punctuation).Select(t => t.Text);
        Assert.Equal(expected, tokens);
        Assert.Contains("Presiden", tokens);
        Assert.Contains("Bandung", tokens);
        Assert.DoesNotContain(",", tokens);
        Assert.DoesNotContain("(", tokens);
    }

    [Fact]
    public void LemmatizeIndonesian_gives_lower_cased_lemmas_of_the_core_lemmatizer()
    {
        var data = TestData.Texts(_mlContext, Sentence);
        string[] lemmas = TestData.TextVectors(_mlContext.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text").Fit(data).Transform(data), "Lemmas").Single();

        var doc = Pipeline.CreateDefaultBuilder().Build().Process(Sentence);
        var expected = doc.Tokens.Where(t => t.Kind != TokenKind.Punctuation)
            .Select(t => (t.Kind == TokenKind.Word ? t.Lemma ?? t.Text : t.Text).ToLowerInvariant());
        Assert.Equal(expected, lemmas);
        Assert.Equal("presiden", lemmas[0]);
        Assert.Contains("bangun", lemmas); // pembangunan: a derived word reaches its root, so the core lemmatizer ran
        Assert.All(lemmas, l => Assert.Equal(l.ToLowerInvariant(), l));
    }

    [Fact]
    public void LemmatizeIndonesian_reduces_derived_words_to_their_root()
    {
        var data = TestData.Texts(_mlContext, "Pembangunan jalan itu dikerjakan para pekerja.");
        string[] lemmas = TestData.TextVectors(_mlContext.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text").Fit(data).Transform(data), "Lemmas").Single();
        Assert.Equal("bangun", lemmas[0]);
        Assert.Equal("kerja", lemmas[3]);
    }

    [Fact]
    public void LemmatizeIndonesian_can_leave_out_stopwords_by_surface_form()
    {
        var data = TestData.Texts(_mlContext, Sentence);
        string[] all = TestData.TextVectors(_mlContext.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text").Fit(data).Transform(data), "Lemmas").Single();
        string[] content = TestData.TextVectors(_mlContext.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text", removeStopwords: true).Fit(data).Transform(data), "Lemmas").Single();

        Assert.DoesNotContain("di", content);
        Assert.DoesNotContain("dan", content);
        Assert.DoesNotContain("bagi", content);
        Assert.Contains("presiden", content);
        Assert.Contains("bandung", content);
        Assert.True(content.Length < all.Length);
    }

    [Fact]
    public void RemoveIndonesianStopWords_filters_a_token_vector_case_insensitively()
    {
        var data = TestData.Texts(_mlContext, "Yang dikatakan oleh Menteri itu tidak benar, kata Dia di Jakarta.");
        var pipeline = _mlContext.Transforms.Text.TokenizeIndonesian("Tokens", "Text")
            .Append(_mlContext.Transforms.Text.RemoveIndonesianStopWords("Content", "Tokens"));
        var output = pipeline.Fit(data).Transform(data);

        string[] content = TestData.TextVectors(output, "Content").Single();
        var expected = TestData.TextVectors(output, "Tokens").Single().Where(t => !IndonesianStopwords.Default.Contains(t));
        Assert.Equal(expected, content);
        Assert.Contains("Menteri", content);
        Assert.Contains("Jakarta", content);
        Assert.DoesNotContain("Yang", content);
        Assert.DoesNotContain("Dia", content);
        Assert.DoesNotContain("oleh", content);
    }

    [Fact]
    public void ExtractIndonesianEntities_gives_the_default_pipeline_entities_as_label_and_text()
    {
        var data = TestData.Texts(_mlContext, Sentence);
        string[] entities = TestData.TextVectors(_mlContext.Transforms.Text.ExtractIndonesianEntities("Entities", "Text").Fit(data).Transform(data), "Entities").Single();

        var expected = Pipeline.Analyze(Sentence).Entities.Select(e => $"{e.Label}:{e.Text}");
        Assert.Equal(expected, entities);
    }

    [Fact]
    public void ExtractIndonesianEntities_finds_a_person()
    {
        var data = TestData.Texts(_mlContext, Sentence);
        string[] entities = TestData.TextVectors(_mlContext.Transforms.Text.ExtractIndonesianEntities("Entities", "Text").Fit(data).Transform(data), "Entities").Single();
        Assert.Contains("PER:Joko Widodo", entities);
    }

    [Fact]
    public void Empty_text_gives_an_empty_vector_and_other_columns_stay()
    {
        var data = TestData.Texts(_mlContext, string.Empty, "   ", "Berita");
        var output = _mlContext.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text").Fit(data).Transform(data);
        string[][] lemmas = TestData.TextVectors(output, "Lemmas");
        Assert.Empty(lemmas[0]);
        Assert.Empty(lemmas[1]);
        Assert.Equal(["berita"], lemmas[2]);
        Assert.Equal(["", "   ", "Berita"], output.GetColumn<string>("Text"));
        Assert.DoesNotContain(output.Schema, c => c.Name.StartsWith("IndoNews.NLP.ML.", StringComparison.Ordinal) && !c.IsHidden);
    }

    [Fact]
    public void Output_may_replace_the_input_column()
    {
        var data = TestData.Texts(_mlContext, "Timnas bermain di Jakarta.");
        var output = _mlContext.Transforms.Text.TokenizeIndonesian("Text").Fit(data).Transform(data);
        Assert.Equal(["Timnas", "bermain", "di", "Jakarta"], TestData.TextVectors(output, "Text").Single());
    }

    [Fact]
    public void A_missing_input_column_is_named_in_the_error()
    {
        var data = TestData.Texts(_mlContext, "teks");
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => _mlContext.Transforms.Text.LemmatizeIndonesian("Lemmas", "Judul").Fit(data));
        Assert.Contains("LemmatizeIndonesian", e.Message);
        Assert.Contains("'Judul' not found", e.Message);
    }

    [Fact]
    public void A_wrongly_typed_input_column_is_explained()
    {
        var data = TestData.Texts(_mlContext, "teks");
        var scalar = Assert.Throws<ArgumentOutOfRangeException>(() => _mlContext.Transforms.Text.RemoveIndonesianStopWords("Content", "Text").Fit(data));
        Assert.Contains("must be a vector of text", scalar.Message);

        var tokens = _mlContext.Transforms.Text.TokenizeIndonesian("Tokens", "Text").Fit(data).Transform(data);
        var vector = Assert.Throws<ArgumentOutOfRangeException>(() => _mlContext.Transforms.Text.LemmatizeIndonesian("Lemmas", "Tokens").Fit(tokens));
        Assert.Contains("must be text", vector.Message);
    }

    [Fact]
    public void Catalog_methods_reject_null_and_empty_column_names()
    {
        Assert.Throws<ArgumentNullException>(() => _mlContext.Transforms.Text.TokenizeIndonesian(null!));
        Assert.Throws<ArgumentException>(() => _mlContext.Transforms.Text.TokenizeIndonesian(string.Empty));
        Assert.Throws<ArgumentNullException>(() => IndonesianTextCatalog.RegisterIndonesianText(null!));
    }

    [Fact]
    public void The_output_column_is_a_variable_length_vector_of_text()
    {
        var data = TestData.Texts(_mlContext, "teks");
        var schema = _mlContext.Transforms.Text.LemmatizeIndonesian("Lemmas", "Text").Fit(data).GetOutputSchema(data.Schema);
        var type = Assert.IsType<Microsoft.ML.Data.VectorDataViewType>(schema["Lemmas"].Type);
        Assert.Equal(Microsoft.ML.Data.TextDataViewType.Instance, type.ItemType);
        Assert.False(type.IsKnownSize);
    }
}
