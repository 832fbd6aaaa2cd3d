namespace IndoNews.NLP.Entities;

/// <summary>
/// The statistical named-entity tagger: labels tokenised sentences with BIO tags for people
/// (<c>PER</c>), places (<c>LOC</c>) and organisations (<c>ORG</c>). It is an averaged structured
/// perceptron over hashed word, shape, affix, context, gazetteer and word-profile features, decoded
/// with Viterbi under valid-BIO constraints; one model handles mixed-case, lower-case and all-caps text.
/// </summary>
/// <remarks>
/// <para>Instances are immutable and thread-safe. <see cref="Default"/> loads the shipped model
/// (<c>indonews-data/ner/ner-model.bin</c>) on first use.</para>
/// <para>Tokens are taken as given. Hyphenated words tag best split into parts
/// (<c>Rusia - Amerika</c>), as the training corpora are tokenised; <see cref="NamedEntityRecognizer"/>
/// does that for documents.</para>
/// </remarks>
/// <example>
/// <code>
/// string[] tags = EntityTagger.Default.Tag(["Menteri", "Luar", "Negeri", "Rusia", "Sergei", "Lavrov"]);
/// // O O O B-LOC B-PER I-PER
/// </code>
/// </example>
public sealed class EntityTagger
{
    /// <summary>Path of the shipped model inside the data folder.</summary>
    internal const string ShippedModel = "ner/ner-model.bin";

    private static readonly RetryingLazy<EntityTagger> DefaultTagger = new(() => Load(DataFiles.Resolve(ShippedModel)));

    internal EntityTagger(NerModel model) => Model = model;

    /// <summary>The tagger with the shipped model, loaded on first use.</summary>
    /// <exception cref="FileNotFoundException">The model file is missing (on first use).</exception>
    /// <exception cref="InvalidDataException">The model file is corrupt or of another format (on first use).</exception>
    public static EntityTagger Default => DefaultTagger.Value;

    internal NerModel Model { get; }

    /// <summary>What the model was trained on, as stored in its header.</summary>
    public string ModelDescription => Model.Info.Description;

    /// <summary>Loads a model file written by <c>indonews train ner</c>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The tagger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a model, is of another format version, truncated or corrupt.</exception>
    public static EntityTagger Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        DataFiles.RequireFile(path, "Entity model");
        return new EntityTagger(NerModelFormat.Read(path));
    }

    /// <summary>Tags one sentence.</summary>
    /// <remarks>A sentence of more than 1,024 tokens is tagged in consecutive windows of 1,024, so memory stays
    /// bounded; a name that crosses a window's edge becomes two.</remarks>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <returns>One tag per token: <c>O</c>, <c>B-PER</c>, <c>I-PER</c>, <c>B-LOC</c>, <c>I-LOC</c>, <c>B-ORG</c> or <c>I-ORG</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tokens"/> or one of its items is null.</exception>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is null) throw new ArgumentNullException(nameof(tokens), $"Token {i} is null.");
        }

        var ids = new byte[tokens.Count];
        Tag(tokens, new TaggerState(), ids);
        return [.. ids.Select(id => BioTags.Name(id))];
    }

    /// <summary>Tags one sentence given as strings, reusing <paramref name="state"/>.</summary>
    internal void Tag(IReadOnlyList<string> tokens, TaggerState state, Span<byte> tags)
    {
        if (tokens.Count == 0) return;
        int[] starts = new int[tokens.Count];
        int[] ends = new int[tokens.Count];
        string text = TokenSpans.Join(tokens, starts, ends);
        Tag(new TokenSpans(text, starts, ends), state, tags);
    }

    /// <summary>The most tokens tagged as one sequence. A longer sentence (thousands of symbols in a row, a text
    /// without punctuation) is tagged in consecutive windows, so the tagger's working memory stays bounded
    /// whatever the input; no sentence of the NER corpora comes near (the longest has 109 tokens).</summary>
    internal const int MaxTaggedParts = 1024;

    /// <summary>Tags one sentence given as spans of a text, reusing <paramref name="state"/>.</summary>
    internal void Tag(TokenSpans sentence, TaggerState state, Span<byte> tags) => Tag(sentence, state, default, tags);

    /// <summary>Tags one sentence given as spans of a text, each token with only the tags <paramref name="allowed"/> lets
    /// it have (a bit mask per token, bit t = tag t; empty for all).</summary>
    internal void Tag(TokenSpans sentence, TaggerState state, ReadOnlySpan<byte> allowed, Span<byte> tags)
    {
        for (int from = 0; from < sentence.Count; from += MaxTaggedParts)
        {
            int to = Math.Min(sentence.Count, from + MaxTaggedParts);
            var window = new TokenSpans(sentence.Text, sentence.Starts[from..to], sentence.Ends[from..to]);
            Model.Tag(window, state, allowed.IsEmpty ? default : allowed[from..to], tags[from..to]);
        }
    }
}
