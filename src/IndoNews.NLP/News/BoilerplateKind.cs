namespace IndoNews.NLP.News;

/// <summary>Why a paragraph is boilerplate rather than article text.</summary>
internal enum BoilerplateKind
{
    /// <summary>Article text.</summary>
    None,

    /// <summary>A source or credit line: <c>Sumber: http://…</c>, <c>Penulis: …</c>, <c>Foto: …</c>.</summary>
    SourceLine,

    /// <summary>A link to another article: <c>Baca juga: …</c>, <c>SIMAK JUGA: …</c>, and the headline after a bare <c>Baca juga:</c>.</summary>
    ReadAlso,

    /// <summary>A comment widget or blog navigation: <c>0 Response to "…"</c>, <c>Post a Comment</c>.</summary>
    CommentWidget,

    /// <summary>A share or follow widget: <c>Share this</c>, <c>Bagikan</c>, <c>Ikuti kami</c>.</summary>
    ShareWidget,

    /// <summary>A copyright notice.</summary>
    Copyright,

    /// <summary>The editor's or reporter's initials that close an article: <c>(ard)</c>, <c>[cob]</c>, <c>(R021/H015)</c>.</summary>
    Signature,

    /// <summary>The outlet promoting itself: <c>… adalah portal berita …</c>, <c>Artikel ini telah tayang di …</c>.</summary>
    Promotion,
}
