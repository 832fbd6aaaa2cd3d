using System.Diagnostics;

namespace IndoNews.NLP;

/// <summary>
/// One syntactic word of a <see cref="Document"/>, as offsets into the document text.
/// </summary>
/// <remarks>
/// <para>Tokens follow Universal Dependencies conventions for Indonesian: a clitic such as
/// <c>-nya</c> in <c>bukunya</c> is its own token (<c>buku</c> + <c>nya</c>), and both tokens share the
/// surface span of <c>bukunya</c> (<see cref="SurfaceStart"/>, <see cref="SurfaceEnd"/>).</para>
/// <para>A token is an immutable value; it holds a reference to the document text so that
/// <see cref="Text"/> and <see cref="Span"/> need no copy of their own.</para>
/// </remarks>
[DebuggerDisplay("{Text,nq} [{Start}..{End}) {Kind}")]
public readonly struct Token : IEquatable<Token>
{
    private readonly string _source;
    private readonly byte _flags;

    private const byte StopwordFlag = 1;

    /// <summary>Creates a token over <paramref name="source"/> from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    /// <param name="source">The whole document text.</param>
    /// <param name="start">UTF-16 offset of the first character.</param>
    /// <param name="end">UTF-16 offset one past the last character.</param>
    /// <param name="kind">What the token is made of.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The span is empty or lies outside <paramref name="source"/>.</exception>
    public Token(string source, int start, int end, TokenKind kind)
        : this(source, start, end, start, end, kind)
    {
    }

    /// <summary>Creates a token that is part of a longer surface token (a word split from its clitic).</summary>
    /// <param name="source">The whole document text.</param>
    /// <param name="start">UTF-16 offset of the first character of this word.</param>
    /// <param name="end">UTF-16 offset one past the last character of this word.</param>
    /// <param name="surfaceStart">Start of the surface token that holds this word.</param>
    /// <param name="surfaceEnd">End of the surface token that holds this word.</param>
    /// <param name="kind">What the token is made of.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A span is empty, lies outside <paramref name="source"/>, or the word is not inside its surface token.</exception>
    public Token(string source, int start, int end, int surfaceStart, int surfaceEnd, TokenKind kind)
    {
        ArgumentNullException.ThrowIfNull(source);
        if ((uint)start >= (uint)source.Length || end <= start || end > source.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Token span [{start}, {end}) is empty or outside a text of length {source.Length}.");
        }

        if (surfaceStart > start || surfaceEnd < end || surfaceStart < 0 || surfaceEnd > source.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(surfaceStart), $"Surface span [{surfaceStart}, {surfaceEnd}) does not contain token span [{start}, {end}).");
        }

        _source = source;
        Start = start;
        End = end;
        SurfaceStart = surfaceStart;
        SurfaceEnd = surfaceEnd;
        Kind = kind;
        Lemma = null;
        _flags = 0;
    }

    // Trusted constructor for hot paths that have already validated the spans.
    private Token(string source, int start, int end, int surfaceStart, int surfaceEnd, TokenKind kind, string? lemma, byte flags)
    {
        _source = source;
        Start = start;
        End = end;
        SurfaceStart = surfaceStart;
        SurfaceEnd = surfaceEnd;
        Kind = kind;
        Lemma = lemma;
        _flags = flags;
    }

    /// <summary>Whether this token was made over <paramref name="text"/> itself (not a copy or another string).</summary>
    internal bool IsOver(string text) => ReferenceEquals(_source, text);

    /// <summary>The document text the token was made over (null for a default token).</summary>
    internal string? Source => _source;

    internal static Token CreateUnchecked(string source, int start, int end, int surfaceStart, int surfaceEnd, TokenKind kind)
        => new(source, start, end, surfaceStart, surfaceEnd, kind, null, 0);

    /// <summary>UTF-16 offset of the first character in the document text.</summary>
    public int Start { get; }

    /// <summary>UTF-16 offset one past the last character (exclusive).</summary>
    public int End { get; }

    /// <summary>Number of UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>Start of the surface token this word belongs to; equals <see cref="Start"/> unless a clitic was split off.</summary>
    public int SurfaceStart { get; }

    /// <summary>End of the surface token this word belongs to; equals <see cref="End"/> unless a clitic was split off.</summary>
    public int SurfaceEnd { get; }

    /// <summary>True when this word is part of a longer surface token (e.g. <c>buku</c> or <c>nya</c> in <c>bukunya</c>).</summary>
    public bool IsMultiwordPart => SurfaceStart != Start || SurfaceEnd != End;

    /// <summary>What the token is made of.</summary>
    public TokenKind Kind { get; }

    /// <summary>The token's characters as a new string.</summary>
    public string Text => _source is null ? string.Empty : _source.Substring(Start, End - Start);

    /// <summary>The token's characters without a copy.</summary>
    public ReadOnlySpan<char> Span => _source is null ? default : _source.AsSpan(Start, End - Start);

    /// <summary>The lemma set by the lemmatizer, or null when the pipeline has none.</summary>
    public string? Lemma { get; }

    /// <summary>True when the stopword list of the pipeline holds this word.</summary>
    public bool IsStopword => (_flags & StopwordFlag) != 0;

    /// <summary>True when white space follows the token in the text (UD's <c>SpaceAfter</c>).</summary>
    public bool SpaceAfter => _source is not null && End < _source.Length && char.IsWhiteSpace(_source[End]);

    /// <summary>Returns a copy of this token with another lemma.</summary>
    /// <param name="lemma">The lemma, or null for none.</param>
    /// <returns>The new token.</returns>
    public Token WithLemma(string? lemma) => new(_source, Start, End, SurfaceStart, SurfaceEnd, Kind, lemma, _flags);

    /// <summary>Returns a copy of this token marked as a stopword or not.</summary>
    /// <param name="isStopword">Whether the token is a stopword.</param>
    /// <returns>The new token.</returns>
    public Token WithStopword(bool isStopword)
        => new(_source, Start, End, SurfaceStart, SurfaceEnd, Kind, Lemma, isStopword ? (byte)(_flags | StopwordFlag) : (byte)(_flags & ~StopwordFlag));

    /// <inheritdoc />
    public bool Equals(Token other)
        => Start == other.Start && End == other.End
           && SurfaceStart == other.SurfaceStart && SurfaceEnd == other.SurfaceEnd
           && Kind == other.Kind && _flags == other._flags
           && string.Equals(Lemma, other.Lemma, StringComparison.Ordinal)
           && Span.SequenceEqual(other.Span);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Token other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, Kind, Lemma);

    /// <summary>Compares two tokens by value.</summary>
    /// <param name="left">The first token.</param>
    /// <param name="right">The second token.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Token left, Token right) => left.Equals(right);

    /// <summary>Compares two tokens by value.</summary>
    /// <param name="left">The first token.</param>
    /// <param name="right">The second token.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Token left, Token right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Text;
}
