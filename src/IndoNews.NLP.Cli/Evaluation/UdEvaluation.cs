namespace IndoNews.NLP.Cli.Evaluation;

/// <summary>The scores <c>indonews eval ud</c> reports.</summary>
internal sealed record UdEvaluation(UdScore Tokens, UdScore Sentences, UdScore Words, UdScore Lemmas)
{
    /// <summary>The metrics of <see cref="ToPercentages"/>, in the order they are printed.</summary>
    public static readonly IReadOnlyList<string> MetricNames = ["Tokens", "Sentences", "Words", "Lemmas"];

    /// <summary>The metrics by name, in percent, for <c>--min</c> floors and printing.</summary>
    public IReadOnlyDictionary<string, double> ToPercentages() => new Dictionary<string, double>
    {
        ["Tokens"] = Tokens.F1 * 100,
        ["Sentences"] = Sentences.F1 * 100,
        ["Words"] = Words.F1 * 100,
        ["Lemmas"] = Lemmas.F1 * 100,
    };
}
