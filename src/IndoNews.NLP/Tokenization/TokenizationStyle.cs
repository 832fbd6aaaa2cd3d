namespace IndoNews.NLP.Tokenization;

/// <summary>
/// Which token conventions <see cref="NewsTokenizer"/> follows where the Indonesian treebanks disagree.
/// Both styles split clitics (<c>-nya</c>, <c>-lah</c>, <c>-kah</c>, <c>-pun</c>, <c>-ku</c>, <c>-mu</c>)
/// and keep reduplications, numbers, URLs and e-mail addresses whole.
/// </summary>
public enum TokenizationStyle
{
    /// <summary>
    /// Formal news conventions (as in UD Indonesian-CSUI): abbreviations keep their period (<c>Dr.</c>,
    /// <c>Tbk.</c>), an ellipsis is one token, hashtags and mentions are one token, the English possessive
    /// <c>'s</c> is its own token, and <c>lainnya</c>/<c>adanya</c> are split like any word with <c>-nya</c>.
    /// </summary>
    News,

    /// <summary>
    /// The conventions of UD Indonesian-GSD: the period of an abbreviation is its own token
    /// (<c>Dr</c> <c>.</c>), every period of an ellipsis is a token, <c>#</c> is split from a hashtag,
    /// <c>Bird's</c> stays whole, and <c>lainnya</c>/<c>adanya</c> are not split. GSD's text puts spaces around every
    /// slash, dash, <c>&amp;</c> and <c>=</c> that its tokens split (<c>desa / kelurahan</c>, <c>1945 – 1967</c>), so
    /// one written between two words without spaces stays inside the token (<c>dan/atau</c>, <c>1945–1967</c>,
    /// <c>AT&amp;T</c>), as hyphens do.
    /// </summary>
    UdGsd,
}
