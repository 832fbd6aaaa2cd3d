using IndoNews.NLP.Cli.IO;

namespace IndoNews.NLP.Cli.Formats;

/// <summary>One syntactic word of a gold CoNLL-U sentence, as lemma evaluation and training need it.</summary>
/// <param name="Form">FORM.</param>
/// <param name="Lemma">LEMMA.</param>
/// <param name="Multiword">Index of the multiword token (e.g. <c>bukunya</c>) the word belongs to, or -1.</param>
/// <param name="Upos">UPOS (<c>_</c> when the file has none).</param>
internal readonly record struct GoldWord(string Form, string Lemma, int Multiword, string Upos = "_");

/// <summary>
/// Reads the syntactic words (FORM, LEMMA) of a CoNLL-U file, sentence by sentence; multiword-token lines
/// only group their words, empty nodes (<c>8.1</c>) are skipped. Malformed lines are errors naming file:line, as are
/// word IDs that do not run 1, 2, 3, ... in a sentence and a multiword range not followed by its words.
/// </summary>
internal static class ConlluLemmaReader
{
    public static List<List<GoldWord>> Read(string path)
    {
        var sentences = new List<List<GoldWord>>();
        var current = new List<GoldWord>();
        int multiword = -1;
        int multiwordEnd = 0;
        int multiwordCount = 0;
        int nextWordId = 1;
        long multiwordLine = 0;
        string multiwordId = string.Empty;
        string source = CliInput.DisplayName(path);
        using var reader = CliInput.OpenLinesStrict(path);
        foreach (var line in reader.ReadLines())
        {
            string text = line.Text;
            if (text.Length == 0 || text.AsSpan().Trim().IsEmpty)
            {
                CheckRangeComplete();
                if (current.Count > 0) sentences.Add(current);
                current = [];
                multiword = -1;
                multiwordEnd = 0;
                nextWordId = 1;
                continue;
            }

            if (text[0] == '#') continue;
            string[] fields = text.Split('\t');
            if (fields.Length != 10) throw new CliException($"{source}:{line.Number}: expected 10 tab-separated CoNLL-U fields, found {fields.Length}.", ExitCodes.InvalidInput);
            string id = fields[0];
            int dash = id.IndexOf('-');
            if (dash > 0)
            {
                CheckRangeComplete();
                if (!int.TryParse(id.AsSpan(0, dash), out int first) || !int.TryParse(id.AsSpan(dash + 1), out multiwordEnd) || multiwordEnd < first) throw new CliException($"{source}:{line.Number}: bad multiword range '{id}'.", ExitCodes.InvalidInput);
                if (first != nextWordId) throw new CliException($"{source}:{line.Number}: multiword range '{id}' should start at word {nextWordId}.", ExitCodes.InvalidInput);
                multiwordLine = line.Number;
                multiwordId = id;
                multiword = multiwordCount++;
                continue;
            }

            if (id.Contains('.', StringComparison.Ordinal)) continue;
            if (!int.TryParse(id, out int wordId)) throw new CliException($"{source}:{line.Number}: bad word ID '{id}'.", ExitCodes.InvalidInput);
            if (fields[1].Length == 0) throw new CliException($"{source}:{line.Number}: empty FORM.", ExitCodes.InvalidInput);
            if (wordId != nextWordId) throw new CliException($"{source}:{line.Number}: word ID '{id}' out of order (expected {nextWordId}).", ExitCodes.InvalidInput);
            nextWordId++;
            current.Add(new GoldWord(fields[1], fields[2], multiword >= 0 && wordId <= multiwordEnd ? multiword : -1, fields[3]));
            if (wordId >= multiwordEnd) multiword = -1;
        }

        CheckRangeComplete();
        if (current.Count > 0) sentences.Add(current);
        if (sentences.Count == 0) throw new CliException($"{source}: no CoNLL-U sentences found.", ExitCodes.InvalidInput);
        return sentences;

        void CheckRangeComplete()
        {
            if (multiwordEnd >= nextWordId) throw new CliException($"{source}:{multiwordLine}: multiword range '{multiwordId}' is not followed by its words {nextWordId}-{multiwordEnd}.", ExitCodes.InvalidInput);
        }
    }
}
