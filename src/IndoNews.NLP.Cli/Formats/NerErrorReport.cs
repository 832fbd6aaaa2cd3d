using System.Globalization;
using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Cli.Formats;

/// <summary>
/// The <c>eval ner --errors</c> file: a count per kind of error, then one tab-separated line per error
/// (kind, sentence number, gold chunk, predicted chunks, the sentence around it with the chunk in
/// <c>[[ ]]</c>), so a user can see what the tagger gets wrong on their data.
/// </summary>
internal static class NerErrorReport
{
    private const int ContextTokens = 6;

    /// <summary>Writes the report for the sentences in order.</summary>
    public static void Write(TextWriter writer, string goldName, IReadOnlyList<(NerSentence Gold, byte[] Predicted)> sentences)
    {
        var all = new List<(int Sentence, EntityError Error)>();
        for (int i = 0; i < sentences.Count; i++)
        {
            foreach (var e in EntityError.Find(sentences[i].Gold.Tags, sentences[i].Predicted)) all.Add((i, e));
        }

        writer.WriteLine($"# entity errors against {goldName}: {all.Count} in {sentences.Count} sentences");
        foreach (var kind in Enum.GetValues<EntityErrorKind>())
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {Name(kind)}\t{all.Count(a => a.Error.Kind == kind)}"));
        }

        writer.WriteLine("kind\tsentence\tgold\tpredicted\tcontext");
        foreach (var kind in Enum.GetValues<EntityErrorKind>())
        {
            foreach (var (index, error) in all.Where(a => a.Error.Kind == kind))
            {
                string[] tokens = sentences[index].Gold.Tokens;
                var focus = error.Gold ?? error.Predicted[0];
                string gold = error.Gold is { } g ? Chunk(tokens, g) : "-";
                string predicted = error.Predicted.Count == 0 ? "-" : string.Join(" | ", error.Predicted.Select(p => Chunk(tokens, p)));
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Name(kind)}\t{index + 1}\t{gold}\t{predicted}\t{Context(tokens, focus.Start, focus.End)}"));
            }
        }
    }

    private static string Name(EntityErrorKind kind) => kind.ToString().ToLowerInvariant();

    private static string Chunk(string[] tokens, (int Start, int End, string Label) chunk) => $"{string.Join(' ', tokens[chunk.Start..chunk.End])}/{chunk.Label}";

    private static string Context(string[] tokens, int start, int end)
    {
        int from = Math.Max(0, start - ContextTokens), to = Math.Min(tokens.Length, end + ContextTokens);
        var parts = new List<string>();
        if (from > 0) parts.Add("…");
        parts.AddRange(tokens[from..start]);
        parts.Add("[[" + string.Join(' ', tokens[start..end]) + "]]");
        parts.AddRange(tokens[end..to]);
        if (to < tokens.Length) parts.Add("…");
        return string.Join(' ', parts).Replace('\t', ' ');
    }
}
