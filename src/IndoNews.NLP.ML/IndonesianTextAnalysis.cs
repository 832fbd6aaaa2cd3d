using IndoNews.NLP.Stopwords;

namespace IndoNews.NLP.ML;

/// <summary>
/// The IndoNews.NLP components the ML.NET mappings call, built once from the default pipeline
/// configuration so that the real tokenizer, lemmatizer, stopword list and entity recognizers are
/// used as soon as they are registered in the core. Each mapping runs only what it needs: lemmas
/// need no sentence splitting or entity recognition.
/// </summary>
internal static class IndonesianTextAnalysis
{
    // PublicationOnly: a failed build (data folder missing) is not cached, so fixing INDONEWS_DATA_DIR works without a restart.
    private static readonly Lazy<PipelineBuilder> DefaultComponents = new(Pipeline.CreateDefaultBuilder, LazyThreadSafetyMode.PublicationOnly);

    [ThreadStatic]
    private static TokenList? t_tokens;

    public static ITokenizer Tokenizer => DefaultComponents.Value.Tokenizer;

    public static ILemmatizer? Lemmatizer => DefaultComponents.Value.Lemmatizer;

    public static IStopwordList Stopwords => DefaultComponents.Value.Stopwords ?? IndonesianStopwords.Default;

    /// <summary>The most tokens a thread's buffer may hold and still be kept for the next text.</summary>
    internal const int MaxKeptTokens = 1 << 16;

    /// <summary>Whether this thread holds a token buffer for the next text (for tests).</summary>
    internal static bool HasThreadBuffer => t_tokens is not null;

    /// <summary>Tokenizes <paramref name="text"/> into a per-thread buffer, valid until the next call on this thread.</summary>
    public static TokenList Tokenize(string text)
    {
        var tokens = t_tokens ??= new TokenList(1024);
        tokens.Clear();
        Tokenizer.Tokenize(text, tokens);

        // ML.NET maps rows on many pool threads; a buffer grown by one huge text would otherwise stay with
        // its thread for the life of the process (about 200 MB after a 10 MB text).
        if (tokens.Count > MaxKeptTokens) t_tokens = null;
        return tokens;
    }

    /// <summary>Surface forms of the tokens, punctuation left out.</summary>
    public static string[] Tokens(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var tokens = Tokenize(text).AsSpan();
        var result = new List<string>(tokens.Length);
        foreach (ref readonly Token token in tokens)
        {
            if (token.Kind != TokenKind.Punctuation) result.Add(token.Text);
        }

        return [.. result];
    }

    /// <summary>Lower-cased lemmas of the tokens, punctuation (and, when asked, stopwords) left out.</summary>
    public static string[] Lemmas(string? text, bool removeStopwords)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var tokens = Tokenize(text).AsSpan();
        var lemmatizer = Lemmatizer;
        var stopwords = removeStopwords ? Stopwords : null;
        var result = new List<string>(tokens.Length);
        for (int i = 0; i < tokens.Length; i++)
        {
            ref readonly Token token = ref tokens[i];
            if (token.Kind == TokenKind.Punctuation) continue;

            // The stopword list holds surface forms (dikatakan, tersebut), so it is checked before lemmatising.
            if (stopwords is not null && stopwords.Contains(token.Span)) continue;
            string lemma = token.Kind == TokenKind.Word && lemmatizer is not null ? lemmatizer.Lemmatize(tokens, i) : token.Text;
            result.Add(lemma.ToLowerInvariant());
        }

        return [.. result];
    }

    /// <summary>The items that are not stopwords.</summary>
    public static ReadOnlyMemory<char>[] WithoutStopwords(ReadOnlyMemory<char>[]? items)
    {
        if (items is null || items.Length == 0) return [];
        var stopwords = Stopwords;
        int kept = 0;
        var result = new ReadOnlyMemory<char>[items.Length];
        foreach (var item in items)
        {
            if (!item.IsEmpty && !stopwords.Contains(item.Span)) result[kept++] = item;
        }

        Array.Resize(ref result, kept);
        return result;
    }

    /// <summary>Entities of the text as <c>LABEL:text</c>, in text order.</summary>
    public static string[] Entities(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var entities = Pipeline.Default.Process(text).Entities;
        var result = new string[entities.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = entities[i].Label + ":" + entities[i].Text;
        }

        return result;
    }
}
