// A user's-eye check of the packed IndoNews.NLP package: analyse the shipped sample news text with the
// default pipeline and verify what any user would rely on. Exit code 0 when every check holds.
using IndoNews.NLP;

string path = args.Length > 0 ? args[0] : Path.Combine("..", "berita-contoh.txt");
string text = File.ReadAllText(path);
Document doc = Pipeline.Analyze(text);

var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition) failures.Add(what);
}

Check(doc.Text == text, "document keeps the text exactly");
Check(doc.Tokens.All(t => text[t.Start..t.End] == t.Text), "every token's offsets give its text");
Check(doc.Entities.All(e => text[e.Start..e.End] == e.Text), "every entity's offsets give its text");
Check(doc.Sentences.Count >= 8, $"sentences found ({doc.Sentences.Count})");
Check(doc.Tokens.Any(t => t.Text == "Anak-anak"), "reduplication 'Anak-anak' is one token");
Check(doc.Tokens.Any(t => t.Text == "https://jabarprov.go.id" && t.Kind == TokenKind.Url), "URL is one token");
Check(doc.Tokens.Any(t => t.Text == "humas@jabarprov.go.id" && t.Kind == TokenKind.Email), "e-mail is one token");
Check(doc.Tokens.Any(t => t.Text == "nya" && t.IsMultiwordPart), "clitic -nya split from 'katanya'");
Check(doc.Tokens.Any(t => t.Text == "meresmikan" && t.Lemma == "resmi"), "lemma of 'meresmikan' is 'resmi'");
Check(doc.Entities.Any(e => e.Label == EntityLabels.Person && e.Text == "Hendra Wijaya"), "PER 'Hendra Wijaya'");
Check(doc.Entities.Any(e => e.Label == EntityLabels.Location && e.Text == "Garut"), "LOC 'Garut'");
Check(doc.Entities.Any(e => e.Label == EntityLabels.Organization && e.Text == "Dinas Pekerjaan Umum dan Penataan Ruang"), "ORG 'Dinas Pekerjaan Umum dan Penataan Ruang'");
Check(doc.Entities.Any(e => e.Label == EntityLabels.Money && e.NumericValue == 4.5e9), "MONEY 'Rp 4,5 miliar' = 4.5e9");

string json = doc.ToJson();
Check(json.Contains("\"entities\"", StringComparison.Ordinal) && json.Contains("\"tokens\"", StringComparison.Ordinal), "JSON has tokens and entities");

Console.WriteLine($"{doc.Tokens.Count} tokens, {doc.Sentences.Count} sentences, {doc.Entities.Count} entities");
foreach (var e in doc.Entities) Console.WriteLine($"  {e.Label,-8} {e.Text} [{e.Start}..{e.End})");
if (failures.Count > 0)
{
    Console.Error.WriteLine($"consumer check: {failures.Count} check(s) failed");
    return 1;
}

Console.WriteLine("consumer check: all checks passed");
return 0;
