namespace IndoNews.NLP.Entities;

/// <summary>
/// The pipeline component that finds people, places and organisations with an <see cref="EntityTagger"/>
/// and adds them to the document with exact character offsets. Hyphenated tokens are tagged in parts,
/// so <c>Rusia</c> and <c>Amerika</c> inside <c>Rusia-Amerika</c>, or <c>al-Assad</c> inside a name,
/// get their own offsets.
/// </summary>
/// <remarks>Thread-safe; <see cref="Default"/> loads the shipped model on first use.</remarks>
public sealed class NamedEntityRecognizer : IEntityRecognizer
{
    private static readonly Lazy<NamedEntityRecognizer> DefaultRecognizer = new(() => new NamedEntityRecognizer(() => EntityTagger.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<EntityTagger> _tagger;

    // Working memory is reused across documents (one per concurrent call) so tagging allocates only the entities.
    private readonly System.Collections.Concurrent.ConcurrentBag<(TaggerState State, SubTokenList Parts)> _pool = [];

    /// <summary>Creates a recognizer with <paramref name="tagger"/>.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tagger"/> is null.</exception>
    public NamedEntityRecognizer(EntityTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        _tagger = new Lazy<EntityTagger>(tagger);
    }

    private NamedEntityRecognizer(Func<EntityTagger> factory) => _tagger = new Lazy<EntityTagger>(factory, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The recognizer with the shipped model (loaded when it first tags).</summary>
    public static NamedEntityRecognizer Default => DefaultRecognizer.Value;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public void Recognize(DocumentBuilder document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Sentences.Count == 0) return;
        var tagger = _tagger.Value;
        if (!_pool.TryTake(out var memory)) memory = (new TaggerState(), new SubTokenList());
        try
        {
            Recognize(document, tagger, memory.State, memory.Parts);
        }
        finally
        {
            if (_pool.Count < 4 * Environment.ProcessorCount) _pool.Add(memory);
        }
    }

    private static void Recognize(DocumentBuilder document, EntityTagger tagger, TaggerState state, SubTokenList parts)
    {
        byte[] tags = state.Tags(64);
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        foreach (var sentence in document.Sentences)
        {
            parts.Clear();
            for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++)
            {
                parts.AddSplit(text, tokens[t], t);
            }

            int n = parts.Count;
            if (n == 0) continue;
            if (tags.Length < n) tags = state.Tags(n);
            var span = tags.AsSpan(0, n);
            tagger.Tag(new TokenSpans(text, parts.Starts, parts.Ends), state, span);
            AddEntities(document, parts, span);
        }
    }

    private static void AddEntities(DocumentBuilder document, SubTokenList parts, ReadOnlySpan<byte> tags)
    {
        int start = -1;
        for (int i = 0; i <= tags.Length; i++)
        {
            int tag = i < tags.Length ? tags[i] : BioTags.Outside;
            if (start >= 0 && BioTags.IsInside(tag)) continue;
            if (start >= 0)
            {
                int from = parts.Starts[start], to = parts.Ends[i - 1];
                document.Entities.Add(new Entity(document.Text.Substring(from, to - from), BioTags.Label(tags[start]), from, to)
                {
                    TokenStart = parts.TokenIndex[start],
                    TokenEnd = parts.LastTokenIndex[i - 1] + 1,
                });
            }

            start = tag == BioTags.Outside ? -1 : i;
        }
    }
}
