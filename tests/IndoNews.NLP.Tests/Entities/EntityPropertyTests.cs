using FsCheck.Xunit;

namespace IndoNews.NLP.Tests.Entities;

public class EntityPropertyTests
{
    private static readonly string[] Words =
    [
        "Presiden", "Joko", "Widodo", "(Jokowi)", "(", ")", "[", "di", "Jakarta", "Rusia-Amerika", "al-Assad", "KPK", "bukunya", "(AS)", ",", ".",
        "MOSKOW", "-", "kementerian", "luar", "negeri", "\"", "2/7", "Rp", "5", "juta", "😀", "\uD800", "\t", "\n\n", "PT", "Pertamina",
    ];

    /// <summary>Whatever the text, entities are non-overlapping spans of it whose text they carry, and no name holds a bracket.</summary>
    [Property(MaxTest = 200)]
    public bool Entities_are_ordered_non_overlapping_spans_of_the_text(int[] picks, string noise)
    {
        string text = string.Join(" ", (picks ?? []).Select(p => Words[Math.Abs(p % Words.Length)])) + (noise ?? string.Empty);
        var doc = Pipeline.Analyze(text);
        int previousEnd = 0;
        foreach (var e in doc.Entities.Where(e => e.Label is "PER" or "LOC" or "ORG"))
        {
            if (e.Start < previousEnd || e.End > text.Length || text[e.Start..e.End] != e.Text) return false;
            if (e.Text.AsSpan().IndexOfAny("()[]{}") >= 0) return false;
            previousEnd = e.End;
        }

        return true;
    }
}
