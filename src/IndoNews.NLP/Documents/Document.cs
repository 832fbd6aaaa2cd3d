using System.Collections.ObjectModel;

namespace IndoNews.NLP;

/// <summary>
/// The result of analysing a text: the text itself and its tokens, sentences, entities and news
/// structure, all as UTF-16 offsets into <see cref="Text"/>. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Member</term><description>Filled by</description></listheader>
/// <item><term><see cref="Tokens"/></term><description>the tokenizer; lemmas and stopword flags by the lemmatizer and stopword list</description></item>
/// <item><term><see cref="Sentences"/></term><description>the sentence splitter</description></item>
/// <item><term><see cref="Entities"/></term><description>entity recognizers, ordered by start offset</description></item>
/// <item><term><see cref="Paragraphs"/>, <see cref="Dateline"/>, <see cref="Clusters"/></term><description>the news stage, when the pipeline has one</description></item>
/// </list>
/// </remarks>
public sealed class Document
{
    // Often the builder's own token array, longer than Count (see TokenList.Freeze): read it only through this segment.
    private readonly ArraySegment<Token> _tokens;
    private CleanResult? _clean;

    internal Document(string text, ArraySegment<Token> tokens, Sentence[] sentences, Entity[] entities, Paragraph[] paragraphs, Dateline? dateline, EntityCluster[] clusters)
    {
        Text = text;
        _tokens = tokens;
        Tokens = new ReadOnlyCollection<Token>(tokens);
        Sentences = new ReadOnlyCollection<Sentence>(sentences);
        Entities = new ReadOnlyCollection<Entity>(entities);
        Paragraphs = new ReadOnlyCollection<Paragraph>(paragraphs);
        Dateline = dateline;
        Clusters = new ReadOnlyCollection<EntityCluster>(clusters);
    }

    /// <summary>Whether the news stage ran (or a stage added paragraphs): JSON then carries the news fields.</summary>
    internal bool HasNewsStructure { get; init; }

    /// <summary>The analysed text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>The tokens (syntactic words) in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentences in text order; together they cover every token.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Named entities and value mentions, ordered by start offset.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Paragraphs, with duplicates and boilerplate marked; empty without the news stage.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>
    /// The date relative dates were resolved against, given (<see cref="AnalyzeOptions.PublishedAt"/>) or read from
    /// the text (<see cref="AnalyzeOptions.InferPublishedFromText"/>); null when there was none.
    /// </summary>
    public ReferenceDate? ReferenceDate { get; init; }

    /// <summary>The news dateline, or null.</summary>
    public Dateline? Dateline { get; }

    /// <summary>Entities grouped by the real-world entity they name; empty without the news stage.</summary>
    public IReadOnlyList<EntityCluster> Clusters { get; }

    /// <summary>
    /// The text without duplicate and boilerplate paragraphs: the kept paragraphs, unchanged, joined by a blank line.
    /// Equals <see cref="Text"/> when the pipeline has no news stage. Built on first use.
    /// </summary>
    /// <remarks>All offsets of the document point into <see cref="Text"/>; <see cref="CleanTextMap"/> converts them.</remarks>
    public string CleanText => GetClean().Text;

    /// <summary>Converts offsets between <see cref="CleanText"/> and <see cref="Text"/>.</summary>
    public CleanTextMap CleanTextMap => GetClean().Map;

    /// <summary>The tokens as a span, without a copy.</summary>
    public ReadOnlySpan<Token> TokenSpan => _tokens;

    /// <summary>The tokens of one sentence.</summary>
    /// <param name="sentence">A sentence of this document.</param>
    /// <returns>A span over the sentence's tokens.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The sentence's tokens are not a range of this document's (a sentence of another document).</exception>
    public ReadOnlySpan<Token> GetTokens(Sentence sentence)
    {
        if (sentence.TokenStart < 0 || sentence.TokenEnd < sentence.TokenStart || sentence.TokenEnd > _tokens.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(sentence), sentence, $"The sentence's tokens [{sentence.TokenStart}, {sentence.TokenEnd}) are not a range of this document's {_tokens.Count} tokens: is it a sentence of another document?");
        }

        return _tokens.AsSpan().Slice(sentence.TokenStart, sentence.TokenCount);
    }

    /// <summary>The text of one sentence.</summary>
    /// <param name="sentence">A sentence of this document.</param>
    /// <returns>The sentence's characters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The sentence's span does not lie in <see cref="Text"/> (a sentence of another document).</exception>
    public string GetText(Sentence sentence)
    {
        if (sentence.Start < 0 || sentence.End < sentence.Start || sentence.End > Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(sentence), sentence, $"The sentence's span [{sentence.Start}, {sentence.End}) does not lie in this document's text of {Text.Length} characters: is it a sentence of another document?");
        }

        return Text.Substring(sentence.Start, sentence.Length);
    }

    /// <summary>Serialises the document in the JSON format of the <c>indonews analyze --format json</c> contract.</summary>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = false) => DocumentJson.Serialize(this, indented);

    /// <summary>Writes the document as JSON to a stream, in UTF-8 without a BOM.</summary>
    /// <param name="utf8Stream">The destination.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public void WriteJson(Stream utf8Stream, bool indented = false) => DocumentJson.Write(this, utf8Stream, indented);

    // Racing threads may both build it; the results are equal, and a reference is published whole
    // (a nullable struct is not: another thread could see HasValue before the fields).
    private (string Text, CleanTextMap Map) GetClean()
    {
        var clean = Volatile.Read(ref _clean);
        if (clean is null)
        {
            var (text, map) = CleanTextMap.Create(Text, Paragraphs, HasNewsStructure);
            var built = new CleanResult(text, map);
            clean = Interlocked.CompareExchange(ref _clean, built, null) ?? built;
        }

        return (clean.Text, clean.Map);
    }

    private sealed record CleanResult(string Text, CleanTextMap Map);
}
