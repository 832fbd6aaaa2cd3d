namespace IndoNews.NLP.Entities;

/// <summary>
/// Reads the column formats of the NER corpora: one token per line, the token in the first field and
/// the tag in the last; fields split on TAB, or on spaces when a line has no TAB (so a TAB-separated
/// token may contain a space, as NERP's <c>salah satu</c>). A blank line ends a sentence;
/// <c>-DOCSTART-</c> lines are skipped. Labels are mapped with <see cref="NerLabelMapping"/>; an I tag
/// that does not continue its label is read as B, as conlleval does.
/// </summary>
internal static class ConllNerParser
{
    /// <summary>Parses lines into sentences.</summary>
    /// <param name="lines">The lines with their 1-based numbers.</param>
    /// <param name="source">Names the input in errors.</param>
    /// <exception cref="InvalidDataException">A line has no tag, or a tag that is not O/B-X/I-X.</exception>
    public static IEnumerable<NerSentence> Parse(IEnumerable<(string Text, long Number)> lines, string source)
    {
        var tokens = new List<string>();
        var tags = new List<byte>();
        foreach (var (raw, number) in lines)
        {
            string line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                if (tokens.Count > 0)
                {
                    yield return new NerSentence([.. tokens], [.. tags]);
                    tokens.Clear();
                    tags.Clear();
                }

                continue;
            }

            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) continue;
            var (token, tag) = SplitFields(line);
            if (tag is null)
            {
                throw new InvalidDataException($"{source}:{number}: expected a token and a tag, found '{Truncate(line)}'.");
            }

            if (!NerLabelMapping.TryMapTag(tag, out int bio))
            {
                throw new InvalidDataException($"{source}:{number}: '{Truncate(tag)}' is not a BIO tag (O, B-X, I-X).");
            }

            if (BioTags.IsInside(bio) && (tags.Count == 0 || !BioTags.IsValidTransition(tags[^1], bio))) bio--;
            tokens.Add(token);
            tags.Add((byte)bio);
        }

        if (tokens.Count > 0) yield return new NerSentence([.. tokens], [.. tags]);
    }

    /// <summary>Reads a corpus file.</summary>
    public static List<NerSentence> ReadFile(string path)
    {
        return [.. Parse(File.ReadLines(path).Select((line, i) => (line, (long)i + 1)), path)];
    }

    /// <summary>The token (first field) and the tag (last field, null when there is only one field).</summary>
    public static (string Token, string? Tag) SplitFields(string line)
    {
        char separator = line.Contains('\t', StringComparison.Ordinal) ? '\t' : ' ';
        // Space-separated fields: leading spaces separate nothing ("  Joko B-PER" is the token Joko, not "").
        if (separator == ' ') line = line.Trim(' ');
        int first = line.IndexOf(separator, StringComparison.Ordinal);
        string token = first < 0 ? line : line[..first];
        if (separator == ' ') token = token.Trim();
        int last = line.LastIndexOf(separator);
        string? tag = first < 0 ? null : line[(last + 1)..].Trim();
        return (token, string.IsNullOrEmpty(tag) ? null : tag);
    }

    private static string Truncate(string s) => s.Length <= 60 ? s : s[..60] + "...";
}
