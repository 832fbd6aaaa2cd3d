// Lists where our sentence boundaries and IndoSum's silver ones (an automatic tool's segmentation, not a gold) disagree.
//
//   indonews analyze ../shared/data/corpus/indosum/articles.jsonl --input jsonl --format jsonl --published 2017-06-01 > out.jsonl
//   dotnet run tools/segmentation/CompareSilverSentences.cs -- ../shared/data/corpus/indosum/articles.tokenized.jsonl out.jsonl [--from 1] [--to 1500] [--context 70] [--summary]
//
// The analysis output must hold the articles of articles.tokenized.jsonl in the same order (the ids are checked).
// Each silver token is found in our text in order (the text was rebuilt from those tokens); a boundary is the offset
// where a sentence starts. Two boundaries whose gap holds only punctuation and spaces ("kata dia. | \" Saya" against
// "kata dia. \" | Saya") are the same boundary, placed differently: counted apart as "moved", not listed.
// Output: one tab-separated line per disagreement (article number from 1, who splits there, the token before, the
// token after, the context with the boundary as " ‖ " and line breaks as ⏎), then counts on standard error.
// "ours" = only our splitter ends a sentence there; "silver" = only the silver segmentation does.
using System.Text;
using System.Text.Json;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: dotnet run tools/segmentation/CompareSilverSentences.cs -- <articles.tokenized.jsonl> <analysis.jsonl> [--from N] [--to M] [--context C] [--summary]");
    return 2;
}

int from = 1;
int to = int.MaxValue;
int context = 70;
bool summaryOnly = false;
for (int a = 2; a < args.Length; a++)
{
    switch (args[a])
    {
        case "--from": from = int.Parse(args[++a]); break;
        case "--to": to = int.Parse(args[++a]); break;
        case "--context": context = int.Parse(args[++a]); break;
        case "--summary": summaryOnly = true; break;
        default: Console.Error.WriteLine($"unknown option {args[a]}"); return 2;
    }
}

var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
int number = 0, compared = 0, unaligned = 0, oursOnly = 0, silverOnly = 0, moved = 0, agreed = 0;
using var silverLines = File.ReadLines(args[0], Encoding.UTF8).GetEnumerator();
foreach (string line in File.ReadLines(args[1], Encoding.UTF8))
{
    if (!silverLines.MoveNext())
    {
        Console.Error.WriteLine($"the analysis has more lines than {args[0]}");
        return 1;
    }

    number++;
    if (number < from) continue;
    if (number > to) break;

    using var ours = JsonDocument.Parse(line);
    using var silver = JsonDocument.Parse(silverLines.Current);
    string id = silver.RootElement.GetProperty("id").GetString() ?? string.Empty;
    if (ours.RootElement.TryGetProperty("id", out var ourId) && ourId.GetString() != id)
    {
        Console.Error.WriteLine($"article {number}: id {ourId.GetString()} in the analysis, {id} in the silver file");
        return 1;
    }

    string text = ours.RootElement.GetProperty("text").GetString() ?? string.Empty;
    var silverStarts = SilverStarts(text, silver.RootElement.GetProperty("paragraphs"));
    if (silverStarts is null)
    {
        unaligned++;
        continue;
    }

    compared++;
    var ourStarts = new SortedSet<int>();
    foreach (var sentence in ours.RootElement.GetProperty("sentences").EnumerateArray())
    {
        ourStarts.Add(sentence.GetProperty("start").GetInt32());
    }

    // A boundary's gap: from the last letter or digit before it to the first one after it.
    var ourGaps = ourStarts.Select(s => GapOf(text, s)).ToHashSet();
    var silverGaps = silverStarts.Select(s => GapOf(text, s)).ToHashSet();
    foreach (int s in ourStarts.Union(silverStarts).Order())
    {
        bool inOurs = ourStarts.Contains(s), inSilver = silverStarts.Contains(s);
        if (inOurs && inSilver)
        {
            agreed++;
            continue;
        }

        var gap = GapOf(text, s);
        if (inOurs ? silverGaps.Contains(gap) : ourGaps.Contains(gap))
        {
            if (inOurs) moved++;
            continue;
        }

        if (inOurs) oursOnly++;
        else silverOnly++;
        if (summaryOnly) continue;
        output.Write(number);
        output.Write('\t');
        output.Write(inOurs ? "ours" : "silver");
        output.Write('\t');
        output.Write(Clean(TokenBefore(text, s)));
        output.Write('\t');
        output.Write(Clean(TokenAfter(text, s)));
        output.Write('\t');
        output.Write(Clean(text[Math.Max(0, s - context)..s]));
        output.Write(" \u2016 ");
        output.Write(Clean(text[s..Math.Min(text.Length, s + context)]));
        output.Write('\n');
    }
}

output.Flush();
Console.Error.WriteLine($"articles {from}-{Math.Min(to, number)}: {compared} compared, {unaligned} not aligned; boundaries agreed {agreed}, moved {moved}; only ours {oursOnly}, only silver {silverOnly}, disagreements {oursOnly + silverOnly}");
return 0;

// The start offsets of the silver sentences in the text, or null when a token cannot be found where it should be.
static SortedSet<int>? SilverStarts(string text, JsonElement paragraphs)
{
    var starts = new SortedSet<int>();
    int pos = 0;
    foreach (var paragraph in paragraphs.EnumerateArray())
    {
        foreach (var sentence in paragraph.EnumerateArray())
        {
            bool first = true;
            foreach (var token in sentence.EnumerateArray())
            {
                // Some tokens are or hold no-break spaces that the text has as spaces.
                string t = (token.GetString() ?? string.Empty).Trim();
                if (t.Length == 0) continue;
                while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
                int at = string.CompareOrdinal(text, pos, t, 0, t.Length) == 0 ? pos : -1;

                // The detokeniser may have changed a token's spacing or form a little: look a few characters on.
                if (at < 0)
                {
                    int found = text.IndexOf(t, pos, Math.Min(20, text.Length - pos), StringComparison.Ordinal);
                    if (found < 0) return null;
                    at = found;
                }

                if (first) starts.Add(at);
                first = false;
                pos = at + t.Length;
            }
        }
    }

    return starts;
}

static (int, int) GapOf(string text, int start)
{
    int before = start - 1;
    while (before >= 0 && !char.IsLetterOrDigit(text[before])) before--;
    int after = start;
    while (after < text.Length && !char.IsLetterOrDigit(text[after])) after++;
    return (before, after);
}

static string TokenBefore(string text, int start)
{
    int end = start;
    while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
    int begin = end;
    while (begin > 0 && !char.IsWhiteSpace(text[begin - 1])) begin--;
    return text[begin..end];
}

static string TokenAfter(string text, int start)
{
    int end = start;
    while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
    return text[start..end];
}

static string Clean(string s) => s.Replace("\r", "").Replace("\n", "\u23CE").Replace("\t", " ");
