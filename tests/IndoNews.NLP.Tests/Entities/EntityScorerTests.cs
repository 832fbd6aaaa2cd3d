using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

public class EntityScorerTests
{
    private static byte[] Tags(params string[] names) => [.. names.Select(n => (byte)BioTags.Parse(n))];

    [Fact]
    public void Chunks_follow_conlleval_definitions()
    {
        // I-LOC after O starts a chunk; B-PER after B-PER is a new chunk; I-ORG after I-PER starts an ORG chunk.
        var chunks = EntityScorer.Chunks(Tags("O", "I-LOC", "I-LOC", "B-PER", "B-PER", "I-PER", "I-ORG"));
        Assert.Equal(
            new HashSet<(int, int, string)> { (1, 3, "LOC"), (3, 4, "PER"), (4, 6, "PER"), (6, 7, "ORG") },
            chunks);
    }

    [Fact]
    public void Scores_exact_matches_only()
    {
        var scorer = new EntityScorer();
        // Gold: PER [0,2), LOC [3,4). Predicted: PER [0,1) (boundary error), LOC [3,4) (correct), ORG [5,6) (spurious).
        scorer.Add(Tags("B-PER", "I-PER", "O", "B-LOC", "O", "O"), Tags("B-PER", "O", "O", "B-LOC", "O", "B-ORG"));
        var all = scorer.Score();
        Assert.Equal(2, all.Gold);
        Assert.Equal(3, all.Predicted);
        Assert.Equal(1, all.Correct);
        Assert.Equal(100.0 / 3, all.Precision, 6);
        Assert.Equal(50.0, all.Recall, 6);
        Assert.Equal(40.0, all.F1, 6);
        Assert.Equal(100.0, scorer.Score("LOC").F1, 6);
        Assert.Equal(0.0, scorer.Score("PER").F1, 6);
    }
}
