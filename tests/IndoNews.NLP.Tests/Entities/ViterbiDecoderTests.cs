using FsCheck.Xunit;
using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

public class ViterbiDecoderTests
{
    // The tag numbering, written out here so that the BIO check below does not reuse the decoder's own rules.
    private static readonly string[] TagNames = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"];

    // Valid BIO, checked on the tag names: an I-X follows a B-X or an I-X, and never opens the sentence.
    private static bool IsValidBio(ReadOnlySpan<byte> tags)
    {
        string previous = "O";
        foreach (byte tag in tags)
        {
            if (tag >= TagNames.Length) return false;
            string name = TagNames[tag];
            if (name.StartsWith("I-", StringComparison.Ordinal) && previous[1..] != name[1..]) return false; // "O"[1..] is ""
            previous = name;
        }

        return true;
    }

    [Fact]
    public void The_tag_numbering_is_the_one_the_checks_assume()
    {
        for (int i = 0; i < TagNames.Length; i++) Assert.Equal(TagNames[i], BioTags.Name(i));
    }

    [Property(MaxTest = 300)]
    public bool Decoded_paths_are_valid_BIO_whatever_the_scores(int[] seeds)
    {
        int n = seeds.Length;
        var emissions = new float[n * BioTags.Stride];
        for (int i = 0; i < emissions.Length; i++) emissions[i] = (seeds[i / BioTags.Stride] * (i + 7) % 1000) / 100f;
        var transitions = new float[BioTags.Stride * BioTags.Stride];
        var starts = new float[BioTags.Stride];
        // Make I tags tempting everywhere: the constraint, not the scores, must keep the path valid.
        for (int i = 0; i < n; i++) emissions[i * BioTags.Stride + 2] += 50;
        var tags = new byte[n];
        ViterbiDecoder.Decode(emissions, transitions, starts, default, tags);
        return IsValidBio(tags);
    }

    [Fact]
    public void Finds_the_best_path_and_respects_allowed_masks()
    {
        // Three tokens; emissions favour B-PER I-PER O.
        float[] emissions = new float[3 * BioTags.Stride];
        emissions[0 * BioTags.Stride + 1] = 5;
        emissions[1 * BioTags.Stride + 2] = 5;
        emissions[2 * BioTags.Stride + 0] = 5;
        var tags = new byte[3];
        ViterbiDecoder.Decode(emissions, new float[64], new float[8], default, tags);
        Assert.Equal(new byte[] { 1, 2, 0 }, tags);

        // Allow only O or B-LOC on the first token: the best allowed path changes.
        byte[] allowed = [(1 << 0) | (1 << 3), 0x7F, 0x7F];
        ViterbiDecoder.Decode(emissions, new float[64], new float[8], allowed, tags);
        Assert.True(tags[0] is 0 or 3);
        Assert.True(IsValidBio(tags));
        Assert.NotEqual(2, tags[1]);
    }

    [Fact]
    public void Decodes_an_empty_sentence()
    {
        ViterbiDecoder.Decode([], new float[64], new float[8], default, []);
    }
}
