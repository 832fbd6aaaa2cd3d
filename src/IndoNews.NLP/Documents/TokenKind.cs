namespace IndoNews.NLP;

/// <summary>What a token is made of; decides how later stages treat it.</summary>
public enum TokenKind : byte
{
    /// <summary>A word, including abbreviations (<c>Dr.</c>), reduplications (<c>anak-anak</c>) and split clitics (<c>nya</c>).</summary>
    Word,
    /// <summary>A number, possibly with Indonesian separators (<c>1.500.000,50</c>), a ratio or date (<c>2/7</c>), or an ordinal (<c>ke-5</c>).</summary>
    Number,
    /// <summary>Punctuation: periods, commas, quotes, brackets, dashes, ellipses.</summary>
    Punctuation,
    /// <summary>A symbol such as <c>%</c>, <c>$</c>, <c>+</c> or <c>©</c>.</summary>
    Symbol,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A hashtag such as <c>#PilkadaDKI</c>.</summary>
    Hashtag,
    /// <summary>A social-media mention such as <c>@jokowi</c>.</summary>
    Mention,
    /// <summary>An emoji or pictograph, including its modifiers and joiners.</summary>
    Emoji,
    /// <summary>Anything else (control characters, unpaired surrogates, unknown scripts).</summary>
    Other,
}
