using System.Text;
using IndoNews.NLP.Cli.IO;

namespace IndoNews.NLP.Cli.Evaluation;

/// <summary>
/// Reads a CoNLL-U file into the evaluation's view (<see cref="UdDocument"/>) and collects each sentence's
/// <c># text</c> (rebuilt from the forms and <c>SpaceAfter=No</c> when a sentence has none).
/// As the CoNLL 2018 evaluation script does, it refuses an empty FORM, word IDs that do not run 1, 2, 3, ...
/// in each sentence, and a multiword token range not followed by exactly its words.
/// </summary>
internal static class ConlluReader
{
    public static UdDocument Read(IEnumerable<string> lines, string source, List<string>? sentenceTexts = null)
    {
        var document = new UdDocument();
        string? text = null;
        var rebuilt = new StringBuilder();
        bool inSentence = false;
        int multiwordEnd = 0;
        string multiwordId = string.Empty;
        int multiwordLine = 0;
        int nextWordId = 1;
        UdSpan multiwordSpan = default;
        int lineNumber = 0;
        foreach (string line in lines)
        {
            lineNumber++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                if (inSentence) Finish();
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line[9..];
                else if (line.StartsWith("# text=", StringComparison.Ordinal)) text = line[7..].Trim();
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: expected 10 tab-separated columns, found {columns.Length}.");
            }

            string id = columns[0];
            if (id.Contains('.', StringComparison.Ordinal)) continue; // empty nodes of enhanced graphs carry no text
            if (!inSentence)
            {
                document.BeginSentence();
                inSentence = true;
                multiwordEnd = 0;
                nextWordId = 1;
            }

            if (columns[1].Length == 0)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: empty FORM.");
            }

            bool spaceAfter = !columns[9].Split('|').Contains("SpaceAfter=No");
            int dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                if (!int.TryParse(id.AsSpan(0, dash), out int first) || !int.TryParse(id.AsSpan(dash + 1), out int last) || last < first)
                {
                    throw new InvalidDataException($"{source}:{lineNumber}: bad multiword token range '{id}'.");
                }

                CheckRangeComplete();
                if (first != nextWordId)
                {
                    throw new InvalidDataException($"{source}:{lineNumber}: multiword token range '{id}' should start at word {nextWordId}.");
                }

                multiwordId = id;
                multiwordLine = lineNumber;

                multiwordSpan = document.AddToken(columns[1]);
                multiwordEnd = last;
                Rebuild(columns[1], spaceAfter);
                continue;
            }

            if (!int.TryParse(id, out int wordId))
            {
                throw new InvalidDataException($"{source}:{lineNumber}: bad word id '{id}'.");
            }

            if (wordId != nextWordId)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: word id '{id}' out of order (expected {nextWordId}).");
            }

            nextWordId++;

            if (wordId <= multiwordEnd)
            {
                document.AddWord(multiwordSpan, true, columns[1], columns[2]);
            }
            else
            {
                var span = document.AddToken(columns[1]);
                document.AddWord(span, false, columns[1], columns[2]);
                Rebuild(columns[1], spaceAfter);
            }
        }

        if (inSentence) Finish();
        return document;

        void Rebuild(string form, bool spaceAfter)
        {
            rebuilt.Append(form);
            if (spaceAfter) rebuilt.Append(' ');
        }

        // A range whose last word has not been read yet when the next range or the sentence's end arrives.
        void CheckRangeComplete()
        {
            if (multiwordEnd >= nextWordId)
            {
                throw new InvalidDataException($"{source}:{multiwordLine}: multiword token range '{multiwordId}' is not followed by its words {nextWordId}-{multiwordEnd}.");
            }
        }

        void Finish()
        {
            CheckRangeComplete();
            document.EndSentence();
            sentenceTexts?.Add(text ?? rebuilt.ToString().TrimEnd());
            text = null;
            rebuilt.Clear();
            inSentence = false;
            multiwordEnd = 0;
        }
    }

    /// <summary>Reads a file (strict UTF-8; errors name the file, line and byte).</summary>
    public static UdDocument ReadFile(string path, List<string>? sentenceTexts = null)
    {
        using var reader = CliInput.OpenLinesStrict(path);
        return Read(reader.ReadLines().Select(l => l.Text), CliInput.DisplayName(path), sentenceTexts);
    }
}
