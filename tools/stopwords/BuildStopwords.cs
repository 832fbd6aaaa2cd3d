// Rebuilds data/stopwords/stopwords-id.txt from corpus statistics plus curation.
//
//   dotnet run tools/stopwords/BuildStopwords.cs -- ../shared/data/corpus/indosum/articles.jsonl data/stopwords/stopwords-id.txt
//
// The list is: every curated function word (function-words.txt), plus every word that occurs in at
// least MinDocumentShare of the corpus documents, minus the frequent content words in exclusions.txt.
// Document frequency, not raw frequency, so that one long article cannot push its topic words in.
using System.Text;
using System.Text.Json;

const double MinDocumentShare = 0.20;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run tools/stopwords/BuildStopwords.cs -- <articles.jsonl> <output.txt>");
    return 2;
}

string corpusPath = args[0];
string outputPath = args[1];
if (!File.Exists(corpusPath))
{
    Console.Error.WriteLine($"corpus not found: {corpusPath} (the IndoSum articles.jsonl of ../shared/data/corpus/indosum)");
    return 2;
}

string toolDir = Path.GetDirectoryName(Path.GetFullPath(ThisFile()))!;
var curated = ReadWordFile(Path.Combine(toolDir, "function-words.txt"));
var excluded = ReadWordFile(Path.Combine(toolDir, "exclusions.txt"));

var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
int documents = 0;
foreach (string line in File.ReadLines(corpusPath, Encoding.UTF8))
{
    if (line.Length == 0) continue;
    using var json = JsonDocument.Parse(line);
    string text = json.RootElement.GetProperty("text").GetString() ?? string.Empty;
    documents++;
    foreach (string word in Words(text).ToHashSet(StringComparer.Ordinal))
    {
        documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
    }
}

int minDocuments = (int)Math.Ceiling(documents * MinDocumentShare);
var frequent = documentFrequency.Where(p => p.Value >= minDocuments).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
var list = new SortedSet<string>(curated, StringComparer.Ordinal);
list.UnionWith(frequent.Where(w => !excluded.Contains(w)));

foreach (string word in curated.Where(excluded.Contains))
{
    Console.Error.WriteLine($"warning: '{word}' is both curated and excluded; kept");
}

var output = new StringBuilder();
output.Append("# Indonesian stopwords for IndoNews.NLP (CC0). Rebuild: see SOURCE.md in this folder.\n");
output.Append($"# {curated.Count} curated function words + words in >= {MinDocumentShare:P0} of {documents} IndoSum articles, minus {excluded.Count} curated exclusions.\n");
foreach (string word in list) output.Append(word).Append('\n');
File.WriteAllText(outputPath, output.ToString(), new UTF8Encoding(false));

Console.WriteLine($"{list.Count} stopwords written to {outputPath}: {curated.Count} curated, {frequent.Count} with document frequency >= {minDocuments} of {documents}, {frequent.Count(excluded.Contains)} of those excluded.");
return 0;

static HashSet<string> ReadWordFile(string path)
{
    var words = new HashSet<string>(StringComparer.Ordinal);
    foreach (string raw in File.ReadLines(path))
    {
        int hash = raw.IndexOf('#');
        string content = hash >= 0 ? raw[..hash] : raw;
        foreach (string word in content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(word.ToLowerInvariant());
        }
    }

    return words;
}

// Lower-cased runs of letters, with inner hyphens kept (reduplications such as masing-masing).
static IEnumerable<string> Words(string text)
{
    int i = 0;
    while (i < text.Length)
    {
        if (!char.IsLetter(text[i]))
        {
            i++;
            continue;
        }

        int start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)))
        {
            i++;
        }

        yield return text[start..i].ToLowerInvariant();
    }
}

static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
