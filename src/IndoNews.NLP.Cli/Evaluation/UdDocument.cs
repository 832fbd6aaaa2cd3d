using System.Text;

namespace IndoNews.NLP.Cli.Evaluation;

/// <summary>
/// A text as the CoNLL 2018 evaluation sees it: the characters of all tokens without white space, and
/// tokens, words and sentences as spans over them. Gold and system must share the characters.
/// </summary>
internal sealed class UdDocument
{
    private readonly StringBuilder _characters = new();
    private int _sentenceStart = -1;

    public List<UdSpan> Tokens { get; } = [];

    public List<UdWord> Words { get; } = [];

    public List<UdSpan> Sentences { get; } = [];

    /// <summary>The characters of every token in order, white space removed.</summary>
    public string Characters => _characters.ToString();

    public int Length => _characters.Length;

    public void BeginSentence()
    {
        if (_sentenceStart >= 0) EndSentence();
        _sentenceStart = _characters.Length;
    }

    public void EndSentence()
    {
        if (_sentenceStart < 0) return;
        if (_characters.Length > _sentenceStart) Sentences.Add(new UdSpan(_sentenceStart, _characters.Length));
        _sentenceStart = -1;
    }

    /// <summary>Appends a surface token and returns its span.</summary>
    public UdSpan AddToken(ReadOnlySpan<char> form)
    {
        int start = _characters.Length;
        foreach (char c in form)
        {
            if (!IsSkipped(c)) _characters.Append(c);
        }

        var span = new UdSpan(start, _characters.Length);
        Tokens.Add(span);
        return span;
    }

    public void AddWord(UdSpan span, bool isMultiword, string form, string lemma)
        => Words.Add(new UdWord(span, isMultiword, form, lemma));

    /// <summary>Characters left out of the stream: white space and invisible separators, as the tokenizer skips them.</summary>
    public static bool IsSkipped(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060' or '\u180E';
}
