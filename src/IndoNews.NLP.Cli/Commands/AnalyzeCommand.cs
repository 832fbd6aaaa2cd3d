using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IndoNews.NLP.Cli.Formats;
using IndoNews.NLP.Cli.IO;

namespace IndoNews.NLP.Cli.Commands;

/// <summary><c>indonews analyze</c>: raw text or JSON Lines in, JSON, JSON Lines or CoNLL-U out.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var file = CommonOptions.InputFile();
        var input = new Option<string>("--input") { Description = "Input kind: text (the whole input is one document) or jsonl (one JSON object with a 'text' field per line; other fields pass through, except those named like an output field (tokens, sentences, entities, ...), which the analysis replaces).", DefaultValueFactory = _ => "text" }.AcceptOnlyFromAmong("text", "jsonl");
        var format = new Option<string?>("--format", "-f") { Description = "Output format: json (one document, indented; the default for --input text), jsonl (one line per document; the default and the only JSON format for --input jsonl) or conllu (with --input jsonl, each document opens with '# newdoc id = ' its 'id' field, a string or number, else its line number)." }.AcceptOnlyFromAmong("json", "jsonl", "conllu");
        var output = CommonOptions.Output();
        var lemmaStyle = CommonOptions.LemmaStyle();
        var tokenStyle = CommonOptions.TokenStyle();
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD); relative dates such as 'Sabtu (2/7)' resolve against it (the entities' values: not with --format conllu). 'text' reads it from each document instead: the first weekday with a full date near the start, such as 'Kamis (18/8/2016)', or 'Minggu (21/8)' when the text settles its year (the event day, often a day or so before publication); a document without one gets no date. The JSON field 'referenceDate' shows the date used." };
        var publishedField = new Option<string?>("--published-field") { Description = "With --input jsonl: the field holding each document's publication date (YYYY-MM-DD or an ISO 8601 date-time such as 2016-08-19T11:03:40); documents without it use --published (which may be 'text'). Not with --format conllu." };
        var splitQuotations = new Option<bool>("--split-quotations") { Description = "End a sentence at every sentence end inside a quotation too (by default, as in the treebanks, a quotation of several sentences stays one sentence with its attribution)." };
        var noNews = new Option<bool>("--no-news") { Description = "Skip the news stage (paragraphs, duplicates, boilerplate, dateline, clusters)." };
        var parallel = new Option<int>("--parallel") { Description = $"Documents analysed at once for --input jsonl (up to {OrderedParallel.MaxDegree}; --input text is one document, so only 0 is accepted there); 0, the default, means one per processor.", DefaultValueFactory = _ => 0 };
        var lenient = CommonOptions.Lenient();

        var command = new Command("analyze", "Analyse text: sentences, tokens, lemmas, entities (and news structure).")
        {
            file, input, format, output, lemmaStyle, tokenStyle, published, publishedField, splitQuotations, noNews, parallel, lenient,
        };
        CommandRunner.SetAction(command, (parse, cancellationToken) =>
        {
            // The output replaced the article it was made from (the rename at the end swapped the input for its JSON).
            CommonOptions.RefuseSameFile([("--output", parse.GetValue(output))], [("the input", parse.GetValue(file))]);
            string? publishedValue = parse.GetValue(published);
            var options = publishedValue == TextMode
                ? new AnalyzeOptions { InferPublishedFromText = true }
                : new AnalyzeOptions { PublishedAt = ParseDate(publishedValue) };
            var pipeline = CliPipelines.Create(parse.GetValue(lemmaStyle)!, !parse.GetValue(noNews), CommonOptions.ParseTokenStyle(parse.GetValue(tokenStyle)), parse.GetValue(splitQuotations));
            int degree = parse.GetValue(parallel);
            if (degree is < 0 or > OrderedParallel.MaxDegree) throw new CliException($"--parallel must be 0 (one per processor) to {OrderedParallel.MaxDegree}.", ExitCodes.Usage);
            bool jsonLines = parse.GetValue(input) == "jsonl";

            // One text is one document, analysed on one thread. 0 is the default ("as many as suits"), so a script may
            // pass it whatever the input; a number of documents at once cannot apply and is refused.
            if (!jsonLines && degree != 0)
            {
                throw new CliException($"--parallel {degree} applies to --input jsonl (documents analysed at once), not to --input text (one document; only 0, the default, is accepted).", ExitCodes.Usage);
            }

            // One indented JSON document cannot hold many documents; writing JSON Lines under the name json would surprise.
            string fmt = parse.GetValue(format) ?? (jsonLines ? "jsonl" : "json");
            string? dateField = parse.GetValue(publishedField);
            if (dateField is not null && !jsonLines) throw new CliException("--published-field reads a field of each JSON line: use it with --input jsonl (for one text, use --published).", ExitCodes.Usage);
            if (jsonLines && fmt == "json") throw new CliException("--format json writes one document; with --input jsonl use --format jsonl (one JSON object per line) or conllu.", ExitCodes.Usage);

            // The publication date only gives dates their values, which CoNLL-U has no column for.
            if (fmt == "conllu")
            {
                CommonOptions.RefuseIfGiven(parse, published, "resolves the values of dates, which --format conllu does not write: use --format json or jsonl.");
                CommonOptions.RefuseIfGiven(parse, publishedField, "resolves the values of dates, which --format conllu does not write: use --format jsonl.");
            }
            using var sink = AtomicOutput.Open(parse.GetValue(output));
            string path = parse.GetValue(file) ?? "-";
            if (jsonLines)
            {
                AnalyzeJsonLines(pipeline, options, dateField, path, parse.GetValue(lenient), fmt, degree, sink, cancellationToken);
            }
            else
            {
                string text = CliInput.ReadAllText(path, parse.GetValue(lenient), out long replaced);
                CliInput.WarnReplaced(replaced, CliInput.DisplayName(path));
                var document = pipeline.Process(text, options);
                WriteDocument(sink, document, fmt, null, 1);
            }

            cancellationToken.ThrowIfCancellationRequested();
            sink.Commit();
            return ExitCodes.Success;
        });
        return command;
    }

    // "--published text": read each document's date from its text (AnalyzeOptions.InferPublishedFromText).
    private const string TextMode = "text";

    private static DateOnly? ParseDate(string? value)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        throw new CliException($"--published: '{value}' is not a date in the form YYYY-MM-DD, nor '{TextMode}' (read the date from the text).", ExitCodes.Usage);
    }

    private static void AnalyzeJsonLines(Pipeline pipeline, AnalyzeOptions options, string? dateField, string path, bool lenient, string format, int degree, AtomicOutput sink, CancellationToken cancellationToken)
    {
        using var reader = CliInput.OpenLines(path, lenient);
        string source = CliInput.DisplayName(path);
        var items = ParseLines(reader.ReadLines(), source, dateField);
        int sentenceId = 1;
        long count = 0;

        // The library's own batch method, each line with its own date. It reads the lines in order on this thread and
        // returns the n-th document for the n-th line, so each line's number and fields wait in a queue (as many as
        // are in flight) and are taken in step with the documents.
        var waiting = new Queue<(long Line, JsonObject Fields)>();
        var requests = items.Select(item =>
        {
            waiting.Enqueue((item.Line, item.Fields));
            return new AnalyzeRequest(item.Text, item.Published is { } date ? options with { PublishedAt = date } : options);
        });
        foreach (var document in pipeline.ProcessMany(requests, degree, cancellationToken))
        {
            var (line, fields) = waiting.Dequeue();
            sentenceId = WriteDocument(sink, document, format, fields, sentenceId, format == "conllu" ? ConlluDocumentId(fields, line) : null);
            if (++count % 1000 == 0) CommandRunner.Progress($"{count:N0} documents");
        }

        if (count >= 1000) CommandRunner.EndProgress();
        CliInput.WarnReplaced(reader.ReplacedSequences, source);
    }

    // '# newdoc id' of a JSON line's document: its "id" field when that is a string (on one line) or a number (as
    // written), else the line number; an empty id or one of another kind (null, an object) counts as none.
    private static string ConlluDocumentId(JsonObject fields, long line)
    {
        if (fields["id"] is JsonValue value)
        {
            switch (value.GetValueKind())
            {
                case JsonValueKind.Number:
                    return value.ToJsonString();
                case JsonValueKind.String:
                    // An unpaired surrogate escape was refused with the line (JsonLineCheck), so the string reads.
                    string id = string.Join(' ', value.GetValue<string>().Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    if (id.Length > 0) return id;
                    break;
            }
        }

        return line.ToString(CultureInfo.InvariantCulture);
    }

    private static IEnumerable<(long Line, string Text, JsonObject Fields, DateOnly? Published)> ParseLines(IEnumerable<InputLine> lines, string source, string? dateField)
    {
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line.Text)) continue;
            JsonObject obj;
            try
            {
                using var parsed = JsonDocument.Parse(line.Text);
                var root = parsed.RootElement.Clone();
                if (root.ValueKind != JsonValueKind.Object) throw new CliException($"{source}:{line.Number}: expected a JSON object.");

                if (JsonLineCheck.FindProblem(root, skipTopLevel: "text") is { } problem) throw new CliException($"{source}:{line.Number}: {problem}.");

                obj = JsonObject.Create(root)!;
            }
            catch (JsonException e)
            {
                // The parser's own position is within this one line; report it as an offset into the file.
                string reason = e.Message;
                int suffix = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
                if (suffix > 0) reason = reason[..suffix];
                string at = e.BytePositionInLine is { } column ? $" at byte offset {line.ByteOffset + column}" : string.Empty;
                throw new CliException($"{source}:{line.Number}: invalid JSON{at}: {reason}");
            }

            string? text;
            try
            {
                if (obj["text"] is not JsonValue value || !value.TryGetValue(out text))
                {
                    throw new CliException($"{source}:{line.Number}: the object has no string field 'text'.");
                }
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json refuses escapes such as "\ud800" that decode to an unpaired surrogate.
                throw new CliException($"{source}:{line.Number}: invalid JSON: the 'text' string has an unpaired surrogate escape (\\uD800-\\uDFFF).");
            }

            yield return (line.Number, text, obj, dateField is null ? null : ReadDateField(obj, dateField, source, line.Number));
        }
    }

    // A missing or null field falls back to --published; a field that is there but not a date is an error, not
    // a silent fallback that would resolve "Sabtu (2/7)" against the wrong day.
    private static DateOnly? ReadDateField(JsonObject obj, string field, string source, long lineNumber)
    {
        var node = obj[field];
        if (node is null) return null;
        // An unpaired surrogate escape was refused with the line (JsonLineCheck), so the string reads.
        string? value = node is JsonValue v && v.TryGetValue(out string? s) ? s : null;

        // The date part, then nothing or a whole ISO 8601 date-time ("2016-07-03T99:99" is refused, not cut).
        if (value is { Length: >= 10 }
            && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && (value.Length == 10 || (value[10] is 'T' or ' ' && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))))
        {
            return date;
        }

        throw new CliException($"{source}:{lineNumber}: field '{field}' is {node.ToJsonString()}, not a date (YYYY-MM-DD or an ISO 8601 date-time).");
    }

    private static int WriteDocument(AtomicOutput sink, Document document, string format, JsonObject? passThrough, int sentenceId, string? docId = null)
    {
        var writer = sink.Writer;
        if (format == "conllu") return ConlluWriter.Write(writer, document, sentenceId, docId);
        // Straight to the output stream, pass-through fields too: a document of many megabytes never becomes one JSON
        // string (one of 57 MB with an "id" field ran out of memory that way). Fields come only with --input jsonl,
        // whose one JSON format is jsonl, so they are never indented.
        writer.Flush();
        if (passThrough is null || passThrough.Count <= 1) document.WriteJson(sink.Stream, indented: format != "jsonl");
        else DocumentJson.WriteWithFields(document, sink.Stream, passThrough);

        writer.Write('\n');
        return sentenceId;
    }
}
