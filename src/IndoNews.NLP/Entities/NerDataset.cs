namespace IndoNews.NLP.Entities;

/// <summary>One of the Indonesian NER corpora under <c>../shared/data/ner</c>: where its splits are.</summary>
/// <param name="Name">Short name used in reports (idner, nergrit, nerugm, nerp).</param>
/// <param name="Train">Train split, relative to the NER data folder.</param>
/// <param name="Dev">Dev split.</param>
/// <param name="Test">Test split (reported on; never trained or tuned on).</param>
internal sealed record NerDataset(string Name, string Train, string Dev, string Test)
{
    public static NerDataset IdNerNews2k { get; } = new("idner", "idner-news-2k/conll/train.tsv", "idner-news-2k/conll/dev.tsv", "idner-news-2k/conll/test.tsv");

    public static NerDataset NerGrit { get; } = new("nergrit", "nergrit/original/train_preprocess.txt", "nergrit/original/valid_preprocess.txt", "nergrit/original/test_preprocess.txt");

    /// <summary>NER UGM, fold 1 (IndoLEM's train.01 / dev.01 / test.01).</summary>
    public static NerDataset NerUgm { get; } = new("nerugm", "nerugm/original/train.01.tsv", "nerugm/original/dev.01.tsv", "nerugm/original/test.01.tsv");

    /// <summary>NERP: lower-cased news.</summary>
    public static NerDataset Nerp { get; } = new("nerp", "nerp/original/train_preprocess.txt", "nerp/original/valid_preprocess.txt", "nerp/original/test_preprocess.txt");

    /// <summary>Every corpus, in report order.</summary>
    public static IReadOnlyList<NerDataset> All { get; } = [IdNerNews2k, NerGrit, NerUgm, Nerp];
}
