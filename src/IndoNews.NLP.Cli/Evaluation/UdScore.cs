namespace IndoNews.NLP.Cli.Evaluation;

/// <summary>One metric of the CoNLL 2018 evaluation: gold and system counts and how many are correct.</summary>
internal readonly record struct UdScore(int Gold, int System, int Correct)
{
    public double Precision => System == 0 ? 0 : (double)Correct / System;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Gold + System == 0 ? 0 : 2.0 * Correct / (Gold + System);
}
