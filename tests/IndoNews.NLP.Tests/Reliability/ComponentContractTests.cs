using IndoNews.NLP.Entities;
using IndoNews.NLP.Segmentation;
using IndoNews.NLP.News;
using IndoNews.NLP.Stemming;
using IndoNews.NLP.Stopwords;

namespace IndoNews.NLP.Tests.Reliability;

/// <summary>
/// Faulty custom components get a clear error naming the problem, results stay immutable, and shared
/// documents are safe to read from many threads.
/// </summary>
public class ComponentContractTests
{
    private sealed class Stage(Action<DocumentBuilder> action) : IPipelineStage
    {
        public void Process(DocumentBuilder document) => action(document);
    }

    private sealed class Splitter(Func<ReadOnlySpan<Token>, Sentence> make) : ISentenceSplitter
    {
        public void Split(string text, ReadOnlySpan<Token> tokens, List<Sentence> sentences) => sentences.Add(make(tokens));
    }

    private sealed class Recognizer(params (int Start, int End, string Label)[] spans) : IEntityRecognizer
    {
        public void Recognize(DocumentBuilder document)
        {
            foreach (var (start, end, label) in spans) document.Entities.Add(new Entity(document.Text[start..end], label, start, end));
        }
    }

    private static Pipeline WithStage(Action<DocumentBuilder> action)
        => Pipeline.CreateBuilder().ClearEntityRecognizers().RemoveStages<NewsDocumentStage>().AddStage(new Stage(action)).Build();

    [Fact]
    public void An_entity_outside_the_text_is_a_clear_error()
    {
        var pipeline = WithStage(d => d.Entities.Add(new Entity("zzzzz", "PER", 100, 105)));
        var e = Assert.Throws<InvalidOperationException>(() => pipeline.Process("Ada."));
        Assert.Contains("Entity 0 (PER 'zzzzz' at [100, 105))", e.Message, StringComparison.Ordinal);
    }

    private sealed class OffsetRecognizer : IEntityRecognizer
    {
        public void Recognize(DocumentBuilder document) => document.Entities.Add(new Entity("Joko Widodo", "PER", 1000, 1011));
    }

    [Fact]
    public void A_recognizer_that_adds_an_entity_outside_the_text_is_named_before_the_news_stage_runs()
    {
        var pipeline = Pipeline.CreateBuilder().AddEntityRecognizer(new OffsetRecognizer()).Build();
        var e = Assert.Throws<InvalidOperationException>(() => pipeline.Process("Presiden Joko Widodo tiba di Bandung."));
        Assert.Contains("'Joko Widodo' at [1000, 1011)", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("after the entity recognizer OffsetRecognizer ran.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_whose_text_is_not_its_span_is_a_clear_error()
        => Assert.Throws<InvalidOperationException>(() => WithStage(d => d.Entities.Add(new Entity("Budi", "PER", 0, 4))).Process("Joko datang."));

    [Fact]
    public void A_cluster_naming_a_missing_entity_is_a_clear_error()
    {
        var pipeline = WithStage(d => d.Clusters.Add(new EntityCluster("Joko", "PER", [5])));
        var e = Assert.Throws<InvalidOperationException>(() => pipeline.Process("Joko datang."));
        Assert.Contains("names entity 5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_splitter_that_names_missing_tokens_fails_before_the_tagger_runs()
    {
        var pipeline = Pipeline.CreateBuilder().UseSentenceSplitter(new Splitter(t => new Sentence(0, 1, 0, t.Length + 3))).Build();
        var e = Assert.Throws<InvalidOperationException>(() => pipeline.Process("Joko datang ke Jakarta."));
        Assert.StartsWith("The sentence splitter produced sentence 0", e.Message, StringComparison.Ordinal);
    }

    private sealed class Tokenizer(Action<string, TokenList> tokenize) : ITokenizer
    {
        public void Tokenize(string text, TokenList tokens) => tokenize(text, tokens);
    }

    private sealed class NullLemmatizer : ILemmatizer
    {
        public string Lemmatize(ReadOnlySpan<Token> tokens, int index) => null!;
    }

    [Fact]
    public void A_tokenizer_that_adds_an_empty_token_is_named()
    {
        var pipeline = Pipeline.CreateBuilder().UseTokenizer(new Tokenizer((_, l) => l.Add(default))).Build();
        var e = Assert.Throws<InvalidOperationException>(() => pipeline.Process("MOSKOW - Lavrov tiba."));
        Assert.StartsWith("The tokenizer produced token 0 at [0, 0), which is empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_made_over_another_string_is_refused_instead_of_reporting_that_strings_characters()
    {
        // Before, the JSON said {"text":"XXXXX","start":0,"end":5} where the text holds "MOSKO".
        var pipeline = Pipeline.CreateBuilder().UseTokenizer(new Tokenizer((_, l) => l.Add(new Token("XXXXXXXX", 0, 5, TokenKind.Word)))).Build();
        var e = Assert.Throws<InvalidOperationException>(() => pipeline.Process("MOSKOW - Lavrov tiba."));
        Assert.Contains("over another string than the document's text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_datelines_and_entity_token_ranges_that_do_not_fit_are_clear_errors()
    {
        const string text = "MOSKOW - Lavrov tiba.";
        Assert.Contains("Paragraph 0", Assert.Throws<InvalidOperationException>(() => WithStage(d => d.Paragraphs.Add(new Paragraph(5, 5000, null, false))).Process(text)).Message, StringComparison.Ordinal);
        Assert.Contains("Paragraph 1", Assert.Throws<InvalidOperationException>(() => WithStage(d =>
        {
            d.Paragraphs.Add(new Paragraph(0, 8, null, false));
            d.Paragraphs.Add(new Paragraph(9, 21, 7, false));
        }).Process(text)).Message, StringComparison.Ordinal);
        Assert.Contains("dateline 'Nowhere'", Assert.Throws<InvalidOperationException>(() => WithStage(d => d.Dateline = new Dateline("Nowhere", null, -7, 9999)).Process(text)).Message, StringComparison.Ordinal);
        Assert.Contains("has tokens [2, 99)", Assert.Throws<InvalidOperationException>(() => WithStage(d => d.Entities.Add(new Entity("Lavrov", "PER", 9, 15) { TokenStart = 2, TokenEnd = 99 })).Process(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lemmatizer_that_returns_null_is_named()
    {
        var pipeline = Pipeline.CreateBuilder().UseLemmatizer(new NullLemmatizer()).Build();
        var e = Assert.Throws<InvalidOperationException>(() => pipeline.Process("Lavrov tiba."));
        Assert.StartsWith("The lemmatizer NullLemmatizer returned null for token 0 ('Lavrov')", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Components_called_directly_with_inconsistent_input_throw_argument_or_state_errors()
    {
        var tokens = Pipeline.CreateBuilder().Build().Process("Presiden Joko Widodo tiba di Bandung.").TokenSpan.ToArray();
        Assert.Throws<ArgumentException>(() => SentenceSplitter.Default.Split("ab", tokens, new List<Sentence>()));

        var builder = new DocumentBuilder("Joko tiba.");
        builder.Sentences.Add(new Sentence(0, 10, 0, 5)); // five tokens that the builder does not have
        Assert.Throws<InvalidOperationException>(() => NamedEntityRecognizer.Default.Recognize(builder));
        Assert.Throws<InvalidOperationException>(() => IndoNews.NLP.Entities.Values.ValueEntityRecognizer.Default.Recognize(builder));
    }

    [Fact]
    public void The_builder_lists_cannot_be_changed_through_its_read_only_views()
    {
        var builder = Pipeline.CreateDefaultBuilder();
        Assert.Throws<NotSupportedException>(() => ((IList<IEntityRecognizer>)builder.EntityRecognizers).Add(null!));
        Assert.Throws<NotSupportedException>(() => ((IList<IPipelineStage>)builder.Stages).Clear());
    }

    [Fact]
    public void Records_refuse_null_names_and_copy_their_lists()
    {
        Assert.Throws<ArgumentNullException>(() => new EntityCluster(null!, "PER", [1]));
        Assert.Throws<ArgumentNullException>(() => new EntityCluster("x", "PER", [1]) with { Label = null! });
        Assert.Throws<ArgumentNullException>(() => new Dateline(null!, null, 0, 6));

        var aliases = new List<string> { "KPK" };
        var entry = new AliasEntry("ORG", "Komisi Pemberantasan Korupsi", aliases);
        int hash = entry.GetHashCode();
        aliases.Add("Komisi");
        Assert.Equal(["KPK"], entry.Aliases);
        Assert.Equal(hash, entry.GetHashCode());
    }

    [Fact]
    public void News_options_are_equal_by_value()
    {
        Assert.Equal(new NewsDocumentOptions(), new NewsDocumentOptions());
        Assert.Equal(NewsDocumentOptions.Default, new NewsDocumentOptions());
        Assert.Equal(NewsDocumentOptions.Default.GetHashCode(), new NewsDocumentOptions().GetHashCode());
        Assert.Equal(new NewsDocumentOptions { ClusterLabels = new HashSet<string> { "ORG", "PER" } }, new NewsDocumentOptions { ClusterLabels = new HashSet<string> { "PER", "ORG" } });
        Assert.NotEqual(NewsDocumentOptions.Default, new NewsDocumentOptions { ClusterLabels = new HashSet<string> { "PER" } });
        Assert.NotEqual(NewsDocumentOptions.Default, NewsDocumentOptions.Default with { MarkBoilerplate = false });
    }

    [Fact]
    public void Out_of_range_arguments_are_refused()
    {
        var document = Pipeline.Analyze("Joko tiba.");
        Assert.Throws<ArgumentOutOfRangeException>(() => document.IsContent(-5));
        Assert.Throws<ArgumentOutOfRangeException>(() => document.IsContent(int.MaxValue));
        Assert.True(document.IsContent(document.Text.Length));
        Assert.Throws<ArgumentOutOfRangeException>(() => SastrawiStemmer.MaxStemLength(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SastrawiStemmer.MaxStemLength(int.MaxValue));
    }

    [Fact]
    public void The_news_stage_takes_a_name_that_starts_with_punctuation()
    {
        const string text = "KPK (. Komisi) dan lain";
        var pipeline = Pipeline.CreateBuilder().ClearEntityRecognizers().AddEntityRecognizer(new Recognizer((0, 3, "ORG"), (5, 13, "ORG"))).Build();
        var doc = pipeline.Process(text);
        Assert.Equal([". Komisi", "KPK"], doc.Entities.Select(e => e.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Cluster_mentions_of_a_document_cannot_be_changed()
    {
        var doc = Pipeline.Analyze("Komisi Pemberantasan Korupsi (KPK) memeriksa saksi. KPK juga menahan tersangka.");
        var cluster = Assert.Single(doc.Clusters, c => c.Label == "ORG");
        Assert.False(cluster.Mentions is int[]);
        Assert.Throws<NotSupportedException>(() => ((IList<int>)cluster.Mentions)[0] = 999);
    }

    [Fact]
    public void Cluster_labels_are_copied_and_the_default_cannot_be_changed()
    {
        Assert.False(NewsDocumentOptions.Default.ClusterLabels is HashSet<string>);
        var mine = new HashSet<string> { "PER" };
        var options = new NewsDocumentOptions { ClusterLabels = mine };
        mine.Add("LOC");
        Assert.Equal(["PER"], options.ClusterLabels);
        Assert.Throws<ArgumentNullException>(() => new NewsDocumentOptions { ClusterLabels = null! });
    }

    [Fact]
    public void Stopword_words_cannot_be_changed()
    {
        var words = IndonesianStopwords.Default.Words;
        Assert.Throws<NotSupportedException>(() => ((IList<string>)words)[0] = "HACKED");
        Assert.False(words is string[]);
    }

    [Fact]
    public void Alias_lists_copy_their_aliases_and_name_bad_entries()
    {
        var aliases = new List<string> { "Jokowi" };
        var list = new AliasList([new AliasEntry("PER", "Joko Widodo", aliases)]);
        aliases.Add("Pak Jokowi");
        Assert.Single(list.Entries[0].Aliases);
        Assert.Contains("entry 1 is null", Assert.Throws<ArgumentException>(() => new AliasList([new AliasEntry("PER", "A", []), null!])).Message, StringComparison.Ordinal);
        Assert.Contains("null aliases", Assert.Throws<ArgumentException>(() => new AliasList([new AliasEntry("PER", "A", null!)])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clusters_and_alias_entries_are_equal_by_value_and_clusters_copy_their_mentions()
    {
        int[] mentions = [0, 3];
        var cluster = new EntityCluster("Bashar al-Assad", "PER", mentions);
        mentions[1] = 9;
        Assert.Equal([0, 3], cluster.Mentions);
        Assert.Equal(new EntityCluster("Bashar al-Assad", "PER", new List<int> { 0, 3 }), cluster);
        Assert.Equal(new EntityCluster("Bashar al-Assad", "PER", [0, 3]).GetHashCode(), cluster.GetHashCode());
        Assert.NotEqual(new EntityCluster("Bashar al-Assad", "PER", [0, 4]), cluster);
        Assert.Equal([0, 5], (cluster with { Mentions = [0, 5] }).Mentions);
        Assert.Contains("Mentions = [0, 3]", cluster.ToString(), StringComparison.Ordinal);

        var entry = new AliasEntry("ORG", "Komisi Pemberantasan Korupsi", ["KPK"]);
        Assert.Equal(new AliasEntry("ORG", "Komisi Pemberantasan Korupsi", new List<string> { "KPK" }), entry);
        Assert.Equal(new AliasEntry("ORG", "Komisi Pemberantasan Korupsi", ["KPK"]).GetHashCode(), entry.GetHashCode());
        Assert.NotEqual(new AliasEntry("ORG", "Komisi Pemberantasan Korupsi", ["kpk"]), entry);
        Assert.Contains("Aliases = [KPK]", entry.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Root_lemmatizer_rejects_an_index_outside_the_tokens()
    {
        Token[] tokens = [new Token("rumah", 0, 5, TokenKind.Word)];
        Assert.Throws<ArgumentOutOfRangeException>(() => RootLemmatizer.Default.Lemmatize(tokens, 1));
    }

    [Fact]
    public void A_huge_degree_of_parallelism_works_and_keeps_order()
    {
        string[] texts = ["Satu.", "Dua.", "Tiga."];
        Assert.Equal(texts, Pipeline.AnalyzeMany(texts, int.MaxValue).Select(d => d.Text));
    }

    [Fact]
    public void Clean_text_of_a_shared_document_is_never_null_under_concurrent_first_reads()
    {
        const string text = "MOSKOW - Menteri Luar Negeri Rusia Sergei Lavrov bertemu John Kerry.\n\nPost a Comment";
        var pipeline = Pipeline.Default;
        for (int round = 0; round < 200; round++)
        {
            var doc = pipeline.Process(text);
            var results = new string?[8];
            Parallel.For(0, results.Length, i => results[i] = doc.CleanText);
            Assert.All(results, r => Assert.Equal(results[0], r));
            Assert.NotNull(results[0]);
            Assert.NotNull(doc.CleanTextMap);
        }
    }

    [Fact]
    public void Json_keeps_lone_surrogates_as_escapes()
    {
        var doc = Pipeline.Analyze("Jakarta a\uD800b \uDC00 naik \"Rp\" 5\u0001.");
        string json = doc.ToJson();
        Assert.DoesNotContain('\uFFFD', json);
        Assert.Contains("\"text\":\"Jakarta a\\ud800b \\udc00 naik \\\"Rp\\\" 5\\u0001.\"", json, StringComparison.Ordinal);
        using var stream = new MemoryStream();
        doc.WriteJson(stream);
        Assert.Equal(json, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Theory]
    [InlineData("Pertama datang.\r\rKedua pergi.")]
    [InlineData("Pertama datang\u2029Kedua pergi")]
    [InlineData("Pertama datang\r\n\r\nKedua pergi")]
    [InlineData("Pertama datang\u0085\u0085Kedua pergi")]
    public void Blank_lines_end_a_sentence_whatever_the_line_break(string text)
    {
        var pipeline = Pipeline.CreateBuilder().ClearEntityRecognizers().RemoveStages<NewsDocumentStage>().Build();
        Assert.Equal(2, pipeline.Process(text).Sentences.Count);
    }

    // A pipeline of this library's components alone builds every document in lists it reuses for the next text: each
    // document must keep its own tokens, lemmas, sentences, entities, paragraphs and clusters while later texts (a longer
    // one, a shorter one) are analysed in the same lists.
    [Fact]
    public void A_document_is_unchanged_by_the_texts_analysed_after_it()
    {
        const string First = "JAKARTA - Presiden Joko Widodo meresmikan Jembatan Youtefa di Jayapura, Papua, pada Senin (28/10/2019). "
            + "Jokowi didampingi Menteri PUPR Basuki Hadimuljono.\n\nPeresmian itu dihadiri ribuan warga Jayapura.";
        const string Longer = "Bank Indonesia (BI) menahan suku bunga acuan di level 4,75 persen. Gubernur BI Perry Warjiyo mengatakan "
            + "keputusan itu diambil di Jakarta pada Kamis (21/3). Rupiah menguat ke Rp 14.200 per dolar AS.\n\nBaca juga: BI Tahan Bunga";
        var pipeline = Pipeline.CreateDefaultBuilder().Build();
        var document = pipeline.Process(First);
        string json = document.ToJson();
        var tokens = document.Tokens.ToArray();
        var lemmas = tokens.Select(t => t.Lemma).ToArray();
        Assert.Contains(document.Entities, e => e.Text == "Joko Widodo");

        pipeline.Process(Longer);
        pipeline.Process("Ya.");

        Assert.Equal(json, document.ToJson());
        Assert.Equal(tokens, document.Tokens);
        Assert.Equal(lemmas, document.Tokens.Select(t => t.Lemma));
        Assert.Equal(json, Pipeline.CreateDefaultBuilder().Build().Process(First).ToJson());
    }

    // Build hands a well-filled token array to the document without a copy (TokenList.Freeze); changing the builder
    // afterwards must copy first. The first text fills its estimated capacity (13 tokens of 16), the second does not.
    [Theory]
    [InlineData("Presiden Joko Widodo meresmikan jembatan baru di Kalimantan Barat pada Senin pagi.")]
    [InlineData("Ya, ya, ya.")]
    public void ChangingTheBuilderAfterBuildLeavesTheDocumentsTokensAlone(string text)
    {
        DocumentBuilder? builder = null;
        var pipeline = Pipeline.CreateBuilder().AddStage(new Stage(b => builder = b)).Build();
        var document = pipeline.Process(text);
        var before = document.Tokens.ToArray();

        builder!.Tokens[0] = builder.Tokens[1];
        builder.Tokens.AsWritableSpan()[^1] = builder.Tokens[0];
        builder.Tokens.Add(builder.Tokens[0]);
        Assert.Equal(before, document.Tokens);
        Assert.Equal(before, document.TokenSpan.ToArray());
        Assert.NotEqual(before[0], builder.Tokens[0]);
        Assert.Equal(text.Split(' ', ',')[0], document.GetTokens(document.Sentences[0])[0].Text);

        builder.Tokens.Clear();
        Assert.Equal(before, document.Tokens);
        Assert.Equal(before.Length, document.TokenSpan.Length);
    }
}
