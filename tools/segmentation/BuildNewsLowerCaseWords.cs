// Rebuilds data/segmentation/news-lowercase-words.txt from the tokenised IndoSum corpus.
//
//   dotnet run tools/segmentation/BuildNewsLowerCaseWords.cs -- ../shared/data/corpus/indosum/articles.tokenized.jsonl data/segmentation/news-lowercase-words.txt
//
// The list holds the words that news writes in lower case inside sentences: letter-only words seen at least
// MinCount times away from a sentence start and written with a capital fewer than MaxCapitalShare of those times.
// The counting is the one of the entity model's word profiles (WordProfileBuilder): a token right after a quote,
// colon, period, dash or bracket may open a sentence or a title, so it is not counted.
using System.Text;
using System.Text.Json;

const int MinCount = 5;
const double MaxCapitalShare = 0.2;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run tools/segmentation/BuildNewsLowerCaseWords.cs -- <articles.tokenized.jsonl> <output.txt>");
    return 2;
}

string corpusPath = args[0];
string outputPath = args[1];
if (!File.Exists(corpusPath))
{
    Console.Error.WriteLine($"corpus not found: {corpusPath} (the IndoSum articles.tokenized.jsonl of ../shared/data/corpus/indosum)");
    return 2;
}

var counts = new Dictionary<string, (int Total, int Capital)>(StringComparer.Ordinal);
int articles = 0;
foreach (string line in File.ReadLines(corpusPath, Encoding.UTF8))
{
    if (string.IsNullOrWhiteSpace(line)) continue;
    using var json = JsonDocument.Parse(line);
    articles++;
    foreach (var paragraph in json.RootElement.GetProperty("paragraphs").EnumerateArray())
    {
        foreach (var sentence in paragraph.EnumerateArray())
        {
            string[] tokens = [.. sentence.EnumerateArray().Select(t => t.GetString() ?? string.Empty)];
            for (int i = 1; i < tokens.Length; i++)
            {
                if (tokens[i - 1] is "\"" or "'" or ":" or "“" or "." or "!" or "?" or "-" or "(") continue;
                string token = tokens[i];
                if (!token.Any(char.IsLetter)) continue;
                string key = token.ToLowerInvariant();
                counts.TryGetValue(key, out var v);
                counts[key] = (v.Total + 1, v.Capital + (token.Any(char.IsUpper) ? 1 : 0));
            }
        }
    }
}

// Only words of small letters can be asked about (a capital and then small letters, "Pihak"); words with digits,
// hyphens or dots never are.
var list = counts
    .Where(p => p.Value.Total >= MinCount && (double)p.Value.Capital / p.Value.Total < MaxCapitalShare && p.Key.All(char.IsLower))
    .Select(p => p.Key)
    .Order(StringComparer.Ordinal)
    .ToList();

var output = new StringBuilder();
output.Append("# Words that news writes in lower case inside sentences (IndoSum statistics, CC BY-SA 4.0). Rebuild: see SOURCE.md in this folder.\n");
output.Append($"# Seen >= {MinCount} times away from sentence starts in {articles} IndoSum articles, capitalised under {MaxCapitalShare:P0} of those times.\n");
foreach (string word in list) output.Append(word).Append('\n');
File.WriteAllText(outputPath, output.ToString(), new UTF8Encoding(false));

Console.WriteLine($"{list.Count} words written to {outputPath} from {counts.Count} distinct words of {articles} articles.");
return 0;
