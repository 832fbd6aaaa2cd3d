namespace IndoNews.NLP.Cli.Evaluation;

/// <summary>
/// One syntactic word as the CoNLL 2018 evaluation sees it: its span (the whole surface token when it is
/// part of a multiword token), its form and lemma.
/// </summary>
internal sealed record UdWord(UdSpan Span, bool IsMultiword, string Form, string Lemma);
