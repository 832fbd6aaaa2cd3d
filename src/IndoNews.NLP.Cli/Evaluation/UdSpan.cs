namespace IndoNews.NLP.Cli.Evaluation;

/// <summary>A span in the evaluation's character stream (the text with all white space removed), end exclusive.</summary>
internal readonly record struct UdSpan(int Start, int End);
